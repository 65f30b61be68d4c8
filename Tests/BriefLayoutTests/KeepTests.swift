// `keep: true` and file order decide what a page short of room cuts last.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct KeepTests {
    /// Forty outcomes of every kind (drawn grouped by kind, so file order and drawing order differ), too many
    /// for the page beside everything else of `ReportFixtures.tooMuch`.
    static func crowded(keeping kept: Int?) -> Briefing {
        var b = ReportFixtures.tooMuch
        for i in b.outcomes.indices { b.outcomes[i].keep = i == kept }
        return b
    }

    @Test("outcomes are cut latest first in file order, kept ones last, whatever kind they are")
    func outcomesCutByFileOrderAndKeep() {
        let measurer = PangoMeasurer()
        for kept in [nil, 38] {
            let b = Self.crowded(keeping: kept)
            let result = ReportLayout(style: .standard, measurer: measurer).layout(b)
            let texts = Set(result.scene.texts.filter { $0.role == "outcome" }.map(\.text))
            let shown = b.outcomes.indices.filter { texts.contains(b.outcomes[$0].title) }
            #expect(shown.count < b.outcomes.count, "the fixture must cut outcomes (\(shown.count) shown)")
            let notKept = shown.filter { $0 != kept }
            // The outcomes not kept that are shown are the file's first ones, whatever their kind.
            #expect(notKept == Array(0..<notKept.count), "kept \(String(describing: kept)): shown \(shown)")
            if let kept { #expect(shown.contains(kept), "outcome \(kept) has keep: true but was cut") }
            // Every kind drawn has its heading above its first outcome drawn.
            let kinds = result.scene.texts.filter { $0.role == "kind" }.count
            let kindsShown = Set(shown.map { b.outcomes[$0].kind }).count
            #expect(kinds >= kindsShown, "\(kinds) kind headings for \(kindsShown) kinds shown")
            ReportLayoutTests.check(result, .a4, "keep \(String(describing: kept))")
        }
    }

    @Test("a figure with keep: true survives a template limit that would cut it")
    func figuresKeep() throws {
        var b = ReportFixtures.oneOfEverything
        b.figures = (0..<6).map { Figure(label: "Figure \($0)", value: "\($0)") }
        b.figures[5].keep = true
        var template = ReportTemplate.a4
        let i = try #require(template.blocks.firstIndex { $0.kind == .figures })
        template.blocks[i].limit = 3
        let result = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(b, template: template)
        let labels = result.scene.texts.map(\.text).filter { $0.hasPrefix("Figure ") }
        #expect(labels == ["Figure 0", "Figure 1", "Figure 5"], "\(labels)")
    }

    @Test("a crowded timeline labels an event with keep: true before its neighbours")
    func timelineKeep() {
        let events = (0..<80).map { i -> TimelineEvent in
            var e = TimelineEvent(date: BriefDate(year: 1950 + i / 2, month: 1 + i % 12, day: 1, precision: .day)!,
                                  label: "Event number \(i) with a long label")
            e.keep = i == 20
            return e
        }
        let timeline = Timeline(id: "t", events: events)
        let layout = TimelineLayout(style: .standard, measurer: PangoMeasurer())
        let result = layout.layout(timeline, size: Size(width: 600, height: 300))
        let labels = Set(result.scene.texts.map(\.text))
        #expect(labels.count < events.count, "the fixture must leave labels out")
        #expect(labels.contains("Event number 20 with a long label"), "the kept event lost its label")
        var plain = timeline
        plain.events[20].keep = false
        let without = Set(layout.layout(plain, size: Size(width: 600, height: 300)).scene.texts.map(\.text))
        #expect(!without.contains("Event number 20 with a long label"), "without keep the fixture labels it anyway: the test proves nothing")
    }
}
