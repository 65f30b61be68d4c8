// The one-page report: exact page size, a clean audit, announced cuts and one bookmark per block drawn.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct ReportLayoutTests {
    /// Problems other than elisions that a notice announces.
    static func unannounced(_ result: LayoutResult) -> [SceneProblem] {
        result.scene.audit().filter { p in p.kind == .elided ? result.notices.isEmpty : true }
    }

    /// The checks every report must pass.
    static func check(_ result: LayoutResult, _ template: ReportTemplate, _ label: String) {
        let scene = result.scene
        #expect(scene.width == template.width && scene.height == template.height, "\(label): page size")
        let problems = unannounced(result)
        #expect(problems.isEmpty, "\(label): \(problems.prefix(5))")
        #expect(scene.bookmarks.first?.y == 0, "\(label): header bookmark")
        // Every heading drawn has a bookmark at its top, and the other way round.
        let headings = scene.texts.filter { $0.role == "heading" }
        #expect(headings.count == scene.bookmarks.count - 1, "\(label): \(headings.map(\.text)) vs \(scene.bookmarks)")
        for (h, b) in zip(headings, scene.bookmarks.dropFirst()) {
            #expect(abs(h.box.minY - b.y) < 0.01, "\(label): bookmark \(b.title)")
        }
        // A "+N more" on the page is always also a notice.
        if scene.texts.contains(where: { $0.role == "report-more" }) {
            #expect(result.notices.contains { $0.contains("not shown") }, "\(label): \(result.notices)")
        }
        #expect(scene.metadata.keywords.contains("briefing"))
        // Below the band, text stays inside the page margins.
        let band = scene.elements.first { $0.role == "band" }?.bounds.maxY ?? 0
        let m = template.margins
        let content = Rect(x: m.left, y: band, width: template.width - m.left - m.right,
                           height: template.height - m.bottom - band)
        for t in scene.texts where t.box.minY >= band {
            #expect(content.contains(t.box, tolerance: 0.05), "\(label): \"\(t.text)\" \(t.box) outside the margins")
        }
    }

    @Test func examplesFitEveryTemplate() throws {
        let templates = try ReportFixtures.templates()
        for measurer in TestMeasurers.all() {
            for (name, briefing) in try ReportFixtures.examples() {
                for template in templates {
                    let result = ReportLayout(style: .standard, measurer: measurer).layout(briefing, template: template)
                    Self.check(result, template, "\(name) on \(template.name) (\(type(of: measurer)))")
                    #expect(result.scene.metadata.title == briefing.title)
                }
            }
        }
    }

    @Test(arguments: ReportFixtures.generated.map(\.0))
    func generatedBriefingsFit(_ name: String) throws {
        let briefing = ReportFixtures.generated.first { $0.0 == name }!.1
        for measurer in TestMeasurers.all() {
            for template in try ReportFixtures.templates() {
                let result = ReportLayout(style: .standard, measurer: measurer).layout(briefing, template: template)
                Self.check(result, template, "\(name) on \(template.name) (\(type(of: measurer)))")
            }
        }
    }

    @Test func titleOnlyIsBandAndFooter() {
        let result = ReportLayout(style: .standard, measurer: FixedMeasurer()).layout(ReportFixtures.titleOnly)
        #expect(result.scene.bookmarks.map(\.title) == ["Việt Nam – United Kingdom"])
        #expect(result.notices.isEmpty)
        #expect(result.scene.texts.map(\.role) == ["title", "footer"])
        #expect(result.scene.metadata.author == "BriefKit")
    }

    @Test func tooMuchIsCutAndSaysSo() {
        for measurer in TestMeasurers.all() {
            let result = ReportLayout(style: .standard, measurer: measurer).layout(ReportFixtures.tooMuch)
            let more = result.scene.texts.filter { $0.role == "report-more" }
            #expect(!more.isEmpty)
            #expect(result.notices.contains { $0.hasPrefix("report: outcomes") }, "\(result.notices)")
            #expect(result.notices.contains { $0.hasPrefix("report: figures") }, "\(result.notices)")
            // What was cut is named, not only counted.
            #expect(result.notices.contains { $0.hasPrefix("report: outcomes") && $0.contains("on the page): \"Outcome ") },
                    "\(result.notices)")
            // The body text never goes below the style's minimum.
            #expect(result.scene.texts.allSatisfy { $0.font.size >= Style.standard.sizes.minimum - 1e-9 })
        }
    }

    @Test func oneOfEverythingDrawsEveryBlock() {
        let result = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(ReportFixtures.oneOfEverything)
        #expect(result.scene.bookmarks.map(\.title) == ["Việt Nam – United Kingdom", "Summary", "Key figures", "Partners",
                                                          "Sources", "Outcomes", "Pillars of the partnership"])
        #expect(result.notices.isEmpty, "\(result.notices)")
        let links = result.scene.texts.compactMap(\.link)
        #expect(links.contains("https://vnanet.vn/en/"))
        let m = result.scene.metadata
        #expect(m.date == "2025-10-29T00:00:00")
        #expect(m.subject == "Comprehensive Strategic Partnership")
        #expect(m.author == "Việt Nam, United Kingdom")
        #expect(m.keywords == ["Việt Nam", "United Kingdom", "briefing"])
        #expect(m.description?.hasPrefix("One-page briefing: Việt Nam – United Kingdom") == true)
        // Each diagram on the page adds its own alt text, as it describes itself on its own.
        let briefing = ReportFixtures.oneOfEverything
        let timeline = TimelineLayout.describe(briefing.timelines[0], in: TestLanguages.english)
        #expect(m.description?.contains(timeline.prefix(40)) == true, "\(m.description ?? "")")
        #expect(m.description?.contains("Pillar diagram: ") == true, "\(m.description ?? "")")
    }

    /// The example on A4: everything but the pillars' items is on the page, the timeline runs down its
    /// column with all fourteen partners, and the outcomes read down one column, then the next.
    @Test func exampleKeepsItsContentOnA4() throws {
        let briefing = try #require(ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.yaml" }?.1)
        for measurer in TestMeasurers.all() {
            let label = "\(type(of: measurer))"
            let result = ReportLayout(style: .standard, measurer: measurer).layout(briefing)
            let scene = result.scene
            #expect(!scene.texts.contains { $0.role == "report-more" || $0.role == "more" }, "\(label): \(result.notices)")
            #expect(result.notices.allSatisfy { $0.contains("pillars drawn with column titles only")
                || $0.contains("notes left out") || $0.contains("pt to fit") }, "\(label): \(result.notices)")
            #expect(scene.texts.filter { $0.role == "summary" }.allSatisfy { !$0.elided }, "\(label)")
            #expect(scene.texts.filter { $0.role == "figure-value" }.count == briefing.figures.count, "\(label)")

            // The timeline: a vertical axis in the right column, one label line per date, every partner named.
            let axis = try #require(scene.elements.compactMap { e -> LineElement? in
                if case .line(let l) = e, l.role == "axis" { return l } else { return nil }
            }.first)
            #expect(axis.points[0].x == axis.points[1].x && axis.points[0].x > scene.width / 2, "\(label): \(axis.points)")
            let names = scene.texts.filter { $0.role == "label" }.map(\.text).joined(separator: ", ")
            for event in briefing.timelines[0].events {
                #expect(names.contains(event.label), "\(label): \(event.label) missing from \(names)")
            }

            // Outcomes: all drawn, in the file's kind order reading down the left column, then the right.
            let outcomes = scene.texts.filter { $0.role == "outcome" }
            #expect(outcomes.count == briefing.outcomes.count, "\(label)")
            let columns = Dictionary(grouping: outcomes) { ($0.box.minX / 10).rounded() }.sorted { $0.key < $1.key }
            #expect(columns.count == 2, "\(label)")
            let reading = columns.flatMap { $0.value.sorted { $0.box.minY < $1.box.minY } }.map(\.text)
            let kinds: [OutcomeKind] = [.statement, .agreement, .mou, .plan, .commitment, .other]
            let kindOrder = briefing.outcomes.enumerated().sorted {
                (kinds.firstIndex(of: $0.element.kind)!, $0.offset) < (kinds.firstIndex(of: $1.element.kind)!, $1.offset)
            }.map(\.element.title)
            #expect(reading == kindOrder, "\(label): \(reading)")
        }
    }

    /// Key figures fill their rows evenly (2 + 2, not 3 + 1), and every template keeps the sources.
    @Test func figureRowsAreEvenAndSourcesStay() throws {
        let briefing = try #require(ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.yaml" }?.1)
        for template in try ReportFixtures.templates() {
            let result = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(briefing, template: template)
            let rows = Dictionary(grouping: result.scene.texts.filter { $0.role == "figure-value" }) {
                ($0.box.minY).rounded()
            }.values.map(\.count)
            #expect((rows.max() ?? 0) - (rows.min() ?? 0) <= 1, "\(template.name): \(rows)")
            if template.name != "slide" {
                #expect(result.scene.bookmarks.contains { $0.title == "Sources" }, "\(template.name): \(result.notices)")
            }
        }
        // One long value shrinks every value of the block alike.
        var long = briefing
        long.figures[1].value = "about 30 billion USD"
        let values = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(long).scene.texts
            .filter { $0.role == "figure-value" }
        #expect(values.count == long.figures.count && Set(values.map(\.font.size)).count == 1,
                "\(values.map { ($0.text, $0.font.size) })")
    }

    /// A column of outcomes that starts inside a kind repeats the kind's heading when the page has room.
    @Test func aContinuedKindRepeatsItsHeading() throws {
        var briefing = try #require(ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.yaml" }?.1)
        briefing.pillars = nil // room to spare
        // One kind only: the second column must start inside it.
        briefing.outcomes = (1...8).map { Outcome(title: "Agreement on cooperation in area \($0)", kind: .agreement) }
        let scene = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(briefing).scene
        let listed = scene.texts.filter { $0.role == "outcome" || $0.role == "kind" }
        let right = listed.filter { $0.box.minX > scene.width / 2 }
        let top = try #require(right.min { $0.box.minY < $1.box.minY })
        #expect(top.role == "kind", "\(right.map(\.text))")
        // Every outcome sits under a heading of its column.
        for column in [listed.filter { $0.box.minX <= scene.width / 2 }, right] {
            let first = column.min { $0.box.minY < $1.box.minY }
            #expect(first?.role == "kind", "\(column.map(\.text))")
        }
    }

    /// Thousands of outcomes and dates: still one page, quickly (the column balancing and the cuts stay
    /// linear), the timeline kept with its labels thinned rather than dropped as a block.
    @Test func thousandsOfItemsStillMakeOnePage() {
        var briefing = ReportFixtures.tooMuch
        briefing.outcomes = (0..<2000).map { Outcome(title: "Outcome number \($0)", kind: $0 % 3 == 0 ? .mou : .agreement) }
        briefing.timelines = [Timeline(id: "dense", title: "Two thousand dates",
                                       events: (0..<2000).map {
                                           TimelineEvent(date: BriefDate(parsing: "\(1900 + $0 / 20)")!, label: "Event \($0)")
                                       })]
        for template in [ReportTemplate.a4] {
            let result = ReportLayout(style: .standard, measurer: FixedMeasurer()).layout(briefing, template: template)
            Self.check(result, template, "thousands on \(template.name)")
            #expect(result.scene.bookmarks.contains { $0.title == "Two thousand dates" }, "\(result.notices)")
            #expect(result.notices.contains { $0.contains("report: outcomes:") }, "\(result.notices)")
        }
    }

    @Test func blocksStartOnTheGrid() {
        // Every block starts on the 4-pt grid.
        let template = ReportTemplate.a4
        let result = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(ReportFixtures.oneOfEverything,
                                                                                      template: template)
        let ys = result.scene.bookmarks.map(\.y)
        for y in ys.dropFirst() { #expect((y / 4).rounded() * 4 == y, "on the 4-pt grid: \(y)") }
    }
}
