// Problems found while reading a briefing or style file, each with file:line:column and a field path.

import BriefScene

/// One problem in an input file, located by line, column and field path.
///
/// `description` follows the contract in briefing-format.md:
/// `Examples/bad.yaml:14:11: timelines[0].events[3].date: "2025-13" is not a date (…)`,
/// and warnings read `file:line:column: warning: path: message`. When the problem is not
/// about one field the path is empty and left out; when no position is known (the file
/// cannot be read at all) `line` and `column` are 0 and left out too.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Whether the problem refuses the file or is only reported.
    public enum Severity: String, Sendable, Hashable {
        /// The file is refused.
        case error
        /// The file is used; the problem is reported.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// The file as the user named it.
    public var file: String
    /// 1-based line; 0 when unknown.
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml does; 0 when unknown.
    public var column: Int
    /// The field path, e.g. `timelines[0].events[3].date`; empty for problems with the whole file.
    public var path: String
    /// What is wrong, in plain words.
    public var message: String

    /// A diagnostic at the given place.
    public init(severity: Severity = .error, file: String, line: Int, column: Int, path: String, message: String) {
        self.severity = severity; self.file = file; self.line = line; self.column = column
        self.path = path; self.message = message
    }

    /// `file:line:column: [warning: ]path: message`, always one line: control characters of the file's name, the
    /// path (keys come from the file) or the message are escaped (`MessageText`), so no value splits a message or
    /// sends the terminal an escape sequence.
    public var description: String {
        var text = MessageText.escaped(file)
        if line > 0 { text += ":\(line):\(column)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if !path.isEmpty { text += MessageText.escaped(path) + ": " }
        return text + MessageText.escaped(message)
    }
}

/// A file was refused: every error found (at most `BriefingLoadError.limit`), in file order.
public struct BriefingLoadError: Error, Sendable, CustomStringConvertible {
    /// How many errors are collected before reading stops.
    package static let limit = 20

    /// The errors, sorted by line and column.
    public var errors: [Diagnostic]
    /// Warnings found before reading stopped (unknown fields and the like).
    public var warnings: [Diagnostic]
    /// True when reading stopped at `limit` errors, so more may exist.
    public var truncated: Bool

    /// An error holding the given diagnostics.
    public init(errors: [Diagnostic], warnings: [Diagnostic] = [], truncated: Bool = false) {
        self.errors = errors; self.warnings = warnings; self.truncated = truncated
    }

    /// Warnings and errors together, one per line in file order (a warning about line 6 after an error
    /// on line 5; each file's together); a last line says when reading stopped early.
    /// What a command prints.
    public var listing: String {
        let all = errors + warnings
        var fileOrder: [String: Int] = [:]
        for d in all where fileOrder[d.file] == nil { fileOrder[d.file] = fileOrder.count }
        let inOrder = all.enumerated().sorted { a, b in
            (fileOrder[a.element.file]!, a.element.line, a.element.column, a.offset)
                < (fileOrder[b.element.file]!, b.element.line, b.element.column, b.offset)
        }.map(\.element)
        return ([inOrder.map(\.description).joined(separator: "\n")] + stoppedLine).joined(separator: "\n")
    }

    private var stoppedLine: [String] {
        guard truncated, let file = errors.first?.file else { return [] }
        return ["\(file): stopped after \(errors.count) errors"]
    }

    /// One error per line; a last line says when reading stopped early.
    public var description: String {
        (errors.map(\.description) + stoppedLine).joined(separator: "\n")
    }
}
