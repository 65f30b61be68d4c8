// The largest texts and lists a file may hold, chosen so that every accepted file is drawn in well under 2 s.

import BriefScene

/// What kind of text a field holds, and so how long it may be (in Unicode scalars).
///
/// Text is shaped and wrapped by HarfBuzz and Pango, whose cost grows with the square of a word's length (and
/// of a run of combining marks): the limits keep the slowest accepted file fast (see the README's "Security
/// and limits") while leaving room for any real briefing several times over.
package enum TextKind: String, Sendable, CaseIterable {
    /// A name or short label: an event's label, a party, a column, a figure, a group.
    case label
    /// A heading or one-sentence item: a title, an outcome, a pillar item, a source's title.
    case title
    /// A note under a label: an event's or figure's note, a description.
    case note
    /// Running text: the summary.
    case paragraph
    /// A web address.
    case address

    /// The most Unicode scalars a text of this kind may hold.
    package var maximumLength: Int {
        switch self {
        case .label: 100
        case .title: 250
        case .note: 400
        case .paragraph: 4_000
        case .address: 2_000
        }
    }
}

/// Limits on the number of things in a briefing file, and on text that is not one field's length.
package enum InputLimits {
    /// The most combining marks (characters of Unicode's canonical combining class above 0) in a row: Unicode's
    /// stream-safe text format allows 30, more than any language writes on one letter.
    package static let maximumCombiningRun = 30

    /// The most characters of one word: a run with no space, hyphen or slash in it (nowhere a line may break
    /// between words), in a script written with spaces. German's longest compounds in use have about 60
    /// letters; a longer run can only break between letters, at a cost in shaping that grows with its length.
    /// Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar, Tibetan) break between
    /// their characters and are not counted; web addresses are not limited.
    package static let maximumWordLength = 64

    /// The most items of each list, by its key in the file.
    package static let maximumItems: [String: Int] = [
        "parties": 12, "timelines": 20, "events": 2_000, "periods": 50, "columns": 12, "items": 16,
        "foundation": 8, "outcomes": 120, "figures": 24, "sources": 40, "categorical": 32,
    ]

    /// Why `text` is not accepted as a field's value, or nil: a character a drawing cannot hold (NUL, other
    /// control characters than tab and line break, noncharacters), too long a run of combining marks, or more
    /// scalars than `kind` allows.
    static func problem(_ text: String, kind: TextKind) -> String? {
        var count = 0, combining = 0, word = 0
        for scalar in text.unicodeScalars {
            count += 1
            let v = scalar.value
            if kind != .address {
                if breaksWords(scalar) { word = 0 } else { word += 1 }
                if word > maximumWordLength {
                    return "has a word longer than \(maximumWordLength) characters (no space, hyphen or slash in it), "
                        + "which could only break between letters; split it"
                }
            }
            if v == 0 { return "contains a NUL character (U+0000), which no text can hold" }
            if (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) {
                return "contains the control character \(name(scalar)), which cannot be drawn; remove it"
            }
            if MessageText.isNoncharacter(scalar) {
                return "contains \(name(scalar)), a noncharacter that text may not hold; remove it"
            }
            if scalar.properties.canonicalCombiningClass.rawValue > 0 {
                combining += 1
                if combining > maximumCombiningRun {
                    return "has more than \(maximumCombiningRun) combining marks in a row, on one letter"
                }
            } else {
                combining = 0
            }
        }
        if count > kind.maximumLength {
            return "is too long: \(count) characters, and at most \(kind.maximumLength) are accepted here"
        }
        return nil
    }

    /// Whether a line may break at `scalar` between words, or it belongs to a script written without spaces.
    private static func breaksWords(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace || scalar == "-" || scalar == "/" || scalar == "\u{2010}" || scalar == "\u{2013}"
            || scalar == "\u{2014}" || scalar == "\u{200B}" || scalar == "\u{AD}" { return true }
        switch scalar.value {
        case 0x0E00...0x0EFF, 0x0F00...0x0FFF, 0x1000...0x109F, 0x1780...0x17FF, // Thai, Lao, Tibetan, Myanmar, Khmer
             0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF: // CJK, kana, full-width forms
            return true
        default:
            return false
        }
    }

    private static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
