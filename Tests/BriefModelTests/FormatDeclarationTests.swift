// The format's declarations (BriefingFormat) say what the decoder does: every text field is refused one
// character past the length its declared kind allows and accepted at it, every required field is required,
// and every declared example decodes.

import Testing
@testable import BriefModel

@Suite struct FormatDeclarationTests {
    /// A JSON briefing holding the required fields of every mapping on the way to `target`, where `field`
    /// is `value` (JSON text), or, without a target, every field at its example.
    static func document(target: String? = nil, field: String? = nil, value: String? = nil,
                         omit: Bool = false) -> String {
        func object(_ set: FieldSet) -> String {
            var parts: [String] = []
            for f in set.fields {
                let here = set.name == target && f.name == field
                if here && omit { continue }
                if here, let value { parts.append("\"\(f.name)\": \(value)"); continue }
                guard f.required || target == nil || leadsTo(f.value) else { continue }
                switch f.value {
                case .list(let sub, _, _): parts.append("\"\(f.name)\": [\(object(sub))]")
                case .mapping(let sub): parts.append("\"\(f.name)\": \(object(sub))")
                default:
                    // An outcome's pillar must name a column: the examples agree ("Defence & security").
                    parts.append("\"\(f.name)\": \(f.example ?? "null")")
                }
            }
            return "{" + parts.joined(separator: ", ") + "}"
        }
        func leadsTo(_ value: FieldValue) -> Bool {
            switch value {
            case .list(let sub, _, _), .mapping(let sub):
                sub.name == target || sub.fields.contains { leadsTo($0.value) }
            default: false
            }
        }
        return object(BriefingFormat.briefing)
    }

    @Test("every declared example decodes, without a warning")
    func examplesDecode() throws {
        let loaded = try Fixture.decode(Self.document(), file: "t.json", json: true)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.briefing.timelines.first?.events.first?.note != nil)
        #expect(loaded.briefing.outcomes.first?.pillar == "Defence & security")
    }

    /// JSON text of exactly `count` characters: words of two letters (so no word limit applies), or a web
    /// address.
    static func text(_ count: Int, address: Bool) -> String {
        if address { return "\"https://example.org/" + String(repeating: "a", count: count - 20) + "\"" }
        return "\"" + String(String(repeating: "ab ", count: count).prefix(count - 1)) + "x\""
    }

    @Test("each text field's length limit is its declared kind's", arguments: BriefingFormat.all)
    func textLimitsAreDeclared(_ set: FieldSet) throws {
        for field in set.fields {
            let kind: TextKind, list: Bool
            switch field.value {
            case .text(let k): (kind, list) = (k, false)
            case .texts(let k): (kind, list) = (k, true)
            default: continue
            }
            func errors(_ n: Int) -> [String] {
                var value = Self.text(n, address: kind == .address)
                if list { value = "[\(value)]" }
                return Fixture.errors(Self.document(target: set.name, field: field.name, value: value),
                                      file: "t.json", json: true).filter { $0.contains("too long") }
            }
            let max = kind.maximumLength
            #expect(errors(max).isEmpty, "\(set.name).\(field.name) refuses \(max) characters: \(errors(max))")
            #expect(errors(max + 1).count == 1, "\(set.name).\(field.name) takes \(max + 1) characters")
        }
    }

    @Test("the required fields are the decoder's", arguments: BriefingFormat.all)
    func requiredFieldsAreDeclared(_ set: FieldSet) {
        for field in set.fields {
            let errors = Fixture.errors(Self.document(target: set.name, field: field.name, omit: true),
                                        file: "t.json", json: true)
            if field.required {
                #expect(errors.contains { $0.contains(field.name) }, "\(set.name).\(field.name) is not required: \(errors)")
            } else {
                #expect(errors.isEmpty, "\(set.name).\(field.name) is declared optional: \(errors)")
            }
        }
    }
}

extension FieldSet: CustomTestStringConvertible {
    public var testDescription: String { name }
}
