// A predictable TextMeasurer for layout tests that must not depend on installed fonts.

import BriefScene

/// Every character is `advance × size` wide (wide East-Asian characters twice that), lines are
/// `1.2 × size` tall; wrapping is greedy at spaces, breaking words longer than the width.
package struct FixedMeasurer: TextMeasurer {
    package var advance: Double

    package init(advance: Double = 0.55) { self.advance = advance }

    private func width(_ s: Substring, _ size: Double) -> Double {
        s.unicodeScalars.reduce(0) { acc, u in
            let wide = (0x1100...0x115F).contains(u.value) || (0x2E80...0xA4CF).contains(u.value)
                || (0xAC00...0xD7A3).contains(u.value) || (0xF900...0xFAFF).contains(u.value)
                || (0xFF00...0xFF60).contains(u.value)
            let combining = (0x0300...0x036F).contains(u.value)
            return acc + (combining ? 0 : (wide ? 2 * advance : advance) * size)
        }
    }

    package func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics {
        let size = font.size
        var lines: [Double] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let limit = wrapWidth else { lines.append(width(paragraph, size)); continue }
            var current = 0.0
            var started = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var w = width(word, size)
                let space = advance * size
                if started && current + space + w <= limit + 1e-9 {
                    current += space + w
                    continue
                }
                if started { lines.append(current) }
                // Break an over-long word between characters.
                while w > limit + 1e-9, limit > 0 {
                    let perChar = max(advance * size, 1e-9)
                    let fitCount = max(1, Int(limit / perChar))
                    lines.append(Double(fitCount) * perChar)
                    w -= Double(fitCount) * perChar
                }
                current = w
                started = true
            }
            lines.append(current)
        }
        let widest = lines.max() ?? 0
        var x = 0.0
        if let limit = wrapWidth {
            switch alignment {
            case .left: x = 0
            case .center: x = max(0, (limit - widest) / 2)
            case .right: x = max(0, limit - widest)
            }
        }
        return TextMetrics(logical: Rect(x: x, y: 0, width: widest, height: Double(lines.count) * 1.2 * size),
                           lineCount: lines.count, baseline: 0.95 * size)
    }

    package func unknownGlyphCount(_ text: String, font: FontSpec) -> Int { 0 }
}
