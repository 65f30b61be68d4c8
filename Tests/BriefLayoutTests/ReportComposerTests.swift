// The page composer: the arrangements it tries, how it ranks them, and pages it arranges better than the
// template's fixed slots did.

@testable import BriefLayout
import BriefModel
import BriefScene
import BriefTestSupport
import Foundation
import Testing

@Suite struct ReportComposerTests {
    static func load(_ path: String) throws -> Briefing {
        try BriefingLoader.load(path: ReportFixtures.root.appendingPathComponent(path).path).briefing
    }

    static func template(_ name: String) throws -> ReportTemplate {
        try #require(try ReportFixtures.templates().first { $0.name == name })
    }

    static func page(_ briefing: Briefing, _ template: ReportTemplate) -> LayoutResult {
        let language = TestLanguages.named(briefing.language ?? "en")
        return ReportLayout(style: .standard, measurer: TestLanguages.measurer(for: language), language: language)
            .layout(briefing, template: template)
    }

    static func plan(_ briefing: Briefing, _ template: ReportTemplate) -> ReportPlan {
        ReportPlan(briefing: briefing, template: template, contentWidth: 500, bodyHeight: 600,
                   timeline: briefing.timelines.first)
    }

    @Test("the largest empty rectangle among boxes, as a share of the area")
    func largestEmpty() {
        let area = Rect(x: 0, y: 0, width: 100, height: 200)
        #expect(ReportScore.largestEmptyShare([], in: area) == 1)
        #expect(abs(ReportScore.largestEmptyShare([Rect(x: 0, y: 0, width: 50, height: 200)], in: area) - 0.5) < 1e-9)
        // An L of boxes: the free quarter at the bottom right, or the free strip across the bottom.
        let l = [Rect(x: 0, y: 0, width: 100, height: 100), Rect(x: 0, y: 100, width: 50, height: 60)]
        #expect(abs(ReportScore.largestEmptyShare(l, in: area) - 0.25) < 1e-9)
        #expect(ReportScore.largestEmptyShare([area], in: area) == 0)
        // Boxes outside the area do not count; boxes reaching outside cover only their part.
        #expect(abs(ReportScore.largestEmptyShare([Rect(x: -50, y: -10, width: 100, height: 110)], in: area) - 0.5) < 1e-9)
    }

    @Test("the template's arrangement comes first, then moves to each block's other regions, then outcomes under pillars")
    func candidates() throws {
        let briefing = try Self.load("Examples/vietnam-uk-2025.yaml")
        let a4 = try Self.template("a4")
        let plan = Self.plan(briefing, a4)
        let found = ReportArrangement.candidates(plan)
        #expect(found.first == ReportArrangement(placements: plan.blocks.map(\.placement)))
        #expect(Set(found).count == found.count, "no arrangement twice")
        let kinds = plan.blocks.map(\.kind)
        let timeline = try #require(kinds.firstIndex(of: .timeline))
        // The timeline across the page leaves the left column alone, which then spans the page too.
        #expect(found.contains { $0.placements[timeline] == .full && $0.placements.allSatisfy { $0 == .full } })
        #expect(found.contains { $0.outcomesUnderPillars })
        #expect(found.filter(\.outcomesUnderPillars).count <= found.filter { !$0.outcomesUnderPillars }.count)
        // No arrangement leaves a column empty beside half-width blocks, with or without the outcomes list.
        for arrangement in found {
            let shown = plan.shown(arrangement)
            for row in ReportRow.rows(shown.map { arrangement.placements[$0] }) {
                if case .split(let l, let r) = row { #expect(!l.isEmpty && !r.isEmpty, "\(arrangement)") }
            }
        }

        // Outcomes that name no column are never put under the temple.
        var unnamed = briefing
        unnamed.outcomes = briefing.outcomes.map { Outcome(title: $0.title, kind: $0.kind, parties: $0.parties) }
        #expect(!ReportArrangement.candidates(Self.plan(unnamed, a4)).contains { $0.outcomesUnderPillars })
        // A one-column template has one arrangement of its own.
        let slide = try Self.template("slide")
        #expect(ReportArrangement.candidates(Self.plan(unnamed, slide)).count == 1)
    }

    @Test("ranking: least cut first (within a piece or a tenth), then larger type, then less white; ties keep the first")
    func ranking() {
        func s(_ loss: Double, _ size: Double, _ empty: Double) -> ReportScore {
            ReportScore(loss: loss, bodySize: size, empty: empty, imbalance: 0)
        }
        #expect(ReportScore.best([s(3, 9.5, 0), s(0, 7, 0.3)]) == 1, "cutting nothing beats any type size")
        #expect(ReportScore.best([s(21, 7.5, 0.02), s(20, 7, 0.11)]) == 0, "one piece is not worth smaller type")
        #expect(ReportScore.best([s(0, 9, 0.2), s(0, 9.5, 0.3)]) == 1)
        #expect(ReportScore.best([s(0, 9.5, 0.2), s(0, 9.5, 0.05)]) == 1)
        #expect(ReportScore.best([s(0, 9.5, 0.2), s(0, 9.5, 0.21)]) == 0, "a tie keeps the template's")
        // The slack is counted from the least, so the choice does not depend on the order tried.
        #expect(ReportScore.best([s(21, 7.5, 0), s(23, 9, 0), s(20, 7, 0)]) == 0)
    }

    @Test("thirty outcomes on A4 landscape: the list takes the page's width and nothing is cut")
    func outcomesTakeTheWidth() throws {
        let result = Self.page(try Self.load("Tests/Fixtures/pages/many-outcomes.yaml"), try Self.template("a4-landscape"))
        #expect(!result.notices.contains { PageSpace.isCut($0) }, "\(result.notices)")
        let outcomes = result.scene.texts.filter { $0.role == "outcome" }
        #expect(outcomes.count == 30)
        let span = (outcomes.map(\.box.maxX).max() ?? 0) - (outcomes.map(\.box.minX).min() ?? 0)
        #expect(span > 841.89 / 2, "outcomes spread over \(span) pt")
    }

    @Test("a column left short gives a block to the other, so the page keeps the style's type")
    func columnsEvenedOutForType() throws {
        let result = Self.page(try Self.load("Examples/vietnam-us-2023.yaml"), try Self.template("a4-landscape"))
        let summary = result.scene.texts.filter { $0.role == "summary" }
        #expect(!summary.isEmpty)
        #expect(summary.allSatisfy { $0.font.size == Style.standard.sizes.body }, "\(summary.map(\.font.size))")
        // Every block whole; the one loss allowed is the last date's note, which the row above the bands that
        // names the narrowest period leaves no room for (PageSpaceTests lists the page as known waste).
        let cuts = result.notices.filter { PageSpace.isCut($0) }
        #expect(cuts.allSatisfy { $0.contains("1 note not shown") }, "\(result.notices)")
    }
}
