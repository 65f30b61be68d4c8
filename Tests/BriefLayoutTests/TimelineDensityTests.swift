// Density for big data: a timeline with more dates than its axis can draw apart shows a strip of calendar bins
// shaded by their counts (role `density`, its key `density-key`), labels only its highlighted and kept events
// and its largest clusters, and says so in its alt text; smaller timelines keep their markers.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct TimelineDensityTests {
    static let sizes: [(Size, TimelineOrientation)] = [
        (Size(width: 1152, height: 432), .horizontal), (Size(width: 960, height: 360), .horizontal),
        (Size(width: 420, height: 800), .vertical), (Size(width: 600, height: 900), .vertical),
    ]

    static func layout(_ t: Timeline, _ size: Size, _ orientation: TimelineOrientation,
                       language: Language = TestLanguages.english) -> LayoutResult {
        TimelineLayout(style: .standard, measurer: TestLanguages.measurer(for: language), language: language)
            .layout(t, size: size, orientation: orientation)
    }

    /// A `density` cell's extent along the axis.
    static func along(_ e: Element, _ orientation: TimelineOrientation) -> ClosedRange<Double> {
        orientation == .horizontal ? e.bounds.minX...e.bounds.maxX : e.bounds.minY...e.bounds.maxY
    }

    @Test("two thousand events become a strip with its key, not two thousand markers",
          arguments: [TimelineFixtures.many(2000), TimelineFixtures.clustered()])
    func thousandsBecomeAStrip(_ timeline: Timeline) {
        for (size, orientation) in Self.sizes {
            let result = Self.layout(timeline, size, orientation)
            let scene = result.scene, context = "\(timeline.id) at \(size)"
            let cells = scene.elements.filter { $0.role == "density" }
            #expect(cells.count >= 20, "\(context): \(cells.count) cells")
            #expect(scene.audit().isEmpty, "\(context): \(scene.audit().prefix(3))")
            for e in scene.elements {
                #expect(e.bounds.minX >= -0.01 && e.bounds.maxX <= size.width + 0.01
                        && e.bounds.minY >= -0.01 && e.bounds.maxY <= size.height + 0.01, "\(context): \(e.role) outside")
            }
            // Cells follow each other along the axis without overlapping.
            let spans = cells.map { Self.along($0, orientation) }
            for (a, b) in zip(spans, spans.dropFirst()) { #expect(a.upperBound <= b.lowerBound + 0.01, "\(context)") }
            // Only dates of their own keep a marker: the highlighted and kept ones.
            let markers = scene.elements.filter { $0.role == "marker" || $0.role == "marker-highlight" }
            let own = Set(timeline.events.filter { $0.highlight || $0.keep }.map(\.date)).count
            #expect(markers.count == own, "\(context): \(markers.count) markers")
            // The key says the bin and spans 1 to the peak.
            let key = scene.texts.filter { $0.role == "density-key" }.map(\.text)
            #expect(key.contains { $0.hasPrefix("Events per ") }, "\(context): \(key)")
            #expect(key.contains("1"), "\(context): \(key)")
            #expect(scene.elements.filter { if case .rect = $0 { $0.role == "density-key" } else { false } }.count == 5,
                    "\(context)")
            // No "+N more" for events the strip shows; the notice says what was done.
            #expect(!scene.texts.contains { $0.role == "more" }, "\(context)")
            #expect(result.notices.contains { $0.contains("density strip") }, "\(context): \(result.notices)")
            #expect((scene.metadata.description ?? "").contains("Shading along the axis"), "\(context)")
        }
    }

    @Test func highlightedKeptAndTheLargestClustersAreLabelled() {
        for (size, orientation) in Self.sizes {
            let texts = Self.layout(TimelineFixtures.clustered(), size, orientation).scene.texts
            let labels = texts.filter { $0.role == "label" }.map(\.text)
            let context = "at \(size): \(labels)"
            #expect(labels.contains("War begins") && labels.contains("Referendum") && labels.contains("Normalisation"),
                    "\(context)")
            #expect(!labels.contains { $0.hasPrefix("Incident ") || $0.hasPrefix("Burst ") }, "\(context)")
            // The fullest year, 2003, is labelled with its count; a quiet year is not.
            let clusters = labels.filter { $0.hasSuffix(" events") }
            #expect(!clusters.isEmpty && clusters.count <= 5, "\(context)")
            let counts = clusters.compactMap { Int($0.split(separator: " ")[0]) }
            #expect(counts.max() ?? 0 >= 500, "\(context)")
            let dates = texts.filter { $0.role == "date" }.map(\.text)
            #expect(dates.contains("2003") && dates.contains("2011"), "\(dates)")
            #expect(!dates.contains("1997"), "\(dates)")
        }
    }

    @Test func evenlySpreadEventsHaveNoClusters() {
        let labels = Self.layout(TimelineFixtures.many(2000), Size(width: 1152, height: 432), .horizontal)
            .scene.texts.filter { $0.role == "label" }
        #expect(labels.isEmpty, "\(labels.map(\.text))")
    }

    @Test func theDarkestCellIsThePeak() throws {
        let scene = Self.layout(TimelineFixtures.clustered(), Size(width: 1152, height: 432), .horizontal).scene
        let cells = scene.elements.compactMap { e -> (ClosedRange<Double>, Double)? in
            guard e.role == "density", case .rect(let r) = e, let fill = r.fill else { return nil }
            return (Self.along(e, .horizontal), fill.red + fill.green + fill.blue)
        }
        let darkest = cells.min { $0.1 < $1.1 }!
        // March 2003 on the axis: the burst of 500 (the ticks tell where 2003 falls between 2000 and 2005).
        let ticks = scene.texts.filter { $0.role == "tick-label" }
        let x2000 = ticks.first { $0.text == "2000" }!.box.midX, x2005 = ticks.first { $0.text == "2005" }!.box.midX
        let march2003 = x2000 + (x2005 - x2000) * 3.2 / 5
        #expect(darkest.0.lowerBound - 12 <= march2003 && march2003 <= darkest.0.upperBound + 12,
                "darkest \(darkest.0), March 2003 at \(march2003)")
        // Shades run from pale to dark, never white: every cell differs from the background.
        let white = try #require(scene.background)
        let background = white.red + white.green + white.blue
        #expect(cells.allSatisfy { $0.1 < background - 0.05 })
    }

    @Test("fewer dates, or dates that fit the axis side by side, keep their markers")
    func smallTimelinesKeepMarkers() {
        let wide = Size(width: 1600, height: 400), narrow = Size(width: 600, height: 400)
        for timeline in [TimelineFixtures.partners, TimelineFixtures.many(99), TimelineFixtures.many(120)] {
            let scene = Self.layout(timeline, wide, .horizontal).scene
            #expect(!scene.elements.contains { $0.role == "density" }, "\(timeline.id)")
            #expect(scene.elements.filter { $0.role == "marker" || $0.role == "marker-highlight" }.count
                    == Set(timeline.events.map(\.date)).count, "\(timeline.id)")
        }
        #expect(!Self.layout(TimelineFixtures.many(99), narrow, .horizontal).scene.elements.contains { $0.role == "density" })
        #expect(Self.layout(TimelineFixtures.many(120), narrow, .horizontal).scene.elements.contains { $0.role == "density" })
    }

    @Test("the key, the cluster labels and the alt text are in the briefing's language",
          arguments: ["vi", "ja", "ar", "ru"])
    func keyInTheLanguage(_ tag: String) {
        let language = TestLanguages.named(tag)
        let result = Self.layout(TimelineFixtures.clustered(), Size(width: 1152, height: 432), .horizontal,
                                 language: language)
        let key = result.scene.texts.filter { $0.role == "density-key" }.map(\.text)
        let bin = ["density.hour", "density.day", "density.week", "density.month", "density.quarter", "density.year",
                   "density.decade"].compactMap { WordKey(rawValue: $0) }.map { language.phrase($0) }
        #expect(key.contains { bin.contains($0) }, "\(tag): \(key)")
        #expect(!key.contains { $0.hasPrefix("Events per") }, "\(tag): \(key)")
        #expect(!result.scene.texts.contains { $0.text.hasSuffix(" events") }, "\(tag)")
        #expect((result.scene.metadata.description ?? "").contains(language.phrase(.altTimelineDensity, ["key": "", "peak": ""])
            .prefix(8)), "\(tag): \((result.scene.metadata.description ?? "").suffix(200))")
    }

    @Test func aReportWithThousandsOfEventsShowsTheStrip() throws {
        var briefing = ReportFixtures.oneOfEverything
        briefing.timelines = [TimelineFixtures.clustered()]
        for template in try ReportFixtures.templates() {
            let scene = ReportLayout(style: .standard, measurer: PangoMeasurer()).layout(briefing, template: template).scene
            #expect(scene.elements.contains { $0.role == "density" }, "\(template.name)")
            #expect(scene.audit().isEmpty, "\(template.name): \(scene.audit().prefix(3))")
        }
    }
}
