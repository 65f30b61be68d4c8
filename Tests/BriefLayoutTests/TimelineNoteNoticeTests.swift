// A note the timeline does not show is said, never dropped in silence.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import Testing

@Suite struct TimelineNoteNoticeTests {
    @Test("a note too long for four lines of its label is named in a notice; one on a shared date is shown")
    func unshownNotesAreAnnounced() {
        func day(_ d: Int) -> BriefDate { BriefDate(year: 2025, month: 6, day: d, precision: .day)! }
        let events = [
            TimelineEvent(date: day(2), label: "Arrival", note: "Short note"),
            TimelineEvent(date: day(3), label: "Round", note: String(repeating: "A note far too long for its label. ", count: 10)),
            TimelineEvent(date: day(4), label: "Dinner", note: "A note on a date that another event shares"),
            TimelineEvent(date: day(4), label: "Concert"),
            TimelineEvent(date: day(3), label: "Meeting"),
            TimelineEvent(date: day(5), label: "Departure"),
        ]
        let layout = TimelineLayout(style: .standard, measurer: PangoMeasurer())
        let result = layout.layout(Timeline(id: "t", events: events), size: Size(width: 400, height: 500), orientation: .vertical)
        #expect(result.scene.texts.contains { $0.role == "note" && $0.text == "Short note" }, "the fixture must show notes")
        #expect(result.scene.texts.contains { $0.role == "note" && $0.text.hasPrefix("A note on a date") })
        #expect(result.notices.contains { $0.hasPrefix("timeline t: 1 note not shown") && $0.contains("\"Round\"") },
                "\(result.notices)")
        // Every note shown: no such notice.
        let alone = layout.layout(Timeline(id: "t", events: [events[0], events[5]]), size: Size(width: 400, height: 500),
                                  orientation: .vertical)
        #expect(!alone.notices.contains { $0.contains("not shown") }, "\(alone.notices)")
    }
}
