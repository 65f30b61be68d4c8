// The briefing format declared once: every mapping's fields with their kind of value, whether they are
// required, their default, a sentence of help and an example. The decoder takes its field names from here,
// `briefkit schema` derives the JSON Schema from it, and a test holds docs/format.md to it.

/// What a field's value is.
package indirect enum FieldValue: Sendable {
    /// Text of a kind (which sets its longest length); YAML may write it as any scalar (`14` is "14").
    case text(TextKind)
    /// A list of texts of a kind.
    case texts(TextKind)
    /// A date in one of the four written forms (`2008`, `2008-05`, `2008-05-17`, `2008-05-17T09:30`).
    case date
    /// `true` or `false`.
    case flag
    /// A colour `#RRGGBB`.
    case color
    /// An id: lowercase letters a–z, digits and `-`.
    case id
    /// One of a fixed set of words.
    case choice([String])
    /// A BCP 47 language tag.
    case languageTag
    /// A mapping of BriefKit's word keys to a text, or to a text per plural category.
    case terms
    /// A list of mappings, each of the given fields, with at most `InputLimits.maximumItems[key]` items;
    /// `nonEmpty` when it must hold one at least; `orCSV` when the name of a CSV file of them may stand
    /// instead (its columns named as the fields).
    case list(FieldSet, nonEmpty: Bool = false, orCSV: Bool = false)
    /// One mapping of the given fields.
    case mapping(FieldSet)
}

/// One field of a mapping in a briefing file.
package struct Field: Sendable {
    package let name: String
    package let value: FieldValue
    package let required: Bool
    /// The value when the field is absent, as the reference writes it (nil: no value).
    package let defaultValue: String?
    /// What the field is for, in a sentence.
    package let help: String
    /// An example value, as JSON (nil for lists and mappings, whose fields have their own).
    package let example: String?

    init(_ name: String, _ value: FieldValue, required: Bool = false, default defaultValue: String? = nil,
         _ help: String, example: String? = nil) {
        self.name = name
        self.value = value
        self.required = required
        self.defaultValue = defaultValue
        self.help = help
        self.example = example
    }
}

/// The fields of one kind of mapping (an event, a party, the file itself).
package struct FieldSet: Sendable {
    /// What one such mapping is, in a word: `briefing`, `event`, `column`.
    package let name: String
    /// Where it stands in a file, as an error message's path writes it with `[]` for any index.
    package let path: String
    package let fields: [Field]

    package var names: [String] { fields.map(\.name) }
    package subscript(_ name: String) -> Field? { fields.first { $0.name == name } }
}

