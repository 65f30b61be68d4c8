// Where wrapped text breaks: between words, at dictionary points of the picture's language, between letters only
// for a word wider than the line (and then said), never inside a name kept together.

@testable import BriefRender
import BriefScene
import Foundation
import Testing

@Suite(.serialized) struct HyphenationTests {
    static let english = "The two governments agreed to deepen cooperation on defence, education, digital "
        + "transformation and climate diplomacy, and to establish a Comprehensive Strategic Partnership "
        + "strengthening the relationship between their peoples."
    static let vietnamese = "Hai nước nâng quan hệ lên Đối tác Chiến lược Toàn diện (Comprehensive Strategic "
        + "Partnership), tăng cường hợp tác về quốc phòng, giáo dục, chuyển đổi số và ngoại giao khí hậu."
    static let font = FontSpec(family: "Noto Sans, DejaVu Sans", size: 10)
    static let widths = Array(stride(from: 44.0, through: 200, by: 6))
    /// Widths at which every word of both texts fits its line whole.
    static let roomyWidths = widths.filter { $0 >= 92 }

    static func engine(_ language: String?, hyphenate: Bool = true, keepTogether: [String] = []) -> TextEngine {
        TextEngine(settings: TextSettings(language: language, hyphenate: hyphenate, keepTogether: keepTogether))
    }

    /// The letters at the end of `s`.
    private static func trailingLetters(_ s: Substring) -> String { String(s.reversed().prefix { $0.isLetter }.reversed()) }
    private static func leadingLetters(_ s: String) -> String { String(s.prefix { $0.isLetter }) }

    /// What is wrong with `lines` as a setting of `text`: lines that do not make up the text, or a line ending
    /// inside a word other than at one of `hyphenator`'s points (with at least two letters before, three after).
    /// Also counts the lines that end at a dictionary point.
    static func problems(_ lines: [String], of text: String, hyphenator: Hyphenator?) -> (issues: [String], hyphenated: Int) {
        var issues: [String] = []
        var hyphenated = 0
        let rebuilt = lines.map { $0.hasSuffix("\u{2010}") ? String($0.dropLast()) : $0 }.joined()
        if rebuilt != text { issues.append("the lines do not make up the text: \(lines)") }
        for (i, line) in lines.enumerated().dropLast() {
            if line.hasSuffix(" ") || line.hasSuffix("-") { continue }
            guard line.hasSuffix("\u{2010}"), let hyphenator else {
                issues.append("line \(i) ends inside a word: \(line.debugDescription) / \(lines[i + 1].debugDescription)")
                continue
            }
            let before = trailingLetters(line.dropLast()), after = leadingLetters(lines[i + 1])
            let word = (before + after).lowercased()
            let points = hyphenator.points(Array(word.unicodeScalars))
            if !points.contains(before.unicodeScalars.count) || before.count < 2 || after.count < 3 {
                issues.append("\(before)-\(after) is not a dictionary point of \(word) (\(points))")
            }
            hyphenated += 1
        }
        return (issues, hyphenated)
    }

    @Test func englishBreaksAtSpacesAndDictionaryPoints() throws {
        let engine = Self.engine("en-GB")
        let hyphenator = try #require(engine.hyphenator)
        var hyphenated = 0
        for width in Self.widths {
            let lines = engine.lineTexts(Self.english, font: Self.font, wrapWidth: width)
            let found = Self.problems(lines, of: Self.english, hyphenator: hyphenator)
            #expect(found.issues.isEmpty, "at \(width): \(found.issues)")
            hyphenated += found.hyphenated
        }
        #expect(hyphenated >= 10, "only \(hyphenated) lines ended at a dictionary point")
    }

    /// A word breaks at a dictionary point only where it would otherwise not fit its line: where every word
    /// fits, the column is set as without a dictionary (no needless hyphens); narrower, it hyphenates.
    @Test func hyphenatesOnlyWhereAWordWouldNotFit() {
        let hyphenating = Self.engine("en-GB"), not = Self.engine("en-GB", hyphenate: false)
        let longest = Self.english.split(separator: " ").map {
            not.metrics(not.prepare(String($0), font: Self.font, wrapWidth: nil, alignment: .left).layout, scale: 1).width
        }.max()!
        var narrowHyphens = 0
        for width in Self.widths {
            let a = hyphenating.lineTexts(Self.english, font: Self.font, wrapWidth: width)
            if width >= longest + 1 {
                #expect(a == not.lineTexts(Self.english, font: Self.font, wrapWidth: width), "at \(width): a needless hyphen")
                #expect(!a.contains { $0.hasSuffix("\u{2010}") }, "at \(width): \(a)")
            } else {
                narrowHyphens += a.filter { $0.hasSuffix("\u{2010}") }.count
            }
        }
        #expect(narrowHyphens > 0, "no width narrower than the longest word (\(longest) pt) hyphenated")
    }

