// Hostile and oversized values: refused at validation with their location, shown safely in messages.

import BriefScene
import Testing
@testable import BriefModel

@Suite struct InputSafetyTests {
    /// A one-source briefing whose URL is written as `url` (YAML, inside double quotes).
    private func withURL(_ url: String) -> String { "title: T\nsources:\n  - title: S\n    url: \"\(url)\"\n" }

    @Test func aNULInAQuotedStringIsRefusedWhereItIsWritten() {
        #expect(Fixture.errors(withURL("a\\0")) == [
            "t.yaml:4:10: sources[0].url: contains a NUL character (U+0000), which no text can hold",
        ])
        #expect(Fixture.errors("title: \"a\\x00b\"\n") == [
            "t.yaml:1:8: title: contains a NUL character (U+0000), which no text can hold",
        ])
    }

    @Test(arguments: ["\\uFFFE", "\\uFFFF", "\\uFDD0", "\\uFDEF", "\\U0001FFFF", "\\U0010FFFE"])
    func noncharactersAreRefused(_ escape: String) {
        let errors = Fixture.errors("title: T\ntimelines:\n  - events:\n      - date: 2020\n        label: \"x\(escape)\"\n")
        #expect(errors.count == 1 && errors[0].hasPrefix("t.yaml:5:16: timelines[0].events[0].label: contains U+")
                && errors[0].hasSuffix("a noncharacter that text may not hold; remove it"), "\(errors)")
    }

    @Test func controlCharactersAreRefusedButTabsAndLineBreaksAreText() throws {
        #expect(Fixture.errors("title: \"a\\eb\"\n") == [
            "t.yaml:1:8: title: contains the control character U+001B, which cannot be drawn; remove it",
        ])
        #expect(Fixture.errors("title: T\nsummary: \"a\\x85b\"\n").first?.contains("U+0085") == true)
        #expect(try Fixture.decode("title: T\nsummary: \"a\\tb\\nc\"\n").briefing.summary == "a\tb\nc")
    }

    @Test func longRunsOfCombiningMarksAreRefused() throws {
        let thirty = String(repeating: "\u{301}", count: 30)
        #expect(try Fixture.decode("title: e\(thirty)\n").briefing.title.unicodeScalars.count == 31)
        #expect(Fixture.errors("title: e\(thirty)\u{300}\n") == [
            "t.yaml:1:8: title: has more than 30 combining marks in a row, on one letter",
        ])
        // Vietnamese stacks two marks at most, written precomposed or not.
        #expect(try Fixture.decode("title: \"Vie\u{323}\u{302}t Nam\"\n").briefing.title == "Vie\u{323}\u{302}t Nam")
    }

    @Test func wordsLongerThanTheLimitAreRefusedInScriptsWrittenWithSpaces() throws {
        let word = String(repeating: "x", count: InputLimits.maximumWordLength)
        #expect(try Fixture.decode("title: T\nsummary: \(word) \(word)-\(word)/\(word)\n").briefing.summary != nil)
        #expect(Fixture.errors("title: T\nplace: a \(word)y\n") == [
            "t.yaml:2:8: place: has a word longer than 64 characters (no space, hyphen or slash in it), which could "
                + "only break between letters; split it",
        ])
        // Chinese, Japanese and Thai are written without spaces; web addresses are not words.
        #expect(try Fixture.decode("title: T\nsummary: \(String(repeating: "両国首脳", count: 40))\n").briefing.summary != nil)
        #expect(try Fixture.decode("title: T\nsummary: \(String(repeating: "ความร่วมมือ", count: 12))\n").briefing.summary != nil)
        #expect(try Fixture.decode("title: T\nsources: [{title: S, url: \"https://e.org/\(word)\(word)\"}]\n")
            .briefing.sources.count == 1)
    }

    @Test func eachKindOfTextHasItsLength() throws {
        // Words of four letters joined by hyphens: as long as the kind allows, every word well within its limit.
        func words(_ n: Int, _ letter: String = "a") -> String { String(String(repeating: letter + letter + letter + letter + "-", count: n).prefix(n)) }
        func label(_ n: Int) -> String { "title: T\ntimelines:\n  - events:\n      - date: 2020\n        label: \(words(n))\n" }
        #expect(try Fixture.decode(label(TextKind.label.maximumLength)).briefing.timelines[0].events[0].label.count == 100)
        #expect(Fixture.errors(label(101)) == [
            "t.yaml:5:16: timelines[0].events[0].label: is too long: 101 characters, and at most 100 are accepted here",
        ])
        #expect(Fixture.errors("title: \(words(251, "b"))\n").first?
            .hasSuffix("is too long: 251 characters, and at most 250 are accepted here") == true)
        let summary = String(repeating: "word ", count: 800)
        #expect(try Fixture.decode("title: T\nsummary: \(summary)\n").briefing.summary != nil)
        #expect(Fixture.errors("title: T\nsummary: \(summary)x\n").count == 1)
        // A huge value is refused without being echoed back in full.
        let huge = Fixture.errors("title: T\nplace: \(String(repeating: "z", count: 1_000_000))\n")
        #expect(huge.count == 1 && huge[0].utf8.count < 200, "\(huge.first?.prefix(300) ?? "")")
    }

    @Test func listsHaveAMostNumberOfItems() throws {
        let outcomes = (0..<121).map { "  - title: O\($0)\n" }.joined()
        #expect(Fixture.errors("title: T\noutcomes:\n\(outcomes)") == [
            "t.yaml:3:3: outcomes: holds 121 items, and at most 120 are accepted here",
        ])
        #expect(try Fixture.decode("title: T\noutcomes:\n\(outcomes.split(separator: "\n").dropLast().joined(separator: "\n"))\n")
            .briefing.outcomes.count == 120)
    }

    @Test func addressesOtherThanWebAndMailArePrintedNotLinked() throws {
        for (url, reason) in [("javascript:app.alert(1)", "uses the scheme 'javascript:', which is never made a link"),
                              ("file:///etc/passwd", "uses the scheme 'file:'"), ("data:text/html,x", "uses the scheme 'data:'"),
                              ("www.gov.uk/news", "has no scheme: write the whole address")] {
            let loaded = try Fixture.decode(withURL(url))
            #expect(loaded.briefing.sources[0].url == url)
            #expect(loaded.warnings.count == 1 && loaded.warnings[0].description.hasPrefix("t.yaml:4:10: warning: sources[0].url: ")
                    && loaded.warnings[0].description.contains(reason)
                    && loaded.warnings[0].description.hasSuffix("it is printed as text, without a link"), "\(loaded.warnings)")
        }
        #expect(try Fixture.decode(withURL("https://www.gov.uk/government/news")).warnings.isEmpty)
        #expect(try Fixture.decode(withURL("mailto:press@example.org")).warnings.isEmpty)
    }

    @Test func messagesShowValuesOnOneLineWithoutTerminalControls() throws {
        // A line break and a bidirectional override in a refused date (both may be text), and an escape
        // sequence in an unknown key (keys are only ever shown).
        let text = "title: T\ntimelines:\n  - events:\n      - date: \"2020\\n\\u202Eevil\"\n        label: x\n"
            + "        \"l\\e]0;pwned\\aabel2\": y\n"
        let lines = Fixture.errors(text)
        #expect(lines == [#"t.yaml:4:15: timelines[0].events[0].date: "2020\n\u{202E}evil" is not a date "#
                          + "(expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)"], "\(lines)")
        do {
            _ = try BriefingLoader.decode(bytes: Array(text.utf8), file: "t.yaml", json: false)
        } catch let error as BriefingLoadError {
            #expect(error.listing.split(separator: "\n").count == 2 && !error.listing.unicodeScalars.contains("\u{1B}")
                    && error.listing.contains(#"unknown field 'l\u{1B}]0;pwned\u{7}abel2'"#), "\(error.listing)")
        }
        // Long values are shortened, and the message says how long they were.
        let long = Fixture.errors("title: T\ntimelines:\n  - events:\n      - date: \(String(repeating: "9-", count: 45))\n        label: x\n")
        #expect(long.first?.contains(String(repeating: "9-", count: 30) + "…\" (90 characters) is not a date") == true, "\(long)")
    }

    @Test func styleSizesAreBounded() throws {
        func styleErrors(_ text: String) -> [String] {
            do { _ = try StyleLoader.decode(bytes: Array(text.utf8), file: "s.yaml"); return [] } catch let e as BriefingLoadError {
                return e.errors.map(\.description)
            } catch { return ["\(error)"] }
        }
        #expect(styleErrors("sizes: {title: 1e308}\n") == ["s.yaml:1:16: sizes.title: must be a size from 1 to 200 points (found 1e+308)"])
        #expect(styleErrors("lines: {axis: 1e9}\n") == ["s.yaml:1:15: lines.axis: must be above 0 and at most 24 points (found 1000000000)"])
        #expect(styleErrors("spacing: {unit: 500}\n") == ["s.yaml:1:17: spacing.unit: must be above 0 and at most 72 points (found 500)"])
        #expect(styleErrors("sizes: {title: 200, heading: 100}\n").isEmpty)
    }
}
