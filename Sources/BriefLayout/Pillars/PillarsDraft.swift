// One complete measured candidate of the pillar diagram: frame, roof, columns and foundation at one scale.

import BriefModel

/// Everything measured for one arrangement at one scale, with the vertical rhythm that stacks it.
///
/// From the top: roof, entablature (gap, architrave, gap), the top tier of columns, between tiers
/// another entablature spanning the tier below, then the foundation steps.
struct PillarsDraft {
    var frame: PillarsFrame
    var scale: PillarsScale
    var roof: PillarsRoof
    var columns: PillarsColumnSet
    var foundation: PillarsFoundation
    /// Height of the column bodies below their capitals, one per tier: equal within a tier, so a
    /// short-listed storey does not stand as tall as a crowded one.
    var bodyHeights: [Double]
    /// Thickness of an architrave bar and the gap on each side of it.
    var architrave: Double
    var architraveGap: Double

    var tierCount: Int { frame.tiers.count }
    var entablature: Double { 2 * architraveGap + architrave }
    /// Height of the columns in tier `t`.
    func columnHeight(ofTier t: Int) -> Double { columns.capitalHeight + bodyHeights[t] }

    /// Total height from the roof's top to the foundation's bottom.
    var height: Double { fixedHeight + bodyHeights.reduce(0, +) }

    /// Height of everything except the column bodies.
    var fixedHeight: Double {
        let t = Double(tierCount)
        return roof.height + t * (entablature + columns.capitalHeight) + foundation.height
    }

    /// The natural body height of each tier.
    var naturalBodyHeights: [Double] { frame.tiers.map { columns.bodyHeight(of: $0) } }

    /// Shares `room` points of body height among the tiers: the lowest tiers are raised first, so heights
    /// even out before they grow together. With less room than needed, the same rule decides who gives up.
    static func share(_ room: Double, needs: [Double]) -> [Double] {
        guard !needs.isEmpty else { return [] }
        let total = needs.reduce(0, +)
        // With room to spare, raise every tier to a common floor; without, cap them at a common ceiling.
        let spare = room >= total
        func sum(_ level: Double) -> Double {
            needs.reduce(0) { $0 + (spare ? max($1, level) : min($1, level)) }
        }
        var lo = 0.0, hi = max(room, needs.max() ?? 0)
        for _ in 0..<64 {
            let mid = (lo + hi) / 2
            if sum(mid) > room { hi = mid } else { lo = mid }
        }
        return needs.map { spare ? max($0, lo) : min($0, lo) }
    }

    /// Measures the whole diagram for `tierCount` tiers at `scale` inside `contentWidth`.
    static func measure(_ pillars: Pillars, inputs: [PillarsColumnInput], parties: [Party], tierCount: Int,
                        scale: PillarsScale, contentWidth: Double, centerX: Double, style: Style,
                        fitter: TextFitter) -> PillarsDraft {
        let frame = PillarsFrame(count: inputs.count, tierCount: tierCount, contentWidth: contentWidth,
                                 centerX: centerX, steps: pillars.foundation.count, scale: scale)
        let columns = PillarsColumnSet.measure(inputs, textWidth: frame.textWidth, scale: scale, style: style,
                                               fitter: fitter)
        // Four sizes in all: roof, column titles, body (items; the steps take the titles' size when that
        // is smaller than the style's body), small (kind tags and party names).
        let roof = PillarsRoof.measure(pillars.roof, parties: parties, partySize: columns.tagSize,
                                       base: frame.span(ofTier: 0), scale: scale, style: style, fitter: fitter)
        let foundation = PillarsFoundation.measure(pillars.foundation, size: columns.foundationSize,
                                                   span: frame.baseSpan, stepOut: frame.stepOut, scale: scale,
                                                   style: style, fitter: fitter)
        return PillarsDraft(frame: frame, scale: scale, roof: roof, columns: columns, foundation: foundation,
                            bodyHeights: frame.tiers.map { columns.bodyHeight(of: $0) },
                            architrave: max(1.5, (3 * scale.factor * 2).rounded() / 2),
                            architraveGap: scale.unit)
    }
}
