// The date written into PDF metadata: the scene's own (the front end puts SOURCE_DATE_EPOCH there), else a
// constant, never the clock.

import BriefScene

enum DocumentDate {
    /// Used when the scene has no date: the Unix epoch.
    static let fallback = "1970-01-01T00:00:00Z"

    /// An ISO 8601 date for `metadata`: its `date`, else ``fallback``.
    static func iso8601(for metadata: SceneMetadata) -> String {
        if let date = metadata.date, isAcceptable(date) { return date }
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
}