/// The briefing file format: `BriefingFormat.briefing` and the mappings within it.
package enum BriefingFormat {
    /// Patterns the decoder checks, for the schema and the reference (the decoder checks them in code).
    package static let datePattern =
        "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9])?)?)?$"
    package static let csvPattern = "\\.[cC][sS][vV]$"
    package static let colorPattern = "^#[0-9A-Fa-f]{6}$"
    package static let idPattern = "^[a-z0-9-]+$"
    package static let languagePattern = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"

    package static let party = FieldSet(name: "party", path: "parties[]", fields: [
        Field("name", .text(.label), required: true, "The party's name as the page shows it.", example: #""Việt Nam""#),
        Field("leader", .text(.label), "Who led the party's side.", example: #""General Secretary Tô Lâm""#),
        Field("color", .color, "The party's colour in the title band.", example: ##""#DA251D""##),
    ])

    package static let event = FieldSet(name: "event", path: "timelines[].events[]", fields: [
        Field("date", .date, required: true, "When it happened, at the precision it is known.", example: #""2008-05""#),
        Field("label", .text(.label), required: true, "A short name for the event.", example: #""China""#),
        Field("note", .text(.note), "A longer note, shown under the label where there is room.",
              example: #""First comprehensive strategic partner""#),
        Field("highlight", .flag, default: "false", "Draw the event in the accent colour and label it first.",
              example: "true"),
        Field("group", .text(.label), "Events of a group share a colour (and a shape where colours run out).",
              example: #""Asia""#),
        Field("keep", .flag, default: "false", "Label this event before others when not all fit.", example: "true"),
    ])

    package static let period = FieldSet(name: "period", path: "timelines[].periods[]", fields: [
        Field("start", .date, required: true, "Where the band begins.", example: #""2023-09""#),
        Field("end", .date, "Where the band ends; open-ended to the last event when absent.", example: #""2025-10""#),
        Field("label", .text(.label), "The period's name, inside its band or over a bracket.",
              example: #""Rapid expansion""#),
    ])

    package static let timeline = FieldSet(name: "timeline", path: "timelines[]", fields: [
        Field("id", .id, default: "timeline-N", "How commands name the timeline (`--id`, `--timeline`); unique.",
              example: #""partnerships""#),
        Field("title", .text(.title), "The heading above the timeline.",
              example: #""Việt Nam's comprehensive strategic partnerships""#),
        Field("events", .list(event, nonEmpty: true, orCSV: true), required: true,
              "The events, one or more, in any order; or the name of a CSV file of them beside the briefing."),
        Field("periods", .list(period), "Ranges drawn as bands behind the events."),
        Field("scale", .choice(TimelineScale.allCases.map(\.rawValue)), default: "auto",
              "`auto` breaks the axis across long empty stretches; `linear` never does.", example: #""linear""#),
    ])

    package static let column = FieldSet(name: "column", path: "pillars.columns[]", fields: [
        Field("name", .text(.label), required: true, "The column's name; an outcome's `pillar` names it.",
              example: #""Defence & security""#),
        Field("items", .texts(.title), "Bullet texts under the name.", example: #"["Regular high-level exchanges"]"#),
    ])

    package static let pillars = FieldSet(name: "pillars", path: "pillars", fields: [
        Field("roof", .text(.title), required: true, "The text across the temple's roof.",
              example: #""Comprehensive Strategic Partnership""#),
        Field("columns", .list(column, nonEmpty: true), required: true, "The pillars, one or more, in order."),
        Field("foundation", .texts(.title), "The steps under the columns, bottom first.",
              example: #"["Mutual respect and mutual benefit"]"#),
    ])

    package static let outcome = FieldSet(name: "outcome", path: "outcomes[]", fields: [
        Field("title", .text(.title), required: true, "What was signed or agreed.",
              example: #""MoU on combating international fraud""#),
        Field("kind", .choice(OutcomeKind.allCases.map(\.rawValue)), default: "other",
              "What sort of outcome it is; the page lists outcomes under their kind.", example: #""mou""#),
        Field("parties", .texts(.label), "Who signed it.", example: #"["Ministry of Public Security", "Home Office"]"#),
        Field("pillar", .text(.label), "The pillar column it belongs to, by name.", example: #""Defence & security""#),
        Field("keep", .flag, default: "false", "Cut this outcome last when the page is short of room.", example: "true"),
    ])

    package static let figure = FieldSet(name: "figure", path: "figures[]", fields: [
        Field("label", .text(.label), required: true, "What the number counts.",
              example: #""Comprehensive strategic partners""#),
        Field("value", .text(.label), required: true, "The number, shown as written; quote it.", example: #""14""#),
        Field("note", .text(.note), "A line under the figure.", example: #""UK became the 14th in October 2025""#),
        Field("keep", .flag, default: "false", "Cut this figure last when the page is short of room.", example: "true"),
    ])

    package static let source = FieldSet(name: "source", path: "sources[]", fields: [
        Field("title", .text(.title), required: true, "The source's title.", example: #""Việt Nam and UK upgrade relations""#),
        Field("publisher", .text(.label), "Who published it.", example: #""VNA""#),
        Field("date", .date, "When it was published.", example: #""2025-10-29""#),
        Field("url", .text(.address), "Where to read it; a link in the PDF.", example: #""https://example.org/article""#),
        Field("keep", .flag, default: "false", "Cut this source last when the page is short of room.", example: "true"),
    ])

    package static let briefing = FieldSet(name: "briefing", path: "", fields: [
        Field("title", .text(.title), required: true, "The briefing's title, one line.",
              example: #""Việt Nam – United Kingdom""#),
        Field("subtitle", .text(.title), "A line under the title.",
              example: #""Relations upgraded to a Comprehensive Strategic Partnership""#),
        Field("date", .date, "The date of the event or of the briefing.", example: #""2025-10-29""#),
        Field("place", .text(.label), "Where it took place.", example: #""London""#),
        Field("summary", .text(.paragraph), "One or more paragraphs of plain text (a blank line between them).",
              example: #""On 29 October 2025 …""#),
        Field("parties", .list(party), "Who met: usually two."),
        Field("timelines", .list(timeline), "Timelines of events; the report shows the first."),
        Field("pillars", .mapping(pillars), "A temple diagram of the cooperation areas."),
        Field("outcomes", .list(outcome), "What was signed or agreed."),
        Field("figures", .list(figure), "Key numbers for the page."),
        Field("sources", .list(source), "Where the facts come from."),
        Field("language", .languageTag, default: "en", "The language of every word BriefKit writes (BCP 47).",
              example: #""vi""#),
        Field("terms", .terms, "The briefing's own words for any of BriefKit's, by key.",
              example: #"{"heading.summary": "Overview"}"#),
        Field("hyphenate", .flag, default: "true", "Break long words at their dictionary hyphenation points.",
              example: "false"),
    ])

    /// Every kind of mapping, the file first, in the order the reference describes them.
    package static let all: [FieldSet] = [briefing, party, timeline, event, period, pillars, column, outcome, figure, source]
}
