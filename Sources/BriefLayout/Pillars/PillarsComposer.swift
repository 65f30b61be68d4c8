// Turning a chosen pillar draft into scene elements: pediment, architraves, columns, content, steps.

import BriefModel
import BriefScene

/// Draws a draft into elements, top to bottom, in paint order. Pure geometry: all sizes were measured before.
struct PillarsComposer {
    var draft: PillarsDraft
    var style: Style
    /// Where the roof's top goes.
    var top: Double

    private var colors: Style.Colors { style.colors }
    private var hairline: Double { style.lines.border }

    func elements() -> [Element] {
        var out: [Element] = []
        var y = top
        out += roof(bottom: y + draft.roof.height)
        y += draft.roof.height
        for t in draft.frame.tiers.indices {
            y += draft.architraveGap
            out.append(.rect(ShapeElement(role: "architrave",
                                          box: Rect(x: draft.frame.left(ofTier: t), y: y,
                                                    width: draft.frame.span(ofTier: t), height: draft.architrave),
                                          fill: colors.primary)))
            y += draft.architrave + draft.architraveGap
            for index in draft.frame.tiers[t] { out += column(index, top: y, height: draft.columnHeight(ofTier: t)) }
            y += draft.columnHeight(ofTier: t)
        }
        out += foundation(top: y)
        return out
    }

    // MARK: Roof

    private func roof(bottom: Double) -> [Element] {
        let r = draft.roof
        let left = draft.frame.left(ofTier: 0)
        let centerX = draft.frame.centerX
        var out: [Element] = [.path(PathElement(role: "roof", commands: r.outline(left: left, bottom: bottom),
                                                fill: colors.primary))]
        var y = r.textTop(bottom: bottom)
        if let t = r.title {
            out.append(.text(TextElement(role: "roof-title", text: t.text, font: t.font, color: colors.onPrimary,
                                         alignment: .center, wrapWidth: t.wrapWidth,
                                         topLeft: Point(centerX - t.metrics.width / 2, y), metrics: t.metrics,
                                         elided: t.elided)))
            y += t.metrics.height + r.partyGap
        }
        if !r.parties.isEmpty {
            var x = centerX - r.partyLineWidth / 2
            let lineHeight = r.partyHeight
            for (i, party) in r.parties.enumerated() {
                if i > 0 { x += r.partySeparator }
                let swatch = Rect(x: x, y: y + (lineHeight - r.swatch) / 2, width: r.swatch, height: r.swatch)
                out.append(.rect(ShapeElement(role: "party-swatch", box: swatch, fill: party.color ?? colors.onPrimary,
                                              stroke: Stroke(color: colors.onPrimary, width: hairline))))
                x += r.swatch + r.swatchGap
                let n = party.name
                out.append(.text(TextElement(role: "party", text: n.text, font: n.font, color: colors.onPrimary,
                                             topLeft: Point(x, y + (lineHeight - n.metrics.height) / 2),
                                             metrics: n.metrics, elided: n.elided)))
                x += n.metrics.width
            }
        }
        return out
    }

    // MARK: Columns

