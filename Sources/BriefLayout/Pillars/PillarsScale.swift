// The pillar diagram's size ladder: type sizes and grid spacing from "slide-sized" down to the style's minimum.

import BriefModel

/// Type sizes and spacing of the pillar diagram at one scale factor (1 = the style's own sizes).
///
/// Every size moves with the one factor, so the type hierarchy stays intact as the diagram
/// grows on a slide or shrinks to fit; no size ever goes below the style's minimum.
struct PillarsScale: Hashable {
    var factor: Double
    /// The roof (partnership name).
    var roof: Double
    /// Column titles, before the common-size fitting of `PillarsColumnSet`.
    var heading: Double
    /// Items, outcome titles and foundation text.
    var body: Double
    /// Kind tags, party names and "+N more".
    var small: Double
    /// The style's minimum text size.
    var minimum: Double
    /// The spacing grid step.
    var unit: Double

    init(style: Style, factor: Double) {
        let minimum = style.sizes.minimum
        func size(_ base: Double) -> Double { max(minimum, (base * factor * 2).rounded() / 2) }
        self.factor = factor
        // The roof costs one line of height: below the style's sizes it gives ground more slowly.
        roof = max(minimum, (style.sizes.title * (factor < 1 ? factor.squareRoot() : factor) * 2).rounded() / 2)
        heading = size(style.sizes.heading)
        body = size(style.sizes.body)
        small = size(style.sizes.small)
        self.minimum = minimum
        unit = style.spacing.unit
    }

    /// `units` grid steps at this scale, snapped to the grid and never under one step.
    func space(_ units: Double) -> Double {
        max(unit, (units * factor).rounded() * unit)
    }

    /// A small optical gap (tag to title, bullet to text): half a grid step, scaled, on the half-grid.
    var halfStep: Double { max(unit / 2, (factor).rounded() * unit / 2) }

    /// The largest factor worth trying for a canvas `width` wide: slides get larger type, A4 blocks the style's own.
    static func topFactor(width: Double) -> Double {
        min(2, max(1, width / 800))
    }

    /// Scales from `top` down to where every size has reached the minimum, largest first.
    static func ladder(style: Style, top: Double) -> [PillarsScale] {
        let largest = max(style.sizes.title, style.sizes.heading, style.sizes.body, style.sizes.small)
        let bottom = min(1, style.sizes.minimum / max(largest, 1e-9))
        var out: [PillarsScale] = []
        var step = 0
        while true {
            let f = top - Double(step) * 0.05
            if f <= bottom + 1e-9 { break }
            out.append(PillarsScale(style: style, factor: f))
            step += 1
        }
        out.append(PillarsScale(style: style, factor: bottom))
        return out
    }
}

/// Grid rounding used by the pillar diagram.
enum PillarsGrid {
    /// `value` rounded up to a multiple of `unit`.
    static func ceil(_ value: Double, _ unit: Double) -> Double {
        guard unit > 0 else { return value }
        return (value / unit - 1e-9).rounded(.up) * unit
    }

    /// `value` rounded down to a multiple of `unit`.
    static func floor(_ value: Double, _ unit: Double) -> Double {
        guard unit > 0 else { return value }
        return (value / unit + 1e-9).rounded(.down) * unit
    }
}
