// Proleptic-Gregorian day arithmetic, shared by briefing dates and document timestamps.

/// Days counted from 0001-01-01 (day 0), in both directions (Howard Hinnant's algorithms).
package enum CivilCalendar {
    /// Days from 0001-01-01 to the given civil date.
    package static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 306
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for a count of seconds since 1970-01-01 UTC.
    package static func timestamp(secondsSince1970 seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        let date = civil(fromDayNumber: Int(days) + dayNumber(1970, 1, 1))
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var y = String(date.year)
        while y.count < 4 { y = "0" + y }
        return "\(y)-\(two(Int64(date.month)))-\(two(Int64(date.day)))T"
            + "\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }

    /// The civil date of a day number (inverse of `dayNumber`).
    package static func civil(fromDayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 306
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
