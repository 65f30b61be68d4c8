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
    /// The whole canvas's width, which sets how large type may grow.
    var canvasWidth: Double
    var centerX: Double

    /// The chosen draft and whether anything had to be cut.
    struct Choice {
        var draft: PillarsDraft
        var forced: Bool
    }

    private var ladder: [PillarsScale] {
        PillarsScale.ladder(style: style, top: PillarsScale.topFactor(width: canvasWidth))
    }

    private func draft(_ tiers: Int, _ scale: PillarsScale) -> PillarsDraft {
        PillarsDraft.measure(pillars, inputs: inputs, parties: parties, tierCount: tiers, scale: scale,
                             contentWidth: contentWidth, centerX: centerX, style: style, fitter: fitter)
    }

    /// How readable an arrangement's columns are in `frame`, judged at the minimum size: unusable (a
    /// bullet and a couple of letters do not fit), too narrow to read comfortably, and how many words
    /// must break inside a line.
    private func readability(_ frame: PillarsFrame, _ minimum: PillarsScale) -> (unusable: Bool, narrow: Bool, broken: Int) {
        let width = frame.textWidth
        let indent = PillarsColumnSet.indent(bodySize: minimum.minimum, unit: minimum.unit)
        let broken = PillarsColumnSet.brokenWords(inputs, width: width, indent: indent, minimum: minimum.minimum,
                                                  style: style, measurer: fitter.measurer)
        return (width < indent + 2 * minimum.minimum, width < 5 * minimum.minimum, broken)
    }

    private func frame(_ tiers: Int, _ scale: PillarsScale) -> PillarsFrame {
        PillarsFrame(count: inputs.count, tierCount: tiers, contentWidth: contentWidth, centerX: centerX,
                     steps: pillars.foundation.count, scale: scale)
    }

    /// The best draft for a content box `height` tall (nil: unbounded, as for a preferred height).
    ///
    /// Each arrangement is judged by (unusable, narrow, broken words) at the widest its columns get,
    /// then by whether its body text had to shrink below the style's small size, then by tier count; each
    /// gets the largest scale that fits and breaks no more words than that.
    func choose(height: Double?) -> Choice {
        let ladder = self.ladder
        let minimum = ladder[ladder.count - 1]
        let tierOptions = Array(1...max(1, min(inputs.count, 4)))
        var fitting: [(key: [Int], draft: PillarsDraft)] = []
        // Most readable arrangements first (judging costs no item measuring), fewest tiers among equals: then
        // an arrangement that cannot beat one already measured is skipped without measuring its items.
        let judged = tierOptions.map { t -> (t: Int, r: (unusable: Bool, narrow: Bool, broken: Int), prefix: [Int]) in
            let r = readability(frame(t, minimum), minimum)
            return (t, r, [r.unusable ? 1 : 0, r.narrow ? 1 : 0, r.broken])
        }.sorted { ($0.prefix.lexicographicallyPrecedes($1.prefix)) || ($0.prefix == $1.prefix && $0.t < $1.t) }
        for (t, r, prefix) in judged {
            // Skip the search when an arrangement already found is better whatever this one's scale.
            if let best = fitting.min(by: { $0.key.lexicographicallyPrecedes($1.key) }),
               Array(best.key.prefix(3)).lexicographicallyPrecedes(prefix)
                || (Array(best.key.prefix(3)) == prefix && best.key[3] == 0) { continue }
            if let d = largest(t, ladder: ladder, height: height, broken: r.broken, minimum: minimum) {
                // Below the style's small-print size, another tier is worth its height.
                let shrunk = d.columns.bodySize < style.sizes.small - 0.01
                fitting.append((prefix + [shrunk ? 1 : 0, t], d))
            }
        }
        if let best = fitting.min(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            return Choice(draft: best.draft, forced: false)
        }
        // Nothing fits even at the minimum size: cut, in the arrangement that loses least. Worst of all
        // is still not fitting; then columns too narrow to read; then shattered words; then the cuts.
        var options: [(key: [Int], draft: PillarsDraft)] = []
        for t in 1...max(1, min(inputs.count, 6)) {
            let r = readability(frame(t, minimum), minimum)
            let d = forcedDraft(t, scale: minimum, height: height ?? .infinity)
            let overflows = d.height > (height ?? .infinity) + 0.01
            options.append(([overflows ? 1 : 0, r.unusable ? 1 : 0, r.narrow ? 1 : 0, r.broken, cost(of: d), t], d))
        }
        let best = options.min(by: { $0.key.lexicographicallyPrecedes($1.key) })!
        return Choice(draft: best.draft, forced: true)
    }

    /// The last rung of the size ladder, where every size has reached the style's minimum.
    var smallestScale: PillarsScale { ladder[ladder.count - 1] }

    /// The least content height of any arrangement at the smallest scale.
    func smallestHeight() -> Double {
        let minimum = smallestScale
        return (1...max(1, min(inputs.count, 4))).map { draft($0, minimum).height }.min() ?? 0
    }

    /// The largest scale on the ladder whose draft fits `height` (nil: any) and breaks no more than `broken`
    /// words, by bisection (both only improve as the scale goes down); nil when not even the smallest does.
    private func largest(_ tiers: Int, ladder: [PillarsScale], height: Double?, broken: Int,
                         minimum: PillarsScale) -> PillarsDraft? {
        // Broken words depend on the frame alone, which costs no text measuring; drafts measure every item.
        func readable(_ scale: PillarsScale) -> Bool { readability(frame(tiers, scale), minimum).broken <= broken }
        guard readable(ladder[ladder.count - 1]) else { return nil }
        guard let height else {
            var lo = 0, hi = ladder.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if readable(ladder[mid]) { hi = mid } else { lo = mid + 1 }
            }
            return draft(tiers, ladder[lo])
        }
        let last = draft(tiers, ladder[ladder.count - 1])
        guard last.height <= height + 0.01 else { return nil }
        var lo = 0, hi = ladder.count - 1, found = last
        while lo < hi {
            let mid = (lo + hi) / 2
            if readable(ladder[mid]), case let d = draft(tiers, ladder[mid]), d.height <= height + 0.01 {
                hi = mid; found = d
            } else {
                lo = mid + 1
            }
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
            d.roof = PillarsRoof.measure(pillars.roof, parties: parties, partySize: d.columns.tagSize,
                                         base: d.frame.span(ofTier: 0), scale: scale, style: style, fitter: fitter,
                                         maxLines: 1)
            d.foundation = PillarsFoundation.measure(pillars.foundation, size: d.columns.foundationSize,
                                                     span: d.frame.baseSpan,
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
            d.foundation = PillarsFoundation.measure(pillars.foundation, size: d.columns.foundationSize,
                                                     span: d.frame.baseSpan, stepOut: d.frame.stepOut, scale: scale,
                                                     style: style, fitter: fitter, maxLines: 0)
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
