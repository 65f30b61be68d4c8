// Making text fit a frame: shrink within the style's limits, then cut the string itself with an ellipsis.

import BriefScene

/// Text that has been made to fit: the string to draw (cut when `elided`), its font and measured extent.
package struct FittedText: Sendable, Hashable {
    package var text: String
    package var font: FontSpec
    package var metrics: TextMetrics
    package var elided: Bool
    /// The wrap width to draw with (nil for one line).
    package var wrapWidth: Double?
}

/// Fits text to frames with one measurer. Every layout uses this, so cutting behaves the same everywhere.
package struct TextFitter {
    package let measurer: any TextMeasurer

    package init(measurer: any TextMeasurer) { self.measurer = measurer }

    /// Whether `text` fits in `width` (and `maxLines`, when given) at `font`.
    package func fits(_ text: String, font: FontSpec, width: Double, maxLines: Int? = nil) -> Bool {
        if let lines = maxLines, text.utf8.count > capacity(font: font, width: width, maxLines: lines),
           text.count > capacity(font: font, width: width, maxLines: lines) {
            return false // far longer than the frame could ever hold: do not make the text engine lay it out
        }
        let m = measurer.measure(text, font: font, wrapWidth: maxLines == 1 ? nil : width)
        return m.width <= width + 0.01 && (maxLines.map { m.lineCount <= $0 } ?? true)
    }

    /// The largest size between `font.size` and `minimum` (in `step`s) at which `text` fits `width` and
    /// `maxLines` lines; at `minimum` and still too long, the text is cut with "…".
    package func fit(_ text: String, font: FontSpec, width: Double, maxLines: Int = 1, minimum: Double,
                    step: Double = 0.5, alignment: TextAlignment = .left) -> FittedText {
        var size = font.size
        while true {
            let f = font.sized(size)
            if fits(text, font: f, width: width, maxLines: maxLines) {
                return make(text, font: f, width: width, maxLines: maxLines, elided: false, alignment: alignment)
            }
            if size <= minimum + 1e-9 { break }
            size = max(minimum, size - step)
        }
        return elide(text, font: font.sized(max(minimum, min(font.size, minimum))), width: width, maxLines: maxLines,
                     alignment: alignment)
    }

    /// Cuts `text` to the longest prefix that, followed by "…", fits in `width` and `maxLines`.
    /// Prefers to cut at a space when that keeps at least two thirds of the characters.
    package func elide(_ text: String, font: FontSpec, width: Double, maxLines: Int = 1,
                      alignment: TextAlignment = .left) -> FittedText {
        let limit = capacity(font: font, width: width, maxLines: maxLines)
        // The whole text's lines (or width, on one line) say roughly where the cut falls.
        var whole: TextMetrics?
        if text.utf8.count <= limit || text.count <= limit {
            let m = measurer.measure(text, font: font, wrapWidth: maxLines == 1 ? nil : width)
            if m.width <= width + 0.01 && m.lineCount <= maxLines {
                return make(text, font: font, width: width, maxLines: maxLines, elided: false, alignment: alignment)
            }
            whole = m
        }
        // Only a prefix the frame could possibly hold is worth searching (a 5 MB label stays instant).
        let chars = Array(text.prefix(limit + 1))
        func fitsPrefix(_ count: Int) -> Bool { fits(cut(chars, count), font: font, width: width, maxLines: maxLines) }
        var lo = 0, hi = chars.count // lo always fits (an ellipsis alone is accepted even when too wide)
        if let whole, whole.lineCount > 0, whole.width > 0 {
            // Bracket the answer from that estimate in widening steps, then bisect the bracket: a few layouts
            // of the text instead of one per halving of the whole capacity.
            let share = maxLines == 1 ? min(1, width / whole.width) : Double(maxLines) / Double(whole.lineCount)
            let perLine = Double(chars.count) / Double(maxLines == 1 ? 1 : whole.lineCount)
            var step = max(1, Int(perLine * (maxLines == 1 ? 0.1 : 0.25)))
            let guess = min(hi, max(1, Int(Double(chars.count) * share)))
            if fitsPrefix(guess) {
                lo = guess
                while lo < hi {
                    let next = min(hi, lo + step)
                    if fitsPrefix(next) { lo = next; step *= 2 } else { hi = next - 1; break }
                }
            } else {
                hi = guess - 1
                while lo < hi {
                    let next = max(lo + 1, hi - step + 1)
                    if fitsPrefix(next) { lo = next; break } else { hi = next - 1; step *= 2 }
                }
            }
        }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if fitsPrefix(mid) { lo = mid } else { hi = mid - 1 }
        }
        var count = lo
        if let space = chars[0..<count].lastIndex(of: " "), space >= count * 2 / 3, space > 0 {
            count = space
        }
        return make(cut(chars, count), font: font, width: width, maxLines: maxLines, elided: true, alignment: alignment)
    }

    /// `s` cut to 2,000 characters (with "…"): more than any frame of a diagram or page can hold, so
    /// layouts can measure without ever handing a text engine megabytes.
    package static func clippedForLayout(_ s: String) -> String {
        let head = s.prefix(2000)
        return head.endIndex < s.endIndex ? String(head) + "…" : s
    }

    /// More characters than `maxLines` lines of `width` can hold even if every character were a
    /// hairline (0.15 em): a safe upper bound for the characters that can fit.
    private func capacity(font: FontSpec, width: Double, maxLines: Int) -> Int {
        Int(Double(maxLines) * max(width, 0) / max(font.size * 0.15, 0.01)) + 16
    }

    private func cut(_ chars: [Character], _ count: Int) -> String {
        var s = String(chars[0..<count])
        while s.last == " " || s.last == "," || s.last == ";" || s.last == ":" { s.removeLast() }
        return s + "…"
    }

    private func make(_ text: String, font: FontSpec, width: Double, maxLines: Int, elided: Bool,
                      alignment: TextAlignment) -> FittedText {
        let wrap: Double? = maxLines == 1 ? nil : width
        let m = measurer.measure(text, font: font, wrapWidth: wrap, alignment: alignment)
        return FittedText(text: text, font: font, metrics: m, elided: elided, wrapWidth: wrap)
    }
}
