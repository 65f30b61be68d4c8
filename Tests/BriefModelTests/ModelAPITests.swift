// The small public helpers: Diagnostic's text forms, load errors, summary paragraphs.

import Testing
@testable import BriefModel

@Suite struct ModelAPITests {
    /// YAML folding joins lines with a space; between Chinese or Japanese characters it is dropped,
    /// elsewhere (Latin, Korean) kept.
    @Test func foldedCJKSummaryLosesItsStraySpaces() {
        var b = Briefing(title: "t")
        b.summary = "両国首脳は会談を行い、 両国関係を格上げする 共同声明に署名した。\nViệt Nam and Japan 협력 강화"
        #expect(b.summaryParagraphs == ["両国首脳は会談を行い、両国関係を格上げする共同声明に署名した。", "Việt Nam and Japan 협력 강화"])
    }

    @Test func diagnosticDescriptions() throws {
        let error = Diagnostic(file: "a.yaml", line: 3, column: 7, path: "parties[0].color", message: "bad")
        #expect(error.description == "a.yaml:3:7: parties[0].color: bad")
        let warning = Diagnostic(severity: .warning, file: "a.yaml", line: 2, column: 1, path: "", message: "odd")
        #expect(warning.description == "a.yaml:2:1: warning: odd")
        let noPlace = Diagnostic(file: "a.yaml", line: 0, column: 0, path: "", message: "no such file")
        #expect(noPlace.description == "a.yaml: no such file")
    }

    @Test func loadErrorsListOneErrorPerLine() throws {
        let first = Diagnostic(file: "a.yaml", line: 1, column: 1, path: "", message: "one")
        let second = Diagnostic(file: "a.yaml", line: 2, column: 5, path: "date", message: "two")
        #expect(BriefingLoadError(errors: [first, second]).description == "a.yaml:1:1: one\na.yaml:2:5: date: two")
    }

    @Test func warningsTravelWithTheRefusal() throws {
        do {
            _ = try Fixture.decode("colour: red\n")
            Issue.record("should have been refused")
        } catch let error as BriefingLoadError {
            #expect(error.errors.map(\.description) == ["t.yaml:1:1: missing required field 'title'"])
            #expect(error.warnings.map(\.description) == ["t.yaml:1:1: warning: unknown field 'colour'"])
            #expect(error.warnings.allSatisfy { $0.severity == .warning })
        }
    }

    @Test func summaryParagraphs() throws {
        let folded = "title: T\nsummary: >\n  First paragraph\n  goes on.\n\n  Second one.\n"
        #expect(try Fixture.decode(folded).briefing.summaryParagraphs == ["First paragraph goes on.", "Second one."])
        #expect(try Fixture.decode(folded).briefing.summary == "First paragraph goes on.\nSecond one.")
        let literal = "title: T\nsummary: |\n  One.\n\n  Two.\n"
        #expect(try Fixture.decode(literal).briefing.summaryParagraphs == ["One.", "Two."])
        // Prose wrapped by hand in a literal block: blank lines part paragraphs, other breaks are spaces.
        let wrapped = "title: T\nsummary: |\n  One goes\n  on here.\n\n  Two\n  too.\n"
        #expect(try Fixture.decode(wrapped).briefing.summaryParagraphs == ["One goes on here.", "Two too."])
        let lines = "title: T\nsummary: |\n  One.\n  Two.\n"
        #expect(try Fixture.decode(lines).briefing.summaryParagraphs == ["One.", "Two."])
        #expect(Briefing(title: "T").summaryParagraphs == [])
    }

    @Test func spellingSuggestions() throws {
        #expect(Spelling.suggestion(for: "colour", among: ["name", "color"]) == "color")
        #expect(Spelling.suggestion(for: "titel", among: ["title", "date"]) == "title")
        #expect(Spelling.suggestion(for: "nam", among: ["name"]) == "name")
        #expect(Spelling.suggestion(for: "xyz", among: ["name"]) == nil)
        #expect(Spelling.suggestion(for: "whatever", among: ["title"]) == nil)
    }
}
