// Hostile or broken input never crashes or hangs: every case ends in one clear, located Diagnostic.

import Foundation
import Testing
@testable import BriefModel

@Suite struct RobustnessTests {
    @Test func emptyFilesAndFilesWithOnlyComments() throws {
        let expected = ["t.yaml:1:1: file is empty: expected a mapping with at least a title"]
        #expect(Fixture.errors("") == expected)
        #expect(Fixture.errors("# nothing\n   \n# here\n") == expected)
        #expect(Fixture.errors("\n\n") == expected)
        #expect(Fixture.errors("~\n") == ["t.yaml:1:1: expected a mapping with at least a title, found nothing"])
    }

    @Test func theTopLevelMustBeAMapping() throws {
        #expect(Fixture.errors("- title: T\n") == ["t.yaml:1:1: expected a mapping with at least a title, found a list"])
        #expect(Fixture.errors("just text\n") == [
            "t.yaml:1:1: expected a mapping with at least a title, found text \"just text\"",
        ])
    }

    @Test func moreThanOneDocumentIsRefused() throws {
        #expect(Fixture.errors("title: A\n---\ntitle: B\n") == [
            "t.yaml:2:1: the file holds more than one YAML document; a second one starts here",
        ])
        // One document with explicit markers is fine.
        #expect(Fixture.errors("---\ntitle: A\n...\n") == [])
    }

    @Test func bytesThatAreNotUTF8Text() {
        #expect(Fixture.errors(bytes: Array("title: caf".utf8) + [0xE9, 0x0A]) == [
            "t.yaml:1:11: is not UTF-8 text (invalid byte sequence)",
        ])
        #expect(Fixture.errors(bytes: Array("title: a\nplace: b".utf8) + [0, 0x0A]) == [
            "t.yaml:2:9: is not UTF-8 text (contains a NUL byte; is it a binary file?)",
        ])
        #expect(Fixture.errors(bytes: Array("title: a\u{7}\n".utf8)) == [
            "t.yaml:1:9: is not UTF-8 text (contains control character U+0007)",
        ])
        // The start of a PNG file, and UTF-16 text with its byte-order mark.
        #expect(Fixture.errors(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == [
            "t.yaml:1:1: is not UTF-8 text (invalid byte sequence)",
        ])
        #expect(Fixture.errors(bytes: [0xFF, 0xFE, 0x74, 0x00]) == ["t.yaml:1:1: is not UTF-8 text (invalid byte sequence)"])
        // A UTF-8 byte-order mark is fine.
        #expect(Fixture.errors(bytes: [0xEF, 0xBB, 0xBF] + Array("title: T\n".utf8)) == [])
    }

    @Test func randomBinaryJunkNeverCrashes() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<200 {
            let count = Int.random(in: 0..<400, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(!Fixture.errors(bytes: bytes).isEmpty)
        }
        // Random printable YAML-ish text: accepted or refused, never a crash.
        let pieces = ["title:", " ", "\n", "- ", "[", "]", "{", "}", ":", "&a ", "*a", "'", "\"", "#", "|", ">", "  ",
                      "date: 2020", "events:", "timelines:", "? ", ",", "\t", "!!str ", "%YAML 1.1\n", "---\n", "x"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 1..<40, using: &generator))
                .map { _ in pieces[Int.random(in: 0..<pieces.count, using: &generator)] }.joined()
            _ = Fixture.errors(text)
        }
    }

    @Test func yamlSyntaxErrorsKeepLibyamlsPosition() throws {
        #expect(Fixture.errors("title: [a, b\nplace: x\n") == [
            "t.yaml:2:6: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 1, "
                + "column 8)",
        ])
        #expect(Fixture.errors("title: a\n  place: b\n") == [
            "t.yaml:2:8: YAML syntax error: mapping values are not allowed in this context",
        ])
        #expect(Fixture.errors("title: \"never closed\n") == [
            "t.yaml:2:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar at line 1, "
                + "column 8)",
        ])
    }

    @Test func tabsInIndentationAreReported() throws {
        #expect(Fixture.errors("title: a\n\tplace: b\n") == [
            "t.yaml:2:1: YAML syntax error: found a tab character that violates indentation (while scanning a plain "
                + "scalar at line 1, column 8)",
        ])
        // A tab inside a value is just a character.
        #expect(try Fixture.decode("title: \"a\tb\"\n").briefing.title == "a\tb")
    }

    @Test func windowsLineEndingsKeepLineNumbers() throws {
        let text = "title: T\r\nsubtitle: S\r\ndate: 2025-13\r\n"
        #expect(Fixture.errors(text) == [
            "t.yaml:3:7: date: \"2025-13\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
        #expect(try Fixture.decode("title: T\r\nsubtitle: S\r\n").briefing.subtitle == "S")
    }

    @Test func undefinedAliases() throws {
        #expect(Fixture.errors("title: T\nplace: *nowhere\n") == [
            "t.yaml:2:8: undefined alias '*nowhere' (no anchor '&nowhere' before it)",
        ])
    }

    @Test func aliasesThatAreDefinedWork() throws {
        let text = """
        title: T
        timelines:
          - events:
              - {date: 2020, label: &name Same label}
              - {date: 2021, label: *name}
        """
        #expect(try Fixture.decode(text).briefing.timelines[0].events.map(\.label) == ["Same label", "Same label"])
    }

    /// Nine levels of nine aliases: 9^9 ≈ 387 million strings if expanded.
    static func billionLaughs(key: String = "lol") -> String {
        var lines = ["title: Billion laughs", "\(key)0: &l0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        for level in 1...8 {
            let aliases = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",")
            lines.append("\(key)\(level): &l\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsInUnknownFieldsIsOnlyWarnedAbout() throws {
        let start = Date()
        let warnings = Fixture.warnings(RobustnessTests.billionLaughs())
        #expect(warnings.count == 9)
        #expect(warnings.first == "t.yaml:2:1: warning: unknown field 'lol0'")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test(.timeLimit(.minutes(1))) func theBillionLaughsFixtureFileIsRefusedQuickly() throws {
        let path = Fixture.path("Tests/Fixtures/model/billion-laughs.yaml")
        let start = Date()
        do {
            _ = try BriefingLoader.load(path: path)
            Issue.record("should have been refused")
        } catch let error as BriefingLoadError {
            #expect(error.errors.count == 9)
            #expect(error.errors.first?.description
                    == "\(path):11:7: timelines[0].events[0]: expected an event (a mapping with a date and a label), "
                    + "found a list")
            #expect(error.warnings.count == 9)
        }
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test(.timeLimit(.minutes(1))) func billionLaughsInsideFieldsIsRefusedQuickly() {
        let start = Date()
        let bomb = RobustnessTests.billionLaughs()
        let inItems = bomb + "pillars:\n  roof: R\n  columns:\n    - name: A\n      items: *l8\n"
        let errors = Fixture.errors(inItems)
        // Nodes reached through an alias carry the position of their anchor (here `&l7` on line 9).
        #expect(errors.count == 9)
        #expect(errors.first == "t.yaml:9:7: pillars.columns[0].items[0]: expected text, found a list")
        #expect(errors.last == "t.yaml:9:7: pillars.columns[0].items[8]: expected text, found a list")
        let asTimelines = bomb + "timelines: *l8\n"
        #expect(Fixture.errors(asTimelines).first
                == "t.yaml:9:7: timelines[0]: expected a timeline (a mapping with events), found a list")
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test(.timeLimit(.minutes(1))) func aliasBombsUsedAsKeysAreRefusedBeforeComposing() {
        let start = Date()
        let bomb = RobustnessTests.billionLaughs()
        #expect(Fixture.errors(bomb + "x:\n  ? *l8\n  : 1\n") == [
            "t.yaml:12:3: an explicit '?' key is not allowed in a file that uses aliases (keys must be plain text)",
        ])
        #expect(Fixture.errors(bomb + "x: {*l8 : 1}\n") == [
            "t.yaml:11:5: an alias used as a key is not allowed in a file that uses aliases (keys must be plain text)",
        ])
        #expect(Fixture.errors(bomb + "x:\n  *l8 : 1\n") == [
            "t.yaml:12:3: an alias used as a key is not allowed in a file that uses aliases (keys must be plain text)",
        ])
        #expect(Fixture.errors(bomb + "x: {[*l8]: 1}\n") == [
            "t.yaml:11:9: a list or mapping used as a key is not allowed in a file that uses aliases "
                + "(keys must be plain text)",
        ])
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func theKeyScanIgnoresQuotesCommentsAndBlockText() throws {
        let text = """
        title: &t T
        subtitle: "*t: not a key"
        place: '[x]: still text'
        # *t: a comment
        summary: |
          *t: inside a block
          [1]: also inside
        """
        #expect(ComplexKeyScan.firstComplexKey(in: text) == nil)
        #expect(Fixture.errors(text) == [])
    }

    @Test func theNodeBudgetStopsHugeExpansions() throws {
        var lines = ["title: T", "e: &e {date: 2020, label: x}", "timelines:", "  - events: ["]
        lines.append(Array(repeating: "*e", count: 50).joined(separator: ", ") + "]")
        let text = lines.joined(separator: "\n") + "\n"
        do {
            _ = try BriefingLoader.decode(bytes: Array(text.utf8), file: "t.yaml", json: false, maximumNodes: 100)
            Issue.record("should have been refused")
        } catch let error as BriefingLoadError {
            #expect(error.errors.map(\.description).last?.contains(
                "the file expands to more than 100 YAML nodes (are aliases repeating a large part many times?)") == true)
        } catch {
            Issue.record("unexpected \(error)")
        }
        // The same file is fine with the real budget.
        #expect(Fixture.errors(text) == [])
    }

    @Test(.timeLimit(.minutes(1))) func aFiveMegabyteLabelIsRefusedWithItsLocation() throws {
        let label = String(repeating: "Việt Nam ", count: 600_000)
        let text = "title: T\ntimelines:\n  - events:\n      - date: 2020\n        label: \"\(label)\"\n"
        #expect(text.utf8.count > 5_000_000)
        #expect(Fixture.errors(text) == [
            "t.yaml:5:16: timelines[0].events[0].label: is too long: 5400000 characters, and at most 100 are accepted here",
        ])
    }

    @Test func filesOverTheSizeCapAreRefused() throws {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: TextCheck.maximumBytes + 1)
        #expect(Fixture.errors(bytes: bytes) == [
            "t.yaml: file is too large (33554433 bytes; the limit is 33554432 bytes)",
        ])
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: BriefingLoadError.self) { try BriefingLoader.load(path: path) }
        do { _ = try BriefingLoader.load(path: path) } catch {
            #expect("\(error)" == "\(path): file is too large (more than 33554432 bytes)")
        }
    }

    @Test func deepNestingIsRefusedNotACrash() throws {
        let deep = "title: T\nx: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        let errors = Fixture.errors(deep)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("YAML nesting is too deep (more than 1000 levels)") == true)
        let fine = "title: T\nx: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n"
        #expect(Fixture.warnings(fine) == ["t.yaml:2:1: warning: unknown field 'x'"])
    }

    @Test func missingFilesAndFoldersAreReported() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nope.yaml").path
        #expect(throws: BriefingLoadError.self) { try BriefingLoader.load(path: missing) }
        do { _ = try BriefingLoader.load(path: missing) } catch { #expect("\(error)" == "\(missing): no such file") }
        do { _ = try BriefingLoader.load(path: folder.path) } catch {
            #expect("\(error)" == "\(folder.path): is a directory, not a file")
        }
    }
}

/// A small deterministic random number generator (SplitMix64) so junk tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
