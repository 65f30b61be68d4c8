// Walks a briefing file's node tree into a `Briefing`, checking every rule of briefing-format.md.

import BriefScene
import Yams

/// Field names of every mapping in a briefing file, from the format's one declaration (`BriefingFormat`).
enum BriefingFields {
    static let root = BriefingFormat.briefing.names
    static let party = BriefingFormat.party.names
    static let timeline = BriefingFormat.timeline.names
    static let event = BriefingFormat.event.names
    static let period = BriefingFormat.period.names
    static let pillars = BriefingFormat.pillars.names
    static let column = BriefingFormat.column.names
    static let outcome = BriefingFormat.outcome.names
    static let figure = BriefingFormat.figure.names
    static let source = BriefingFormat.source.names
}

/// Decodes one briefing. Errors and warnings go to `reader`; the result is nil or partial when there were errors.
struct BriefingDecoder {
    let reader: NodeReader
    /// The group names of the timeline being read, by their lowercase form (see `event`).
    let groups = GroupSpellings()

    /// An outcome's `pillar`, checked once all columns are known.
    private struct PillarReference {
        var name: String
        var node: Node
        var path: String
    }

    func decode(_ root: Node) throws -> Briefing? {
        guard let top = try reader.fields(root, "", known: BriefingFields.root,
                                          what: "a mapping with at least a title") else { return nil }
        let title = try reader.requiredText(top, "title", as: .title)
        if let title, title.contains(where: \.isNewline), let node = top["title"] {
            try reader.error(node.mark, "title", "must be one line (found a line break)")
        }
        var briefing = Briefing(title: title ?? "")
        briefing.subtitle = try reader.optionalText(top, "subtitle", as: .title)
        briefing.date = try reader.optionalDate(top, "date")
        briefing.place = try reader.optionalText(top, "place")
        briefing.summary = try reader.optionalText(top, "summary", as: .paragraph)
        briefing.parties = try items(top, "parties", "a party (a mapping with a name)", party)
        briefing.timelines = try timelines(top)
        if let node = top["pillars"], !reader.isNull(node) { briefing.pillars = try pillars(node, "pillars") }
        var references: [PillarReference] = []
        briefing.outcomes = try items(top, "outcomes", "an outcome (a mapping with a title)") { fields in
            try outcome(fields, &references)
        }
        briefing.figures = try items(top, "figures", "a figure (a mapping with a label and a value)", figure)
        briefing.sources = try items(top, "sources", "a source (a mapping with a title)", source)
        try check(references, against: briefing.pillars)
        try language(top, into: &briefing)
        return briefing
    }

    // MARK: Language

