// Broken axes: a stretch without events that would take more than about a third of the axis is left out,
// with the standard mark, ticks resuming after it, and the alt text saying so; `scale: linear` never breaks.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct TimelineBreakTests {
    static func d(_ s: String) -> BriefDate { BriefDate(parsing: s)! }


    static func linear(_ t: Timeline) -> Timeline {
        var t = t
        t.scale = .linear
        return t
    }

    static func layout(_ t: Timeline, _ orientation: TimelineOrientation) -> LayoutResult {
        TimelineLayout(style: .standard, measurer: PangoMeasurer())
            .layout(t, size: orientation == .horizontal ? Size(width: 960, height: 360) : Size(width: 420, height: 800),
                    orientation: orientation)
    }

    /// The largest share of the axis between neighbouring markers, and the axis' length.
    static func largestGapShare(_ scene: Scene, _ orientation: TimelineOrientation) -> Double {
        let horizontal = orientation == .horizontal
        let axis = scene.elements.filter { $0.role == "axis" }.map(\.bounds)
        let lo = axis.map { horizontal ? $0.minX : $0.minY }.min() ?? 0, hi = axis.map { horizontal ? $0.maxX : $0.maxY }.max() ?? 1
        let markers = scene.elements.filter { $0.role == "marker" || $0.role == "marker-highlight" }.map { horizontal ? $0.bounds.midX : $0.bounds.midY }.sorted()
        let gaps = zip(markers, markers.dropFirst()).map { $1 - $0 }
        return (gaps.max() ?? 0) / (hi - lo)
    }

    @Test("the partners and a two-day programme break their axis; no gap then takes two fifths of it",
          arguments: [TimelineOrientation.horizontal, .vertical])
    func longEmptyStretchesBreak(_ orientation: TimelineOrientation) {
        for timeline in [TimelineFixtures.partners, TimelineFixtures.programme] {
            let broken = Self.layout(timeline, orientation).scene
            #expect(broken.elements.filter { $0.role == "axis-break" }.count == 2, "one mark of two strokes: \(timeline.id)")
            #expect(broken.elements.filter { $0.role == "axis" }.count == 2, "the axis in two pieces: \(timeline.id)")
            // The gaps beside the broken one were under a third of the straight axis; they grow as it shrinks.
            #expect(Self.largestGapShare(broken, orientation) < 0.4, "\(timeline.id) \(Self.largestGapShare(broken, orientation))")
            #expect(broken.audit().filter { $0.kind != .elided }.isEmpty, "\(broken.audit())")
            let straight = Self.layout(Self.linear(timeline), orientation).scene
            #expect(!straight.elements.contains { $0.role == "axis-break" })
            #expect(Self.largestGapShare(straight, orientation) > 0.3, "the linear axis keeps the gap: \(timeline.id)")
        }
    }

    @Test("ticks resume after the break, the first naming its day")
    func ticksResume() {
        let scene = Self.layout(TimelineFixtures.programme, .horizontal).scene
        let mark = scene.elements.filter { $0.role == "axis-break" }.map(\.bounds.midX).min() ?? 0
        let after = scene.texts.filter { $0.role == "tick-label" && $0.box.minX > mark }.sorted { $0.box.minX < $1.box.minX }
        #expect(after.count >= 2, "\(after.map(\.text))")
        #expect(after.first?.text.contains("11 Sep") == true, "\(after.map(\.text))")
        // No tick label sits on the mark.
        let marks = scene.elements.filter { $0.role == "axis-break" }.map(\.bounds)
        #expect(!scene.texts.contains { t in t.role == "tick-label" && marks.contains { t.box.overlaps($0) } })
    }

    @Test("a period between two events is not cut, and a segment's first tick says its day")
    func periodsAndContextSurvive() {
        let d = Self.d
        var negotiations = Timeline(id: "n", events: [TimelineEvent(date: d("2010"), label: "Start"),
                                                      TimelineEvent(date: d("2024"), label: "Deal")])
        negotiations.periods = [Period(start: d("2015"), end: d("2018"), label: "Negotiations")]
        let scene = Self.layout(negotiations, .horizontal).scene
        let band = scene.elements.filter { $0.role == "band" }.map(\.bounds)
        #expect(band.count == 1 && (band.first?.width ?? 0) > 50, "\(band)")
        // Three days of times: the second segment's first tick names its day, not a bare time.
        let days = Timeline(id: "d", events: ["2025-10-27T09:00", "2025-10-27T11:00", "2025-10-28T09:00", "2025-10-28T10:00"]
            .map { TimelineEvent(date: d($0), label: $0) })
        let ticks = Self.layout(days, .horizontal).scene
        let mark = ticks.elements.filter { $0.role == "axis-break" }.map(\.bounds.midX).min() ?? .infinity
        let after = ticks.texts.filter { $0.role == "tick-label" && $0.box.minX > mark }.sorted { $0.box.minX < $1.box.minX }
        #expect(after.first?.text.contains("Oct") == true, "\(after.map(\.text))")
    }

    @Test("an evenly spread timeline keeps its straight axis")
    func evenTimelinesDoNotBreak() {
        let even = Timeline(id: "even", events: (0..<8).map { TimelineEvent(date: Self.d("\(2000 + 3 * $0)"), label: "E\($0)") })
        #expect(!Self.layout(even, .horizontal).scene.elements.contains { $0.role == "axis-break" })
    }

    @Test("the alt text says where the axis is broken, in the briefing's language")
    func altTextSaysSo() {
        let en = TimelineLayout.describe(TimelineFixtures.partners, in: TestLanguages.named("en"))
        #expect(en.contains("broken between September 2016 and December 2022"), "\(en)")
        #expect(!TimelineLayout.describe(Self.linear(TimelineFixtures.partners), in: TestLanguages.named("en")).contains("broken"))
        let vi = TimelineLayout.describe(TimelineFixtures.partners, in: TestLanguages.named("vi"))
        #expect(vi.contains("ngắt quãng"), "\(vi)")
    }

    @Test("a scale maps through its breaks: monotone, a day inside a break to its middle")
    func scaleMapsThroughBreaks() {
        var scale = DateScale(domainStart: 0, domainEnd: 100, rangeStart: 0, rangeEnd: 116)
        scale.breaks = [40...80]
        scale.breakLength = 16
        #expect(abs(scale.position(0)) < 1e-9 && abs(scale.position(100) - 116) < 1e-9)
        // 60 days shown on 100 pt, 16 pt for the break.
        #expect(abs(scale.position(40) - 200.0 / 3) < 1e-9 && abs(scale.position(80) - (200.0 / 3 + 16)) < 1e-9)
        #expect(abs(scale.position(60) - (200.0 / 3 + 8)) < 1e-9)
        #expect(scale.segments == [0...40, 80...100])
        let xs = stride(from: 0.0, through: 100, by: 0.5).map(scale.position)
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 })
        func points(_ days: [Double]) -> [(Double, Double)] { days.map { ($0, $0) } }
        #expect(DateScale.breaks(intervals: points([0, 10, 90, 100]), domain: (0, 100)) == [14...86])
        #expect(DateScale.breaks(intervals: points([0, 25, 50, 75, 100]), domain: (0, 100)).isEmpty)
        // A period, or a date's own span (a year), occupies its stretch: no break inside it.
        #expect(DateScale.breaks(intervals: points([0, 100]) + [(40, 60)], domain: (0, 100)) == [4...36, 64...96])
        #expect(DateScale.breaks(intervals: [(0, 50), (100, 100)], domain: (0, 100)) == [54...96])
        #expect(DateScale.breaks(intervals: [(0, 80), (100, 100)], domain: (0, 100)).isEmpty)
        // Breaks set by hand are sorted, merged where they meet and kept inside the domain.
        var messy = DateScale(domainStart: 0, domainEnd: 100, rangeStart: 0, rangeEnd: 100)
        messy.breaks = [40...60, 20...50, 90...150]
        #expect(messy.breaks == [20...60, 90...100])
    }
}

