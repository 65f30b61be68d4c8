// JSON briefing files read the same as YAML ones, with line:column in errors.

import Foundation
import Testing
@testable import BriefModel

@Suite struct JSONInputTests {
    static let yaml = """
    title: Việt Nam – United Kingdom
    date: 2025-10-29
    parties:
      - {name: Việt Nam, color: "#DA251D"}
    timelines:
      - id: partnerships
        events:
          - {date: 2008-05, label: China, group: Asia}
          - {date: 2025-10, label: United Kingdom, highlight: true, note: 14th}
        periods:
          - {start: 2023-09, end: 2025-10, label: Rapid expansion}
    pillars:
      roof: CSP
      columns:
        - {name: Trade, items: [Double trade]}
      foundation: [Respect]
    outcomes:
      - {title: MoU, kind: mou, parties: [A, B], pillar: Trade}
    figures:
      - {label: Partners, value: 14}
    sources:
      - {title: Report, publisher: VNA, date: 2025-10-29, url: "https://example.org/a"}
    """

    static let json = """
    {
    \t"title": "Vi\\u1ec7t Nam \\u2013 United Kingdom",
    \t"date": "2025-10-29",
    \t"parties": [{"name": "Việt Nam", "color": "#DA251D"}],
    \t"timelines": [{"id": "partnerships", "events": [
    \t\t{"date": "2008-05", "label": "China", "group": "Asia"},
    \t\t{"date": "2025-10", "label": "United Kingdom", "highlight": true, "note": "14th"}],
    \t\t"periods": [{"start": "2023-09", "end": "2025-10", "label": "Rapid expansion"}]}],
    \t"pillars": {"roof": "CSP", "columns": [{"name": "Trade", "items": ["Double trade"]}], "foundation": ["Respect"]},
    \t"outcomes": [{"title": "MoU", "kind": "mou", "parties": ["A", "B"], "pillar": "Trade"}],
    \t"figures": [{"label": "Partners", "value": 14}],
    \t"sources": [{"title": "Report", "publisher": "VNA", "date": "2025-10-29", "url": "https:\\/\\/example.org\\/a"}]
    }
    """

    @Test func jsonAndYAMLGiveTheSameBriefing() throws {
        let fromYAML = try Fixture.decode(JSONInputTests.yaml)
        let fromJSON = try Fixture.decode(JSONInputTests.json, file: "t.json", json: true)
        #expect(fromYAML.warnings == [])
        #expect(fromJSON.warnings == [])
        #expect(fromJSON.briefing == fromYAML.briefing)
    }

    @Test func compactJSONEscapesAndNestedArrays() throws {
        let compact = #"{"title":"caf\u00e9 \/ \"quoted\"","figures":[{"label":"a","value":"1"}],"x":[[1,[2]],[]]}"#
        let loaded = try Fixture.decode(compact, json: true)
        #expect(loaded.briefing.title == "café / \"quoted\"")
        #expect(loaded.warnings.map(\.description) == ["t.yaml:1:74: warning: unknown field 'x'"])
    }

    @Test func surrogatePairsAndLeadingTabs() throws {
        let text = "\t{\"title\": \"flag \\ud83c\\uddfb\\ud83c\\uddf3\", \"subtitle\": \"\\u00e9\\t\"}\n"
        let briefing = try Fixture.decode(text, json: true).briefing
        #expect(briefing.title == "flag 🇻🇳")
        #expect(briefing.subtitle == "é\t")
        #expect(JSONText.prepare("\t[\"\\ud83d\\ude00\"]") == " [\"\\U0001F600\"]")
        #expect(JSONText.prepare("\"\\\\ud83d\"") == "\"\\\\ud83d\"")
    }

    @Test func aColonOnTheLineAfterItsKey() throws {
        let text = "{\"title\"\n  : \"T\",\n \"date\"\n:\n\"2025-13\"}"
        #expect(JSONText.prepare(text) == "{\"title\":\n   \"T\",\n \"date\":\n\n\"2025-13\"}")
        #expect(Fixture.errors(text, json: true) == [
            "t.yaml:5:1: date: \"2025-13\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
    }

