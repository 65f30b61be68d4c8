// Which libhyphen dictionary a language tag picks, and the points it gives in UTF-8 and 8-bit dictionaries.
// Needs Debian's hyphen-en-gb, hyphen-en-us, hyphen-fr, hyphen-de, hyphen-es, hyphen-ru and hyphen-id
// (Scripts/install-deps.sh installs them).

@testable import BriefRender
import BriefScene
import CHyphen
import Glibc
import Testing

@Suite struct HyphenatorTests {
    /// The file name a tag's dictionary resolves to (symbolic links followed: fr_CA is fr).
    private func file(_ tag: String?) -> String? {
        Hyphenator.dictionaryPath(for: tag).map { String($0.split(separator: "/").last!) }
    }

    @Test func regionFirstThenTheLanguagesDefault() {
        #expect(file("en-GB") == "hyph_en_GB.dic")
        #expect(file("en_GB") == "hyph_en_GB.dic")
        #expect(file("en-Latn-GB") == "hyph_en_GB.dic")
        #expect(file("en-US") == "hyph_en_US.dic")
        #expect(file("en") == "hyph_en_US.dic")
        #expect(file("en-AU") == "hyph_en_GB.dic") // Debian links it to the British one
        #expect(file("en-NZ") == "hyph_en_US.dic") // no file of its own: the language's default
        #expect(file("fr") == "hyph_fr.dic")
        #expect(file("fr-CA") == "hyph_fr.dic")
        #expect(file("es") == "hyph_es_ES.dic")
        #expect(file("es-419") == "hyph_es_ES.dic")
        #expect(file("ru") == "hyph_ru_RU.dic")
        #expect(file("id") == "hyph_id_ID.dic")
        #expect(file("de") == "hyph_de_DE.dic")
        #expect(file("EN-gb-x-private") == "hyph_en_GB.dic")
    }

    @Test func languagesThatBreakByTheirOwnRulesHaveNone() {
        for tag in ["vi", "vi-VN", "zh", "zh-Hans", "zh-Hant-TW", "ja", "ja-JP", "ko", "th", "ar", "ar-EG"] {
            #expect(file(tag) == nil, "\(tag)")
            #expect(Hyphenator.forLanguage(tag) == nil, "\(tag)")
        }
        for tag in [nil, "", "-", "x-klingon", "qqq", "english"] {
            #expect(Hyphenator.forLanguage(tag) == nil, "\(String(describing: tag))")
        }
    }

    @Test func eachFileLoadsOnce() throws {
        let british = try #require(Hyphenator.forLanguage("en-GB"))
        #expect(Hyphenator.forLanguage("en-AU") === british)
        #expect(Hyphenator.forLanguage("en-GB") === british)
        #expect(Hyphenator.forLanguage("en") !== british)
    }

    @Test func warmUpLoadsInTheBackground() throws {
        PangoMeasurer.warmUp(TextSettings(language: "fr-CA"))
        PangoMeasurer.warmUp(TextSettings(language: "vi")) // none to load
        let french = try #require(Hyphenator.forLanguage("fr-CA"))
        #expect(Hyphenator.forLanguage("fr") === french)
    }

    /// Debian's German dictionary (1.1 MB, which libhyphen takes seconds to build whole) is read, and its
    /// compound patterns (NEXTLEVEL) work through the per-word subset.
    @Test func germanIsHyphenated() throws {
        #expect(try split("Zusammenarbeit", "de").contains("-"))
        #expect(try split("Partnerschaft", "de-DE").contains("-"))
    }

