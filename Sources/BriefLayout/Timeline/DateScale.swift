// A linear time scale over day numbers, and calendar-aligned ticks that suit the span.

import BriefModel

/// Maps day numbers (days since 0001-01-01, fractional) onto a coordinate range: linearly, except across
/// `breaks`, stretches of days left out of the axis that take `breakLength` points each.
package struct DateScale: Sendable, Hashable {
    package var domainStart: Double
    package var domainEnd: Double
    package var rangeStart: Double
    package var rangeEnd: Double
    /// Stretches of days the axis leaves out: kept sorted, merged where they meet, inside the domain.
    package var breaks: [ClosedRange<Double>] = [] {
        didSet {
            var merged: [ClosedRange<Double>] = []
            for b in breaks.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                let lo = max(domainStart, b.lowerBound), hi = min(domainEnd, b.upperBound)
                guard hi > lo else { continue }
                if let last = merged.last, lo <= last.upperBound {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, hi)
                } else {
                    merged.append(lo...hi)
                }
            }
            if merged != breaks { breaks = merged }
        }
    }
    /// The length, in points along the axis, each break takes (its mark sits in the middle).
    package var breakLength = 0.0

    package init(domainStart: Double, domainEnd: Double, rangeStart: Double, rangeEnd: Double) {
        self.domainStart = domainStart; self.domainEnd = domainEnd
        self.rangeStart = rangeStart; self.rangeEnd = rangeEnd
    }

    /// The stretches of the domain the axis shows: the domain less its breaks.
    package var segments: [ClosedRange<Double>] {
        var result: [ClosedRange<Double>] = []
        var start = domainStart
        for b in breaks {
            result.append(start...max(start, b.lowerBound))
            start = b.upperBound
        }
        result.append(start...max(start, domainEnd))
        return result
    }

    /// Where each break's mark goes along the axis.
    package var breakPositions: [Double] { breaks.map { position(($0.lowerBound + $0.upperBound) / 2) } }

    /// The coordinate of `day`; a day inside a break maps to the break's middle.
    package func position(_ day: Double) -> Double {
        let span = domainEnd - domainStart
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        guard !breaks.isEmpty else { return rangeStart + (day - domainStart) / span * (rangeEnd - rangeStart) }
        let shown = span - breaks.reduce(0) { $0 + ($1.upperBound - $1.lowerBound) }
        let direction: Double = rangeEnd >= rangeStart ? 1 : -1
        let length = abs(rangeEnd - rangeStart) - Double(breaks.count) * breakLength
        let perDay = shown > 0 ? max(0, length) / shown : 0
        var along = 0.0, start = domainStart
        for b in breaks {
            if day <= b.lowerBound { break }
            if day < b.upperBound {
                along += (b.lowerBound - start) * perDay + breakLength / 2
                return rangeStart + direction * along
            }
            along += (b.lowerBound - start) * perDay + breakLength
            start = b.upperBound
        }
        return rangeStart + direction * (along + (day - start) * perDay)
    }

    /// The stretches to leave out of an axis over `domain` whose events and periods occupy `intervals` (each
    /// event's own span, a year for a year's date, and each period): each gap between neighbouring occupied
    /// stretches longer than `share` of the domain (about a third), less `keep` of the domain at either end
    /// (so the events beside it keep some air and the ticks resume near them). Gaps before the first and
    /// after the last are never left out: the axis starts and ends at the data.
    package static func breaks(intervals: [(Double, Double)], domain: (Double, Double), share: Double = 0.3,
                              keep: Double = 0.04) -> [ClosedRange<Double>] {
        let span = domain.1 - domain.0
        guard span > 0 else { return [] }
        var occupied: [(Double, Double)] = []
        for (a, b) in intervals.map({ (min($0.0, $0.1), max($0.0, $0.1)) }).sorted(by: { $0.0 < $1.0 }) {
            if let last = occupied.last, a <= last.1 { occupied[occupied.count - 1].1 = max(last.1, b) } else { occupied.append((a, b)) }
        }
        var result: [ClosedRange<Double>] = []
        for (left, right) in zip(occupied, occupied.dropFirst()) where right.0 - left.1 > share * span {
            let lo = left.1 + keep * span, hi = right.0 - keep * span
            if hi > lo { result.append(lo...hi) }
        }
        return result
    }

    /// The domain for a set of (position, start, end) day values: padded so nothing sits on the edge,
    /// and never narrower than twice the finest date's own span (one year-precision event gets two
    /// years). The finest, not the widest: a long period must not stretch the scale past the data.
    package static func domain(points: [Double], spans: [(Double, Double)]) -> (Double, Double) {
        let values = points + spans.flatMap { [$0.0, $0.1] }
        guard var lo = values.min(), var hi = values.max() else { return (0, 1) }
        let finest = spans.map { $0.1 - $0.0 }.filter { $0 > 0 }.min() ?? 0
        let minimum = max(finest * 2, 1.0 / 24) // at least an hour
        if hi - lo < minimum {
            let mid = (lo + hi) / 2
            lo = mid - minimum / 2; hi = mid + minimum / 2
        }
        let pad = (hi - lo) * 0.04
        return (max(0, lo - pad), min(Double(BriefDate.dayNumber(9999, 12, 31)) + 1, hi + pad))
    }
}

