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

/// Lines stacked top to bottom with a small gap, or (inline) a name and its date side by side on one
/// baseline; measured once, placed as a unit.
struct LabelBlock {
    var lines: [LabelLine]
    var gap: Double
    /// Name then date on one line: half the height of a stack, for crowded timelines.
    var inline = false

    /// How far the date sits below the name's top so that both share a baseline (inline only).
    private var dateDrop: Double {
        guard inline, lines.count == 2 else { return 0 }
        return max(0, lines[0].metrics.baseline - lines[1].metrics.baseline)
    }

    // Without intermediate arrays: placement asks for the size of a block at every position it tries.
    var width: Double {
        if inline && lines.count == 2 { return lines[0].metrics.width + gap + lines[1].metrics.width }
        return lines.reduce(0) { max($0, $1.metrics.width) }
    }
    var height: Double {
        if inline && lines.count == 2 { return max(lines[0].metrics.height, dateDrop + lines[1].metrics.height) }
        return lines.reduce(0) { $0 + $1.metrics.height } + gap * Double(max(0, lines.count - 1))
    }

    /// Text elements for the block with its top-left at `origin`; each line flush left, or flush right
    /// when the block hangs to the left of its leader.
    func elements(at origin: Point, alignRight: Bool) -> [TextElement] {
        if inline && lines.count == 2 {
            let name = lines[0], date = lines[1]
            return [TextElement(role: name.role, text: name.text, font: name.font, color: name.color,
                                topLeft: origin, metrics: name.metrics, elided: name.elided),
                    TextElement(role: date.role, text: date.text, font: date.font, color: date.color,
                                topLeft: Point(origin.x + name.metrics.width + gap, origin.y + dateDrop),
                                metrics: date.metrics, elided: date.elided)]
        }
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
