// A timeline's events from a spreadsheet: `events: chronology.csv` names a CSV file beside the briefing, with
// the columns date, label, note, highlight, group and keep by header name, in any order.

import BriefScene
import Foundation
import SwiftCSV

/// Reads the events of a CSV file as `BriefingDecoder` reads them from YAML: the same checks, errors located at
/// the CSV file's own line and column with the column's name.
struct EventsCSV {
    /// The columns an event has, as `BriefingFormat.event` declares them.
    static let columns = BriefingFormat.event.names

    let reader: NodeReader
    /// The CSV file as the user will read it in messages: the briefing's folder joined with the name written.
    let file: String
    /// The field path of the `events` entry, e.g. `timelines[0].events`.
    let path: String

    /// The path of `name` (as written in the briefing) beside the briefing file `briefing`.
    static func path(of name: String, besideBriefing briefing: String) -> String {
        if name.hasPrefix("/") { return name }
        guard let slash = briefing.lastIndex(of: "/") else { return name }
        return String(briefing[...slash]) + name
    }

    /// The events of the file; errors and warnings go to the reader, located in the CSV file.
    func events(_ bytes: [UInt8]) throws -> [TimelineEvent] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) } // Excel's UTF-8 "BOM"
        guard let text = String(validating: body, as: UTF8.self) else {
            try fail(0, 0, "", "is not UTF-8 text (save the spreadsheet as \"CSV UTF-8\")")
            return []
        }
        let firstLine = text.prefix { !$0.isNewline }
        // Excel writes semicolons where a comma is the decimal separator (much of Europe and Latin America).
        let delimiter: CSVDelimiter = firstLine.filter { $0 == ";" }.count > firstLine.filter { $0 == "," }.count
            ? .semicolon : .comma
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
        } catch {
            try fail(0, 0, "", "cannot be read as CSV: \(error)")
            return []
        }
        let rows = csv.rows // the rows under the header, padded to the longest
        let separator: Character = delimiter == .semicolon ? ";" : ","
        let header = CSVHeader(names: csv.header, line: String(firstLine), delimiter: separator)
        guard !header.names.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            try fail(1, 1, "", "has no header row (its first line names the columns: date,label,note,highlight,group)")
            return []
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        var index: [String: Int] = [:]
        for (i, name) in header.names.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if Self.columns.contains(key) {
                if index[key] != nil {
                    try fail(1, header.column(i), key, "the column \(MessageText.quoted(key)) appears twice")
                }
                index[key] = index[key] ?? i
            } else if !key.isEmpty {
                var message = "unknown column \(MessageText.quoted(name)) is ignored (columns: "
                    + Self.columns.joined(separator: ", ") + ")"
                if let guess = Spelling.suggestion(for: key, among: Self.columns) { message += "; did you mean '\(guess)'?" }
                warn(1, header.column(i), "", message)
            }
        }
        for needed in ["date", "label"] where index[needed] == nil {
            try fail(1, 1, "", "has no \(MessageText.quoted(needed)) column (its header: \(header.names.joined(separator: ",")))")
        }
        guard index["date"] != nil, index["label"] != nil else { return [] }
        if let limit = InputLimits.maximumItems["events"], rows.count > limit {
            try fail(0, 0, "", "has \(rows.count) rows of events; at most \(limit) are accepted in one timeline")
            return []
        }

        var events: [TimelineEvent] = []
        var line = 1 + text.prefix { !$0.isNewline }.count(where: \.isNewline) + 1
        for (r, row) in rows.enumerated() {
            defer { line += 1 + row.reduce(0) { $0 + $1.count(where: \.isNewline) } }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue } // a blank line
            let rowPath = "\(path)[\(r)]"
            let starts = line - 1 < lines.count
                ? CSVHeader(names: [], line: String(lines[line - 1]), delimiter: separator) : header
            func cell(_ key: String) -> (text: String, column: Int)? {
                guard let i = index[key], i < row.count else { return nil }
                return (row[i], starts.column(i))
            }
            if row.count > header.names.count,
               let extra = row[header.names.count...].firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                warn(line, starts.column(extra), rowPath, "has more cells than the header names columns; the extra "
                     + "cells are ignored (a text holding a \(separator == ";" ? "semicolon" : "comma") needs double quotes around it)")
            }
            var date: BriefDate?
            if let c = cell("date"), !c.text.trimmingCharacters(in: .whitespaces).isEmpty {
                let written = c.text.trimmingCharacters(in: .whitespaces)
                date = BriefDate(parsing: written)
                if date == nil { try fail(line, c.column, "\(rowPath).date", DateProblem.message(for: written)) }
            } else {
                try fail(line, cell("date")?.column ?? 1, "\(rowPath).date", "is empty (every event needs a date)")
            }
            let label = try textCell(cell("label"), line, "\(rowPath).label", .label, required: true)
            let note = try textCell(cell("note"), line, "\(rowPath).note", .note, required: false)
            let group = try textCell(cell("group"), line, "\(rowPath).group", .label, required: false)
            let highlight = try flag(cell("highlight"), line, "\(rowPath).highlight")
            let keep = try flag(cell("keep"), line, "\(rowPath).keep")
            guard let date, let label else { continue }
            var event = TimelineEvent(date: date, label: label, note: note, highlight: highlight, group: group)
            event.keep = keep
            events.append(event)
        }
        if events.isEmpty && reader.errors.isEmpty { try fail(0, 0, "", "holds no events (a timeline needs one at least)") }
        return events
    }

    private func textCell(_ cell: (text: String, column: Int)?, _ line: Int, _ path: String, _ kind: TextKind,
                      required: Bool) throws -> String? {
        let written = cell?.text.trimmingCharacters(in: .whitespaces) ?? ""
        if written.isEmpty {
            if required { try fail(line, cell?.column ?? 1, path, "is empty (it is required)") }
            return nil
        }
        if let problem = InputLimits.problem(written, kind: kind) {
            try fail(line, cell?.column ?? 1, path, problem)
            return nil
        }
        return written
    }

    /// A spreadsheet's yes/no: TRUE/FALSE as Excel writes them, yes/no, 1/0, x; empty is no.
    private func flag(_ cell: (text: String, column: Int)?, _ line: Int, _ path: String) throws -> Bool {
        let written = cell?.text.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        switch written {
        case "", "false", "no", "0": return false
        case "true", "yes", "1", "x": return true
        default:
            try fail(line, cell?.column ?? 1, path, "\(MessageText.quoted(cell?.text ?? "")) is not yes or no "
                     + "(write true, false, yes, no, 1, 0, x, or leave it empty)")
            return false
        }
    }

    private func fail(_ line: Int, _ column: Int, _ sub: String, _ message: String) throws {
        try reader.report(Diagnostic(file: file, line: line, column: column, path: sub.isEmpty ? path : sub,
                                     message: message))
    }

    private func warn(_ line: Int, _ column: Int, _ sub: String, _ message: String) {
        reader.note(Diagnostic(severity: .warning, file: file, line: line, column: column,
                               path: sub.isEmpty ? path : sub, message: message))
    }
}

/// The header row's names and where each begins (1-based column, in Unicode scalars as YAML errors count).
struct CSVHeader {
    let names: [String]
    private let starts: [Int]

    /// `names` as the CSV reader read them; where each begins, from the raw `line` (quotes taken into account).
    init(names: [String], line: String, delimiter: Character) {
        var starts: [Int] = [1], quoted = false, column = 1
        for ch in line {
            column += ch.unicodeScalars.count
            if ch == "\"" { quoted.toggle() } else if ch == delimiter && !quoted { starts.append(column) }
        }
        self.names = names
        self.starts = starts
    }

    func column(_ i: Int) -> Int { i < starts.count ? starts[i] : 1 }
}
