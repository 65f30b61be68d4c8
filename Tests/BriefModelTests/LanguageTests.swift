// Language files: every shipped language has every word, plural rules and date patterns read as CLDR says.

import Foundation
import Testing
@testable import BriefModel
import BriefScene

@Suite struct LanguageTests {
    static let folder = Fixture.path("Languages")
    /// The twelve languages the page must speak, at least.
    static let required = ["en", "vi", "fr", "de", "es", "ru", "ja", "zh", "ko", "ar", "id", "th"]

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func english() throws -> Language {
        try LanguageLoader.load(path: folder + "/en.yaml", tag: LanguageTag("en")!, over: nil).language
    }

    /// The language of a shipped tag, read as the catalog reads it (its language's file under a region's).
    static func language(_ tag: String) throws -> Language {
        let t = LanguageTag(tag)!
        var l = try english()
        for name in t.lookupNames.reversed() where name != "en" && FileManager.default.fileExists(atPath: "\(folder)/\(name).yaml") {
            l = try LanguageLoader.load(path: "\(folder)/\(name).yaml", tag: t, over: l, refinesBase: name.contains("-")).language
        }
        l.tag = t.text
        return l
    }

    @Test func theTwelveLanguagesAreShipped() throws {
        let names = Set(try Self.files().map { String($0.dropLast(5)) })
        for tag in Self.required { #expect(names.contains(tag), "Languages/\(tag).yaml is missing") }
    }

    /// A language's own file (not a region's refinement) is complete on its own: read with no base under it,
    /// the loader refuses any missing word, month list or pattern.
    @Test(arguments: try files().filter { !$0.contains("-") || $0 == "zh-Hant.yaml" })
    func everyLanguageHasEveryKey(_ file: String) throws {
        let tag = LanguageTag(String(file.dropLast(5)))!
        let loaded = try LanguageLoader.load(path: Self.folder + "/" + file, tag: tag, over: nil)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        #expect(Set(loaded.language.words.keys) == Set(WordKey.allCases))
        #expect(loaded.language.dates.patterns[.long]?.count == DatePrecision.allCases.count)
        #expect(loaded.language.dates.patterns[.short]?.count == DatePrecision.allCases.count)
        #expect(loaded.language.dates.axis.count == AxisForm.allCases.count)
    }

    /// Region files read over their language without a warning (no unknown key, nothing missing).
    @Test(arguments: try files().filter { $0.contains("-") })
    func regionFilesReadCleanly(_ file: String) throws {
        let tag = LanguageTag(String(file.dropLast(5)))!
        let base = try Self.language(tag.language)
        let loaded = try LanguageLoader.load(path: Self.folder + "/" + file, tag: tag, over: base, refinesBase: true)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
    }

    /// Each phrase keeps the placeholders English has (a translation that drops {n} or {list} loses a fact),
    /// and every form a count can pick exists.
    @Test(arguments: required.dropFirst())
    func translationsKeepPlaceholdersAndForms(_ tag: String) throws {
        let english = try Self.english(), l = try Self.language(tag)
        func names(_ s: String) -> Set<String> {
            Set(s.matches(of: /\{([a-z]+)\}/).map { String($0.output.1) })
        }
        for key in WordKey.allCases {
            let expected = english.words[key]!.forms.values.reduce(into: Set<String>()) { $0.formUnion(names($1)) }
            for (category, text) in l.words[key]!.forms {
                var have = names(text)
                // A language may spell "one" out instead of writing {n} ("un autre"), as CLDR allows.
                if category != .other { have.insert("n") }
                #expect(expected.isSubset(of: have), "\(tag) \(key.rawValue) [\(category)]: \(text)")
            }
            // Every category the rules can give has its form, or `other` stands for it knowingly.
            for n in [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 101, 102] {
                #expect(l.words[key]!.forms[l.plurals.category(n)] != nil || l.words[key]!.forms.count == 1,
                        "\(tag) \(key.rawValue): no form for \(n) (\(l.plurals.category(n)))")
            }
        }
        #expect(l.dates.months.count == 12 && l.dates.monthsShort.count == 12)
    }

