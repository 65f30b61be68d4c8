// Reads single values (text, dates, colours, booleans, numbers) out of scalar nodes for `NodeReader`.

import BriefScene
import Yams

extension NodeReader {
    /// Whether a node is YAML null: an empty plain scalar, `~` or `null`.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// Text written as any scalar (`14` reads as "14"). Block scalars lose their one final line break.
    /// Nil (after an error) for a list or mapping, and for text `InputLimits` refuses for its `kind` (a NUL, a
    /// control character or noncharacter, which a quoted YAML string can write as an escape, or too long);
    /// nil without an error for null.
    func text(_ node: Node, _ path: String, as kind: TextKind = .label) throws -> String? {
        try visit(node, path)
        guard case .scalar(let scalar) = node else {
            try error(node.mark, path, "expected text, found \(describe(node))")
            return nil
        }
        if isNull(node) { return nil }
        var string = scalar.string
        if scalar.style == .literal || scalar.style == .folded, string.hasSuffix("\n") { string.removeLast() }
        if let problem = InputLimits.problem(string, kind: kind) {
            try error(node.mark, path, problem)
            return nil
        }
        return string
    }

    /// Optional text: nil when absent or null; an empty quoted string also reads as absent.
    func optionalText(_ fields: Fields, _ key: String, as kind: TextKind = .label) throws -> String? {
        guard let node = fields[key], let string = try text(node, fields.path(key), as: kind) else { return nil }
        return string.isEmpty ? nil : string
    }

    /// Required text: an error when absent, null, empty or only spaces.
    func requiredText(_ fields: Fields, _ key: String, as kind: TextKind = .label) throws -> String? {
        guard let node = try required(fields, key), let string = try text(node, fields.path(key), as: kind) else {
            return nil
        }
        if string.allSatisfy(\.isWhitespace) {
            try error(node.mark, fields.path(key), "is empty (it is required)")
            return nil
        }
        return string
    }

    /// A date in one of the four written forms, read from the scalar's raw text.
    func date(_ node: Node, _ path: String) throws -> BriefDate? {
        guard let string = try text(node, path) else { return nil }
        if let date = BriefDate(parsing: string) { return date }
        try error(node.mark, path, DateProblem.message(for: string))
        return nil
    }

    /// An optional date field.
    func optionalDate(_ fields: Fields, _ key: String) throws -> BriefDate? {
        guard let node = fields[key], !isNull(node) else { return nil }
        return try date(node, fields.path(key))
    }

    /// A colour field: `#RRGGBB`, or also `#RRGGBBAA` when `alpha` is allowed.
    func color(_ fields: Fields, _ key: String, alpha: Bool = false) throws -> Color? {
        guard let node = fields[key] else { return nil }
        let path = fields.path(key)
        let form = alpha ? "#RRGGBB or #RRGGBBAA" : "#RRGGBB"
        if isNull(node) {
            try error(fields.keyMark(key), path, "no colour given; write it in quotes, e.g. \(key): \"#DA251D\" "
                        + "(an unquoted # starts a YAML comment)")
            return nil
        }
        guard let string = try text(node, path) else { return nil }
        let lengthOK = string.utf8.count == 7 || (alpha && string.utf8.count == 9)
        guard lengthOK, let color = Color(hex: string) else {
            try error(node.mark, path, "\(MessageText.quoted(string)) is not a colour (expected \(form))")
            return nil
        }
        return color
    }

    /// A YAML boolean: `true` or `false` (also `True`/`TRUE`/`False`/`FALSE`), unquoted.
    func bool(_ fields: Fields, _ key: String) throws -> Bool? {
        guard let node = fields[key], !isNull(node) else { return nil }
        let path = fields.path(key)
        try visit(node, path)
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any {
            switch scalar.string {
            case "true", "True", "TRUE": return true
            case "false", "False", "FALSE": return false
            default: break
            }
        }
        let found: String
        if case .scalar(let scalar) = node {
            found = scalar.style == .plain || scalar.style == .any ? "'\(MessageText.shown(scalar.string))'"
                : "the text \(MessageText.quoted(scalar.string))"
        } else {
            found = describe(node)
        }
        try error(node.mark, path, "expected true or false, found \(found)")
        return nil
    }

    /// A number (for styles).
    func number(_ fields: Fields, _ key: String) throws -> Double? {
        guard let node = fields[key], !isNull(node) else { return nil }
        let path = fields.path(key)
        guard let string = try text(node, path) else { return nil }
        guard let value = Double(string), value.isFinite else {
            try error(node.mark, path, "\(MessageText.quoted(string)) is not a number")
            return nil
        }
        return value
    }
}
