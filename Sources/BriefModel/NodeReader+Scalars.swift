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

    /// The text of a text field (a label, a title, a note…): as `text`, and a plain value that other YAML readers
    /// take for something else (see `otherReading`) is warned about. Dates, colours and switches read through
    /// `text` itself, where a date is what is meant.
    func fieldText(_ node: Node, _ path: String, as kind: TextKind = .label) throws -> String? {
        guard let string = try text(node, path, as: kind) else { return nil }
        if kind != .address, case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
           let other = Self.otherReading(string) {
            warning(node.mark, path, "other YAML readers (an editor checking the schema, a script) take the unquoted "
                    + "\(string) as \(other); BriefKit keeps the text \(MessageText.quoted(string)), but write it in quotes "
                    + "so that every reader does")
        }
        return string
    }

    /// What a YAML 1.1 or 1.2 reader makes of a plain scalar that is not the text as written: a boolean
    /// (`no`, `On`), a date (`2024-01-05`), or a number whose written form it does not keep (`1.10`, `007`, `1e3`,
    /// `0x1F`); nil otherwise.
    /// A number it writes back alike (`14`, `2.5`) is left alone: nothing changes for any reader.
    static func otherReading(_ text: String) -> String? {
        let lower = text.lowercased()
        // YAML 1.1's booleans as its readers match them: all small, capitalised or all capitals.
        if ["yes", "no", "on", "off", "true", "false"].contains(lower),
           text == lower || text == lower.capitalized || text == lower.uppercased() {
            return ["yes", "on", "true"].contains(lower) ? "the boolean true" : "the boolean false"
        }
        let scalars = Array(text.unicodeScalars)
        // YAML 1.1's timestamp: a whole date (a month alone, `2024-01`, stays text for every reader).
        if scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
           [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ ("0"..."9").contains(scalars[$0]) }),
           scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " || scalars[10] == "t" {
            return "a date"
        }
        guard let first = scalars.first, first == "-" || first == "+" || first == "." || ("0"..."9").contains(first) else {
            return nil
        }
        if text.hasPrefix("0x") || text.hasPrefix("0o"), scalars.count > 2,
           Int(text.dropFirst(2), radix: text.hasPrefix("0x") ? 16 : 8) != nil {
            return "a number"
        }
        guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else { return nil }
        // The form a reader writes the number back in: an integer without leading zeros, or the shortest decimal.
        let integer = value == value.rounded() && abs(value) < 1e15 && !text.contains(".") && !lower.contains("e")
        let written = integer ? String(Int(value)) : String(value)
        return written == text ? nil : "the number \(written)"
    }

    /// Optional text: nil when absent or null; an empty quoted string also reads as absent.
    func optionalText(_ fields: Fields, _ key: String, as kind: TextKind = .label) throws -> String? {
        guard let node = fields[key], let string = try fieldText(node, fields.path(key), as: kind) else { return nil }
        return string.isEmpty ? nil : string
    }

    /// Required text: an error when absent, null, empty or only spaces.
    func requiredText(_ fields: Fields, _ key: String, as kind: TextKind = .label) throws -> String? {
        guard let node = try required(fields, key), let string = try fieldText(node, fields.path(key), as: kind) else {
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
