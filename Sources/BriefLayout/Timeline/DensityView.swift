// Density for big data: a timeline with more dates than its axis can show apart draws, in place of a wall of
// overlapping markers, a strip along the axis shaded by how many events each calendar bin holds (role
// `density`, its scale in the legend as `density-key`). Only highlighted and kept events keep their markers
// and labels; the largest clusters are labelled with their count.

import BriefModel
import BriefScene

/// The calendar bin a density strip counts events in.
enum DensityUnit: CaseIterable {
    case hour, day, week, month, quarter, year, decade

    var step: TickUnit {
        switch self {
        case .hour: .minutes(60)
        case .day: .days(1)
        case .week: .days(7)
        case .month: .months(1)
        case .quarter: .months(3)
        case .year: .years(1)
        case .decade: .years(10)
        }
    }

    /// The key's words: "Events per month".
    var word: WordKey {
        switch self {
        case .hour: .densityHour
        case .day: .densityDay
        case .week: .densityWeek
        case .month: .densityMonth
        case .quarter: .densityQuarter
        case .year: .densityYear
        case .decade: .densityDecade
        }
    }
}

struct DensityView {
    /// A stretch of the axis and the events in it.
    struct Bin {
        var start: Double
        var end: Double
        var count: Int
    }

    /// Fewer dates than this are always drawn as markers, however short the axis.
    static let minimumDates = 100
    /// A bin is never narrower than this on the axis (points): finer shading cannot be read.
    static let minimumBinWidth = 3.0
    /// How many of the largest clusters get a label.
    static let clusterLabels = 5

    let unit: DensityUnit
    /// The bins that hold events, in date order.
    let bins: [Bin]
    /// The most events one bin holds.
    let peak: Int
    /// Every date of the timeline (what the scale spans); the labelled ones are `labelled`.
    let groups: [MarkerGroup]
    /// What gets a label: the highlighted and kept dates, and the largest clusters (`MarkerGroup.cluster`).
    let labelled: [MarkerGroup]

    /// The density view of `timeline`, or nil when its dates can be drawn as markers: fewer than
    /// `minimumDates`, or few enough to stand side by side on an axis `axisLength` points long.
    init?(_ timeline: Timeline, groups: [MarkerGroup], axisLength: Double, marker: Double, language: Language) {
        guard groups.count >= DensityView.minimumDates, axisLength.isFinite, axisLength > 0,
              Double(groups.count) * marker > axisLength else { return nil }
        let domain = TimelineLayout.domain(timeline, groups: groups)
        let breaks = TimelineLayout.axisBreaks(timeline, groups: groups)
        let shown = domain.1 - domain.0 - breaks.reduce(0) { $0 + $1.upperBound - $1.lowerBound }
        guard shown > 0 else { return nil }
        let perDay = axisLength / shown
        let unit = DensityUnit.allCases.first { $0.step.approximateDays * perDay >= DensityView.minimumBinWidth }
            ?? .decade
        let bins = DensityView.count(groups, in: unit.step, domain: domain)
        guard let peak = bins.map(\.count).max() else { return nil }
        self.unit = unit
        self.bins = bins
        self.peak = peak
        self.groups = groups
        // In date order, as both orientations place labels. An important date names only its
        // highlighted and kept events: the strip counts the rest.
        let important = groups.filter(\.important).map { g in
            MarkerGroup(date: g.date, events: g.events.filter { $0.highlight || $0.keep })
        }
        self.labelled = (important
            + DensityView.clusters(groups, shown: shown, domain: domain, language: language))
            .sorted { $0.day < $1.day }
    }

    /// The events of `groups` counted in bins of `step` over `domain`; empty bins left out.
    private static func count(_ groups: [MarkerGroup], in step: TickUnit, domain: (Double, Double)) -> [Bin] {
        let edges = [domain.0] + step.instants(from: domain.0, to: domain.1).map(\.start).filter { $0 > domain.0 }
            + [domain.1]
        var bins: [Bin] = []
        var i = 0
        for g in groups {
            while i + 2 < edges.count && g.day >= edges[i + 1] { i += 1 }
            if let last = bins.last, last.start == edges[i] {
                bins[bins.count - 1].count += g.events.count
            } else {
                bins.append(Bin(start: edges[i], end: edges[i + 1], count: g.events.count))
            }
        }
        return bins
    }

    /// The largest clusters as label groups: events counted by the coarsest calendar unit that still cuts
    /// the shown span into at least six (year, month, day, hour), the `clusterLabels` fullest of those that
    /// stand out, each labelled "N events" at the unit's date. Evenly spread events have no clusters.
    private static func clusters(_ groups: [MarkerGroup], shown: Double, domain: (Double, Double),
                                 language: Language) -> [MarkerGroup] {
        let units: [DatePrecision] = [.year, .month, .day, .minute]
        let step = units.first { shown / DensityView.step($0).approximateDays >= 6 } ?? .minute
        let bins = count(groups, in: DensityView.step(step), domain: domain)
        // A cluster stands out: half as many events again as the median bin that holds any.
        let median = bins.map(\.count).sorted()[bins.count / 2]
        let fullest = bins.indices.filter { bins[$0].count >= 2 && Double(bins[$0].count) >= 1.5 * Double(median) }
            .sorted { bins[$0].count != bins[$1].count ? bins[$0].count > bins[$1].count : $0 < $1 }
            .prefix(clusterLabels).sorted()
        return fullest.compactMap { i -> MarkerGroup? in
            let bin = bins[i]
            guard let date = DensityView.calendarDate(containing: bin.start, step) else { return nil }
            let label = language.phrase(.densityCluster, count: bin.count)
            return MarkerGroup(date: date, events: [TimelineEvent(date: date, label: label)], cluster: true)
        }
    }

