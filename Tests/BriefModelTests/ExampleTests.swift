// Every file in Examples/ decodes without warnings, and the main example holds the article's facts.

import Foundation
import Testing
@testable import BriefModel

@Suite struct ExampleTests {
    static let examples: [String] = {
        let folder = Fixture.packageRoot.appendingPathComponent("Examples")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }.sorted()
    }()

    @Test func theExamplesFolderHoldsTheThreeExamples() throws {
        for name in ["vietnam-uk-2025.yaml", "vietnam-us-2023.yaml", "eu-enlargement.yaml"] {
            #expect(ExampleTests.examples.contains(name))
        }
    }

    @Test(arguments: ExampleTests.examples)
    func exampleDecodesWithoutWarnings(_ name: String) throws {
        let loaded = try BriefingLoader.load(path: Fixture.path("Examples/" + name))
        #expect(loaded.warnings == [])
        #expect(!loaded.briefing.title.isEmpty)
        #expect(!loaded.briefing.timelines.isEmpty)
    }

    @Test func vietnamUKHoldsTheArticlesFacts() throws {
        let briefing = try BriefingLoader.load(path: Fixture.path("Examples/vietnam-uk-2025.yaml")).briefing
        #expect(briefing.title == "Việt Nam – United Kingdom")
        #expect(briefing.date == BriefDate(year: 2025, month: 10, day: 29, precision: .day))
        #expect(briefing.place == "London")
        #expect(briefing.summaryParagraphs.count == 2)
        #expect(briefing.parties.map(\.name) == ["Việt Nam", "United Kingdom"])
        #expect(briefing.parties.map { $0.color?.hex } == ["#DA251D", "#012169"])
        #expect(briefing.parties.map { $0.leader } == ["General Secretary Tô Lâm", "Prime Minister Keir Starmer"])

        let timeline = try #require(briefing.timelines.first)
        #expect(timeline.id == "partnerships")
        #expect(timeline.events.map(\.label) == [
            "China", "Russia", "India", "South Korea", "United States", "Japan", "Australia", "France", "Malaysia",
            "New Zealand", "Indonesia", "Singapore", "Thailand", "United Kingdom",
        ])
        #expect(timeline.events.map(\.date.description) == [
            "2008-05", "2012-07", "2016-09", "2022-12", "2023-09", "2023-11", "2024-03", "2024-10", "2024-11",
            "2025-02", "2025-03", "2025-03", "2025-05", "2025-10",
        ])
        #expect(timeline.events.allSatisfy { $0.date.precision == .month })
        #expect(timeline.events.filter(\.highlight).map(\.label) == ["United Kingdom"])
        #expect(Set(timeline.events.compactMap(\.group)) == ["Asia", "Europe", "Americas", "Oceania"])
        #expect(timeline.periods == [Period(start: BriefDate(parsing: "2023-09")!, end: BriefDate(parsing: "2025-10")!,
                                            label: "Rapid expansion")])

        let pillars = try #require(briefing.pillars)
        #expect(pillars.roof == "Comprehensive Strategic Partnership")
        #expect(pillars.columns.map(\.name) == [
            "Politics & diplomacy", "Defence & security", "Science, technology & digital transformation",
            "Finance & banking", "Education & training", "Environment & climate change response", "Culture",
            "People-to-people exchange",
        ])
        #expect(pillars.columns.allSatisfy { (1...3).contains($0.items.count) })
        #expect(pillars.foundation.count == 3)

        #expect(briefing.outcomes.count == 10)
        #expect(briefing.outcomes.first?.kind == .statement)
        let fraud = try #require(briefing.outcomes.first { $0.kind == .mou })
        #expect(fraud.pillar == "Defence & security")
        #expect(fraud.parties == ["Ministry of Public Security", "Home Office"])
        #expect(briefing.outcomes.filter { $0.kind == .agreement }.count == 6)
        #expect(briefing.outcomes.last?.kind == .commitment)
        #expect(briefing.figures.contains(Figure(label: "Comprehensive strategic partners", value: "14",
                                                 note: "The UK became the 14th in October 2025")))
        #expect(briefing.sources.first?.publisher == "VNA")
        #expect(briefing.sources.first?.url == nil)
    }

    @Test func vietnamUSUsesDayPrecision() throws {
        let briefing = try BriefingLoader.load(path: Fixture.path("Examples/vietnam-us-2023.yaml")).briefing
        let events = try #require(briefing.timelines.first?.events)
        let csp = try #require(events.first { $0.highlight })
        #expect(csp.date.description == "2023-09-10")
        #expect(csp.date.precision == .day)
        #expect(events.first { $0.label == "Clinton visits Việt Nam" }?.date.precision == .month)
        #expect(briefing.timelines.first?.periods.last?.end == nil)
    }

    @Test func euEnlargementEndsWithTheUKLeaving() throws {
        let briefing = try BriefingLoader.load(path: Fixture.path("Examples/eu-enlargement.yaml")).briefing
        let events = try #require(briefing.timelines.first?.events)
        #expect(events.first?.date.description == "1958-01-01")
        #expect(events.last?.label == "United Kingdom leaves")
        #expect(events.last?.date.description == "2020-01-31")
        #expect(events == events.sorted { $0.date < $1.date })
    }
}
