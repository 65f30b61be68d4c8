// `briefkit schema`: the JSON Schema (draft 2020-12) of the briefing format, derived from `BriefingFormat`
// so that editors complete and check a file as the decoder will read it.

import BriefScene

/// A JSON value written with its keys in the order given, so the schema's text is stable.
indirect enum JSONNode {
    case string(String)
    case number(Int)
    case bool(Bool)
    case raw(String)
    case array([JSONNode])
    case object([(String, JSONNode)])

    func text(indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .string(let s): return jsonQuoted(s)
        case .number(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .raw(let r): return r
        case .array(let items):
            // Short lists of scalars on one line, as a person would write them.
            if items.allSatisfy({ if case .object = $0 { false } else if case .array = $0 { false } else { true } }) {
                return "[" + items.map { $0.text() }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            return "{\n" + fields.map { inner + jsonQuoted($0.0) + ": " + $0.1.text(indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        }
    }
}

package enum BriefingSchema {
    /// Where the shipped copy lives in the repository (checked for drift by a test).
    package static let shippedPath = "docs/briefing.schema.json"

    /// The schema's text, ending in a line break.
    package static func text() -> String { document().text() + "\n" }

    static func document() -> JSONNode {
        var root = object(BriefingFormat.briefing)
        root.insert(contentsOf: [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://briefkit.invalid/briefing.schema.json")),
            ("title", .string("BriefKit briefing")),
        ], at: 0)
        return .object(root)
    }

    /// A mapping's schema: its fields, the required ones, no others (the decoder warns about unknown keys).
    private static func object(_ set: FieldSet) -> [(String, JSONNode)] {
        var out: [(String, JSONNode)] = [("description", .string(description(of: set))), ("type", .string("object"))]
        out.append(("properties", .object(set.fields.map { ($0.name, property($0)) })))
        let required = set.fields.filter(\.required).map { JSONNode.string($0.name) }
        if !required.isEmpty { out.append(("required", .array(required))) }
        out.append(("additionalProperties", .bool(false)))
        return out
    }

    private static func description(of set: FieldSet) -> String {
        set.path.isEmpty ? "A briefing file: see docs/format.md." : "A \(set.name) (\(set.path)): see docs/format.md."
    }

    private static func property(_ field: Field) -> JSONNode {
        var help = field.help
        if let d = field.defaultValue { help += " Default: \(d)." }
        var out: [(String, JSONNode)] = [("description", .string(help))]
        out += value(field.value, key: field.name)
        if let example = field.example { out.append(("examples", .array([.raw(example)]))) }
        return .object(out)
    }

    /// Text as YAML writes it: any scalar reads as text (`14` is "14"), up to its kind's length.
    private static func text(_ kind: TextKind) -> [(String, JSONNode)] {
        [("type", .array([.string("string"), .string("number")])), ("maxLength", .number(kind.maximumLength))]
    }

    private static func value(_ value: FieldValue, key: String) -> [(String, JSONNode)] {
        switch value {
        case .text(let kind):
            return text(kind)
        case .texts(let kind):
            return [("type", .string("array")), ("items", .object(text(kind)))]
                + limit(key)
        case .date:
            // A year alone reads as a YAML integer.
            return [("anyOf", .array([
                .object([("type", .string("string")), ("pattern", .string(BriefingFormat.datePattern))]),
                .object([("type", .string("integer")), ("minimum", .number(1)), ("maximum", .number(9999))]),
            ]))]
        case .flag:
            return [("type", .string("boolean"))]
        case .color:
            return [("type", .string("string")), ("pattern", .string(BriefingFormat.colorPattern))]
        case .id:
            return [("type", .string("string")), ("pattern", .string(BriefingFormat.idPattern))]
        case .choice(let words):
            return [("enum", .array(words.map(JSONNode.string)))]
        case .languageTag:
            return [("type", .string("string")), ("pattern", .string(BriefingFormat.languagePattern))]
        case .terms:
            let forms = JSONNode.object([
                ("type", .string("object")),
                ("properties", .object(PluralCategory.allCases.map { ($0.rawValue, .object(text(.title))) })),
                ("required", .array([.string(PluralCategory.other.rawValue)])),
                ("additionalProperties", .bool(false)),
            ])
            return [("type", .string("object")),
                    ("propertyNames", .object([("enum", .array(WordKey.allCases.map { .string($0.rawValue) }))])),
                    ("additionalProperties", .object([("anyOf", .array([.object(text(.title)), forms]))]))]
        case .list(let set, let nonEmpty, let orCSV):
            let list: [(String, JSONNode)] = [("type", .string("array")), ("items", .object(object(set)))]
                + (nonEmpty ? [("minItems", .number(1))] : []) + limit(key)
            guard orCSV else { return list }
            let file: [(String, JSONNode)] = [("type", .string("string")), ("pattern", .string(BriefingFormat.csvPattern))]
            return [("anyOf", .array([.object(list), .object(file)]))]
        case .mapping(let set):
            return object(set)
        }
    }

    /// The most items `InputLimits` lets the list under `key` hold.
    private static func limit(_ key: String) -> [(String, JSONNode)] {
        InputLimits.maximumItems[key].map { [("maxItems", .number($0))] } ?? []
    }
}
