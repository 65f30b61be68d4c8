// `briefkit deck`'s slides: one per part the briefing has, each within its slide, nothing overlapping.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Foundation
import Testing

@Suite struct DeckLayoutTests {
    static func deck(_ briefing: Briefing, _ size: Size) -> (pages: [DeckPage], notices: [String]) {
        let language = TestLanguages.named(briefing.language ?? "en")
        return DeckLayout(style: .standard, measurer: TestLanguages.measurer(for: language), language: language)
            .layout(briefing, size: size)
    }

    static let sizes = [Size(width: 960, height: 540), Size(width: 720, height: 540), Size(width: 1920, height: 1080)]

    @Test("every example on 16:9, 4:3 and a large slide: a slide per part, each of the slide's size, nothing overlapping")
    func examples() throws {
        for (name, briefing) in try ReportFixtures.examples() + ReportFixtures.generated {
            for size in Self.sizes {
                let (pages, _) = Self.deck(briefing, size)
                var expected = ["title"]
                if !(briefing.summary ?? "").isEmpty || !briefing.figures.isEmpty { expected.append("summary") }
                expected += briefing.timelines.filter { !$0.events.isEmpty }.map { "timeline \($0.id)" }
                if !(briefing.pillars?.columns.isEmpty ?? true) { expected.append("pillars") }
                if !briefing.outcomes.isEmpty { expected.append("outcomes") }
                if !briefing.sources.isEmpty { expected.append("sources") }
                #expect(pages.map(\.part) == expected, "\(name) at \(size)")
                for page in pages {
                    #expect(page.scene.width == size.width && page.scene.height == size.height)
                    let problems = page.scene.audit(tolerance: 0.5).filter { $0.kind != .elided }
                    #expect(problems.isEmpty, "\(name) \(page.part) at \(size): \(problems)")
                    #expect(!(page.scene.metadata.description ?? "").isEmpty, "\(name) \(page.part): no alt text")
                    #expect(!page.scene.texts.isEmpty, "\(name) \(page.part): an empty slide")
                }
            }
        }
    }

    @Test("the title slide: the title largest, each party on a line of its own, on the primary colour")
    func titleSlide() throws {
        let briefing = try #require(try ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.yaml" }?.1)
        let title = Self.deck(briefing, Self.sizes[0]).pages[0]
        #expect(title.scene.background == Style.standard.colors.primary)
        let texts = title.scene.texts
        let heading = try #require(texts.first { $0.role == "title" })
        #expect(texts.allSatisfy { $0.role == "title" || $0.font.size < heading.font.size })
        let parties = texts.filter { $0.role == "party" }
        #expect(parties.count == 2)
        #expect(Set(parties.map { $0.box.y }).count == 2, "parties share a line")
        #expect(parties.allSatisfy { $0.text.contains("·") }, "a party without its leader")
        // The speaker's notes carry the summary.
        #expect(title.notes == briefing.summary)
    }

    @Test("a diagram slide gives the diagram the body: the example's pillars show every item, the timeline its labels")
    func diagramsTakeTheSlide() throws {
        let briefing = try #require(try ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.yaml" }?.1)
        let (pages, notices) = Self.deck(briefing, Self.sizes[0])
        #expect(!notices.contains { $0.contains("left out") && $0.contains("pillars") }, "\(notices)")
        let pillars = try #require(pages.first { $0.part == "pillars" })
        let items = briefing.pillars!.columns.flatMap(\.items)
        let shown = Set(pillars.scene.texts.map { $0.text.replacingOccurrences(of: "\n", with: " ") })
        #expect(items.allSatisfy { item in shown.contains { $0.contains(item.prefix(12)) } }, "items missing: \(shown)")
        // The diagram reaches down into the lower half of the slide, under the band.
        let timeline = try #require(pages.first { $0.part.hasPrefix("timeline") })
        let bottom = timeline.scene.texts.filter { $0.role != "footer" }.map(\.box.maxY).max() ?? 0
        #expect(bottom > 540 * 0.6, "the timeline stays in the top of its slide (\(bottom))")
        let labels = timeline.scene.texts.filter { $0.role == "label" }.count
        #expect(labels >= 13, "\(labels) labels")
    }

    @Test("a right-to-left briefing's slides mirror as a whole and still fit")
    func rightToLeft() throws {
        let briefing = try #require(try ReportFixtures.examples().first { $0.0 == "vietnam-uk-2025.ar.yaml" }?.1)
        for page in Self.deck(briefing, Self.sizes[0]).pages {
            #expect(page.scene.metadata.rightToLeft, "\(page.part)")
            // The title band's text starts at the right: its title ends at the right margin.
            if let title = page.scene.texts.first(where: { $0.role == "title" }) {
                #expect(title.box.maxX > 960 * 0.6, "\(page.part): title at \(title.box)")
            }
        }
    }
}
