// Choosing the pillar diagram's arrangement and scale: the fewest tiers and largest type that fit.

import BriefModel

/// Searches arrangements (1 to 4 tiers) and the size ladder for the best draft that fits a content box.
///
/// Preference, in order: fits without cutting anything; columns wide enough to read (no word broken
/// that more tiers would keep whole); fewest tiers; then the largest scale. When nothing fits at the
/// minimum size, the arrangement that has to cut least is cut to fit.
struct PillarsPlanner {
    var pillars: Pillars
    var inputs: [PillarsColumnInput]
    var parties: [Party]
    var style: Style
    var fitter: TextFitter
    var contentWidth: Double
    var centerX: Double

    /// The chosen draft and whether anything had to be cut.
    struct Choice {
        var draft: PillarsDraft
        var forced: Bool
    }

    private var ladder: [PillarsScale] {
        PillarsScale.ladder(style: style, top: PillarsScale.topFactor(width: contentWidth))
    }

    private func draft(_ tiers: Int, _ scale: PillarsScale) -> PillarsDraft {
        PillarsDraft.measure(pillars, inputs: inputs, parties: parties, tierCount: tiers, scale: scale,
                             contentWidth: contentWidth, centerX: centerX, style: style, fitter: fitter)
    }

    /// How readable an arrangement's columns are at the minimum size: unusable (a bullet and a few
    /// letters do not fit), too narrow to read comfortably, and how many words must break.
    private func readability(_ tiers: Int, _ minimum: PillarsScale) -> (unusable: Bool, narrow: Bool, broken: Int) {
        let frame = PillarsFrame(count: inputs.count, tierCount: tiers, contentWidth: contentWidth, centerX: centerX,
                                 steps: pillars.foundation.count, scale: minimum)
        let width = frame.textWidth
        let indent = (max(2, minimum.minimum * 0.36) + max(minimum.unit, minimum.minimum * 0.5)).rounded()
        let broken = PillarsColumnSet.brokenWords(inputs, width: width, indent: indent, minimum: minimum.minimum,
                                                  style: style, measurer: fitter.measurer)
        return (width < indent + 2 * minimum.minimum, width < 5 * minimum.minimum, broken)
    }

    /// The best draft for a content box `height` tall (nil: unbounded, as for a preferred height).
    func choose(height: Double?) -> Choice {
        let ladder = self.ladder
        let minimum = ladder[ladder.count - 1]
        let tierOptions = Array(1...max(1, min(inputs.count, 4)))
        var fitting: [(key: [Int], draft: PillarsDraft)] = []
        for t in tierOptions {
            let r = readability(t, minimum)
            let key = [r.unusable ? 1 : 0, r.narrow ? 1 : 0, r.broken, t]
            // A fitting arrangement already found is better than any with a worse key: skip the search.
            if let best = fitting.map(\.key).min(by: { $0.lexicographicallyPrecedes($1) }),
               best.lexicographicallyPrecedes(key) { continue }
            if let d = largestFitting(t, ladder: ladder, height: height) { fitting.append((key, d)) }
        }
        if let best = fitting.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            return Choice(draft: best.draft, forced: false)
        }
        // Nothing fits even at the minimum size: cut, in the arrangement that loses least.
        // Worst of all is still not fitting; then columns too narrow for anything; then the cuts.
        var options: [(key: [Int], draft: PillarsDraft)] = []
        for t in 1...max(1, min(inputs.count, 6)) {
            let r = readability(t, minimum)
            let d = forcedDraft(t, scale: minimum, height: height ?? .infinity)
            let overflows = d.height > (height ?? .infinity) + 0.01
            options.append(([overflows ? 1 : 0, r.unusable ? 1 : 0, r.narrow ? 1 : 0, cost(of: d), r.broken, t], d))
        }
        let best = options.min(by: { $0.key.lexicographicallyPrecedes($1.key) })!
        return Choice(draft: best.draft, forced: true)
    }

    /// The largest scale at which `tiers` tiers fit `height`, by bisection on the ladder.
    private func largestFitting(_ tiers: Int, ladder: [PillarsScale], height: Double?) -> PillarsDraft? {
        guard let height else { return draft(tiers, ladder[0]) }
        let last = draft(tiers, ladder[ladder.count - 1])
        guard last.height <= height + 0.01 else { return nil }
        var lo = 0, hi = ladder.count - 1, found = last
        while lo < hi {
            let mid = (lo + hi) / 2
            let d = draft(tiers, ladder[mid])
            if d.height <= height + 0.01 { hi = mid; found = d } else { lo = mid + 1 }
        }
        return found
    }

    /// `tiers` tiers at the minimum `scale`, cut step by step until they fit `height`.
    private func forcedDraft(_ tiers: Int, scale: PillarsScale, height: Double) -> PillarsDraft {
        var d = draft(tiers, scale)
        let s = d.columns.spacing
        let oneLine = fitter.measurer.measure("Hg", font: style.font(d.columns.bodySize)).height
        let minimumBody = s.bodyTop + s.bodyBottom + oneLine
        // The body height there is room for, per tier on average.
        func bodyRoom() -> Double { (height - d.fixedHeight) / Double(d.tierCount) }

        if bodyRoom() < minimumBody {
            // One line each for the roof and the steps.
            d.roof = PillarsRoof.measure(pillars.roof, parties: parties, base: d.frame.span(ofTier: 0), scale: scale,
                                         style: style, fitter: fitter, maxLines: 1)
            d.foundation = PillarsFoundation.measure(pillars.foundation, span: d.frame.baseSpan,
                                                     stepOut: d.frame.stepOut, scale: scale, style: style,
                                                     fitter: fitter, maxLines: 1)
        }
        var lines = d.columns.columns.map(\.title.metrics.lineCount).max() ?? 1
        while bodyRoom() < minimumBody && lines > 1 {
            lines -= 1
            d.columns.limitTitles(to: lines, fitter: fitter)
        }
        if bodyRoom() < s.bodyTop + s.bodyBottom {
            // Bare steps are the last thing to give.
            d.foundation = PillarsFoundation.measure(pillars.foundation, span: d.frame.baseSpan,
                                                     stepOut: d.frame.stepOut, scale: scale, style: style,
                                                     fitter: fitter, maxLines: 0)
        }
        d.bodyHeights = PillarsDraft.share(max(0, height - d.fixedHeight), needs: d.naturalBodyHeights)
        for (t, range) in d.frame.tiers.enumerated() {
            d.columns.cut(range, toBodyHeight: d.bodyHeights[t], moreFont: style.font(d.columns.tagSize),
                          fitter: fitter)
        }
        return d
    }

    /// How much a cut draft loses: texts shortened plus blocks and parties left out.
    private func cost(of d: PillarsDraft) -> Int {
        var n = 0
        if d.roof.title?.elided ?? !pillars.roof.isEmpty { n += 1 }
        if d.roof.partiesDropped { n += 1 }
        for c in d.columns.columns {
            if c.title.elided { n += 1 }
            n += c.blocks.filter { $0.text.elided || $0.tag?.elided == true }.count + c.dropped.count
        }
        n += d.foundation.elidedSources.count
        n += d.foundation.steps.filter { $0.text == nil && !($0.source ?? "").isEmpty }.count
        return n
    }
}
