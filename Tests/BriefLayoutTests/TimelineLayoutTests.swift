// Timeline layout: the scene guarantees over many inputs, and the geometry that makes it a timeline.

import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct TimelineLayoutTests {
    static let sizes = [Size(width: 960, height: 360), Size(width: 800, height: 300), Size(width: 1600, height: 600),
                        Size(width: 480, height: 270), Size(width: 400, height: 900)]

    /// Problems other than announced elisions.
    func unannounced(_ result: LayoutResult) -> [SceneProblem] {
        result.scene.audit().filter { p in
            if p.kind == .elided { return result.notices.isEmpty }
            return true
        }
    }

    @Test func partnersFitWithoutCuts() {
        for measurer in TestMeasurers.all() {
            let layout = TimelineLayout(style: .standard, measurer: measurer)
            let result = layout.layout(TimelineFixtures.partners, size: Size(width: 960, height: 360))
            #expect(result.scene.audit().isEmpty, "\(result.scene.audit())")
            let labels = result.scene.texts.filter { $0.role == "label" }.map(\.text)
            #expect(labels.count == 14)
            #expect(Set(labels) == Set(TimelineFixtures.partners.events.map(\.label)))
            #expect(result.scene.texts.filter { $0.role == "date" }.map(\.text).contains("March 2025"))
            // Indonesia and Singapore share March 2025: one marker for 13 dates.
            let markers = result.scene.elements.filter { $0.kind == "circle" && $0.role.hasPrefix("marker") }
            #expect(markers.count == 13)
            // Nothing dropped or cut; type may shrink a step or two, never to the minimum.
            #expect(result.notices.allSatisfy { $0.contains("pt to fit") }, "\(result.notices)")
            let sizes = result.scene.texts.filter { $0.role == "label" }.map(\.font.size)
            #expect(sizes.allSatisfy { $0 >= 8.5 }, "\(sizes)")
        }
    }

    /// A narrow column (as on the report page) runs the partners down the canvas, one line per date:
    /// every partner labelled, none dropped.
    @Test func partnersDownANarrowColumn() {
        for measurer in TestMeasurers.all() {
            let layout = TimelineLayout(style: .standard, measurer: measurer)
            let size = Size(width: 250, height: 300)
            let result = layout.layout(TimelineFixtures.partners, size: size)
            #expect(unannounced(result).isEmpty, "\(result.scene.audit())")
            #expect(!result.notices.contains { $0.contains("without labels") }, "\(result.notices)")
            let labels = result.scene.texts.filter { $0.role == "label" }
            let names = labels.map(\.text).joined(separator: ", ")
            for event in TimelineFixtures.partners.events { #expect(names.contains(event.label), "\(names)") }
            // One line each, so the shared date reads "Indonesia, Singapore".
            #expect(labels.count == 13 && labels.allSatisfy { $0.box.height < 2 * $0.font.size }, "\(labels.map(\.text))")
            // The height it asks for is enough: at exactly that height nothing is dropped either.
            let needed = layout.verticalHeight(TimelineFixtures.partners, width: 250)
            let tight = layout.layout(TimelineFixtures.partners, size: Size(width: 250, height: needed),
                                      orientation: .vertical)
            #expect(tight.scene.texts.filter { $0.role == "label" }.count == 13, "\(needed): \(tight.notices)")
            #expect(!tight.notices.contains { $0.contains("pt to fit") }, "\(needed): \(tight.notices)")
        }
    }

    /// Ten partners within three years crowd the right end. Their labels climb stairs above and below the
    /// axis rather than stay bare while there is room: at 960 × 260 every partner of the example is labelled.
    /// At 515 × 240 seven levels cannot hold ten dates; the highlighted United Kingdom keeps its label and at
    /// most two partners go without.
    @Test func aCrowdedEndClimbsStairs() {
        let timeline = TimelineFixtures.partnersAsInTheExample
        for measurer in TestMeasurers.all() {
            let layout = TimelineLayout(style: .standard, measurer: measurer)
            func named(_ result: LayoutResult) -> [String] {
                let names = result.scene.texts.filter { $0.role == "label" }.map(\.text).joined(separator: ", ")
                return timeline.events.map(\.label).filter { names.contains($0) }
            }
            let wide = layout.layout(timeline, size: Size(width: 960, height: 260))
            #expect(unannounced(wide).isEmpty, "\(wide.scene.audit())")
            #expect(!wide.notices.contains { $0.contains("without labels") }, "\(wide.notices)")
            #expect(named(wide).count == 14, "\(named(wide))")
            let narrow = layout.layout(timeline, size: Size(width: 515, height: 240))
            #expect(unannounced(narrow).isEmpty, "\(narrow.scene.audit())")
            #expect(named(narrow).contains("United Kingdom") && named(narrow).count >= 12, "\(narrow.notices)")
        }
    }

    @Test func datesReadAlikeInOneTimeline() {
        // One-line labels abbreviate the month ("Mar 2025"); a stacked label among them must too.
        let timeline = TimelineFixtures.partnersAsInTheExample
        let full = Set(BriefDate.monthNames), short = Set(BriefDate.shortMonthNames)
        var slides = Style.standard // the sizes of Styles/slides.yaml, where one date stacks among one-liners
        slides.sizes = Style.Sizes(title: 32, heading: 24, body: 20, small: 16, minimum: 14)
        for measurer in TestMeasurers.all() {
            for (style, size) in [(Style.standard, Size(width: 960, height: 260)), (.standard, Size(width: 515, height: 240)),
                                  (.standard, Size(width: 960, height: 400)), (.standard, Size(width: 400, height: 900)),
                                  (slides, Size(width: 960, height: 540))] {
                let layout = TimelineLayout(style: style, measurer: measurer)
                let months = layout.layout(timeline, size: size).scene.texts.filter { $0.role == "date" }
                    .compactMap { $0.text.split(separator: " ").first { Int($0) == nil }.map(String.init) }
                // ("May" reads the same either way.)
                let forms = Set(months.filter { !(full.contains($0) && short.contains($0)) }
                    .map { full.contains($0) ? "full" : short.contains($0) ? "short" : "other" })
                #expect(forms.count <= 1, "\(size): \(months)")
            }
            // Dates with a day are written "28 Jun 2019": month-only dates beside them abbreviate too.
            let mixed = Timeline(id: "m", events: [
                TimelineEvent(date: BriefDate(parsing: "1999-06")!, label: "Talks launched"),
                TimelineEvent(date: BriefDate(parsing: "2004-10")!, label: "Talks suspended"),
                TimelineEvent(date: BriefDate(parsing: "2019-06-28")!, label: "Agreement in principle"),
                TimelineEvent(date: BriefDate(parsing: "2024-12-06")!, label: "Conclusion")])
            for size in [Size(width: 960, height: 400), Size(width: 400, height: 900)] {
                let texts = TimelineLayout(style: .standard, measurer: measurer).layout(mixed, size: size).scene.texts
                let words = texts.filter { $0.role == "date" }.flatMap { $0.text.split(separator: " ").map(String.init) }
                #expect(words.allSatisfy { !full.contains($0) || short.contains($0) }, "\(size): \(words)")
            }
        }
    }

    @Test func ticksKeepTheirRhythmWhereLabelsGiveWay() throws {
        // A tick label a leader or a period's name covers is left out, but its tick stays: no gap in the scale.
        let timelines = try ReportFixtures.examples().flatMap(\.1.timelines)
        for measurer in TestMeasurers.all() {
            let layout = TimelineLayout(style: .standard, measurer: measurer)
            for timeline in timelines {
                for size in [Size(width: 515, height: 240), Size(width: 960, height: 400), Size(width: 400, height: 700)] {
                let scene = layout.layout(timeline, size: size).scene
                let vertical = size.height > size.width
                let xs = scene.elements.compactMap { e -> Double? in
                    if case .line(let l) = e, l.role == "tick" { return vertical ? l.points[0].y : l.points[0].x }
                    return nil
                }.sorted()
                // Ticks keep their rhythm between the breaks of a broken axis.
                let marks = scene.elements.filter { $0.role == "axis-break" }.map { vertical ? $0.bounds.midY : $0.bounds.midX }
                let steps = zip(xs.dropFirst(), xs).filter { b, a in !marks.contains { $0 > a && $0 < b } }.map { $0 - $1 }
                #expect(xs.count >= 3, "\(timeline.id) \(size)")
                if let lo = steps.min(), let hi = steps.max() {
                    #expect(hi <= lo * 1.03, "\(timeline.id) \(size): \(steps)")
                }
                #expect(scene.texts.filter { $0.role == "tick-label" }.count <= xs.count)
                }
            }
        }
    }

    @Test func markersSitAtTheirDatesInOrder() throws {
        let layout = TimelineLayout(style: .standard, measurer: FixedMeasurer())
        let result = layout.layout(TimelineFixtures.partners, size: Size(width: 960, height: 360))
        let xs = result.scene.elements.compactMap { e -> Double? in
            if case .circle(let s) = e, s.role.hasPrefix("marker") { return s.box.midX } else { return nil }
        }
        #expect(xs == xs.sorted())
        // True scale: the gap China→Russia (50 months) is 25× the gap Malaysia→New Zealand (3 months).
        let china = xs[0], russia = xs[1]
        let malaysia = xs[8], newZealand = xs[9]
        let ratio = (russia - china) / (newZealand - malaysia)
        #expect(abs(ratio - 50.0 / 3.0) < 0.2, "ratio \(ratio)")
        // The highlighted UK marker is the accent colour and larger.
        guard case .circle(let uk) = try #require(result.scene.elements.first { $0.role == "marker-highlight" }) else {
            Issue.record("no highlight marker"); return
        }
        #expect(uk.fill == Style.standard.colors.accent)
        #expect(uk.box.width > Style.standard.spacing.marker)
        let ukLabel = try #require(result.scene.texts.first { $0.text == "United Kingdom" })
        #expect(ukLabel.font.weight == .bold)
    }

    @Test func leadersAreVerticalAndReachTheirLabels() {
        let layout = TimelineLayout(style: .standard, measurer: FixedMeasurer())
        let scene = layout.layout(TimelineFixtures.partners, size: Size(width: 960, height: 360)).scene
        let leaders = scene.elements.compactMap { e -> LineElement? in
            if case .line(let l) = e, l.role == "leader" { return l } else { return nil }
        }
        #expect(leaders.count == 13)
        for l in leaders {
            #expect(l.points.count == 2 && l.points[0].x == l.points[1].x)
            // No leader passes through a text box it does not belong to.
            let segment = Rect(x: l.points[0].x - 0.25, y: min(l.points[0].y, l.points[1].y), width: 0.5,
                               height: abs(l.points[0].y - l.points[1].y))
            let crossed = scene.texts.filter { $0.box.overlaps(segment, tolerance: 0.1) }
            #expect(crossed.isEmpty, "leader at \(l.points) crosses \(crossed.map(\.text))")
        }
    }

    @Test(arguments: TimelineFixtures.extremes.map(\.id))
    func extremesKeepTheGuarantees(id: String) throws {
        let timeline = try #require(TimelineFixtures.extremes.first { $0.id == id })
        for measurer in TestMeasurers.all() {
            for size in Self.sizes {
                let result = TimelineLayout(style: .standard, measurer: measurer).layout(timeline, size: size)
                let problems = unannounced(result)
                #expect(problems.isEmpty, "\(id) at \(size): \(problems.prefix(5))")
                #expect(!result.scene.elements.isEmpty)
            }
        }
    }

    @Test func generatedTimelinesKeepTheGuarantees() {
        for measurer in TestMeasurers.all() {
            for seed in UInt64(1)...24 {
                let count = [1, 3, 8, 15, 30, 60][Int(seed % 6)]
                let years = seed % 3 == 0 ? 2024...2025 : 1950...2025
                let timeline = TimelineFixtures.random(seed: seed, count: count, years: years)
                for size in Self.sizes.prefix(seed % 2 == 0 ? 5 : 2) {
                    let result = TimelineLayout(style: .standard, measurer: measurer).layout(timeline, size: size)
                    let problems = unannounced(result)
                    #expect(problems.isEmpty, "seed \(seed) count \(count) at \(size): \(problems.prefix(3).map { $0.description.replacingOccurrences(of: "\n", with: "⏎") })")
                }
            }
        }
    }

    @Test func twoThousandEventsFallBackDeliberately() {
        let result = TimelineLayout(style: .standard, measurer: FixedMeasurer())
            .layout(TimelineFixtures.many(2000), size: Size(width: 960, height: 360))
        #expect(result.scene.audit().isEmpty)
        #expect(result.notices.contains { $0.contains("density strip") }, "\(result.notices)")
        #expect(result.scene.elements.contains { $0.role == "density" })
        #expect(!result.scene.elements.contains { $0.role == "marker" })
    }

    @Test func ticksSuitTheSpan() {
        func tickLabels(_ t: Timeline) -> [String] {
            TimelineLayout(style: .standard, measurer: FixedMeasurer()).layout(t, size: Size(width: 960, height: 360))
                .scene.texts.filter { $0.role == "tick-label" }.map(\.text)
        }
        func linear(_ t: Timeline) -> Timeline { var t = t; t.scale = .linear; return t }
        let partners = tickLabels(TimelineFixtures.partners)
        #expect(partners.allSatisfy { Int($0) != nil }, "\(partners)")
        #expect(partners.contains("2010") && partners.contains("2024") && !partners.contains("2020"), "broken: \(partners)")
        let straight = tickLabels(linear(TimelineFixtures.partners))
        #expect(straight.contains("2010") && straight.contains("2020"), "\(straight)")
        let afternoon = tickLabels(TimelineFixtures.extremes[3])
        #expect(afternoon.contains { $0.hasSuffix(":00") || $0.hasSuffix(":30") }, "\(afternoon)")
        let centuries = tickLabels(TimelineFixtures.extremes[2])
        #expect(centuries.contains("1200") || centuries.contains("1100"), "\(centuries)")
        #expect(centuries.count >= 4 && centuries.count <= 14)
        // One event still gets a scale around it.
        #expect(tickLabels(TimelineFixtures.extremes[0]).count >= 2)
        func d(_ s: String) -> BriefDate { BriefDate(parsing: s)! }
        // Years 1 to 9999: round thousands, never "1001".
        let wide = tickLabels(Timeline(id: "w", events: [TimelineEvent(date: d("0001"), label: "a"),
                                                         TimelineEvent(date: d("9999-12-31"), label: "b")], scale: .linear))
        #expect(wide.contains("5000") && !wide.contains("1001"), "\(wide)")
        // Several days in minutes: later midnights show just the day.
        let days = tickLabels(Timeline(id: "d", events: ["2025-10-27T09:00", "2025-10-28T14:30", "2025-10-30T18:45"]
            .map { TimelineEvent(date: d($0), label: $0) }, scale: .linear))
        #expect(days.contains("28 Oct") && days.contains("29 Oct"), "\(days)")
    }
}

/// A caller that takes at most some height (the report's column) is answered without measuring thousands of
/// labels: past the limit the answer is some height above it; under it, the height itself.
@Suite struct VerticalHeightLimitTests {
    @Test func aLimitedAnswerIsAboveTheLimitOrExact() {
        let measurer = FixedMeasurer()
        let layout = TimelineLayout(style: .standard, measurer: measurer)
        let full = layout.verticalHeight(TimelineFixtures.partners, width: 250)
        #expect(layout.verticalHeight(TimelineFixtures.partners, width: 250, limit: full + 1) == full)
        let limited = layout.verticalHeight(TimelineFixtures.partners, width: 250, limit: full / 3)
        #expect(limited > full / 3 && limited < full, "\(limited) of \(full)")
    }
}
