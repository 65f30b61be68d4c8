// Splits a briefing's summary into paragraphs the way the file format means them.

import Foundation

extension Briefing {
    /// The summary's paragraphs, trimmed, empty ones dropped. A text with a blank line in it (a literal `|`
    /// block written as prose, wrapped by hand) has its paragraphs between blank lines and its other line
    /// breaks read as spaces; otherwise every line is a paragraph (a folded `>` block turns each blank line
    /// into one line break; a quoted string or a `|` block without blank lines puts one paragraph per line).
    package var summaryParagraphs: [String] {
        guard let summary else { return [] }
        let lines = summary.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        var paragraphs: [String]
        if lines.dropLast().contains(where: \.isEmpty) && lines.count > 2 {
            paragraphs = [""]
            for line in lines {
                if line.isEmpty { paragraphs.append("") } else {
                    paragraphs[paragraphs.count - 1] += (paragraphs[paragraphs.count - 1].isEmpty ? "" : " ") + line
                }
            }
        } else {
            paragraphs = lines
        }
        return paragraphs.map(Briefing.joinFoldedCJK).filter { !$0.isEmpty }
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
