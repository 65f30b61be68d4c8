// The shipped language files for tests, read once per process; and layouts in English by default.

import BriefLayout
import BriefRender
import BriefKit
import Synchronization

/// Languages read from the checkout's Languages/ folder, cached.
package enum TestLanguages {
    private static let cache = Mutex<[String: Language]>([:])

    /// The language of `tag` (over English), as the CLI loads it; English when the files cannot be read.
    package static func named(_ tag: String) -> Language {
        if let known = cache.withLock({ $0[tag] }) { return known }
        guard let loaded = try? LanguageCatalog.language(tag: tag).language else {
            preconditionFailure("Languages/ cannot be read for '\(tag)'")
        }
        cache.withLock { $0[tag] = loaded }
        return loaded
    }

    /// A measurer setting text as a page in `language` does (its tag and direction).
    package static func measurer(for language: Language) -> PangoMeasurer {
        PangoMeasurer(settings: TextSettings(language: language.tag, rightToLeft: language.rightToLeft))
    }

    /// English, as Languages/en.yaml has it.
    package static var english: Language { named("en") }
}

extension TimelineLayout {
    /// A timeline layout writing its own words in English.
    package init(style: Style, measurer: any TextMeasurer) {
        self.init(style: style, measurer: measurer, language: TestLanguages.english)
    }
}

extension PillarsLayout {
    /// A pillar layout writing its own words in English.
    package init(style: Style, measurer: any TextMeasurer) {
        self.init(style: style, measurer: measurer, language: TestLanguages.english)
    }
}

extension ReportLayout {
    /// A report layout writing its own words in English.
    package init(style: Style, measurer: any TextMeasurer) {
        self.init(style: style, measurer: measurer, language: TestLanguages.english)
    }
}
