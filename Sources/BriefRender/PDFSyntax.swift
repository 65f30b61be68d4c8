// Just enough PDF syntax (ISO 32000-1 §7.2–7.3) to read a finished file's trailer, cross-reference table and catalog.

/// A reader over a PDF's bytes: whitespace and comments, the extent of one object, a dictionary's top-level entries.
/// Strings, hex strings, names, arrays and nested dictionaries are stepped over as wholes, so a `>>` or a key inside
/// a string or a nested dictionary is never taken for the outer dictionary's.
struct PDFSyntax {
    let bytes: [UInt8]

    /// One entry of a dictionary: its key (without the slash) and the byte range of its value, written as it is.
    struct Entry {
        var key: String
        var value: Range<Int>
    }

    /// Nesting deeper than this is refused rather than followed (Cairo's catalog nests two levels).
    private static let maximumDepth = 32

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0 || b == 9 || b == 10 || b == 12 || b == 13 || b == 32 }

    static func isDelimiter(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): true
        default: false
        }
    }

    /// The index of the first byte at or after `i` that is neither whitespace nor inside a comment.
    func skipSpace(_ i: Int) -> Int {
        var i = i
        while i < bytes.count {
            if PDFSyntax.isWhitespace(bytes[i]) {
                i += 1
            } else if bytes[i] == UInt8(ascii: "%") {
                while i < bytes.count, bytes[i] != 10, bytes[i] != 13 { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    /// Whether `word` is at `i`, followed by whitespace, a delimiter or the end (so "obj" does not match "object").
    func keyword(_ word: String, at i: Int) -> Bool {
        let w = Array(word.utf8)
        guard i >= 0, i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else { return false }
        let after = i + w.count
        return after == bytes.count || PDFSyntax.isWhitespace(bytes[after]) || PDFSyntax.isDelimiter(bytes[after])
    }

    /// The non-negative integer written at `i` and the index after it.
    func integer(at i: Int) -> (value: Int, end: Int)? {
        var j = i, value = 0
        while j < bytes.count, (48...57).contains(bytes[j]), j - i < 12 {
            value = value * 10 + Int(bytes[j] - 48)
            j += 1
        }
        guard j > i, j == bytes.count || !(48...57).contains(bytes[j]) else { return nil }
        return (value, j)
    }

    /// The index just after the object that starts at `i` (a dictionary, array, string, name, number or keyword).
    /// An indirect reference `n g R` counts as one object. Nil when the syntax is broken.
    func objectEnd(_ i: Int, depth: Int = 0) -> Int? {
        guard i < bytes.count, depth < PDFSyntax.maximumDepth else { return nil }
        let b = bytes[i]
        switch b {
        case UInt8(ascii: "<") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "<"):
            return dictionary(at: i, depth: depth).map { $0.close + 2 }
        case UInt8(ascii: "<"):
            guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return close + 1
        case UInt8(ascii: "("):
            return literalStringEnd(i)
        case UInt8(ascii: "["):
            var j = skipSpace(i + 1)
            while j < bytes.count, bytes[j] != UInt8(ascii: "]") {
                guard let end = objectEnd(j, depth: depth + 1) else { return nil }
                j = skipSpace(end)
            }
            return j < bytes.count ? j + 1 : nil
        case UInt8(ascii: "/"):
            var j = i + 1
            while j < bytes.count, !PDFSyntax.isWhitespace(bytes[j]), !PDFSyntax.isDelimiter(bytes[j]) { j += 1 }
            return j
        case UInt8(ascii: ">"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "%"):
            return nil
        default:
            var j = i
            while j < bytes.count, !PDFSyntax.isWhitespace(bytes[j]), !PDFSyntax.isDelimiter(bytes[j]) { j += 1 }
            // `n g R`: two integers and the keyword R make one reference.
            if integer(at: i)?.end == j {
                let g = skipSpace(j)
                if let generation = integer(at: g) {
                    let r = skipSpace(generation.end)
                    if keyword("R", at: r) { return r + 1 }
                }
            }
            return j
        }
    }

    /// The dictionary starting with `<<` at `start`: its top-level entries in order and the index of its `>>`.
    func dictionary(at start: Int, depth: Int = 0) -> (entries: [Entry], close: Int)? {
        guard start + 1 < bytes.count, bytes[start] == UInt8(ascii: "<"), bytes[start + 1] == UInt8(ascii: "<"),
              depth < PDFSyntax.maximumDepth else { return nil }
        var entries: [Entry] = []
        var i = skipSpace(start + 2)
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: ">") {
                return i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: ">") ? (entries, i) : nil
            }
            guard bytes[i] == UInt8(ascii: "/"), let keyEnd = objectEnd(i, depth: depth + 1) else { return nil }
            let valueStart = skipSpace(keyEnd)
            guard let valueEnd = objectEnd(valueStart, depth: depth + 1) else { return nil }
            entries.append(Entry(key: String(decoding: bytes[(i + 1)..<keyEnd], as: UTF8.self),
                                 value: valueStart..<valueEnd))
            i = skipSpace(valueEnd)
        }
        return nil
    }

    /// The value bytes of `entry`, as written.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    /// The object number and generation of the reference `n g R` in `range`.
    func reference(_ range: Range<Int>) -> (number: Int, generation: Int)? {
        guard let n = integer(at: range.lowerBound) else { return nil }
        let g = skipSpace(n.end)
        guard let generation = integer(at: g), keyword("R", at: skipSpace(generation.end)) else { return nil }
        return (n.value, generation.value)
    }

    /// A literal string: balanced parentheses, a backslash escaping the next byte.
    private func literalStringEnd(_ i: Int) -> Int? {
        var depth = 0, j = i
        while j < bytes.count {
            switch bytes[j] {
            case UInt8(ascii: "\\"): j += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return j + 1 }
            default: break
            }
            j += 1
        }
        return nil
    }
}