/// The calendar step between ticks.
package enum TickUnit: Sendable, Hashable {
    case minutes(Int)
    case days(Int)
    case months(Int)
    case years(Int)

    /// Fine to coarse; a scale picks the finest whose labels are not crowded.
    package static let candidates: [TickUnit] =
        [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720].map { .minutes($0) }
        + [1, 2, 7, 14].map { .days($0) }
        + [1, 2, 3, 6].map { .months($0) }
        + [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].map { .years($0) }

    /// Approximate length in days, to skip hopeless candidates without generating them.
    package var approximateDays: Double {
        switch self {
        case .minutes(let n): Double(n) / 1440
        case .days(let n): Double(n)
        case .months(let n): Double(n) * 30.44
        case .years(let n): Double(n) * 365.25
        }
    }

    /// The finest precision this unit is suited to: ticks are never finer than the data.
    var precision: DatePrecision {
        switch self {
        case .minutes: .minute
        case .days: .day
        case .months: .month
        case .years: .year
        }
    }
}

/// One tick: its day number and its label.
package struct Tick: Sendable, Hashable {
    package var day: Double
    package var label: String
}

extension TickUnit {
    /// Ticks on calendar boundaries within [start, end], labelled the way people write them:
    /// "2008", "Mar" ("Jan 2025" at a year change and first), "29 Oct", "14:30", in the forms of `dates`.
    package func ticks(from start: Double, to end: Double, dates: DateForms) -> [Tick] {
        instants(from: start, to: end).enumerated().map { i, date in
            Tick(day: date.start, label: dates.tick(date, axisForm(date, first: i == 0)))
        }
    }

    /// How a tick at `date` is written: the first tick and a year change carry the year, the first time tick
    /// its day, later midnights just the day.
    private func axisForm(_ date: BriefDate, first: Bool) -> AxisForm {
        switch self {
        case .years: .year
        case .months: first || date.month == 1 ? .monthYear : .month
        case .days(let n): first || (date.month == 1 && date.day <= n) ? .dayYear : .day
        case .minutes: first ? .dayTime : (date.hour == 0 && date.minute == 0 ? .day : .time)
        }
    }

    /// The calendar boundaries of this unit within [start, end] (day numbers), in order: the steps ticks sit
    /// on and a density strip's bins start at.
    package func instants(from start: Double, to end: Double) -> [BriefDate] {
        var result: [BriefDate] = []
        let first = BriefDate.civil(fromDayNumber: Int(start.rounded(.down)))
        switch self {
        case .years(let n):
            var y = (first.year / n) * n
            if y < 1 { y += n } // there is no year 0: the first tick of a 1000-year scale is 1000
            while y <= 9999 {
                let d = Double(BriefDate.dayNumber(y, 1, 1))
                if d > end { break }
                if d >= start { result.append(BriefDate(year: y, precision: .year)!) }
                y += n
            }
        case .months(let n):
            var y = first.year, m = ((first.month - 1) / n) * n + 1
            while y <= 9999 {
                let d = Double(BriefDate.dayNumber(y, m, 1))
                if d > end { break }
                if d >= start { result.append(BriefDate(year: y, month: m, precision: .month)!) }
                m += n
                if m > 12 { m -= 12; y += 1 }
            }
        case .days(let n):
            // Steps of n days from a fixed origin so ticks do not move with the domain; weeks start on Monday.
            var day = Int(start.rounded(.down))
            day -= ((day % n) + n) % n
            while Double(day) <= end {
                if Double(day) >= start {
                    let c = BriefDate.civil(fromDayNumber: day)
                    result.append(BriefDate(year: c.year, month: c.month, day: c.day, precision: .day)!)
                }
                day += n
            }
        case .minutes(let n):
            var minute = Int((start * 1440).rounded(.down))
            minute -= ((minute % n) + n) % n
            while Double(minute) / 1440 <= end {
                if Double(minute) / 1440 >= start {
                    let c = BriefDate.civil(fromDayNumber: minute / 1440), m = minute % 1440
                    result.append(BriefDate(year: c.year, month: c.month, day: c.day, hour: m / 60, minute: m % 60,
                                            precision: .minute)!)
                }
                minute += n
            }
        }
        return result
    }
}
