// Splits a briefing's summary into paragraphs the way the file format means them.

import Foundation

extension Briefing {
    /// The summary's paragraphs: split at line breaks (a blank line in a folded `>` block becomes one line break;
    /// in a literal `|` block, or a quoted string, write paragraphs one per line), trimmed, empty ones dropped.
    public var summaryParagraphs: [String] {
        guard let summary else { return [] }
        return summary.split(whereSeparator: \.isNewline)
            .map { Briefing.joinFoldedCJK($0.trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.isEmpty }
    }

    /// Drops the single spaces YAML folding puts where a line broke between two Chinese or Japanese
    /// characters, which are written without spaces ("行い、 両国" → "行い、両国"). Korean keeps its spaces.
    static func joinFoldedCJK(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: isCJK) else { return text }
        var out = String.UnicodeScalarView()
        for (i, c) in scalars.enumerated() {
            if c == " ", i > 0, i + 1 < scalars.count, isCJK(scalars[i - 1]), isCJK(scalars[i + 1]) { continue }
            out.append(c)
        }
        return String(out)
    }

    private static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x2FFFF: true
        default: false
        }
    }
}
