// Finds alias or collection mapping keys before Yams composes: hashing such a key can expand an alias bomb.

/// Yams checks every mapping for duplicate keys by hashing the key nodes, and hashing walks a key's whole
/// expansion. A key that is an alias (`*bomb: 1`, `? *bomb`) or a collection holding aliases would make
/// that walk visit billions of nodes inside `Yams.compose`, before the loader's own node budget can act.
/// Briefing and style files never need such keys, so when a file uses aliases at all, this lexical scan
/// refuses explicit `?` keys, alias keys and flow-collection keys up front.
///
/// The scan skips comments, quoted scalars and block scalars; it is conservative (it may miss keys hidden by
/// unusual layouts, never flags text inside strings) and runs only when the text contains both `&` and `*`.
enum ComplexKeyScan {
    /// The 1-based line and column of the first alias or collection key, and what it is.
    static func firstComplexKey(in text: String) -> (line: Int, column: Int, what: String)? {
        guard text.utf8.contains(UInt8(ascii: "&")), text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var quote: Unicode.Scalar? = nil
        var blockIndent: Int? = nil
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(rawLine.unicodeScalars)
            let leading = line.prefix { $0 == " " }.count
            let blank = line[leading...].allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
            if let indent = blockIndent {
                if blank || leading > indent { continue }
                blockIndent = nil
            }
            // Column of the first token after any `- ` sequence-entry indicators, and of the last dash.
            var tokenStart = leading
            var lastDash: Int? = nil
            while tokenStart + 1 < line.count, line[tokenStart] == "-", line[tokenStart + 1] == " " {
                lastDash = tokenStart
                tokenStart += 2
                while tokenStart < line.count, line[tokenStart] == " " { tokenStart += 1 }
            }
            var previous: Unicode.Scalar? = nil // last non-space character outside quotes on this line
            var index = 0
            while index < line.count {
                let c = line[index]
                if let open = quote {
                    if open == "\"", c == "\\" { index += 2; continue }
                    if c == open {
                        if open == "'", index + 1 < line.count, line[index + 1] == "'" { index += 2; continue }
                        quote = nil
                        previous = c
                    }
                    index += 1
                    continue
                }
                let atTokenStart = previous.map { ":-?,[{".unicodeScalars.contains($0) } ?? true
                switch c {
                case " ", "\t", "\r":
                    index += 1
                    continue
                case "#" where index == 0 || line[index - 1] == " " || line[index - 1] == "\t":
                    index = line.count
                    continue
                case "'" where atTokenStart, "\"" where atTokenStart:
                    quote = c
                case "|" where atTokenStart && !inFlow(previous), ">" where atTokenStart && !inFlow(previous):
                    blockIndent = index == tokenStart ? (lastDash ?? tokenStart) : tokenStart
                    index = line.count
                    continue
                case "?" where atTokenStart && (index + 1 == line.count || line[index + 1] == " "):
                    return (lineNumber, index + 1, "an explicit '?' key")
                case "*" where atTokenStart:
                    var end = index + 1
                    while end < line.count, !" \t\r,[]{}".unicodeScalars.contains(line[end]) { end += 1 }
                    if followedByColon(line, from: end) { return (lineNumber, index + 1, "an alias used as a key") }
                    index = end
                    previous = "*"
                    continue
                case "]", "}":
                    if followedByColon(line, from: index + 1) {
                        return (lineNumber, index + 1, "a list or mapping used as a key")
                    }
                default:
                    break
                }
                previous = c
                index += 1
            }
        }
        return nil
    }

    /// Whether the previous character means a flow collection, where `|` and `>` do not start block scalars.
    private static func inFlow(_ previous: Unicode.Scalar?) -> Bool {
        previous == "[" || previous == "{" || previous == ","
    }

    /// Whether `line[from...]` is spaces, then `:` that ends a key (followed by space, end, or a flow indicator).
    private static func followedByColon(_ line: [Unicode.Scalar], from: Int) -> Bool {
        var index = from
        while index < line.count, line[index] == " " || line[index] == "\t" { index += 1 }
        guard index < line.count, line[index] == ":" else { return false }
        let next = index + 1
        return next == line.count || " \t\r,]}".unicodeScalars.contains(line[next])
    }
}