    /// `language:` (a BCP 47 tag), `terms:` (words by key) and `hyphenate:`.
    private func language(_ top: Fields, into briefing: inout Briefing) throws {
        if let node = top["language"], let written = try reader.text(node, "language") {
            if let tag = LanguageTag(written) {
                briefing.language = tag.text
                briefing.languagePlace = FilePlace(file: reader.file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
            } else {
                try reader.error(node.mark, "language", "\(MessageText.quoted(written)) is not a BCP 47 language tag "
                                 + "(e.g. en, en-GB, vi, zh-Hans, ar)")
            }
        }
        if let node = top["terms"], !reader.isNull(node) { briefing.terms = try reader.phrases(node, "terms") }
        briefing.hyphenate = try reader.bool(top, "hyphenate")
    }

    // MARK: Lists of mappings

    func items<T>(_ fields: Fields, _ key: String, _ what: String,
                          _ decode: (Fields) throws -> T?) throws -> [T] {
        var result: [T] = []
        for item in try reader.list(fields, key) ?? [] {
            guard let itemFields = try reader.fields(item.node, item.path, known: known(for: key), what: what),
                  let value = try decode(itemFields) else { continue }
            result.append(value)
        }
        return result
    }

    private func known(for key: String) -> [String] {
        switch key {
        case "parties": BriefingFields.party
        case "timelines": BriefingFields.timeline
        case "events": BriefingFields.event
        case "periods": BriefingFields.period
        case "columns": BriefingFields.column
        case "outcomes": BriefingFields.outcome
        case "figures": BriefingFields.figure
        case "sources": BriefingFields.source
        default: []
        }
    }

    // MARK: Parts

    private func party(_ fields: Fields) throws -> Party? {
        let name = try reader.requiredText(fields, "name")
        let leader = try reader.optionalText(fields, "leader")
        let color = try reader.color(fields, "color")
        guard let name else { return nil }
        return Party(name: name, leader: leader, color: color)
    }

    private func pillars(_ node: Node, _ path: String) throws -> Pillars? {
        guard let fields = try reader.fields(node, path, known: BriefingFields.pillars,
                                             what: "a mapping with a roof and columns") else { return nil }
        let roof = try reader.requiredText(fields, "roof", as: .title)
        var columns: [PillarColumn] = []
        if let columnsNode = try reader.required(fields, "columns") {
            columns = try items(fields, "columns", "a column (a mapping with a name)") { column in
                guard let name = try reader.requiredText(column, "name") else { return nil }
                return PillarColumn(name: name, items: try reader.textList(column, "items", as: .title))
            }
            if case .sequence(let sequence) = columnsNode, sequence.isEmpty {
                try reader.error(columnsNode.mark, fields.path("columns"), "pillars need at least one column")
            }
            try warnAboutRepeatedNames(columns, columnsNode, fields.path("columns"))
        }
        let foundation = try reader.textList(fields, "foundation", as: .title)
        guard let roof else { return nil }
        return Pillars(roof: roof, columns: columns, foundation: foundation)
    }

    private func warnAboutRepeatedNames(_ columns: [PillarColumn], _ node: Node, _ path: String) throws {
        var seen: Set<String> = []
        for column in columns where !seen.insert(column.name).inserted {
            reader.warning(node.mark, path, "two columns are named \(MessageText.quoted(column.name)); an outcome's pillar "
                            + "names the first")
        }
    }

    private func outcome(_ fields: Fields, _ references: inout [PillarReference]) throws -> Outcome? {
        let title = try reader.requiredText(fields, "title", as: .title)
        var kind = OutcomeKind.other
        if let node = fields["kind"], let written = try reader.text(node, fields.path("kind")) {
            if let known = OutcomeKind(rawValue: written) {
                kind = known
            } else {
                let names = OutcomeKind.allCases.map(\.rawValue)
                var message = "\(MessageText.quoted(written)) is not an outcome kind (expected "
                    + names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") + ")"
                if let guess = Spelling.suggestion(for: written, among: names) { message += "; did you mean '\(guess)'?" }
                try reader.error(node.mark, fields.path("kind"), message)
            }
        }
        let parties = try reader.textList(fields, "parties", names: true)
        let pillar = try reader.optionalText(fields, "pillar")
        if let pillar, let node = fields["pillar"] {
            references.append(PillarReference(name: pillar, node: node, path: fields.path("pillar")))
        }
        let keep = try reader.bool(fields, "keep") ?? false
        guard let title else { return nil }
        var outcome = Outcome(title: title, kind: kind, parties: parties, pillar: pillar)
        outcome.keep = keep
        return outcome
    }

    private func figure(_ fields: Fields) throws -> Figure? {
        let label = try reader.requiredText(fields, "label")
        let value = try reader.requiredText(fields, "value")
        let note = try reader.optionalText(fields, "note", as: .note)
        let keep = try reader.bool(fields, "keep") ?? false
        guard let label, let value else { return nil }
        var figure = Figure(label: label, value: value, note: note)
        figure.keep = keep
        return figure
    }

    private func source(_ fields: Fields) throws -> Source? {
        let title = try reader.requiredText(fields, "title", as: .title)
        let publisher = try reader.optionalText(fields, "publisher")
        let date = try reader.optionalDate(fields, "date")
        let url = try reader.optionalText(fields, "url", as: .address)
        if let url, let problem = LinkTarget.problem(url), let node = fields["url"] {
            // Printed, not linked (the layout links only what LinkTarget encodes): the page is still made.
            reader.warning(node.mark, fields.path("url"), "\(MessageText.quoted(url)) \(problem); it is printed "
                            + "as text, without a link")
        }
        let keep = try reader.bool(fields, "keep") ?? false
        guard let title else { return nil }
        var source = Source(title: title, publisher: publisher, date: date, url: url)
        source.keep = keep
        return source
    }

    // MARK: Cross-checks

    private func check(_ references: [PillarReference], against pillars: Pillars?) throws {
        let names = pillars?.columns.map(\.name) ?? []
        for reference in references where !names.contains(reference.name) {
            var message = "\(MessageText.quoted(reference.name)) names no pillar column"
            if pillars == nil {
                message += " (the file has no pillars)"
            } else if let guess = Spelling.suggestion(for: reference.name, among: names)
                        ?? names.first(where: { $0.lowercased() == reference.name.lowercased() }) {
                message += " (did you mean \(MessageText.quoted(guess))?)"
            } else {
                message += " (columns: " + names.map(MessageText.quoted).joined(separator: ", ") + ")"
            }
            try reader.error(reference.node.mark, reference.path, message)
        }
    }
}
