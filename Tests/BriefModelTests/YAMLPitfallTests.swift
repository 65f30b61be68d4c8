// YAML's pitfalls explained, not silently accepted: a comma that ends a value inside { } is an error that says
// to quote it, with the text to write; a comma inside [ ] that seems to split one name is warned about.

import Testing
@testable import BriefModel

@Suite struct YAMLPitfallTests {
    @Test("a comma inside { } that cut a text in two is an error quoting the whole text")
    func flowMappingComma() {
        let errors = Fixture.errors("title: T\noutcomes:\n  - {title: cap raised to 1,500 places, kind: plan}\n")
        #expect(errors == ["t.yaml:3:6: outcomes[0].title: a comma inside { } ends a value, so this reads "
                           + "\"cap raised to 1\" and takes \"500 places\" for another field; put the whole text in "
                           + "quotes: title: \"cap raised to 1,500 places\""], "\(errors)")
        // The spaces after the comma are kept in the suggestion.
        let spaced = Fixture.errors("title: T\nfigures:\n  - {label: Trade, value: \"10\", note: up 5,  3 per cent}\n")
        #expect(spaced.first?.hasSuffix("note: \"up 5,  3 per cent\"") == true, "\(spaced)")
    }

    @Test("what is not a split comma stays a plain unknown-field warning or is accepted")
    func notASplit() {
        // A real unknown field, with its own value.
        #expect(Fixture.warnings("title: T\noutcomes:\n  - {title: A, kynd: plan}\n")
                    == ["t.yaml:3:16: warning: outcomes[0]: unknown field 'kynd' (did you mean 'kind'?)"])
        // Quoted, the comma is the text's.
        #expect(Fixture.warnings("title: T\noutcomes:\n  - {title: \"cap raised to 1,500 places\", kind: plan}\n").isEmpty)
        // A block mapping's unknown key on its own line.
        #expect(Fixture.warnings("title: T\noutcomes:\n  - title: A\n    extra:\n").count == 1)
    }

    @Test("an item of a [ ] list that reads as the rest of the one before is warned about")
    func flowListComma() {
        let warnings = Fixture.warnings("title: T\noutcomes:\n  - title: MoU\n    parties: [Ministry of Industry, and Trade, Home Office]\n")
        #expect(warnings == ["t.yaml:4:37: warning: outcomes[0].parties[1]: \"and Trade\" reads as the rest of "
                             + "\"Ministry of Industry\": a comma inside [ ] separates items; if it is one name, put "
                             + "it in quotes: \"Ministry of Industry, and Trade\""], "\(warnings)")
        #expect(Fixture.warnings("title: T\noutcomes:\n  - title: MoU\n    parties: [Việt Nam, United Kingdom]\n").isEmpty)
        #expect(Fixture.warnings("title: T\noutcomes:\n  - title: MoU\n    parties:\n      - A\n      - e-Government Agency\n")
                    .isEmpty)
    }

    @Test("groups of one timeline that differ only in capitals or spaces are one group, warned about where written")
    func groupsDifferingInCase() throws {
        let file = "title: T\ntimelines:\n  - events:\n      - {date: 2020, label: A, group: trade}\n"
            + "      - {date: 2021, label: B, group: Trade}\n      - {date: 2022, label: C, group: trade}\n"
            + "  - events:\n      - {date: 2020, label: D, group: TRADE}\n"
        #expect(Fixture.warnings(file) == ["t.yaml:5:39: warning: timelines[0].events[1].group: group \"Trade\" is taken as "
                                           + "\"trade\" (line 4), which it differs from only in capitals or spaces: one group "
                                           + "in the legend; spell them alike"], "\(Fixture.warnings(file))")
        let loaded = try BriefingLoader.decode(bytes: Array(file.utf8), file: "t.yaml", json: false).briefing
        #expect(loaded.timelines[0].events.map(\.group) == ["trade", "trade", "trade"])
        #expect(loaded.timelines[1].events.map(\.group) == ["TRADE"])
    }

    @Test("a plain value other YAML readers take for a boolean, a date or a differently written number is warned about")
    func otherReadings() {
        let warnings = Fixture.warnings("title: T\ntimelines:\n  - events:\n      - {date: 2020, label: no}\n"
            + "      - {date: 2021, label: 1.10}\n      - {date: 2022, label: 2024-01-05}\n      - {date: 2023, label: On}\n")
        #expect(warnings.count == 4, "\(warnings)")
        #expect(warnings.first?.hasPrefix("t.yaml:4:29: warning: timelines[0].events[0].label: other YAML readers") == true)
        #expect(warnings.first?.contains("take the unquoted no as the boolean false; BriefKit keeps the text \"no\"") == true)
        #expect(warnings[1].contains("as the number 1.1;"), "\(warnings)")
        #expect(warnings[2].contains("as a date;") && warnings[3].contains("the boolean true"), "\(warnings)")
        // Quoted, or a number every reader writes back alike, or a month alone: nothing to say.
        #expect(Fixture.warnings("title: T\ntimelines:\n  - events:\n      - {date: 2020, label: \"no\"}\n"
            + "      - {date: 2021, label: 2008}\n      - {date: 2022, label: 2024-01}\n      - {date: 2023, label: 2.5}\n"
            + "figures:\n  - {label: Trade, value: 14}\n").isEmpty)
    }
}
