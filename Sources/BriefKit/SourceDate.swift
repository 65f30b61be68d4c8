// The document date of reproducible builds: SOURCE_DATE_EPOCH, read once by the front end and carried in the scene.

#if canImport(Glibc)
import Glibc
#endif
import BriefScene

/// SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/) as the date of a scene that has
/// none of its own. Read here, at the front end, so that layouts and renderers never read the environment.
public enum SourceDate {
    /// SOURCE_DATE_EPOCH as `YYYY-MM-DDTHH:MM:SSZ`, or nil when it is unset or not a whole number from 0
    /// (1970) to the end of year 9999.
    public static func fromEnvironment() -> String? {
        guard let raw = getenv("SOURCE_DATE_EPOCH"), let seconds = Int64(String(cString: raw)),
              seconds >= 0, seconds < 253_402_300_800 else { return nil }
        return CivilCalendar.timestamp(secondsSince1970: seconds)
    }

    /// `scene` with `date` as its document date when it has none (a briefing's own date wins).
    package static func stamp(_ scene: Scene, with date: String?) -> Scene {
        var stamped = scene
        if stamped.metadata.date == nil { stamped.metadata.date = date }
        return stamped
    }
}
