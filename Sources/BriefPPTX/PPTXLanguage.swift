// The language marks of a slide's text: `lang` on every run, `altLang` on runs in another script, `rtl` paragraphs.

import BriefScene

/// How the text of a deck declares its language, decided from the scene's metadata and each paragraph's letters.
///
/// - Every run's `lang` is the scene's language tag; a scene without one (or with a malformed one) keeps the
///   `en-GB` BriefKit always wrote, so older decks stay byte for byte the same.
/// - A paragraph is cut into runs where its letters change script, each run taking the spaces, digits and
///   punctuation after its letters. A run whose first letter is in a script the language is not usually written
///   in (a Latin name in an Arabic deck, Arabic in an English one) also gets `altLang`: that script's most common
///   language (``PPTXScript/likelyLanguage``) — a hint for proofing and fonts, as the real language is unknown.
/// - A paragraph is right to left when its first letter is Arabic, Hebrew or another right-to-left script, or,
///   having no letter at all, when the scene's writing is (`rightToLeft`): the bidi rule Pango draws it by.
struct PPTXLanguage {
    /// The `lang` of every run.
    let tag: String
    private let usual: Set<PPTXScript>
    private let pageRightToLeft: Bool

    /// What BriefKit wrote before scenes had a language.
    static let fallback = "en-GB"

    init(_ metadata: SceneMetadata) {
        let tag = LanguageTag.recorded(metadata.language)
        self.tag = tag ?? PPTXLanguage.fallback
        usual = PPTXScript.usual(for: self.tag)
        pageRightToLeft = metadata.rightToLeft
    }

    /// One run of a paragraph: its text and the alternate language it declares, if any.
    struct Run: Equatable {
        var text: String
        var altLang: String?
    }

    /// `paragraph` (one line of a text element) cut where the script of its letters changes the `altLang`.
    func runs(_ paragraph: Substring) -> [Run] {
        var runs: [Run] = []
        var text = String.UnicodeScalarView()
        var current: String?? = .none // the run's altLang, once its first letter is seen
        for scalar in paragraph.unicodeScalars {
            if let script = PPTXScript(letter: scalar) {
                let alt = altLang(for: script)
                if case .some(let running) = current, running != alt {
                    runs.append(Run(text: String(text), altLang: running))
                    text = String.UnicodeScalarView()
                }
                current = .some(alt)
            }
            text.append(scalar)
        }
        runs.append(Run(text: String(text), altLang: current ?? nil))
        return runs
    }

    /// Whether `paragraph` is set right to left.
    func isRightToLeft(_ paragraph: Substring) -> Bool {
        for scalar in paragraph.unicodeScalars {
            if let script = PPTXScript(letter: scalar) { return script.isRightToLeft }
        }
        return pageRightToLeft
    }

    /// The `altLang` of a run whose letters are in `script`: nil in the language's own script or an unknown one.
    private func altLang(for script: PPTXScript) -> String? {
        usual.contains(script) ? nil : script.likelyLanguage
    }
}