    /// A cluster's bin: a year, a month, a day, or an hour (written as the minute it starts at).
    private static func step(_ precision: DatePrecision) -> TickUnit {
        switch precision {
        case .year: .years(1)
        case .month: .months(1)
        case .day: .days(1)
        case .minute: .minutes(60)
        }
    }

    /// The year, month, day or hour that holds `day`.
    private static func calendarDate(containing day: Double, _ precision: DatePrecision) -> BriefDate? {
        let c = BriefDate.civil(fromDayNumber: Int(day.rounded(.down)))
        switch precision {
        case .year: return BriefDate(year: c.year, precision: .year)
        case .month: return BriefDate(year: c.year, month: c.month, precision: .month)
        case .day: return BriefDate(year: c.year, month: c.month, day: c.day, precision: .day)
        case .minute:
            let hour = Int(((day - day.rounded(.down)) * 24).rounded(.down))
            return BriefDate(year: c.year, month: c.month, day: c.day, hour: min(23, hour), minute: 0, precision: .minute)
        }
    }

    /// The strip along the axis: a cell per bin that holds events, shaded from the background toward the
    /// primary colour by its share of the peak. `point(along, across)` places a point as `axisElements` does.
    /// Neighbouring bins of one count are one cell (no seams between them).
    func strip(_ scale: DateScale, style: Style, thickness: Double, point: (Double, Double) -> Point) -> [Element] {
        var cells: [Bin] = []
        for bin in bins {
            if let last = cells.last, last.end == bin.start, last.count == bin.count { cells[cells.count - 1].end = bin.end }
            else { cells.append(bin) }
        }
        return cells.flatMap { bin in
            scale.segments.compactMap { segment -> Element? in
                let lo = max(bin.start, segment.lowerBound), hi = min(bin.end, segment.upperBound)
                guard hi > lo else { return nil }
                let a = point(scale.position(lo), -thickness / 2), b = point(scale.position(hi), thickness / 2)
                let box = Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y))
                return .rect(ShapeElement(role: "density", box: box, fill: shade(bin.count, style)))
            }
        }
    }

    /// A bin's colour: from the background toward the primary colour in proportion to its count, the peak
    /// all the way (and never so faint that a bin with one event disappears).
    func shade(_ count: Int, _ style: Style) -> Color {
        style.colors.background.mixed(with: style.colors.primary, 0.12 + 0.88 * Double(count) / Double(max(1, peak)))
    }

    /// The strip's key, in a row from (`left`, `top`): "Events per month  1 ▮▮▮▮▮ 12". Returns its bottom.
    func key(style: Style, fitter: TextFitter, language: Language, top: Double, left: Double,
             width: Double) -> ([Element], Double) {
        let font = style.font(style.sizes.small), space = style.spacing.unit
        let low = fitter.measurer.measure(language.dates.number(1), font: font)
        let high = fitter.measurer.measure(language.dates.number(peak), font: font)
        let cells = 5, cell = space * 2.5
        let ramp = low.width + high.width + Double(cells) * cell + space * 4
        let title = fitter.fit(language.phrase(unit.word), font: font, width: max(10, width - ramp - space * 2),
                               maxLines: 1, minimum: style.sizes.minimum)
        let h = max(title.metrics.height, low.height)
        var elements: [Element] = [.text(TextElement(role: "density-key", text: title.text, font: title.font,
                                                     color: style.colors.text, topLeft: Point(left, top),
                                                     metrics: title.metrics, elided: title.elided))]
        var x = left + title.metrics.width + space * 2
        elements.append(.text(TextElement(role: "density-key", text: language.dates.number(1), font: font,
                                          color: style.colors.muted, topLeft: Point(x, top), metrics: low)))
        x += low.width + space
        let cellHeight = style.spacing.marker
        for c in 0..<cells {
            let count = 1 + Int((Double(peak - 1) * Double(c) / Double(cells - 1)).rounded())
            elements.append(.rect(ShapeElement(role: "density-key",
                                               box: Rect(x: x, y: top + (h - cellHeight) / 2, width: cell, height: cellHeight),
                                               fill: shade(count, style))))
            x += cell
        }
        elements.append(.text(TextElement(role: "density-key", text: language.dates.number(peak), font: font,
                                          color: style.colors.muted, topLeft: Point(x + space, top), metrics: high)))
        return (elements, top + h)
    }

    /// What the notice says: how many events the strip stands for, in which bins.
    var notice: String {
        let events = groups.reduce(0) { $0 + $1.events.count }
        return "\(events) events on \(groups.count) dates drawn as a density strip (events per \(unit)), "
            + "labelled: highlighted and kept events and the largest clusters"
    }

    /// The alt text's sentence about the strip.
    func altText(_ language: Language) -> String {
        language.phrase(.altTimelineDensity, ["key": language.phrase(unit.word), "peak": language.dates.number(peak)])
    }
}
