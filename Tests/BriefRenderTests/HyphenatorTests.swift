// Which libhyphen dictionary a language tag picks, and the points it gives in UTF-8 and 8-bit dictionaries.
// Needs Debian's hyphen-en-gb, hyphen-en-us, hyphen-fr, hyphen-de, hyphen-es, hyphen-ru and hyphen-id
// (Scripts/install-deps.sh installs them).

@testable import BriefRender
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

    /// Debian's German dictionary takes libhyphen seconds to load (see Hyphenator.largestDictionary): refused.
    @Test func oversizedDictionariesAreNotLoaded() {
        #expect(Hyphenator.forLanguage("de") == nil)
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
