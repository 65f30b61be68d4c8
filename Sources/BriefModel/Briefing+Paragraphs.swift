// Splits a briefing's summary into paragraphs the way the file format means them.

import Foundation

extension Briefing {
    /// The summary's paragraphs: split at line breaks (a blank line in a folded `>` block becomes one line break;
    /// in a literal `|` block, or a quoted string, write paragraphs one per line), trimmed, empty ones dropped.
    public var summaryParagraphs: [String] {
        guard let summary else { return [] }
        return summary.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
