// Values from input files shown in messages: one line, no terminal control sequences, not too long.

/// How a message shows text that came from a file (a value, a key, a label): the file may be anyone's, and a
/// message goes to a terminal, so a line break must not split a message and an escape sequence must not reach
/// the terminal.
package enum MessageText {
    /// The most characters of a value a message shows; longer values end in "…".
    package static let maximumShown = 60

    /// `value` in double quotes, escaped and shortened: `"a\nb"`, `"\u{1B}[31m"`, `"aaaa…" (5000 characters)`.
    package static func quoted(_ value: String) -> String {
        var out = "\"" + escaped(shortened(value)) + "\""
        let count = value.unicodeScalars.count
        if count > maximumShown { out += " (\(count) characters)" }
        return out
    }

    /// `value` shortened to `maximumShown` characters (and at most `maximumShown` × 4 scalars) and escaped.
    package static func shown(_ value: String) -> String {
        escaped(shortened(value))
    }

    /// Control characters, line and paragraph separators, bidirectional controls and noncharacters written as
    /// `\n`, `\t`, `\r` or `\u{…}`; everything else as it is.
    package static func escaped(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if needsEscape(scalar) {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether a message must not show `scalar` as it is: C0 and C1 controls, DEL, the line and paragraph
    /// separators, the bidirectional embeddings, overrides and isolates (they reorder what follows on the
    /// terminal's line), and noncharacters.
    package static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x2028 || v == 0x2029
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || isNoncharacter(scalar)
    }

    /// U+FDD0…U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …).
    package static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
    }

    private static func shortened(_ value: String) -> String {
        var count = 0, scalars = 0
        var index = value.startIndex
        while index < value.endIndex {
            count += 1
            scalars += value[index].unicodeScalars.count
            if count > maximumShown || scalars > maximumShown * 4 { return String(value[..<index]) + "…" }
            index = value.index(after: index)
        }
        return value
    }
}
