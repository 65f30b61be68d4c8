// Starting fontconfig early: its set-up (reading configuration and font caches) overlaps argument
// parsing and file reading instead of delaying the first measurement.

import CCairoPango
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The process's font system.
package enum FontSystem {
    /// How to wait for the warm-up under way, until someone has waited for it.
    private static let warming = Mutex<(@Sendable () -> Void)?>(nil)
    /// Answers of `check(families:)`, so each family list is looked up once.
    private static let checked = Mutex<[String: FamilyCheck]>([:])

    /// Which families of a font family list are installed.
    package struct FamilyCheck: Sendable, Hashable {
        /// The families of the list no installed font has, in list order, before the first installed one.
        package var missing: [String]
        /// Whether none of the list's families is installed (text then comes out in `fallback`).
        package var noneInstalled: Bool
        /// The family fontconfig picks for the list (what text is drawn in); nil if no font loads at all.
        package var fallback: String?
    }

    /// Looks up the families of a Pango family list ("Noto Sans, DejaVu Sans") in fontconfig. Generic names
    /// (sans-serif, serif, monospace…) are aliases that always resolve, so they count as installed. Waits
    /// for the warm-up; each list is looked up once.
    package static func check(families list: String) -> FamilyCheck {
        if let known = checked.withLock({ $0[list] }) { return known }
        ready()
        let names = list.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
        // In list order up to the first installed family: the families after it are never used, and each
        // look-up lists fonts (this runs on every command with a style file).
        let missing = Array(names.prefix { !isInstalled($0) })
        let none = missing.count == names.count
        let result = FamilyCheck(missing: missing, noneInstalled: none, fallback: none ? match(names) : nil)
        checked.withLock { $0[list] = result }
        return result
    }

    /// Fontconfig's generic families and Pango's short names for them.
    private static let generic: Set<String> = ["sans", "sans-serif", "serif", "mono", "monospace", "cursive",
                                               "fantasy", "system-ui", "emoji", "math"]

    /// Whether some installed font has the family `name` (fontconfig compares ignoring case and spaces).
    private static func isInstalled(_ name: String) -> Bool {
        if generic.contains(name.lowercased()) { return true }
        guard let pattern = FcPatternCreate() else { return true }
        defer { FcPatternDestroy(pattern) }
        _ = name.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: 1) { FcPatternAddString(pattern, "family", $0) } }
        guard let objects = FcObjectSetCreate() else { return true }
        defer { FcObjectSetDestroy(objects) }
        _ = FcObjectSetAdd(objects, "family")
        guard let fonts = FcFontList(nil, pattern, objects) else { return true }
        defer { FcFontSetDestroy(fonts) }
        return fonts.pointee.nfont > 0
    }

    /// The family fontconfig matches for `names` (as Pango does when none of them is installed).
    private static func match(_ names: [String]) -> String? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        for name in names {
            _ = name.withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: 1) { FcPatternAddString(pattern, "family", $0) } }
        }
        _ = FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let font = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(font) }
        var family: UnsafeMutablePointer<FcChar8>? = nil
        guard FcPatternGetString(font, "family", 0, &family) == FcResultMatch, let family else { return nil }
        return String(cString: family)
    }

    /// Begins loading fontconfig's configuration and caches on a background thread and returns at once.
    /// Harmless to call more than once or not at all.
    package static func warmUp() {
        warming.withLock { wait in
            guard wait == nil else { return }
            wait = BackgroundThread.start(joinable: true) { _ = FcInit() }
        }
    }

    /// Takes over a warm-up started elsewhere (the command starts one before `main`): `ready()` then waits
    /// for it with `wait`. Ignored when a warm-up is already under way.
    package static func adopt(waitingWith wait: @escaping @Sendable () -> Void) {
        warming.withLock { current in
            if current == nil { current = wait }
        }
    }

    /// Waits for a warm-up in progress. Fontconfig does not serialise its first initialisation: a
    /// second thread asking for fonts meanwhile would load everything again in parallel and throw one
    /// copy away, so whatever needs fonts first waits here.
    static func ready() {
        warming.withLock { wait in
            guard let pending = wait else { return }
            pending()
            wait = nil
        }
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
