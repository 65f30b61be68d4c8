// Dates in a language's own form, from CLDR-style patterns kept in the language file.

/// Which of a language's date forms to use: one form per diagram.
package enum DateForm: String, Sendable, Hashable, CaseIterable {
    /// Where there is room: the page header, the footer, alt text ("29 October 2025").
    case long
    /// Tight labels: a timeline's dates ("29 Oct 2025").
    case short
}

/// The tick labels of a time axis, coarse to fine.
package enum AxisForm: String, Sendable, Hashable, CaseIterable {
    /// "2008".
    case year
    /// A month inside a year already shown: "Mar".
    case month
    /// A month with its year (the first tick, and each January): "Jan 2025".
    case monthYear
    /// A day inside a month already shown: "29 Oct".
    case day
    /// A day with its year: "29 Oct 2025".
    case dayYear
    /// A time inside a day already shown: "14:30".
    case time
    /// A day with its time (the first tick, and each midnight): "29 Oct 14:30".
    case dayTime
}

/// A language's month names and date patterns (CLDR's pattern letters: y, M/L in 1–4 letters, d/dd, H/HH,
/// h, mm, a; text in single quotes is literal, '' is a quote).
package struct DateForms: Sendable, Hashable {
    /// Month names as they stand in a date (CLDR "format" context): "October", and Russian "октября".
    package var months: [String]
    /// Abbreviated month names in a date: "Oct", "oct.", "окт.".
    package var monthsShort: [String]
    /// Month names standing alone (pattern letter L): Russian "октябрь"; the format names when not given.
    package var monthsStandalone: [String]
    /// Abbreviated standalone month names (LLL).
    package var monthsShortStandalone: [String]
    /// Before and after noon (pattern letter a), for the 12-hour clock.
    package var dayPeriods: [String]
    /// The patterns of each form at each precision.
    package var patterns: [DateForm: [DatePrecision: String]]
    /// The patterns of axis ticks.
    package var axis: [AxisForm: String]
    /// The ten digits to write numbers with ("0123456789" unless the tag asks for another numbering system).
    package var digits: [Character]

    package init(months: [String], monthsShort: [String], monthsStandalone: [String]? = nil,
                monthsShortStandalone: [String]? = nil, dayPeriods: [String] = ["AM", "PM"],
                patterns: [DateForm: [DatePrecision: String]], axis: [AxisForm: String],
                digits: [Character] = Array("0123456789")) {
        self.months = months; self.monthsShort = monthsShort
        self.monthsStandalone = monthsStandalone ?? months
        self.monthsShortStandalone = monthsShortStandalone ?? monthsShort
        self.dayPeriods = dayPeriods; self.patterns = patterns; self.axis = axis; self.digits = digits
    }

    /// `date` in `form` at its own precision.
    package func format(_ date: BriefDate, _ form: DateForm) -> String {
        DatePattern.apply(patterns[form]?[date.precision] ?? date.description, to: date, with: self)
    }

    /// `date` as an axis tick of kind `kind`.
    package func tick(_ date: BriefDate, _ kind: AxisForm) -> String {
        DatePattern.apply(axis[kind] ?? date.description, to: date, with: self)
    }

    /// A whole number in the language's digits.
    package func number(_ n: Int) -> String { localized(String(n)) }

    /// `latin` with its ASCII digits written in the language's digits.
    func localized(_ latin: String) -> String {
        guard digits != Array("0123456789") else { return latin }
        return String(latin.map { c in c.isASCII ? c.wholeNumberValue.map { digits[$0] } ?? c : c })
    }
}

/// Applies CLDR date patterns.
enum DatePattern {
    /// `pattern` filled in with `date`'s fields.
    static func apply(_ pattern: String, to date: BriefDate, with forms: DateForms) -> String {
        var out = ""
        let chars = Array(pattern)
        var i = 0
        func padded(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return forms.localized(String(repeating: "0", count: max(0, width - s.count)) + s)
        }
        while i < chars.count {
            let c = chars[i]
            if c == "'" {
                // Quoted literal; '' is one quote.
                if i + 1 < chars.count && chars[i + 1] == "'" { out.append("'"); i += 2; continue }
                i += 1
                while i < chars.count {
                    if chars[i] == "'" {
                        if i + 1 < chars.count && chars[i + 1] == "'" { out.append("'"); i += 2; continue }
                        break
                    }
                    out.append(chars[i]); i += 1
                }
                i += 1
                continue
            }
            guard c.isASCII && c.isLetter else { out.append(c); i += 1; continue }
            var run = 1
            while i + run < chars.count && chars[i + run] == c { run += 1 }
            i += run
            let m = date.month - 1
            switch c {
            case "y": out += run == 2 ? padded(date.year % 100, 2) : forms.number(date.year)
            case "M", "L":
                let standalone = c == "L"
                switch run {
                case 1, 2: out += padded(date.month, run)
                case 3: out += (standalone ? forms.monthsShortStandalone : forms.monthsShort)[m]
                default: out += (standalone ? forms.monthsStandalone : forms.months)[m]
                }
            case "d": out += padded(date.day, run)
            case "H": out += padded(date.hour, run)
            case "h": out += padded(date.hour % 12 == 0 ? 12 : date.hour % 12, run)
            case "m": out += padded(date.minute, run)
            case "a": out += forms.dayPeriods[date.hour < 12 ? 0 : min(1, forms.dayPeriods.count - 1)]
            default: out += String(repeating: c, count: run)
            }
        }
        return out
    }
}
