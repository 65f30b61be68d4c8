// Turns a file's bytes into one Yams node tree, converting every failure into a located Diagnostic.

import Yams

enum YAMLInput {
    /// Composes `bytes` (YAML, or JSON when `json`) into the single document's root node.
    ///
    /// Refuses, with one located error each: files over `TextCheck.maximumBytes`, text that is not UTF-8
    /// (or holds NUL or control characters), YAML syntax errors, duplicate keys, undefined aliases, more
    /// than one document, and empty files. Scalars are not resolved (everything stays a string): the
    /// walk reads each scalar's raw text, so `2008` and `2025-10-29` arrive exactly as written.
    static func compose(bytes: [UInt8], file: String, json: Bool, expected: String) throws -> Node {
        func fail(_ line: Int, _ column: Int, _ message: String) -> BriefingLoadError {
            BriefingLoadError(errors: [Diagnostic(file: file, line: line, column: column, path: "", message: message)])
        }
        guard bytes.count <= TextCheck.maximumBytes else {
            throw fail(0, 0, "file is too large (\(bytes.count) bytes; the limit is \(TextCheck.maximumBytes) bytes)")
        }
        var text: String
        switch TextCheck.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let error): throw fail(error.problem.line, error.problem.column, error.problem.message)
        }
        if json {
            if let found = JSONText.firstNonJSONCharacter(text) {
                let c = found.scalar
                guard c.value < 0x20 else {
                    throw fail(found.line, found.column, "is not JSON: '\(c)' is YAML syntax (anchors, aliases, tags, block "
                               + "text and single quotes are not JSON; text goes in double quotes)")
                }
                let shown = c == "\t" ? "a tab" : c == "\n" || c == "\r" ? "a line break" : "a control character"
                throw fail(found.line, found.column, "is not JSON: \(shown) inside a string must be escaped (\\n for a line break, \\t for a tab)")
            }
            text = JSONText.prepare(text)
        }
        if let key = ComplexKeyScan.firstComplexKey(in: text) {
            throw fail(key.line, key.column, "\(key.what) is not allowed in a file that uses aliases (keys must be plain text)")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            throw BriefingLoadError(errors: [diagnostic(for: error, text: text, file: file)])
        } catch {
            throw fail(0, 0, "could not read the file: \(error)")
        }
        guard let root else {
            throw fail(1, 1, "file is empty: expected \(expected)")
        }
        if case .scalar(let scalar) = root, scalar.style == .plain, scalar.string.isEmpty {
            throw fail(scalar.mark?.line ?? 1, scalar.mark?.column ?? 1, "file is empty: expected \(expected)")
        }
        if json, let problem = firstNonJSON(root) {
            throw fail(problem.mark?.line ?? 0, problem.mark?.column ?? 0, problem.message)
        }
        return root
    }

    /// The first place where a tree that libyaml read from a `.json` file is YAML rather than JSON: text outside
    /// double quotes that is no number, `true`, `false` or `null` (`1\t4`, a key with no `:` and value),
    /// single-quoted or block scalars. libyaml would read them, but not as a JSON reader does (`JSONText` turns
    /// tabs outside strings into spaces), so such a file would mean one thing here and another to every other
    /// JSON tool; it is refused where it stops being JSON. Block mappings and lists of double-quoted text are let
    /// through: they mean the same in both readers, and Yams reports no reliable style for them.
    static func firstNonJSON(_ node: Node) -> (mark: Mark?, message: String)? {
        switch node {
        case .scalar(let scalar):
            switch scalar.style {
            case .doubleQuoted: return nil
            case .plain where isJSONLiteral(scalar.string): return nil
            case .plain where scalar.string.isEmpty:
                return (scalar.mark, "is not JSON: a value is missing here (every key needs ':' and a value)")
            default:
                return (scalar.mark, "is not JSON: text must be written in double quotes (\"…\")")
            }
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key, scalar.style == .doubleQuoted else {
                    return (key.mark, "is not JSON: a key must be written in double quotes (\"…\")")
                }
                if let problem = firstNonJSON(value) { return problem }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence { if let problem = firstNonJSON(item) { return problem } }
            return nil
        case .alias:
            return nil
        }
    }

    /// A JSON number (RFC 8259's grammar), `true`, `false` or `null`.
    private static func isJSONLiteral(_ text: String) -> Bool {
        if text == "true" || text == "false" || text == "null" { return true }
        var rest = Substring(text)
        func digits() -> Int {
            let count = rest.prefix(while: { $0.isASCII && $0.isNumber }).count
            rest = rest.dropFirst(count)
            return count
        }
        if rest.first == "-" { rest = rest.dropFirst() }
        if rest.first == "0" { rest = rest.dropFirst() } else if digits() == 0 { return false }
        if rest.first == "." { rest = rest.dropFirst(); if digits() == 0 { return false } }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            if digits() == 0 { return false }
        }
        return rest.isEmpty
    }

    /// A Yams error as one located diagnostic with a plain message.
    static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark?, _ message: String) -> Diagnostic {
            Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: "", message: message)
        }
        func syntax(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> Diagnostic {
            if problem.contains("Maximum nesting level") {
                return at(mark, "YAML nesting is too deep (more than 1000 levels)")
            }
            var message = "YAML syntax error: " + problem
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            // The commonest cause by far: an editor indenting with tabs, which YAML does not allow.
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .dropFirst(max(0, mark.line - 1)).first ?? ""
            if !problem.contains("tab"), line.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                message += "; this line is indented with a tab, and YAML indents with spaces only"
            }
            return at(mark, message)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            return syntax(context, problem, mark)
        case let .composer(context, problem, mark, _):
            if problem == "but found another document" {
                return at(mark, "the file holds more than one YAML document; a second one starts here")
            }
            if problem == "found undefined alias" {
                let name = aliasName(in: text, at: mark)
                return at(mark, "undefined alias '*\(name)' (no anchor '&\(name)' before it)")
            }
            return syntax(context, problem, mark)
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { position(ofCharacter: $0, in: text) } ?? (0, 0)
            return Diagnostic(file: file, line: line, column: column, path: "", message: "is not readable text: \(problem)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            let mark = context.mark
            if duplicates.count == 1, let name = duplicates.first,
               let second = secondKey(name, in: text, after: mark) {
                return Diagnostic(file: file, line: second.line, column: second.column, path: "",
                                  message: "duplicate key \(names) (first at line \(mark.line), column \(mark.column))")
            }
            return at(mark, "duplicate key \(names) in one mapping")
        case .memory:
            return at(nil, "out of memory while reading YAML")
        default:
            return at(nil, "could not read YAML: \(error)")
        }
    }

    /// The anchor name written after the `*` at `mark`.
    private static func aliasName(in text: String, at mark: Mark) -> String {
        guard let line = lines(of: text, upTo: mark.line).last else { return "" }
        let scalars = Array(line.unicodeScalars.dropFirst(mark.column))
        let name = scalars.prefix { !" \t,[]{}\r\n".unicodeScalars.contains($0) }
        return String(String.UnicodeScalarView(name))
    }

    /// Where a block-mapping key equal to `name` appears again at the same column below `mark`:
    /// Yams reports only the first occurrence, and the user needs to see the repeat.
    private static func secondKey(_ name: String, in text: String, after mark: Mark) -> (line: Int, column: Int)? {
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard number > mark.line else { continue }
            let scalars = Array(line.unicodeScalars)
            let indent = mark.column - 1
            // A shallower line closes the mapping: stop looking.
            let leading = scalars.prefix { $0 == " " }.count
            let blank = leading == scalars.count || scalars[leading] == "\r" || scalars[leading] == "#"
            if leading < indent, !blank { return nil }
            guard scalars.count > indent, leading == indent else { continue }
            let rest = String(String.UnicodeScalarView(scalars[indent...]))
            for candidate in [name, "\"\(name)\"", "'\(name)'"] where rest.hasPrefix(candidate) {
                let after = rest.dropFirst(candidate.count).drop { $0 == " " }
                if after.first == ":" { return (number, mark.column) }
            }
        }
        return nil
    }

    private static func lines(of text: String, upTo count: Int) -> [Substring] {
        Array(text.split(separator: "\n", maxSplits: count, omittingEmptySubsequences: false).prefix(count))
    }

    /// 1-based line and column of the `offset`-th Character.
    private static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, character) in text.enumerated() {
            if index == offset { break }
            if character.isNewline { line += 1; column = 1 } else { column += character.unicodeScalars.count }
        }
        return (line, column)
    }
}