    private func column(_ index: Int, top: Double, height: Double) -> [Element] {
        let set = draft.columns
        let c = set.columns[index]
        let s = set.spacing
        let x = draft.frame.columnX(index)
        let width = draft.frame.columnWidth
        let pad = draft.frame.padding
        // A temple of titles only (nothing under any column) draws each column as one solid shaft with its
        // title centred, instead of a capital over an empty box.
        let titlesOnly = set.titlesOnly
        let capital = titlesOnly ? height : set.capitalHeight
        var out: [Element] = []
        out.append(.rect(ShapeElement(role: "column",
                                      box: Rect(x: x, y: top, width: width, height: height),
                                      fill: colors.band,
                                      stroke: Stroke(color: colors.primary.mixed(with: colors.background, 0.7),
                                                     width: hairline))))
        out.append(.rect(ShapeElement(role: "capital", box: Rect(x: x, y: top, width: width, height: capital),
                                      fill: colors.primary)))
        // Titles sit on the band's common bottom line, so their last baselines align across columns.
        let t = c.title
        out.append(.text(TextElement(role: "column-title", text: t.text, font: t.font, color: colors.onPrimary,
                                     alignment: .center, wrapWidth: t.wrapWidth,
                                     topLeft: Point(x + width / 2 - t.metrics.width / 2,
                                                    titlesOnly ? top + (height - t.metrics.height) / 2
                                                        : top + capital - s.capitalBottom - t.metrics.height),
                                     metrics: t.metrics, elided: t.elided)))
        let contentTop = top + capital + s.bodyTop
        let stack = set.stack(c)
        if let rule = stack.rule {
            out.append(.line(LineElement(role: "rule",
                                         points: [Point(x + pad, contentTop + rule), Point(x + width - pad, contentTop + rule)],
                                         stroke: Stroke(color: colors.axis, width: hairline))))
        }
        for (block, offset) in zip(c.blocks, stack.offsets) {
            out += self.block(block, x: x + pad, y: contentTop + offset)
        }
        if let more = c.more, let offset = stack.more {
            out.append(.text(TextElement(role: "more", text: more.text, font: more.font, color: colors.muted,
                                         topLeft: Point(x + pad, contentTop + offset), metrics: more.metrics)))
        }
        return out
    }

    private func block(_ b: PillarsBlock, x: Double, y: Double) -> [Element] {
        let s = draft.columns.spacing
        let t = b.text
        guard let tag = b.tag else {
            // A bullet: a small dot centred on the first line's x-height, the text hanging beside it.
            let d = s.bullet
            let cy = y + t.metrics.baseline - t.font.size * 0.27
            return [
                .circle(ShapeElement(role: "bullet", box: Rect(x: x, y: cy - d / 2, width: d, height: d),
                                     fill: colors.primary)),
                .text(TextElement(role: "item", text: t.text, font: t.font, color: colors.text,
                                  wrapWidth: t.wrapWidth, topLeft: Point(x + s.indent, y), metrics: t.metrics,
                                  elided: t.elided)),
            ]
        }
        return [
            .text(TextElement(role: "outcome-kind", text: tag.text, font: tag.font, color: colors.primary,
                              topLeft: Point(x, y), metrics: tag.metrics,
                              elided: tag.elided)),
            .text(TextElement(role: "outcome", text: t.text, font: t.font, color: colors.text,
                              wrapWidth: t.wrapWidth, topLeft: Point(x, y + tag.metrics.height + s.tagGap), metrics: t.metrics,
                              elided: t.elided)),
        ]
    }

    // MARK: Foundation

    private func foundation(top: Double) -> [Element] {
        let f = draft.foundation
        var out: [Element] = []
        let count = f.steps.count
        for (i, step) in f.steps.enumerated() {
            let y = top + Double(i) * f.stepHeight
            // Lighter at the top, darker towards the ground; text stays near-black on every tint.
            let depth = count > 1 ? Double(i) / Double(count - 1) : 0
            let fill = colors.band.mixed(with: colors.primary, 0.12 + 0.2 * depth)
            let box = Rect(x: draft.frame.centerX - step.width / 2, y: y, width: step.width, height: f.stepHeight)
            out.append(.rect(ShapeElement(role: "foundation", box: box, fill: fill)))
            if let t = step.text {
                out.append(.text(TextElement(role: "foundation-text", text: t.text, font: t.font, color: colors.text,
                                             alignment: .center, wrapWidth: t.wrapWidth,
                                             topLeft: Point(box.midX - t.metrics.width / 2,
                                                            y + (f.stepHeight - t.metrics.height) / 2),
                                             metrics: t.metrics, elided: t.elided)))
            }
        }
        return out
    }
}
