// The date written into PDF metadata: the scene's own, else SOURCE_DATE_EPOCH, else a constant, never the clock.

import BriefScene
import CCairoPango

enum DocumentDate {
    /// Used when neither the scene nor SOURCE_DATE_EPOCH gives a date: the Unix epoch.
    static let fallback = "1970-01-01T00:00:00Z"

    /// An ISO 8601 date for `metadata`: its `date`, else SOURCE_DATE_EPOCH (UTC), else ``fallback``.
    static func iso8601(for metadata: SceneMetadata) -> String {
        if let date = metadata.date, isAcceptable(date) { return date }
        if let raw = g_getenv("SOURCE_DATE_EPOCH"), let seconds = Int64(String(cString: raw)) {
            return utc(seconds)
        }
        return fallback
    }

    /// True for what Cairo 1.16 parses (`YYYY[-MM[-DD[Thh[:mm[:ss]]]]]` and a zone): it silently stamps the
    /// current time for anything else, which would make the PDF differ run to run.
    static func isAcceptable(_ date: String) -> Bool {
        let bytes = Array(date.utf8)
        guard bytes.count >= 4, bytes.count <= 25, bytes.prefix(4).allSatisfy({ (48...57).contains($0) }) else { return false }
        return bytes.allSatisfy { (48...57).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "T")
            || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "Z") || $0 == UInt8(ascii: "+") }
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` for a count of seconds since 1970-01-01 UTC (proleptic Gregorian).
    static func utc(_ seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let secondOfDay = seconds - days * 86_400
        let date = CivilCalendar.civil(fromDayNumber: Int(days) + CivilCalendar.dayNumber(1970, 1, 1))
        let year = Int64(date.year), month = Int64(date.month), day = Int64(date.day)
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var y = String(year)
        while y.count < 4 { y = "0" + y }
        return "\(y)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay % 3600 / 60)):\(two(secondOfDay % 60))Z"
    }
}