    @Test func keysLongerThanYAMLsImplicitKeyLimitAreRefused() throws {
        // A documented gap: libyaml allows implicit keys of at most 1024 characters.
        let long = String(repeating: "k", count: 1100)
        let errors = Fixture.errors("{\"title\": \"T\", \"\(long)\": 1}", json: true)
        #expect(errors.count == 1)
        #expect(errors.first == "t.yaml:1:1118: YAML syntax error: did not find expected ',' or '}' "
                    + "(while parsing a flow mapping at line 1, column 1)")
    }

    @Test func jsonErrorsCarryLineAndColumn() throws {
        let text = """
        {
          "title": "T",
          "timelines": [{"events": [{"date": "2025-13", "label": "a"}]}]
        }
        """
        #expect(Fixture.errors(text, file: "b.json", json: true) == [
            "b.json:3:38: timelines[0].events[0].date: \"2025-13\" is not a date "
                + "(expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
        // JSON goes through a YAML parser, so a trailing comma is accepted too (it changes no meaning).
        #expect(Fixture.errors("{\"title\": \"T\",}", json: true) == [])
        #expect(Fixture.errors("{\"title\": \"T\"", json: true).count == 1)
        #expect(Fixture.errors("[]", json: true) == ["t.yaml:1:1: expected a mapping with at least a title, found a list"])
        #expect(Fixture.errors("{\"title\": null}", json: true) == ["t.yaml:1:2: title: is empty (it is required)"])
    }

    @Test func theExtensionChoosesJSON() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brief.JSON").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("\t{\"title\": \"T\"}".utf8)))
        #expect(try BriefingLoader.load(path: path).briefing.title == "T")
    }

    /// What libyaml reads but JSON does not is refused where it starts, so a `.json` file means here what it
    /// means to every JSON tool (a fuzzed file with `"value": 1<tabs>4` read "1 4" as JSON, "1\t4" as YAML).
    @Test func yamlThatIsNotJSONIsRefusedInJSONMode() {
        let cases: [(String, String)] = [
            ("{\"title\": \"T\", \"figures\": [{\"label\": \"P\", \"value\": 1\t\t4}]}",
             "t.yaml:1:52: is not JSON: text must be written in double quotes (\"…\")"),
            ("{\"title\": \"T\", \"date-2025\", \"place\": \"L\"}",
             "t.yaml:1:27: is not JSON: a value is missing here (every key needs ':' and a value)"),
            ("{title: \"T\"}", "t.yaml:1:2: is not JSON: a key must be written in double quotes (\"…\")"),
            ("{\"title\": 'T'}", "t.yaml:1:11: is not JSON: ''' is YAML syntax (anchors, aliases, tags, block text and single quotes are not JSON; text goes in double quotes)"),
            ("{\"title\": &a \"T\", \"place\": *a}", "t.yaml:1:11: is not JSON: '&' is YAML syntax (anchors, aliases, tags, block text and single quotes are not JSON; text goes in double quotes)"),
            // A quote in a comment is no string.
            ("{\"title\": \"T\", # say \"hi\n \"place\": P}", "t.yaml:2:11: is not JSON: text must be written in double quotes (\"…\")"),
            // A fuzz finding: YAML folds a string broken across lines (and drops the tabs that start the next).
            ("{\"title\": \"T\",\n\"place\": \"a\t\tb\n\tc\"}",
             "t.yaml:2:12: is not JSON: a tab inside a string must be escaped (\\n for a line break, \\t for a tab)"),
            ("{\"title\": \"T\",\r\n\"place\": \"ab\r\nc\"}",
             "t.yaml:2:13: is not JSON: a line break inside a string must be escaped (\\n for a line break, \\t for a tab)"),
            ("title: T\n", "t.yaml:1:1: is not JSON: a key must be written in double quotes (\"…\")"),
            ("\"title\": |\n  T\n", "t.yaml:1:10: is not JSON: '|' is YAML syntax (anchors, aliases, tags, block text and single quotes are not JSON; text goes in double quotes)"),
        ]
        for (text, error) in cases {
            #expect(Fixture.errors(text, json: true) == [error], "\(text)")
        }
        // Line breaks JSON lets through raw and YAML would fold stay in the text: LS and PS as they are, NEL
        // refused as the control character it is (not folded to a space unseen).
        #expect(Fixture.errors("{\"title\": \"T\", \"place\": \"a\u{85}b\"}", json: true)
                == ["t.yaml:1:25: place: contains the control character U+0085, which cannot be drawn; remove it"])
        for scalar in ["\u{2028}", "\u{2029}"] {
            let title = try? Fixture.decode("{\"title\": \"T\", \"place\": \"a\(scalar)b\"}", json: true).briefing.place
            #expect(title == "a\(scalar)b", "\(scalar.unicodeScalars.first!.value): \(String(describing: title))")
        }
        // Numbers, true, false and null stay what they are; the same texts are fine YAML.
        #expect(Fixture.errors("{\"title\": \"T\", \"figures\": [{\"label\": \"P\", \"value\": -1.5e3}]}", json: true) == [])
        #expect(Fixture.errors("{\"title\": \"T\", \"place\": null}", json: true) == [])
        #expect(Fixture.errors("{title: T, place: 'L'}", json: false) == [])
    }
}

@Suite struct KeepFieldTests {
    @Test func keepIsReadOnEventsOutcomesFiguresAndSources() throws {
        let loaded = try Fixture.decode("""
            title: T
            timelines: [{events: [{date: 2020, label: A, keep: true}, {date: 2021, label: B}]}]
            outcomes: [{title: O, keep: true}, {title: P}]
            figures: [{label: F, value: "1", keep: true}]
            sources: [{title: S, keep: false}]
            """)
        let b = loaded.briefing
        #expect(b.timelines[0].events.map(\.keep) == [true, false])
        #expect(b.outcomes.map(\.keep) == [true, false])
        #expect(b.figures.map(\.keep) == [true])
        #expect(b.sources.map(\.keep) == [false])
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        let errors = Fixture.errors("title: T\noutcomes: [{title: O, keep: yes}]\n")
        #expect(errors.count == 1 && errors[0].hasPrefix("t.yaml:2:29: outcomes[0].keep:"), "\(errors)")
    }
}
