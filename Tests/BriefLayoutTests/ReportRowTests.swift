// Balancing a two-column row before the page cuts anything.

@testable import BriefLayout
import Testing

@Suite struct ReportRowTests {
    @Test func theTallerColumnGivesItsLastBlocksToTheOther() {
        // Left: 100 + 80 + 60 (with gaps of 10: 260); right: 50. Moving 60 lowers the row to 190; moving 80
        // too would raise it to 210.
        let heights = [100.0, 80, 60, 50]
        let rows = ReportRow.balanced([.split(left: [0, 1, 2], right: [3])], height: { heights[$0] }, gap: 10)
        #expect(rows == [.split(left: [0, 1], right: [3, 2])])
        // A move that would not lower the row is not made; full rows stay as they are.
        let even = ReportRow.balanced([.full(0), .split(left: [1], right: [2, 3])], height: { [10.0, 100, 60, 30][$0] }, gap: 10)
        #expect(even == [.full(0), .split(left: [1], right: [2, 3])])
        // The right column gives to the left too, and a column keeps one block.
        let right = ReportRow.balanced([.split(left: [0], right: [1, 2])], height: { [10.0, 100, 100][$0] }, gap: 10)
        #expect(right == [.split(left: [0, 2], right: [1])])
    }
}