    @Test func pluralRulesFollowCLDR() throws {
        let ru = try Self.language("ru").plurals
        #expect([1, 2, 5, 11, 21, 22, 25, 111, 112].map(ru.category) == [.one, .few, .many, .many, .one, .few, .many, .many, .many])
        let ar = try Self.language("ar").plurals
        #expect([0, 1, 2, 3, 10, 11, 99, 100, 102, 103].map(ar.category)
                == [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .few])
        let fr = try Self.language("fr").plurals
        #expect([0, 1, 2].map(fr.category) == [.one, .one, .other])
        let en = try Self.english().plurals
        #expect([0, 1, 2].map(en.category) == [.other, .one, .other])
        #expect(try Self.language("ja").plurals.category(1) == .other)
        #expect(throws: PluralRuleError.self) { try PluralRules([.one: "n = one"]) }
        #expect(throws: PluralRuleError.self) { try PluralRules([.one: "n % = 1"]) }
    }

    @Test func phrasesPickTheirFormAndFillOnce() throws {
        let en = try Self.english(), ru = try Self.language("ru")
        #expect(en.phrase(.moreFigures, count: 1) == "+1 more figure")
        #expect(en.phrase(.moreFigures, count: 3) == "+3 more figures")
        #expect(ru.phrase(.moreFigures, count: 1) != ru.phrase(.moreFigures, count: 5))
        // A briefing's own text holding "{list}" is not a placeholder.
        #expect(en.phrase(.altPillarsFoundation, ["list": "{title} {list}"]) == "; foundation: {title} {list}")
        #expect(en.list(["A", "B", "C"]) == "A, B and C")
        let terms = en.overriding([.headingSummary: Phrase("At a glance")])
        #expect(terms.phrase(.headingSummary) == "At a glance")
    }

    @Test func datesInEachLanguagesOwnForm() throws {
        let day = BriefDate(parsing: "2025-10-29")!, month = BriefDate(parsing: "2025-10")!
        let minute = BriefDate(parsing: "2025-10-29T14:30")!, year = BriefDate(parsing: "2025")!
        let en = try Self.english()
        #expect(en.date(day, .short) == "29 Oct 2025")
        #expect(en.date(day, .long) == "29 October 2025")
        #expect(en.date(month, .long) == "October 2025")
        #expect(en.date(minute, .short) == "29 Oct 2025 14:30")
        #expect(en.date(year, .short) == "2025")
        let us = try Self.language("en-US")
        #expect(us.date(minute, .short) == "Oct 29, 2025 2:30 PM")
        let vi = try Self.language("vi")
        #expect(vi.date(day, .short).contains("29/10/2025"))
        #expect(vi.date(month, .long).contains("10/2025") && vi.date(month, .long).contains("tháng"))
        let ja = try Self.language("ja")
        #expect(ja.date(day, .long) == "2025年10月29日")
        #expect(ja.date(month, .short) == "2025年10月")
        let fr = try Self.language("fr")
        #expect(fr.date(day, .short) == "29 oct. 2025")
        #expect(fr.date(day, .long) == "29 octobre 2025")
        #expect(fr.date(minute, .short).contains("14:30"))
        let ru = try Self.language("ru")
        #expect(ru.date(day, .long).contains("октября"))
        let ar = try Self.language("ar")
        #expect(ar.date(day, .long).contains("أكتوبر") && ar.date(day, .long).contains("2025"))
        let arabicDigits = try Self.language("ar-u-nu-arab")
        #expect(arabicDigits.date(day, .long).contains("٢٠٢٥"))
        let de = try Self.language("de")
        #expect(de.date(day, .long) == "29. Oktober 2025")
        // Every language, every precision, both forms: a date, never the raw pattern or the ISO fallback.
        for tag in Self.required {
            let l = try Self.language(tag)
            for d in [year, month, day, minute] {
                for form in DateForm.allCases {
                    let text = l.date(d, form)
                    #expect(!text.isEmpty && (text != d.description || d.precision == .year), "\(tag) \(form) \(d)")
                    #expect(!text.contains("MMM") && !text.contains("yy"), "\(tag) \(form) \(d): \(text)")
                }
            }
        }
    }

    @Test func tagsAreCheckedAndLookedUpMostSpecificFirst() {
        #expect(LanguageTag("en_gb")?.text == "en-GB")
        #expect(LanguageTag("zh-hans-cn")?.lookupNames == ["zh-Hans-CN", "zh-Hans", "zh-CN", "zh"])
        #expect(LanguageTag("zh-TW")?.lookupNames == ["zh-TW", "zh-Hant", "zh"])
        #expect(LanguageTag("ar-u-nu-arab")?.numbering == "arab")
        #expect(LanguageTag("ar")?.isRightToLeftScript == true)
        #expect(LanguageTag("fa")?.isRightToLeftScript == true)
        #expect(LanguageTag("az-Arab")?.isRightToLeftScript == true)
        #expect(LanguageTag("vi")?.isRightToLeftScript == false)
        for bad in ["", "english!", "e", "vi--VN", "toolonglanguage", "vi-VN-", "日本語"] { #expect(LanguageTag(bad) == nil, "\(bad)") }
    }

    @Test func aBriefingSaysItsLanguageAndTerms() throws {
        let loaded = try Fixture.decode("""
        title: T
        language: vi_VN
        hyphenate: false
        terms:
          heading.summary: Tóm lược
          more.figures: {other: "+{n} số liệu khác"}
        """)
        #expect(loaded.briefing.language == "vi-VN")
        #expect(loaded.briefing.languagePlace?.line == 2)
        #expect(loaded.briefing.hyphenate == false)
        #expect(loaded.briefing.terms[.headingSummary] == Phrase("Tóm lược"))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func badLanguageFieldsAreLocated() throws {
        let errors = Fixture.errors("title: T\nlanguage: Vietnamese please\n")
        #expect(errors.count == 1 && errors[0].hasPrefix("t.yaml:2:") && errors[0].contains("BCP 47"))
        let warned = Fixture.warnings("title: T\nterms:\n  heading.sumary: X\n")
        #expect(warned.contains { $0.contains("t.yaml:3:") && $0.contains("heading.summary") })
        let noOther = Fixture.errors("title: T\nterms:\n  more: {one: X}\n")
        #expect(noOther.contains { $0.contains("terms.more") && $0.contains("other") })
    }
}
