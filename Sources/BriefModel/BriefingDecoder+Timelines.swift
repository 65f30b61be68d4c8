// Decodes a briefing's timelines: ids (given or numbered), events, and period bands.

import BriefScene
import Yams

extension BriefingDecoder {
    /// The `timelines` list: ids valid and unique (missing ones become `timeline-N`), 1…n events each.
    func timelines(_ top: Fields) throws -> [Timeline] {
        var result: [Timeline] = []
        var firstUse: [String: (path: String, line: Int, byDefault: Bool)] = [:]
        for (offset, item) in (try reader.list(top, "timelines") ?? []).enumerated() {
            guard let fields = try reader.fields(item.node, item.path, known: BriefingFields.timeline,
                                                 what: "a timeline (a mapping with events)") else { continue }
            var id = "timeline-\(offset + 1)"
            let idMark = fields["id"]?.mark ?? fields.mark
            let written = try reader.optionalText(fields, "id")
            if let written {
                id = written
                if !isValidID(written) {
                    try reader.error(idMark, fields.path("id"),
                                     "\(MessageText.quoted(written)) is not a valid id (use lowercase letters a-z, digits and '-')")
                }
            }
            if let first = firstUse[id] {
                let how = written == nil ? "a timeline without an id gets the id '\(id)', which" : "'\(id)'"
                let whose = first.byDefault ? "\(first.path) (line \(first.line), its default id)"
                    : "\(first.path) (line \(first.line))"
                try reader.error(idMark, fields.path("id"), "duplicate timeline id: \(how) is already used by \(whose)")
            } else {
                firstUse[id] = (item.path, idMark?.line ?? 0, written == nil)
            }
            let title = try reader.optionalText(fields, "title", as: .title)
            groups.spellings = [:]
            var events: [TimelineEvent] = []
            if let eventsNode = try reader.required(fields, "events"), case .scalar = eventsNode, !reader.isNull(eventsNode) {
                events = try csvEvents(eventsNode, fields.path("events"))
            } else if let eventsNode = fields["events"] {
                events = try items(fields, "events", "an event (a mapping with a date and a label)", event)
                if case .sequence(let sequence) = eventsNode, sequence.isEmpty {
                    try reader.error(eventsNode.mark, fields.path("events"), "a timeline needs at least one event")
                }
            }
            let periods = try items(fields, "periods", "a period (a mapping with a start)", period)
            var scale = TimelineScale.auto
            if let node = fields["scale"], let written = try reader.text(node, fields.path("scale")) {
                if let known = TimelineScale(rawValue: written) { scale = known } else {
                    try reader.error(node.mark, fields.path("scale"),
                                     "\(MessageText.quoted(written)) is not a scale (expected auto or linear)")
                }
            }
            result.append(Timeline(id: id, title: title, events: events, periods: periods, scale: scale))
        }
        return result
    }

    /// `events: FILE.csv`: the events of a spreadsheet beside the briefing (see `EventsCSV`).
    private func csvEvents(_ node: Node, _ path: String) throws -> [TimelineEvent] {
        guard let name = try reader.text(node, path, as: .address) else { return [] }
        guard name.lowercased().hasSuffix(".csv") else {
            try reader.error(node.mark, path, "expected a list of events, or the name of a CSV file of them "
                             + "(e.g. events: chronology.csv), found \(MessageText.quoted(name))")
            return []
        }
        let file = EventsCSV.path(of: name, besideBriefing: reader.file)
        let bytes: [UInt8]
        do { bytes = try FileReading.read(path: file) } catch let error as BriefingLoadError {
            let reason = error.errors.first?.message ?? "cannot be read"
            try reader.error(node.mark, path, "the events file \(MessageText.quoted(file)) \(reason)")
            return []
        }
        reader.dataFiles.append(file)
        return try EventsCSV(reader: reader, file: file, path: path).events(bytes)
    }

    private func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }

    private func event(_ fields: Fields) throws -> TimelineEvent? {
        let date = try reader.required(fields, "date").flatMap { try reader.date($0, fields.path("date")) }
        let label = try reader.requiredText(fields, "label")
        let note = try reader.optionalText(fields, "note", as: .note)
        let highlight = try reader.bool(fields, "highlight") ?? false
        var group = try reader.optionalText(fields, "group")
        if let written = group, let node = fields["group"] {
            group = groups.canonical(written, at: node.mark, fields.path("group"), reader)
        }
        let keep = try reader.bool(fields, "keep") ?? false
        guard let date, let label else { return nil }
        var event = TimelineEvent(date: date, label: label, note: note, highlight: highlight, group: group)
        event.keep = keep
        return event
    }

    private func period(_ fields: Fields) throws -> Period? {
        let start = try reader.required(fields, "start").flatMap { try reader.date($0, fields.path("start")) }
        let end = try reader.optionalDate(fields, "end")
        let label = try reader.optionalText(fields, "label")
        guard let start else { return nil }
        if let end, end.end <= start.start, let node = fields["end"] {
            try reader.error(node.mark, fields.path("end"), "the period ends (\(end)) before it starts (\(start))")
        }
        return Period(start: start, end: end, label: label)
    }
}

/// The groups of one timeline as first written. A later spelling that differs only in capitals or spaces
/// ("trade", "Trade ", "TRADE") is the same group under its first spelling, and is warned about where it is
/// written: one entry in the legend, as the writer surely meant.
final class GroupSpellings {
    var spellings: [String: (written: String, line: Int)] = [:]

    /// The group `written` stands for: its first spelling in this timeline.
    func canonical(_ written: String, at mark: Mark?, _ path: String, _ reader: NodeReader) -> String {
        let key = written.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let first = spellings[key] else {
            spellings[key] = (written, mark?.line ?? 0)
            return written
        }
        if first.written != written {
            reader.warning(mark, path, "group \(MessageText.quoted(written)) is taken as \(MessageText.quoted(first.written)) "
                           + "(line \(first.line)), which it differs from only in capitals or spaces: one group in the "
                           + "legend; spell them alike")
        }
        return first.written
    }
}
