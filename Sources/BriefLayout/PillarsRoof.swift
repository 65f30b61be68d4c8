// The pediment: the partnership's name (and its parties) fitted into a low trapezoid over the top tier.

import BriefModel
import BriefScene

/// The roof measured for one base width: its text, height and the run of its sloping sides.
///
/// The sides slope up from the base corners; the text sits centred, narrower than the flat top,
/// so every corner of its box lies inside the shape with at least one grid step to spare.
struct PillarsRoof {
    /// The partnership name, centred; nil when there was no room for any of it.
    var title: FittedText?
    /// Party names on one line under the name, with their colours; empty when absent or left out.
    var parties: [(name: FittedText, color: Color?)]
    /// True when the parties were given but had to be left out.
    var partiesDropped: Bool
    var height: Double
    /// Horizontal distance from a base corner to the corresponding top corner.
    var run: Double
    var base: Double
    var paddingV: Double
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

    /// Fits `text` into a roof `base` wide, party names at `partySize`. With `maxLines` the name is cut to
    /// that many lines at the minimum size if it must be (the degenerate path); without, it wraps as far
    /// as it needs.
    static func measure(_ text: String, parties partyList: [Party], partySize: Double, base: Double,
                        scale: PillarsScale, style: Style, fitter: TextFitter, maxLines: Int? = nil) -> PillarsRoof {
        let padV = scale.space(2), padH = scale.space(2)
        let font = style.font(scale.roof, .bold)
        let lineHeight = fitter.measurer.measure("Hg", font: font).height
        let minHeight = PillarsGrid.ceil(base * 0.06, scale.unit)
        var roof = PillarsRoof(title: nil, parties: [], partiesDropped: false, height: 0, run: 0, base: base,
                               paddingV: padV, partyGap: scale.halfStep, swatch: max(4, (partySize * 0.75).rounded()),
                               swatchGap: scale.unit, partySeparator: scale.space(3))

        // The party line, measured first: it needs its own width inside the roof.
        let smallFont = style.font(partySize)
        if maxLines == nil {
            roof.parties = partyList.map {
                (fitter.measurer.measure($0.name, font: smallFont).asFitted($0.name, smallFont), $0.color)
            }
        } else {
            roof.partiesDropped = !partyList.isEmpty // a cramped roof keeps only the name
        }
        let partyBlock = roof.parties.isEmpty ? 0 : roof.partyHeight + roof.partyGap

        func wrapWidth(lines: Int) -> Double {
            let h = max(Double(lines) * lineHeight + partyBlock + 2 * padV, minHeight)
            let minRun = min(h, base * 0.1)
            return base - 2 * minRun - 2 * padH
        }
        let limit = maxLines ?? 6
        var chosen: FittedText?
        if !text.isEmpty {
            for lines in 1...max(1, limit) {
                let width = wrapWidth(lines: lines)
                guard width > 0 else { break }
                let shrinkFloor = max(scale.minimum, (scale.roof * 0.85 * 2).rounded() / 2)
                let fitted = fitter.fit(text, font: font, width: width, maxLines: lines, minimum: shrinkFloor,
                                        alignment: .center)
                if !fitted.elided { chosen = fitted; break }
            }
            if chosen == nil {
                let lines = maxLines ?? 40
                let width = wrapWidth(lines: min(lines, 6))
                if width > 0 {
                    chosen = fitter.fit(text, font: font, width: width, maxLines: lines, minimum: scale.minimum,
                                        alignment: .center)
                }
            }
        }
        roof.title = chosen
        if let t = chosen, roof.partyLineWidth > wrapWidth(lines: t.metrics.lineCount) + 1e-9 {
            roof.parties = []
            roof.partiesDropped = true
        }
        let textWidth = max(roof.title?.metrics.width ?? 0, roof.partyLineWidth)
        roof.height = PillarsGrid.ceil(max(roof.blockHeight + 2 * padV, minHeight), scale.unit / 2)
        // As low a pitch as the text allows (about 14° at the flattest): the flat top just clears the text.
        roof.run = max(0, min((base - textWidth) / 2 - padH, 4 * roof.height))
        return roof
    }

    /// The trapezoid outline with its base on `bottom`, from `left` to `left + base`.
    func outline(left: Double, bottom: Double) -> [PathCommand] {
        let top = bottom - height
        return [.move(Point(left, bottom)), .line(Point(left + run, top)), .line(Point(left + base - run, top)),
                .line(Point(left + base, bottom)), .close]
    }
}

extension TextMetrics {
    /// This one-line measurement as a fitted, uncut text.
    func asFitted(_ text: String, _ font: FontSpec) -> FittedText {
        FittedText(text: text, font: font, metrics: self, elided: false, wrapWidth: nil)
    }
}
