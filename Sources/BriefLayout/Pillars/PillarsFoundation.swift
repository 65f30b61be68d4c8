// The stepped base: one step per foundation entry, each wider than the one above, text centred on it.

import BriefModel
import BriefScene

/// The foundation measured for one bottom-tier span: step widths, one common step height, fitted texts.
struct PillarsFoundation {
    /// Steps from the top (nearest the columns) down; the briefing lists them bottom to top.
    var steps: [Step]
    /// Every step has this height, so the stair reads evenly.
    var stepHeight: Double
    var paddingH: Double

    struct Step {
        /// The entry as written (nil for the plain plinth drawn when the briefing gives no foundation).
        var source: String?
        var text: FittedText?
        var width: Double
    }

    var height: Double { Double(steps.count) * stepHeight }
    var elidedSources: [String] { steps.compactMap { $0.text?.elided == true ? $0.source : nil } }

    /// Fits `entries` (bottom to top) at `size` under a bottom tier `span` wide. With `maxLines` each text
    /// is cut to that many lines at the minimum size when it must be; `maxLines == 0` leaves the steps bare.
    static func measure(_ entries: [String], size: Double, span: Double, stepOut: Double, scale: PillarsScale,
                        style: Style, fitter: TextFitter, maxLines: Int? = nil) -> PillarsFoundation {
        let padH = scale.space(2), padV = scale.space(1)
        let font = style.font(size)
        let top = Array(entries.reversed())
        guard !top.isEmpty else {
            // No foundation given: a plain plinth so the columns still stand on something.
            return PillarsFoundation(steps: [Step(source: nil, text: nil, width: span + 2 * stepOut)],
                                     stepHeight: scale.space(3), paddingH: padH)
        }
        var steps: [Step] = []
        for (i, entry) in top.enumerated() {
            let width = span + 2 * stepOut * Double(i + 1)
            let wrap = max(1, width - 2 * padH)
            var text: FittedText?
            if maxLines == 0 || entry.isEmpty {
                text = nil
            } else if let lines = maxLines {
                text = fitter.fit(entry, font: font, width: wrap, maxLines: lines, minimum: scale.minimum,
                                  alignment: .center)
            } else {
                let m = fitter.measurer.measure(entry, font: font, wrapWidth: wrap, alignment: .center)
                text = FittedText(text: entry, font: font, metrics: m, elided: false, wrapWidth: wrap)
            }
            steps.append(Step(source: entry, text: text, width: width))
        }
        let lineHeight = fitter.measurer.measure("Hg", font: font).height
        let tallest = steps.compactMap { $0.text?.metrics.height }.max() ?? (maxLines == 0 ? 0 : lineHeight)
        let stepHeight = PillarsGrid.ceil(tallest + 2 * padV, scale.unit / 2)
        return PillarsFoundation(steps: steps, stepHeight: max(stepHeight, scale.unit), paddingH: padH)
    }
}
