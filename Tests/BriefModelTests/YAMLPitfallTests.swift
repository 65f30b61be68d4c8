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
}
