// The pillar diagram's horizontal geometry: tiers, equal column widths, even gutters, stepped base widths.

/// Where the columns go across the canvas for one arrangement (number of tiers) at one scale.
///
/// Columns keep their order, left to right and then tier by tier from the top. When the count does
/// not divide evenly the lower tiers get the extra column, so every tier is at most as wide as the one
/// below it and stands on it, like a storey. All columns in all tiers have one width and one gutter.
struct PillarsFrame {
    /// Column indices of each tier, top tier first.
    var tiers: [Range<Int>]
    var columnWidth: Double
    var gutter: Double
    /// Inner horizontal padding of a column.
    var padding: Double
    /// How far each foundation step reaches beyond the one above it, on each side.
    var stepOut: Double
    /// The vertical axis the whole temple is centred on.
    var centerX: Double

    /// The width column text is wrapped to.
    var textWidth: Double { max(0, columnWidth - 2 * padding) }

    /// Lays `count` columns out in `tierCount` tiers inside `contentWidth`, centred on `centerX`,
    /// leaving room for `steps` foundation steps that each reach out by one step width.
    init(count: Int, tierCount: Int, contentWidth: Double, centerX: Double, steps: Int, scale: PillarsScale) {
        let tierCount = max(1, min(tierCount, count))
        let base = count / tierCount, extra = count % tierCount
        var tiers: [Range<Int>] = []
        var start = 0
        for t in 0..<tierCount {
            let n = base + (t >= tierCount - extra ? 1 : 0)
            tiers.append(start..<(start + n))
            start += n
        }
        self.tiers = tiers
        let widest = Double(tiers.map(\.count).max() ?? 1)
        let stepCount = Double(max(1, steps))
        // Up to three steps reach out a full step each; a longer stair keeps the same total reach.
        stepOut = scale.space(2) * min(1, 3 / stepCount)
        let maxSpan = max(0, contentWidth - 2 * stepCount * stepOut)
        let roughColumn = maxSpan / widest
        gutter = min(scale.space(6), max(scale.unit, PillarsGrid.floor(0.16 * roughColumn, scale.unit)))
        let fitted = max(0, (maxSpan - (widest - 1) * gutter) / widest)
        // Few columns on a wide canvas stay column-shaped instead of turning into slabs.
        columnWidth = min(fitted, 240 * max(1, scale.factor))
        // Narrow columns keep one grid step of padding; wider ones up to two.
        padding = min(scale.space(2), max(scale.unit, PillarsGrid.floor(0.1 * columnWidth, scale.unit)))
        self.centerX = centerX
    }

    /// Number of columns in the widest tier.
    var widestTier: Int { tiers.map(\.count).max() ?? 0 }

    /// The width of tier `t` from its first column's left edge to its last column's right edge.
    func span(ofTier t: Int) -> Double {
        let n = Double(tiers[t].count)
        return n * columnWidth + max(0, n - 1) * gutter
    }

    /// The left edge of tier `t`.
    func left(ofTier t: Int) -> Double { centerX - span(ofTier: t) / 2 }

    /// The tier that holds column `index`, and its position in that tier.
    func place(of index: Int) -> (tier: Int, position: Int) {
        for (t, r) in tiers.enumerated() where r.contains(index) { return (t, index - r.lowerBound) }
        return (0, 0)
    }

    /// The left edge of column `index`.
    func columnX(_ index: Int) -> Double {
        let (t, p) = place(of: index)
        return left(ofTier: t) + Double(p) * (columnWidth + gutter)
    }

    /// The width of the bottom tier: what the foundation's top step stands under.
    var baseSpan: Double { span(ofTier: tiers.count - 1) }
}
