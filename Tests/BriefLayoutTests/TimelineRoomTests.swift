// No cut while there is room: a timeline places notes where space is free (wider, in more lines) before it
// leaves any out, never elides a note, and its "+N more" line is never itself cut.

import BriefLayout
import BriefModel
import BriefScene
import BriefTestSupport
import Testing

@Suite struct TimelineRoomTests {
    static func layout(_ t: Timeline, _ size: Size, _ orientation: TimelineOrientation) -> LayoutResult {
        TimelineLayout(style: .standard, measurer: TestLanguages.measurer(for: TestLanguages.english),
                       language: TestLanguages.english).layout(t, size: size, orientation: orientation)
    }

    @Test("long notes are shown whole where the canvas has room",
          arguments: [(Size(width: 960, height: 400), TimelineOrientation.horizontal),
                      (Size(width: 1152, height: 432), .horizontal), (Size(width: 600, height: 900), .vertical)])
    func longNotesShown(size: Size, orientation: TimelineOrientation) {
        let timeline = TimelineFixtures.longNotes
        let result = Self.layout(timeline, size, orientation)
        let texts = result.scene.texts
        let notes = Set(texts.filter { $0.role == "note" }.map(\.text))
        for e in timeline.events { #expect(notes.contains(e.note!), "at \(size): \(e.label)'s note missing") }
        #expect(!texts.contains { $0.elided }, "at \(size): \(texts.filter(\.elided).map(\.text))")
        #expect(!result.notices.contains { $0.contains("note") }, "at \(size): \(result.notices)")
        // Each note sits under its own event: after its name (and, alone on its date, after the date).
        let lines = texts.filter { ["label", "date", "note"].contains($0.role) }
        for e in timeline.events {
            guard let n = lines.firstIndex(where: { $0.role == "note" && $0.text == e.note }) else { continue }
            let owner = lines[..<n].last { $0.role == "label" }
            #expect(owner?.text == e.label, "at \(size): \(e.note!) follows \(owner?.text ?? "nothing")")
        }
        #expect(result.scene.audit().isEmpty, "at \(size): \(result.scene.audit())")
    }

    @Test("the +N more line is whole and inside the canvas, however narrow",
          arguments: [(Size(width: 960, height: 200), TimelineOrientation.horizontal),
                      (Size(width: 240, height: 160), .horizontal), (Size(width: 200, height: 300), .vertical),
                      (Size(width: 420, height: 500), .vertical)])
    func moreLineNeverCut(size: Size, orientation: TimelineOrientation) {
        let result = Self.layout(TimelineFixtures.random(seed: 11, count: 60, maxWords: 4), size, orientation)
        let more = result.scene.texts.filter { $0.role == "more" }
        #expect(more.count == 1, "at \(size): \(more.map(\.text))")
        for e in more {
            #expect(!e.elided && !e.text.contains("…"), "at \(size): \(e.text)")
            #expect(e.text.hasPrefix("+") && e.text.dropFirst().first?.isNumber == true, "at \(size): \(e.text)")
            #expect(e.box.minX >= -0.01 && e.box.maxX <= size.width + 0.01 && e.box.maxY <= size.height + 0.01,
                    "at \(size): \(e.box)")
        }
    }
}