@Suite struct VerticalTickTests {
    @Test("a vertical timeline keeps at least three tick labels, and a period's name moves below a tick label where its band has room")
    func threeTickLabels() throws {
        let examples = try ReportFixtures.examples().flatMap(\.1.timelines)
        for timeline in examples + [TimelineFixtures.partners] {
            for size in [Size(width: 420, height: 720), Size(width: 300, height: 1200)] {
                let scene = TimelineLayout(style: .standard, measurer: PangoMeasurer())
                    .layout(timeline, size: size, orientation: .vertical).scene
                let labels = scene.texts.filter { $0.role == "tick-label" }
                #expect(labels.count >= 3, "\(timeline.id) \(size): \(labels.map(\.text))")
                let periods = scene.texts.filter { $0.role == "period-label" }
                #expect(!periods.contains { p in labels.contains { $0.box.overlaps(p.box) } })
            }
        }
    }

    @Test("the A4 page's column timeline, broken and short, keeps three tick labels beside its period's name")
    func reportColumnKeepsItsScale() throws {
        let briefing = try BriefingLoader.load(path: ReportFixtures.root.appendingPathComponent("Examples/vietnam-uk-2025.yaml").path).briefing
        let scene = ReportLayout(style: .standard, measurer: PangoMeasurer(), language: TestLanguages.named("en"))
            .layout(briefing, template: .a4).scene
        let labels = scene.texts.filter { $0.role == "tick-label" }
        #expect(labels.count >= 3, "\(labels.map(\.text))")
        let periods = scene.texts.filter { $0.role == "period-label" }
        #expect(periods.count == 1 && !periods.contains { p in labels.contains { $0.box.overlaps(p.box) } })
    }
}
