// Reads typed values out of Yams nodes, collecting located errors and warnings instead of stopping.

import BriefScene
import Yams

/// Thrown inside a walk to stop it: too many errors, or too many nodes (an alias bomb).
struct StopReading: Error {}

/// A mapping being read: its key/value pairs in file order, where it is, and its field path.
struct Fields {
    /// One entry of the mapping.
    struct Entry {
        var key: String
        var keyMark: Mark?
        var value: Node
    }

    var entries: [Entry]
    var mark: Mark?
    var path: String

    /// The value written for `key`, if any.
    subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

    /// Where `key` was written, if it was.
    func keyMark(_ key: String) -> Mark? { entries.first { $0.key == key }?.keyMark }

    /// The path of a field of this mapping.
    func path(_ key: String) -> String { path.isEmpty ? key : path + "." + key }
}

/// Collects diagnostics while turning nodes into values. Not thread-safe: one reader per file and walk.
final class NodeReader {
    /// How many nodes one walk may visit before it is refused: aliases can make a small file huge.
    static let maximumNodes = 1_000_000

    let file: String
    let maximumNodes: Int
    private(set) var errors: [Diagnostic] = []
    private(set) var warnings: [Diagnostic] = []
    private(set) var truncated = false
    /// Other files the walk read (a timeline's CSV of events), in the order it read them.
    var dataFiles: [String] = []
    private var visited = 0

    init(file: String, maximumNodes: Int = NodeReader.maximumNodes) {
        self.file = file; self.maximumNodes = maximumNodes
    }

    // MARK: Reporting

