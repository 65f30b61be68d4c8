// The pediment: the partnership's name (and its parties) fitted into a low roof over the top tier.

import BriefModel
import BriefScene

/// The roof measured for one base width: its text, height and outline.
///
/// Over a wide temple it is a low trapezoid: the sides slope up from the base corners at 14–55°, and
/// the name sits under the flat top, narrower than it. Over a narrow temple (one or two columns) such
/// a trapezoid would stand as steep as a lampshade, so the name goes into a frieze as wide as the
/// base and a low gable (20°) crowns it. Either way every corner of the text lies inside the outline
/// with at least one grid step to spare.
struct PillarsRoof {
    /// The partnership name, centred; nil when there was none or no room for any of it.
    var title: FittedText?
    /// Party names on one line under the name, with their colours; empty when absent or left out.
    var parties: [(name: FittedText, color: Color?)]
    /// True when the parties were given but had to be left out.
    var partiesDropped: Bool
    var height: Double
    /// Horizontal distance from a side's foot of the slope to its top corner.
    var run: Double
    /// Height of the vertical sides under the slope (0 for the trapezoid).
    var eave: Double
    var base: Double
    /// Gap between the name and the party line.
    var partyGap: Double
    /// Side of a party colour swatch, and the gap that follows it.
    var swatch: Double
    var swatchGap: Double
    var partySeparator: Double

    var titleHeight: Double { title?.metrics.height ?? 0 }
    var partyHeight: Double { parties.map(\.name.metrics.height).max() ?? 0 }
    var partyLineWidth: Double {
        guard !parties.isEmpty else { return 0 }
        return parties.reduce(0) { $0 + swatch + swatchGap + $1.name.metrics.width }
            + Double(parties.count - 1) * partySeparator
    }
    /// Height of the name plus the party line, as stacked in the roof.
    var blockHeight: Double {
        titleHeight + (parties.isEmpty ? 0 : (title == nil ? 0 : partyGap) + partyHeight)
    }

    /// The top of the text block for a roof standing on `bottom`: centred in the trapezoid, or in the frieze.
    func textTop(bottom: Double) -> Double {
        let band = eave > 0 ? eave : height
        return bottom - band + (band - blockHeight) / 2
    }

    /// The outline with its base on `bottom`, from `left` to `left + base`, counter-clockwise from the
    /// left base corner.
    func outline(left: Double, bottom: Double) -> [PathCommand] {
        let top = bottom - height, right = left + base
        var points = [Point(left, bottom)]
        if eave > 0 { points.append(Point(left, bottom - eave)) }
        if 2 * run >= base - 0.01 {
            points.append(Point(left + base / 2, top)) // a gable with an apex
        } else {
            points += [Point(left + run, top), Point(right - run, top)]
        }
        if eave > 0 { points.append(Point(right, bottom - eave)) }
        points.append(Point(right, bottom))
        return [.move(points[0])] + points.dropFirst().map { .line($0) } + [.close]
    }

    /// Fits `text` into a roof `base` wide, party names at `partySize`. With `maxLines` the name is cut to
    /// that many lines at the minimum size if it must be (the degenerate path); without, it wraps as far
    /// as it needs.
    static func measure(_ text: String, parties partyList: [Party], partySize: Double, base: Double,
                        scale: PillarsScale, style: Style, fitter: TextFitter, maxLines: Int? = nil) -> PillarsRoof {
        let padV = scale.space(2), padH = scale.space(2)
        var roof = PillarsRoof(title: nil, parties: [], partiesDropped: false, height: 0, run: 0, eave: 0, base: base,
                               partyGap: scale.halfStep, swatch: max(4, (partySize * 0.75).rounded()),
                               swatchGap: scale.unit, partySeparator: scale.space(3))
        // The party line: it needs its own width in the roof. A cramped roof keeps only the name.
        let partyFont = style.font(partySize)
        if maxLines == nil {
            roof.parties = partyList.map { party in
                let m = fitter.measurer.measure(party.name, font: partyFont)
                return (FittedText(text: party.name, font: partyFont, metrics: m, elided: false, wrapWidth: nil),
                        party.color)
            }
        } else {
            roof.partiesDropped = !partyList.isEmpty
        }
        let partyBlock = roof.parties.isEmpty ? 0 : roof.partyHeight + roof.partyGap
        let lineHeight = fitter.measurer.measure("Hg", font: style.font(scale.roof, .bold)).height
        let minHeight = PillarsGrid.ceil(base * 0.06, scale.unit)

        // First the trapezoid: the name's width must leave the slopes at least a tenth of the base each.
        var trapezoid = roof
        trapezoid.fitText(text, maxLines: maxLines, scale: scale, style: style, fitter: fitter) { lines in
            let h = max(Double(lines) * lineHeight + partyBlock + 2 * padV, minHeight)
            return base - 2 * min(h, base * 0.1) - 2 * padH
        }
        trapezoid.height = PillarsGrid.ceil(max(trapezoid.blockHeight + 2 * padV, minHeight), scale.unit / 2)
        // As low a pitch as the text allows (about 14° at the flattest): the flat top just clears the text.
        let textWidth = max(trapezoid.title?.metrics.width ?? 0, trapezoid.partyLineWidth)
        trapezoid.run = max(0, min((base - textWidth) / 2 - padH, 4 * trapezoid.height))
        if trapezoid.run >= trapezoid.height * 0.7 || base <= 0 { return trapezoid }

        // Steeper than 55°: a frieze as wide as the base holds the name, under a 20° gable.
        var gable = roof
        gable.fitText(text, maxLines: maxLines, scale: scale, style: style, fitter: fitter) { _ in base - 2 * padH }
        gable.eave = PillarsGrid.ceil(gable.blockHeight + 2 * padV, scale.unit / 2)
        let pitch = 0.364 // tan 20°
        let rise = min(base / 2 * pitch, gable.eave)
        gable.run = rise / pitch
        gable.height = gable.eave + rise
        return gable
    }

    /// Fits the name: on as few lines as possible (each allowed to shrink a little before another line is
    /// added), with `wrapWidth(lines)` of room; drops the party line when it is wider than that room.
    private mutating func fitText(_ text: String, maxLines: Int?, scale: PillarsScale, style: Style,
                                  fitter: TextFitter, wrapWidth: (Int) -> Double) {
        let font = style.font(scale.roof, .bold)
        let shrinkFloor = max(scale.minimum, (scale.roof * 0.85 * 2).rounded() / 2)
        var chosen: FittedText?
        if !text.isEmpty {
            for lines in 1...max(1, maxLines ?? 6) {
                let width = wrapWidth(lines)
                guard width > 0 else { break }
                let fitted = fitter.fit(text, font: font, width: width, maxLines: lines, minimum: shrinkFloor,
                                        alignment: .center)
                if !fitted.elided { chosen = fitted; break }
            }
            if chosen == nil {
                let lines = maxLines ?? 40
                let width = wrapWidth(min(lines, 6))
                if width > 0 {
                    chosen = fitter.fit(text, font: font, width: width, maxLines: lines, minimum: scale.minimum,
                                        alignment: .center)
                }
            }
        }
        title = chosen
        if !parties.isEmpty, partyLineWidth > wrapWidth(max(1, chosen?.metrics.lineCount ?? 1)) + 1e-9 {
            parties = []
            partiesDropped = true
        }
    }
}