    /// The per-word subset of patterns gives exactly the points of the whole dictionary.
    @Test(arguments: ["en-GB", "en-US", "fr", "es", "ru", "id"])
    func subsetGivesTheWholeDictionarysPoints(_ tag: String) throws {
        let h = try #require(Hyphenator.forLanguage(tag))
        let whole = try #require(hnj_hyphen_load(h.path))
        defer { hnj_hyphen_free(whole) }
        let text = "comprehensive strategic partnership transformation cooperation diplomacy education international "
            + "partenariat stratégique coopération transformation numérique environnement diplomatie "
            + "asociación estratégica cooperación educación internacional transformación "
            + "стратегическое партнерство сотрудничество образование международный "
            + "kemitraan strategis komprehensif kerja sama pendidikan internasional"
        for word in text.split(separator: " ") {
            let scalars = Array(word.lowercased().unicodeScalars)
            guard let bytes = h.encoded(scalars) else { continue }
            var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
            var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
            var positions: UnsafeMutablePointer<Int32>? = nil, cuts: UnsafeMutablePointer<Int32>? = nil
            _ = hnj_hyphen_hyphenate2(whole, bytes.map { CChar(bitPattern: $0) } + [0], Int32(bytes.count), &hyphens, nil,
                                      &replacements, &positions, &cuts)
            free(replacements); free(positions); free(cuts)
            let expected = (0..<(scalars.count - 1)).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
            #expect(h.points(scalars) == expected, "\(tag) \(word)")
        }
    }

    private func split(_ word: String, _ tag: String) throws -> String {
        let h = try #require(Hyphenator.forLanguage(tag), "no dictionary for \(tag)")
        var scalars = Array(word.unicodeScalars).map(String.init)
        for point in h.points(Array(word.unicodeScalars)).reversed() { scalars.insert("-", at: point) }
        return scalars.joined()
    }

    @Test func pointsInUTF8Dictionaries() throws {
        #expect(try split("transformation", "en-GB") == "trans-form-a-tion")
        #expect(try split("transformation", "en-US") == "trans-for-ma-tion")
        #expect(try split("diplomacy", "en-US") == "diplo-macy")
        // Multi-byte letters: points count characters, not bytes.
        #expect(try split("coopération", "fr") == "co-opé-ra-tion")
        #expect(try split("comunicación", "es") == "co-mu-ni-ca-ción")
    }

    @Test func pointsInEightBitDictionaries() throws {
        // KOI8-R and ISO 8859-1 dictionaries: letters converted to their bytes.
        #expect(try split("сотрудничество", "ru") == "сотруд-ни-че-ство")
        #expect(try split("kerjasama", "id") == "ker-ja-sama")
        // A letter the charset lacks: no points rather than wrong ones.
        let russian = try #require(Hyphenator.forLanguage("ru"))
        #expect(russian.points(Array("сотрудничество€".unicodeScalars)).isEmpty)
    }
}

/// A file of thousands of distinct long words (a feed's, a hostile one's) must not build a pattern subset for
/// each: past its budget the hyphenator loads the whole dictionary once, and its points stay the same.
@Suite struct HyphenatorBudgetTests {
    /// The `i`-th of many distinct lower-case words of `length` letters.
    private func filler(_ i: Int, length: Int = 40) -> [Unicode.Scalar] {
        var n = i
        return (0..<length).map { k in
            let letter = k < 8 ? n % 26 : (k * 7 + i) % 26
            if k < 8 { n /= 26 }
            return Unicode.Scalar(UInt8(ascii: "a") + UInt8(letter))
        }
    }

    @Test func pastItsBudgetTheWholeDictionaryGivesTheSamePoints() throws {
        let path = try #require(Hyphenator.dictionaryPath(for: "en-GB"))
        let spent = try #require(Hyphenator.load(path))
        let words = ["hyphenation", "partnership", "comprehensive", "transformation", "diplomacy", "international",
                     "cooperation", "renewable", "infrastructure", "semiconductors"].map { Array($0.unicodeScalars) }
        var bytes = 0, i = 0
        while bytes <= Hyphenator.subsetBudget {
            let w = filler(i)
            _ = spent.points(w)
            bytes += w.count; i += 1
        }
        #expect(!spent.usesWholeDictionary, "the budget is passed only by the next subset word")
        _ = spent.points(filler(i))
        #expect(spent.usesWholeDictionary)
        let fresh = try #require(Hyphenator.load(path))
        for word in words + (0..<50).map({ filler(100_000 + $0, length: 12) }) {
            #expect(spent.points(word) == fresh.points(word), "\(String(String.UnicodeScalarView(word)))")
        }
        #expect(!fresh.usesWholeDictionary)
    }
}
