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

/// A crowded timeline that cannot show every note still shows those with room beside their labels.
@Suite struct TimelineNotesWhereRoomTests {
    static func month(_ y: Int, _ m: Int) -> BriefDate { BriefDate(year: y, month: m, precision: .month)! }

    /// An early date alone on the axis, then a crowd of dates a year apart, every one with a note.
    static let timeline = Timeline(id: "t", events: [
        TimelineEvent(date: month(1990, 3), label: "Founding", note: "The first of its kind"),
    ] + (0..<12).map { i in
        TimelineEvent(date: month(2020, 1 + i), label: "Meeting \(i + 1)", note: "A note for the meeting in month \(i + 1)")
    })

    @Test("the lone date shows its note; the crowded ones are named; nothing overlaps")
    func loneDateShowsItsNote() {
        let layout = TimelineLayout(style: .standard, measurer: PangoMeasurer())
        let result = layout.layout(Self.timeline, size: Size(width: 900, height: 260), orientation: .horizontal)
        let notes = result.scene.texts.filter { $0.role == "note" }.map(\.text)
        #expect(notes.contains("The first of its kind"), "\(notes) \(result.notices)")
        #expect(notes.count < 13, "the fixture must be too crowded for every note: \(notes.count)")
        #expect(!result.notices.contains { $0.hasSuffix("notes left out for lack of room") }, "\(result.notices)")
        #expect(result.notices.contains { $0.contains("not shown") && $0.contains("\"Meeting") }, "\(result.notices)")
        #expect(result.scene.audit().isEmpty, "\(result.scene.audit())")
        // The note stands with its label: right under the name and date, on the same side of the axis.
        let texts = result.scene.texts
        if let name = texts.first(where: { $0.text == "Founding" }), let note = texts.first(where: { $0.text == "The first of its kind" }) {
            #expect(note.box.minY >= name.box.maxY - 0.01 && note.box.minY - name.box.maxY < 30, "\(name.box) \(note.box)")
        }
    }
}
