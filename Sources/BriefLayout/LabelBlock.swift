// A timeline label: the names sharing one marker, their date and an optional note, as a stack of lines.

import BriefScene

/// One line (or wrapped paragraph) of a label block.
struct LabelLine {
    var text: String
    var font: FontSpec
    var color: Color
    var role: String
    var metrics: TextMetrics
    var wrapWidth: Double?
    var elided: Bool
}

/// Lines stacked top to bottom with a small gap; measured once, placed as a unit.
struct LabelBlock {
    var lines: [LabelLine]
    var gap: Double

    var width: Double { lines.map(\.metrics.width).max() ?? 0 }
    var height: Double {
        lines.map(\.metrics.height).reduce(0, +) + gap * Double(max(0, lines.count - 1))
    }

    /// Text elements for the block with its top-left at `origin`; each line flush left, or flush right
    /// when the block hangs to the left of its leader.
    func elements(at origin: Point, alignRight: Bool) -> [TextElement] {
        var y = origin.y
        let w = width
        return lines.map { line in
            let x = alignRight ? origin.x + w - line.metrics.width : origin.x
            var e = TextElement(role: line.role, text: line.text, font: line.font, color: line.color,
                                alignment: .left, wrapWidth: line.wrapWidth, topLeft: Point(x, y),
                                metrics: line.metrics, elided: line.elided)
            if alignRight, let wrap = line.wrapWidth {
                // Wrapped lines hang flush right too: Pango right-aligns each line in the same wrap width,
                // so the breaks are unchanged and the layout's right edge meets the box's.
                e.alignment = .right
                e.origin.x = e.box.maxX - wrap
            }
            y += line.metrics.height + gap
            return e
        }
    }
}
