// Each error briefing-format.md names is reported with the exact path, line, column and message.

import Testing
@testable import BriefModel

@Suite struct ContractErrorTests {
    @Test func theContractsExampleErrorReadsExactlyAsDocumented() throws {
        let text = """
        # A broken briefing file
        title: Bad example
        timelines:
        - id: demo
          events:
          - date: 2020
            label: a
          - date: 2021
            label: b
          - date: 2022
            label: c
          # the next event is broken

          - date: 2025-13
            label: d
        """
        #expect(Fixture.errors(text, file: "Examples/bad.yaml") == [
            "Examples/bad.yaml:14:11: timelines[0].events[3].date: \"2025-13\" is not a date "
                + "(expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
    }

    @Test func tabIndentationIsNamedAsTheCause() throws {
        let errors = Fixture.errors("title: T\ntimelines:\n\t- id: x\n")
        #expect(errors.count == 1 && errors[0].hasPrefix("t.yaml:3:1: YAML syntax error:")
                && errors[0].hasSuffix("this line is indented with a tab, and YAML indents with spaces only"), "\(errors)")
    }

    @Test func titleIsRequiredAndReportedAtTheTopMapping() throws {
        #expect(Fixture.errors("subtitle: no title here\n") == ["t.yaml:1:1: missing required field 'title'"])
        #expect(Fixture.errors("title:\nplace: x\n") == ["t.yaml:1:1: title: is empty (it is required)"])
        #expect(Fixture.errors("title: \"  \"\n") == ["t.yaml:1:8: title: is empty (it is required)"])
    }

    @Test func titleMustBeOneLine() throws {
        #expect(Fixture.errors("title: \"Two\\nlines\"\n") == ["t.yaml:1:8: title: must be one line (found a line break)"])
        #expect(Fixture.errors("title: |\n  Two\n  lines\n") == ["t.yaml:1:8: title: must be one line (found a line break)"])
        // A folded block's final line break is not a second line.
        #expect(try Fixture.decode("title: >\n  One\n  line\n").briefing.title == "One line")
    }

    @Test func missingRequiredFieldsPointAtTheirMapping() throws {
        let text = """
        title: T
        parties:
          - leader: Somebody
        timelines:
          - id: a
            events:
              - note: no date, no label
        figures:
          - label: Trade
        sources:
          - publisher: Nobody
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:3:5: parties[0]: missing required field 'name'",
            "t.yaml:7:9: timelines[0].events[0]: missing required field 'date'",
            "t.yaml:7:9: timelines[0].events[0]: missing required field 'label'",
            "t.yaml:9:5: figures[0]: missing required field 'value'",
            "t.yaml:11:5: sources[0]: missing required field 'title'",
        ])
    }

    @Test func timelinesNeedEventsAndValidUniqueIDs() throws {
        let text = """
        title: T
        timelines:
          - id: Main_Line
            events: [{date: 2020, label: a}]
          - id: twice
            events: [{date: 2020, label: a}]
          - id: twice
            events: []
          - title: no events at all
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:3:9: timelines[0].id: \"Main_Line\" is not a valid id (use lowercase letters a-z, digits and '-')",
            "t.yaml:7:9: timelines[2].id: duplicate timeline id: 'twice' is already used by timelines[1] (line 5)",
            "t.yaml:8:13: timelines[2].events: a timeline needs at least one event",
            "t.yaml:9:5: timelines[3]: missing required field 'events'",
        ])
    }

    @Test func timelinesWithoutIDGetNumberedIDs() throws {
        let text = """
        title: T
        timelines:
          - events: [{date: 2020, label: a}]
          - id: named
            events: [{date: 2021, label: b}]
          - events: [{date: 2022, label: c}]
        """
        #expect(try Fixture.decode(text).briefing.timelines.map(\.id) == ["timeline-1", "named", "timeline-3"])
        let clash = """
        title: T
        timelines:
          - id: timeline-2
            events: [{date: 2020, label: a}]
          - events: [{date: 2021, label: b}]
        """
        #expect(Fixture.errors(clash) == [
            "t.yaml:5:5: timelines[1].id: duplicate timeline id: a timeline without an id gets the id 'timeline-2', "
                + "which is already used by timelines[0] (line 3)",
        ])
    }

    @Test func periodsMustNotEndBeforeTheyStart() throws {
        let text = """
        title: T
        timelines:
          - events: [{date: 2020, label: a}]
            periods:
              - {start: 2024-05, end: 2023-12, label: backwards}
              - {start: 2024-05-10, end: 2024-05}
              - {start: 2024-05-10, end: 2024-05-10}
              - {start: 2024-05-10}
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:5:31: timelines[0].periods[0].end: the period ends (2023-12) before it starts (2024-05)",
        ])
        let fine = text.replacingOccurrences(of: "end: 2023-12", with: "end: 2024-05")
        let periods = try #require(try Fixture.decode(fine).briefing.timelines.first?.periods)
        #expect(periods.map { $0.end?.description } == ["2024-05", "2024-05", "2024-05-10", nil])
    }

    @Test func coloursMustBeSixDigitHex() throws {
        let text = """
        title: T
        parties:
          - {name: A, color: "#12345"}
          - {name: B, color: red}
          - {name: C, color: "#11223344"}
          - {name: D, color: "#GG0000"}
          - name: E
            color: #DA251D
          - {name: F, color: "#da251d"}
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:3:22: parties[0].color: \"#12345\" is not a colour (expected #RRGGBB)",
            "t.yaml:4:22: parties[1].color: \"red\" is not a colour (expected #RRGGBB)",
            "t.yaml:5:22: parties[2].color: \"#11223344\" is not a colour (expected #RRGGBB)",
            "t.yaml:6:22: parties[3].color: \"#GG0000\" is not a colour (expected #RRGGBB)",
            "t.yaml:8:5: parties[4].color: no colour given; write it in quotes, e.g. color: \"#DA251D\" "
                + "(an unquoted # starts a YAML comment)",
        ])
    }

    @Test func outcomeKindsAndDefault() throws {
        let text = """
        title: T
        outcomes:
          - {title: A, kind: mou}
          - {title: B}
          - {title: C, kind: treaty}
          - {title: D, kind: MoU}
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:5:22: outcomes[2].kind: \"treaty\" is not an outcome kind "
                + "(expected statement, agreement, mou, plan, commitment or other)",
            "t.yaml:6:22: outcomes[3].kind: \"MoU\" is not an outcome kind "
                + "(expected statement, agreement, mou, plan, commitment or other); did you mean 'mou'?",
        ])
        let good = try Fixture.decode("title: T\noutcomes:\n  - {title: A, kind: plan}\n  - {title: B}\n")
        #expect(good.briefing.outcomes.map(\.kind) == [.plan, .other])
    }

    @Test func outcomePillarMustNameAColumn() throws {
        let text = """
        title: T
        pillars:
          roof: Partnership
          columns:
            - name: Defence & security
            - name: Trade
        outcomes:
          - title: A
            pillar: Defense & security
          - title: B
            pillar: Culture
          - title: C
            pillar: trade
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:9:13: outcomes[0].pillar: \"Defense & security\" names no pillar column "
                + "(did you mean \"Defence & security\"?)",
            "t.yaml:11:13: outcomes[1].pillar: \"Culture\" names no pillar column "
                + "(columns: \"Defence & security\", \"Trade\")",
            "t.yaml:13:13: outcomes[2].pillar: \"trade\" names no pillar column (did you mean \"Trade\"?)",
        ])
        #expect(Fixture.errors("title: T\noutcomes:\n  - {title: A, pillar: Trade}\n") == [
            "t.yaml:3:24: outcomes[0].pillar: \"Trade\" names no pillar column (the file has no pillars)",
        ])
    }

    @Test func pillarsNeedARoofAndColumns() throws {
        #expect(Fixture.errors("title: T\npillars:\n  columns:\n    - name: A\n") == [
            "t.yaml:3:3: pillars: missing required field 'roof'",
        ])
        #expect(Fixture.errors("title: T\npillars:\n  roof: R\n") == [
            "t.yaml:3:3: pillars: missing required field 'columns'",
        ])
        #expect(Fixture.errors("title: T\npillars:\n  roof: R\n  columns: []\n") == [
            "t.yaml:4:12: pillars.columns: pillars need at least one column",
        ])
        #expect(Fixture.errors("title: T\npillars:\n  roof: R\n  columns:\n    - items: [x]\n") == [
            "t.yaml:5:7: pillars.columns[0]: missing required field 'name'",
        ])
        #expect(Fixture.errors("title: T\npillars: [a, b]\n") == [
            "t.yaml:2:10: pillars: expected a mapping with a roof and columns, found a list",
        ])
    }

    @Test func repeatedColumnNamesAreAWarning() throws {
        let text = "title: T\npillars:\n  roof: R\n  columns:\n    - name: A\n    - name: A\n"
        #expect(Fixture.warnings(text) == [
            "t.yaml:5:5: warning: pillars.columns: two columns are named \"A\"; an outcome's pillar names the first",
        ])
    }

    @Test func textFieldsAcceptScalarsButNotCollections() throws {
        let figures = try Fixture.decode("title: 2025\nfigures:\n  - {label: Partners, value: 14}\n").briefing
        #expect(figures.title == "2025")
        #expect(figures.figures == [Figure(label: "Partners", value: "14")])
        #expect(Fixture.errors("title: [a, b]\n") == ["t.yaml:1:8: title: expected text, found a list"])
        #expect(Fixture.errors("title: {a: b}\n") == ["t.yaml:1:8: title: expected text, found a mapping"])
        #expect(Fixture.errors("title: T\noutcomes:\n  - title: A\n    parties: Home Office\n") == [
            "t.yaml:4:14: outcomes[0].parties: expected a list, found text \"Home Office\"",
        ])
        #expect(Fixture.errors("title: T\noutcomes:\n  - title: A\n    parties: [a, [b], \"\"]\n") == [
            "t.yaml:4:18: outcomes[0].parties[1]: expected text, found a list",
            "t.yaml:4:23: outcomes[0].parties[2]: is empty",
        ])
        #expect(Fixture.errors("title: T\nparties: {name: A}\n") == [
            "t.yaml:2:10: parties: expected a list, found a mapping",
        ])
        #expect(Fixture.errors("title: T\nparties: [A]\n") == [
            "t.yaml:2:11: parties[0]: expected a party (a mapping with a name), found text \"A\"",
        ])
    }

    @Test func highlightTakesOnlyBooleans() throws {
        let text = """
        title: T
        timelines:
          - events:
              - {date: 2020, label: a, highlight: yes}
              - {date: 2020, label: b, highlight: "true"}
              - {date: 2020, label: c, highlight: 1}
              - {date: 2020, label: d, highlight: [true]}
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:4:43: timelines[0].events[0].highlight: expected true or false, found 'yes'",
            "t.yaml:5:43: timelines[0].events[1].highlight: expected true or false, found the text \"true\"",
            "t.yaml:6:43: timelines[0].events[2].highlight: expected true or false, found '1'",
            "t.yaml:7:43: timelines[0].events[3].highlight: expected true or false, found a list",
        ])
        let good = """
        title: T
        timelines:
          - events:
              - {date: 2020, label: a, highlight: true}
              - {date: 2020, label: b, highlight: False}
              - {date: 2020, label: c}
              - {date: 2020, label: d, highlight: ~}
        """
        #expect(try Fixture.decode(good).briefing.timelines[0].events.map(\.highlight) == [true, false, false, false])
    }

    @Test func datesAreReadFromTheRawScalar() throws {
        let text = """
        title: T
        date: 2025-10-29
        timelines:
          - events:
              - {date: 2008, label: year}
              - {date: "2008-05", label: month}
              - {date: 2025-10-29T14:30, label: minute}
              - {date: 2025-02-30, label: impossible}
              - {date: 0000, label: year zero}
              - {date: 10000, label: too late}
              - {date: 2008.5, label: float}
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:8:16: timelines[0].events[3].date: \"2025-02-30\" is not a real date: February 2025 has 28 days",
            "t.yaml:9:16: timelines[0].events[4].date: \"0000\" is not a date: years run from 0001 to 9999",
            "t.yaml:10:16: timelines[0].events[5].date: \"10000\" is not a date "
                + "(expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
            "t.yaml:11:16: timelines[0].events[6].date: \"2008.5\" is not a date "
                + "(expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
        let good = try Fixture.decode(text.components(separatedBy: "\n").prefix(7).joined(separator: "\n"))
        #expect(good.briefing.date?.precision == .day)
        #expect(good.briefing.timelines[0].events.map(\.date.description) == ["2008", "2008-05", "2025-10-29T14:30"])
        #expect(good.briefing.timelines[0].events.map(\.date.precision) == [.year, .month, .minute])
    }

    @Test func aBareNullIsExplained() {
        let errors = Fixture.errors("title: T\ntimelines:\n  - events:\n      - {date: 2020, label: Null}\n")
        #expect(errors.contains { $0.contains("label: is empty (it is required): YAML reads Null as no value") },
                "\(errors)")
    }

    @Test func warningsAndErrorsAreListedTogetherInFileOrder() throws {
        let text = """
        title: T
        timelines:
          - events:
              - {date: 2024-02-30, label: a}
              - {date: 2024-02-10, lable: b}
        summery: x
        """
        do {
            _ = try Fixture.decode(text)
            Issue.record("should have been refused")
        } catch let error as BriefingLoadError {
            let lines = error.listing.split(separator: "\n").map(String.init)
            #expect(lines.count == 4, "\(lines)")
            let places = lines.map { $0.split(separator: ":").dropFirst().prefix(2).compactMap { Int($0) } }
            #expect(places == places.sorted { $0.lexicographicallyPrecedes($1) }, "\(lines)")
            #expect(lines.last?.contains("warning: summery") == true || lines.last?.contains("unknown field 'summery'") == true,
                    "\(lines)")
            #expect(lines.filter { $0.contains("warning:") }.count == 2, "\(lines)")
        }
    }

    @Test func manyErrorsAreAllReportedInFileOrderUpToTheLimit() throws {
        var lines = ["title: T", "timelines:", "  - events:"]
        for index in 0..<30 { lines.append("      - {date: 2025-13, label: e\(index)}") }
        do {
            _ = try Fixture.decode(lines.joined(separator: "\n"))
            Issue.record("should have been refused")
        } catch let error as BriefingLoadError {
            #expect(error.errors.count == BriefingLoadError.limit)
            #expect(error.truncated)
            #expect(error.errors.map(\.line) == Array(4..<24))
            #expect(error.description.hasSuffix("\nt.yaml: stopped after 20 errors"))
        }
        // Cross-checks found after the walk still come out in file order.
        let text = """
        title: T
        outcomes:
          - {title: A, pillar: Nope}
        date: 2025-13
        """
        #expect(Fixture.errors(text) == [
            "t.yaml:3:24: outcomes[0].pillar: \"Nope\" names no pillar column (the file has no pillars)",
            "t.yaml:4:7: date: \"2025-13\" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
        ])
    }

    @Test func unknownFieldsAreWarningsWithSuggestions() throws {
        let text = """
        title: T
        subtitel: S
        parties:
          - name: A
            colour: "#DA251D"
        timelines:
          - events:
              - {date: 2020, label: a, higlight: true, extra: 1}
        <<: {}
        """
        #expect(Fixture.warnings(text) == [
            "t.yaml:2:1: warning: unknown field 'subtitel' (did you mean 'subtitle'?)",
            "t.yaml:5:5: warning: parties[0]: unknown field 'colour' (did you mean 'color'?)",
            "t.yaml:8:32: warning: timelines[0].events[0]: unknown field 'higlight' (did you mean 'highlight'?)",
            "t.yaml:8:48: warning: timelines[0].events[0]: unknown field 'extra'",
            "t.yaml:9:1: warning: unknown field '<<' (YAML merge keys are not supported)",
        ])
    }

    @Test func duplicateKeysAreErrors() throws {
        #expect(Fixture.errors("title: A\nplace: P\ntitle: B\n") == [
            "t.yaml:3:1: duplicate key 'title' (first at line 1, column 1)",
        ])
        #expect(Fixture.errors("title: T\nparties:\n  - name: A\n    leader: L\n    name: B\n  - name: C\n") == [
            "t.yaml:5:5: duplicate key 'name' (first at line 3, column 5)",
        ])
        #expect(Fixture.errors("{\"title\": \"A\", \"title\": \"B\"}", json: true) == [
            "t.yaml:1:2: duplicate key 'title' in one mapping",
        ])
    }

    @Test func optionalTextMayBeNullOrEmpty() throws {
        let briefing = try Fixture.decode("title: T\nsubtitle:\nplace: \"\"\nsummary: ~\n").briefing
        #expect(briefing.subtitle == nil)
        #expect(briefing.place == nil)
        #expect(briefing.summary == nil)
    }
}
