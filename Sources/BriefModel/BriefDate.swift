// Dates whose precision is part of the value: 2008-05 is "May 2008", not 1 May.

import BriefScene

/// How much of a date was written.
public enum DatePrecision: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// A year: `2025`.
    case year
    /// A month: `2025-10`.
    case month
    /// A day: `2025-10-29`.
    case day
    /// A time of day to the minute: `2025-10-29T09:30`.
    case minute
    /// Coarser precisions sort first.
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rawValue < b.rawValue }
}

/// A proleptic-Gregorian calendar date of year, month, day or minute precision (years 1...9999, no zone).
public struct BriefDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, 1...9999.
    public let year: Int
    /// Month 1...12; 1 below month precision.
    public let month: Int
    /// Day of the month; 1 below day precision.
    public let day: Int
    /// Hour 0...23; 0 below minute precision.
    public let hour: Int
    /// Minute 0...59; 0 below minute precision.
    public let minute: Int
    /// How much of the date was written.
    public let precision: DatePrecision

    /// English month names, January first.
    package static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]
    /// Three-letter month names: "Jan" … "Dec".
    package static let shortMonthNames = monthNames.map { String($0.prefix(3)) }

    /// A checked date; nil when the fields are not a real calendar date.
    public init?(year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, precision: DatePrecision) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...BriefDate.daysInMonth(year, month)).contains(day),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.year = year
        self.month = precision >= .month ? month : 1
        self.day = precision >= .day ? day : 1
        self.hour = precision >= .minute ? hour : 0
        self.minute = precision >= .minute ? minute : 0
        self.precision = precision
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        func char(_ i: Int, _ c: Character) -> Bool { i < b.count && b[i] == c.asciiValue! }
        guard let y = digits(0, 4) else { return nil }
        switch b.count {
        case 4: self.init(year: y, precision: .year)
        case 7:
            guard char(4, "-"), let m = digits(5, 2) else { return nil }
            self.init(year: y, month: m, precision: .month)
        case 10:
            guard char(4, "-"), char(7, "-"), let m = digits(5, 2), let d = digits(8, 2) else { return nil }
            self.init(year: y, month: m, day: d, precision: .day)
        case 16:
            guard char(4, "-"), char(7, "-"), char(10, "T") || char(10, " "), char(13, ":"),
                  let m = digits(5, 2), let d = digits(8, 2), let h = digits(11, 2), let mi = digits(14, 2)
            else { return nil }
            self.init(year: y, month: m, day: d, hour: h, minute: mi, precision: .minute)
        default: return nil
        }
    }

    /// Whether `y` is a Gregorian leap year.
    package static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days in month `m` of year `y`.
    package static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 0001-01-01 to the given civil date (proleptic Gregorian).
    package static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int { CivilCalendar.dayNumber(y, m, d) }

    /// The civil date of a day number (inverse of `dayNumber`).
    package static func civil(fromDayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        CivilCalendar.civil(fromDayNumber: n)
    }

    /// The first instant of the span this date names, in days since 0001-01-01 (fractional for times).
    package var start: Double {
        Double(BriefDate.dayNumber(year, month, day)) + Double(hour * 60 + minute) / 1440
    }

    /// The first instant after the span this date names.
    package var end: Double {
        switch precision {
        case .year: Double(BriefDate.dayNumber(year + 1, 1, 1))
        case .month: Double(BriefDate.dayNumber(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1))
        case .day: start + 1
        case .minute: start + 1.0 / 1440
        }
    }

    /// Where the date sits on a time axis: the middle of the span it names (a minute sits on its minute).
    package var position: Double { precision == .minute ? start : (start + end) / 2 }

    /// The date as written in a briefing file.
    public var description: String {
        func p(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        switch precision {
        case .year: return p(year, 4)
        case .month: return "\(p(year, 4))-\(p(month, 2))"
        case .day: return "\(p(year, 4))-\(p(month, 2))-\(p(day, 2))"
        case .minute: return "\(p(year, 4))-\(p(month, 2))-\(p(day, 2))T\(p(hour, 2)):\(p(minute, 2))"
        }
    }

    /// Human form at the date's precision: "2008", "May 2008", "29 Oct 2025", "29 Oct 2025 14:30".
    package var label: String {
        switch precision {
        case .year: return String(year)
        case .month: return "\(BriefDate.monthNames[month - 1]) \(year)"
        case .day: return "\(day) \(BriefDate.shortMonthNames[month - 1]) \(year)"
        case .minute: return "\(day) \(BriefDate.shortMonthNames[month - 1]) \(year) \(timeLabel)"
        }
    }

    /// "14:30".
    package var timeLabel: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// Earlier start first; at the same start, the coarser precision first.
    public static func < (a: BriefDate, b: BriefDate) -> Bool {
        a.start != b.start ? a.start < b.start : a.precision < b.precision
    }
}
