// Finding a briefing's language among the shipped Languages/ files, English underneath every other.

import BriefModel
import BriefScene
import BriefRender
import Synchronization

/// The shipped language files (Languages/*.yaml), found like styles (see ``ResourceLocator``).
package enum LanguageCatalog {
    /// The tags of the shipped language files, sorted.
    package static func names() -> [String] { ResourceLocator.names(in: "Languages") }

    /// The language of `briefing`: its `language:` (English when it has none), then its `terms:`. A tag with no
    /// file of its own takes its language's file ("vi-VN" → vi.yaml); a language with none falls back to English
    /// with a warning at the briefing's `language:`.
    package static func language(for briefing: Briefing) throws -> LoadedLanguage {
        var loaded = try language(tag: briefing.language ?? "en", place: briefing.languagePlace)
        loaded.language = loaded.language.overriding(briefing.terms)
        return loaded
    }

    /// English as Languages/en.yaml has it, read once per process (every language is read over it).
    private static let english = Mutex<Result<LoadedLanguage, any Error>?>(nil)

    private static func base() throws -> LoadedLanguage {
        try english.withLock { cached in
            if let cached { return try cached.get() }
            let result = Result { try file("en", tag: LanguageTag("en")!, over: nil, refines: false) }
            cached = result
            return try result.get()
        }
    }

    /// Starts reading English on a background thread and returns at once, so that it overlaps reading the
    /// briefing (every page needs it, whatever its language); the first use waits for it.
    package static func preload() {
        BackgroundThread.start { _ = try? LanguageCatalog.base() }
    }

    /// The language of the tag `written`, read over English.
    package static func language(tag written: String, place: FilePlace? = nil) throws -> LoadedLanguage {
        let tag = LanguageTag(written) ?? LanguageTag("en")!
        var loaded = try base()
        // Coarsest first: vi.yaml, then vi-VN.yaml over it.
        let found = tag.lookupNames.reversed().filter { $0 != "en" && ResourceLocator.file(named: $0, in: "Languages") != nil }
        for name in found {
            let next = try file(name, tag: tag, over: loaded.language, refines: name.contains("-"))
            loaded = LoadedLanguage(language: next.language, warnings: loaded.warnings + next.warnings)
        }
        if found.isEmpty && tag.language != "en" {
            let shipped = names().filter { !$0.contains("-") }.joined(separator: ", ")
            loaded.warnings.append(Diagnostic(severity: .warning, file: place?.file ?? "", line: place?.line ?? 0,
                                              column: place?.column ?? 0, path: "language",
                                              message: "no words for the language '\(tag.text)' (no Languages/\(tag.language).yaml; "
                                                  + "shipped: \(shipped)): the page's own words are in English"))
        }
        loaded.language.tag = tag.text
        if found.isEmpty { loaded.language.rightToLeft = tag.isRightToLeftScript }
        return loaded
    }

    private static func file(_ name: String, tag: LanguageTag, over base: Language?, refines: Bool) throws -> LoadedLanguage {
        guard let path = ResourceLocator.file(named: name, in: "Languages") else {
            throw BriefingLoadError(errors: [Diagnostic(file: "Languages/\(name).yaml", line: 0, column: 0, path: "",
                                                        message: "the shipped language file is missing (set BRIEFKIT_HOME to "
                                                            + "the folder holding Languages/)")])
        }
        return try LanguageLoader.load(path: path, tag: tag, over: base, refinesBase: refines)
    }
}

extension TextSettings {
    /// How a briefing's pictures set their text: its language's tag and direction, hyphenation unless the
    /// briefing (or else the style) turns it off, and its parties' and leaders' names kept whole.
    package init(briefing: Briefing, language: Language, style: Style) {
        self.init(language: language.tag, rightToLeft: language.rightToLeft,
                  hyphenate: briefing.hyphenate ?? style.hyphenate, keepTogether: briefing.names)
    }
}