    @Test func withoutADictionaryLinesBreakOnlyBetweenWords() {
        let vietnamese = Self.engine("vi"), british = Self.engine("en-GB")
        var britishHyphens = 0
        for width in Self.roomyWidths {
            let lines = vietnamese.lineTexts(Self.vietnamese, font: Self.font, wrapWidth: width)
            let found = Self.problems(lines, of: Self.vietnamese, hyphenator: nil)
            #expect(found.issues.isEmpty, "at \(width): \(found.issues)")
        }
        // The same text under an English dictionary hyphenates its English words where they do not fit.
        for width in Self.widths {
            britishHyphens += Self.problems(british.lineTexts(Self.vietnamese, font: Self.font, wrapWidth: width),
                                            of: Self.vietnamese, hyphenator: british.hyphenator).hyphenated
        }
        #expect(britishHyphens > 0)
    }

    @Test func hyphenateFalseKeepsWordsWhole() {
        let engine = Self.engine("en-GB", hyphenate: false)
        #expect(engine.hyphenator == nil)
        let measurer = PangoMeasurer(settings: engine.settings)
        for width in Self.roomyWidths {
            let lines = engine.lineTexts(Self.english, font: Self.font, wrapWidth: width)
            let found = Self.problems(lines, of: Self.english, hyphenator: nil)
            #expect(found.issues.isEmpty, "at \(width): \(found.issues)")
            #expect(!measurer.measure(Self.english, font: Self.font, wrapWidth: width).brokeInsideWord, "at \(width)")
        }
    }

    @Test func aWordWiderThanTheLineBreaksBetweenLettersAndSaysSo() {
        let long = "Donaudampfschifffahrtsgesellschaftskapitän"
        let text = "The \(long) spoke about cooperation"
        for language in ["vi", nil] {
            let measurer = PangoMeasurer(settings: TextSettings(language: language))
            let wide = measurer.measure(text, font: Self.font, wrapWidth: 90)
            #expect(wide.brokeInsideWord, "\(String(describing: language))")
            #expect(wide.width <= 90.001)
            // Once it fits, the same text breaks between words again.
            #expect(!measurer.measure(text, font: Self.font, wrapWidth: 400).brokeInsideWord)
            #expect(!measurer.measure(Self.english, font: Self.font, wrapWidth: 90).brokeInsideWord)
            // Only the long word breaks: the other words stay whole.
            let lines = Self.engine(language).lineTexts(text, font: Self.font, wrapWidth: 90)
            #expect(lines.joined() == text)
            #expect(lines.first == "The ", "\(lines)")
            for word in ["spoke", "about", "cooperation"] {
                #expect(lines.contains { $0.contains(word) }, "\(word) in \(lines)")
            }
        }
        // A dictionary that knows the word's syllables needs no break between letters.
        let british = PangoMeasurer(settings: TextSettings(language: "en-GB"))
        #expect(!british.measure(text, font: Self.font, wrapWidth: 90).brokeInsideWord)
        let lines = Self.engine("en-GB").lineTexts(text, font: Self.font, wrapWidth: 90)
        #expect(lines.first == "The Donaudampf\u{2010}", "\(lines)")
        // Scaled answers carry it too.
        #expect(PangoMeasurer().measure(text, font: Self.font.sized(20), wrapWidth: 180).brokeInsideWord)
    }

    @Test func namesStayOnOneLineWhereTheyFit() {
        let text = "Talks in London between Prime Minister Keir Starmer and General Secretary Tô Lâm covered "
            + "trade, security and the Comprehensive Strategic Partnership."
        let names = ["Keir Starmer", "Tô Lâm", "Comprehensive Strategic Partnership"]
        let keeping = Self.engine("en-GB", keepTogether: names), plain = Self.engine("en-GB")
        let nameWidth = PangoMeasurer().measure("Keir Starmer", font: Self.font).width
        var splitWithout = 0
        for width in stride(from: nameWidth + 1, through: 260, by: 3) {
            let lines = keeping.lineTexts(text, font: Self.font, wrapWidth: width)
            #expect(lines.joined().replacingOccurrences(of: "\u{2010}", with: "") == text, "at \(width): \(lines)")
            #expect(lines.contains { $0.contains("Keir Starmer") }, "at \(width): \(lines)")
            #expect(lines.contains { $0.contains("Tô Lâm") }, "at \(width): \(lines)")
            if width >= 200 { // the partnership's name fits from about 190 pt
                #expect(lines.contains { $0.contains("Comprehensive Strategic Partnership") }, "at \(width): \(lines)")
            }
            let other = plain.lineTexts(text, font: Self.font, wrapWidth: width)
            if !other.contains(where: { $0.contains("Keir Starmer") }) || !other.contains(where: { $0.contains("Tô Lâm") }) {
                splitWithout += 1
            }
        }
        #expect(splitWithout > 3, "the names would have stayed together anyway")
        // Narrower than a name: it breaks like any text.
        let narrow = keeping.lineTexts("Keir Starmer", font: Self.font, wrapWidth: nameWidth - 5)
        #expect(narrow == ["Keir ", "Starmer"])
    }

    @Test func addressesAndAcronymsAreNotHyphenated() {
        let engine = Self.engine("en-GB")
        let text = "UNCLOS and ASEAN at https://www.gov.uk/government/publications/comprehensive-partnership, "
            + "partnership@example.org, and a writer\u{AD}chosen break"
        let form = PangoText(text, names: [], hyphenator: engine.hyphenator)
        #expect(form.text == text)
        let words = PangoText("statements", names: [], hyphenator: engine.hyphenator)
        #expect(words.text == "state\u{AD}ments")
    }
}