    /// Records an error; throws `StopReading` once `BriefingLoadError.limit` errors are collected.
    func error(_ mark: Mark?, _ path: String, _ message: String) throws {
        try report(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: path, message: message))
    }

    /// Records an error about another file the briefing names (a CSV of events), located there; throws
    /// `StopReading` as `error` does.
    func report(_ diagnostic: Diagnostic) throws {
        errors.append(diagnostic)
        if errors.count >= BriefingLoadError.limit {
            truncated = true
            throw StopReading()
        }
    }

    /// Records a warning about another file the briefing names.
    func note(_ diagnostic: Diagnostic) { warnings.append(diagnostic) }

    /// Records a warning.
    func warning(_ mark: Mark?, _ path: String, _ message: String) {
        warnings.append(Diagnostic(severity: .warning, file: file, line: mark?.line ?? 0, column: mark?.column ?? 0,
                                   path: path, message: message))
    }

    /// Counts one visited node; refuses the file past `maximumNodes`.
    func visit(_ node: Node, _ path: String) throws {
        visited += 1
        if visited > maximumNodes {
            errors.append(Diagnostic(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0,
                                     path: path, message: "the file expands to more than \(maximumNodes) "
                                        + "YAML nodes (are aliases repeating a large part many times?)"))
            throw StopReading()
        }
    }

    /// Runs `decode` with a new reader for `file`: its value and warnings, or a `BriefingLoadError` with every
    /// error found when there was one (or no value came out). The one walk every file format shares.
    static func walk<T>(_ file: String, maximumNodes: Int = NodeReader.maximumNodes,
                        _ decode: (NodeReader) throws -> T?) throws -> (value: T, warnings: [Diagnostic]) {
        let reader = NodeReader(file: file, maximumNodes: maximumNodes)
        var value: T? = nil
        do {
            value = try decode(reader)
        } catch is StopReading {
            value = nil
        }
        let errors = reader.sortedErrors()
        guard errors.isEmpty, let value else {
            throw BriefingLoadError(errors: errors, warnings: reader.sortedWarnings(), truncated: reader.truncated)
        }
        return (value, reader.sortedWarnings())
    }

    /// Errors in file order, then warnings in file order.
    func sortedErrors() -> [Diagnostic] { sorted(errors) }
    func sortedWarnings() -> [Diagnostic] { sorted(warnings) }

    /// The file's own problems first, then each other file's in the order it was read.
    private func sorted(_ list: [Diagnostic]) -> [Diagnostic] {
        func rank(_ d: Diagnostic) -> Int { d.file == file ? 0 : 1 + (dataFiles.firstIndex(of: d.file) ?? dataFiles.count) }
        return list.enumerated().sorted { a, b in
            (rank(a.element), a.element.line, a.element.column, a.offset)
                < (rank(b.element), b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }

    // MARK: Mappings

    /// `node` as a mapping with text keys; unknown keys are warned about (with a suggestion), duplicate keys and
    /// keys that are not text are errors. Nil (after an error) when `node` is not a mapping.
    func fields(_ node: Node, _ path: String, known: [String], what: String) throws -> Fields? {
        try visit(node, path)
        guard case .mapping(let mapping) = node else {
            try error(node.mark, path, "expected \(what), found \(describe(node))")
            return nil
        }
        var entries: [Fields.Entry] = []
        for (key, value) in mapping {
            try visit(key, path)
            guard case .scalar(let scalar) = key else {
                try error(key.mark, path, "a key must be text, found \(describe(key))")
                continue
            }
            let name = scalar.string
            let shown = MessageText.shown(name)
            let entry = Fields.Entry(key: name, keyMark: scalar.mark, value: value)
            if entries.contains(where: { $0.key == name }) {
                try error(scalar.mark, path.isEmpty ? shown : path + "." + shown, "duplicate key '\(shown)'")
                continue
            }
            // (Only in { }: a block mapping's keys each start a line. Yams does not keep a mapping's style.)
            if !known.contains(name),
               let split = Self.commaSplit(previous: entries.last, key: scalar, value: value) {
                // `{title: cap raised to 1,500 places}`: the comma ended the title; the rest became a key.
                try error(split.mark, path.isEmpty ? split.key : path + "." + split.key, split.message)
                continue
            }
            entries.append(entry)
            if !known.contains(name) {
                var message = "unknown field '\(shown)'"
                if name == "<<" {
                    message += " (YAML merge keys are not supported)"
                } else if let suggestion = Spelling.suggestion(for: name, among: known) {
                    message += " (did you mean '\(suggestion)'?)"
                }
                warning(scalar.mark, path, message)
            }
        }
        return Fields(entries: entries, mark: mapping.mark, path: path)
    }

    /// When an unknown key without a value follows a plain value on the same line of a flow mapping, the
    /// comma between them split one text in two: the field, where it was written, and what to write instead.
    static func commaSplit(previous: Fields.Entry?, key: Node.Scalar, value: Node)
        -> (key: String, mark: Mark?, message: String)? {
        guard let previous, case .scalar(let before) = previous.value, before.style == .plain || before.style == .any,
              case .scalar(let after) = value, after.string.isEmpty, after.style == .plain || after.style == .any,
              key.style == .plain || key.style == .any,
              let start = before.mark, let end = key.mark, start.line == end.line,
              !before.string.contains(where: \.isNewline) else { return nil }
        // The spaces after the comma, from where the value began and where the key begins.
        let gap = end.column - (start.column + before.string.unicodeScalars.count) - 1
        guard gap >= 0 else { return nil }
        let whole = before.string + "," + String(repeating: " ", count: gap) + key.string
        let shown = MessageText.shown(previous.key)
        return (previous.key, previous.keyMark ?? start,
                "a comma inside { } ends a value, so this reads \(MessageText.quoted(before.string)) and takes "
                + "\(MessageText.quoted(key.string)) for another field; put the whole text in quotes: "
                + "\(shown): \(MessageText.quoted(whole))")
    }

    /// The value of a required field: an error at the mapping's location when it is absent or null.
    func required(_ fields: Fields, _ key: String) throws -> Node? {
        if let node = fields[key], !isNull(node) { return node }
        if let node = fields[key] {
            // YAML reads a bare Null or NULL as no value: say so, since it may be meant as the word (a lower-case
            // null, as JSON writes it, is taken as meant).
            if case .scalar(let scalar) = node, scalar.string == "Null" || scalar.string == "NULL" {
                try error(fields.keyMark(key) ?? node.mark, fields.path(key),
                          "is empty (it is required): YAML reads \(scalar.string) as no value; write \"\(scalar.string)\" in quotes to mean the word")
            } else {
                try error(fields.keyMark(key) ?? node.mark, fields.path(key), "is empty (it is required)")
            }
        } else {
            try error(fields.mark, fields.path, "missing required field '\(key)'")
        }
        return nil
    }

    // MARK: Lists

    /// The items of a list with their paths; empty when absent or null; nil (after an error) when not a list,
    /// or when it holds more than `InputLimits.maximumItems[key]` items.
    func list(_ fields: Fields, _ key: String) throws -> [(node: Node, path: String)]? {
        guard let node = fields[key], !isNull(node) else { return [] }
        let path = fields.path(key)
        try visit(node, path)
        guard case .sequence(let sequence) = node else {
            try error(node.mark, path, "expected a list, found \(describe(node))")
            return nil
        }
        if let limit = InputLimits.maximumItems[key], sequence.count > limit {
            try error(node.mark, path, "holds \(sequence.count) items, and at most \(limit) are accepted here")
            return nil
        }
        return sequence.enumerated().map { (node: $0.element, path: "\(path)[\($0.offset)]") }
    }

    /// A list of non-empty texts.
    /// With `names`, the items are names (parties), which start with a capital: an item of a one-line [ ] list
    /// that reads as the rest of the one before is warned about.
    func textList(_ fields: Fields, _ key: String, as kind: TextKind = .label, names: Bool = false) throws -> [String] {
        var result: [String] = []
        for item in try list(fields, key) ?? [] {
            guard let string = try fieldText(item.node, item.path, as: kind) else {
                if isNull(item.node) { try error(item.node.mark ?? fields.keyMark(key), item.path, "is empty") }
                continue
            }
            if string.allSatisfy(\.isWhitespace) {
                try error(item.node.mark, item.path, "is empty")
                continue
            }
            if names, let last = result.last, Self.continues(string, after: item.node, fields[key]) {
                // `[Ministry of Industry, and Trade]`: a name's own comma made two items of it.
                warning(item.node.mark, item.path, "\(MessageText.quoted(string)) reads as the rest of "
                        + "\(MessageText.quoted(last)): a comma inside [ ] separates items; if it is one name, "
                        + "put it in quotes: \(MessageText.quoted(last + ", " + string))")
            }
            result.append(string)
        }
        return result
    }

    /// Whether a plain item of a one-line [ ] list begins as only the rest of a text does: a lower-case
    /// letter (names start with a capital) or "and", "or", "&".
    private static func continues(_ item: String, after node: Node, _ list: Node?) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
              case .sequence(let sequence)? = list, let first = sequence.first?.mark, let mark = scalar.mark,
              first.line == mark.line, let letter = item.first else { return false }
        let lower = item.lowercased()
        return letter.isLowercase || lower.hasPrefix("and ") || lower.hasPrefix("or ") || item.hasPrefix("& ")
    }

    /// "a list", "a mapping" or "text 'abc'", for messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull(node) { return "nothing" }
            return "text \(MessageText.quoted(scalar.string))"
        }
    }
}
