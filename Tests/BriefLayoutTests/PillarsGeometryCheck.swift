// The pillar diagram's geometric promises, asserted on a finished scene.

import BriefModel
import BriefScene
import Testing

/// Asserts the temple's structure on `scene`: equal columns, even gutters, roof and architraves spanning
/// their tiers exactly, one title size, shared title baselines, and every text inside its region with
/// at least one grid step of padding. `label` names the case in failure messages.
func checkPillarsGeometry(_ scene: Scene, style: Style = .standard, label: String,
                          sourceLocation: SourceLocation = #_sourceLocation) {
    let r = PillarsSceneReader(scene: scene)
    let pad = style.spacing.unit - 0.01
    let tiers = r.tiers
    let columns = r.rects("column")
    guard let first = columns.first, !tiers.isEmpty else {
        Issue.record("\(label): no columns", sourceLocation: sourceLocation)
        return
    }
    func expect(_ ok: Bool, _ what: @autoclosure () -> String) {
        if !ok { Issue.record("\(label): \(what())", sourceLocation: sourceLocation) }
    }
    func near(_ a: Double, _ b: Double, _ tolerance: Double = 0.01) -> Bool { PillarsFixtures.near(a, b, tolerance) }

    // Equal widths everywhere; equal heights and tops within a tier; one gutter for all tiers.
    for c in columns { expect(near(c.width, first.width), "column width \(c.width) ≠ \(first.width)") }
    var gutters: [Double] = []
    for tier in tiers {
        for c in tier {
            expect(near(c.height, tier[0].height), "column height \(c.height) ≠ \(tier[0].height) in a tier")
        }
        for (a, b) in zip(tier, tier.dropFirst()) { gutters.append(b.minX - a.maxX) }
    }
    if let g = gutters.first {
        expect(g >= style.spacing.unit - 0.01, "gutter \(g) under one grid step")
        for x in gutters { expect(near(x, g), "uneven gutters \(gutters)") }
    }
    // Tiers are centred on one axis and each stands on a tier at least as wide.
    let axis = (tiers[0].first!.minX + tiers[0].last!.maxX) / 2
    for (t, tier) in tiers.enumerated() {
        expect(near((tier.first!.minX + tier.last!.maxX) / 2, axis), "tier \(t) off the temple's axis")
        if t > 0 { expect(tier.count >= tiers[t - 1].count, "tier \(t) narrower than the tier above") }
    }

    // The roof's base runs exactly from the top tier's first column to its last; it is convex and
    // symmetric, and every roof text lies inside it with a grid step to spare.
    let roof = r.roofPoints
    expect(roof.count >= 3, "roof has no outline: \(roof)")
    if let foot = roof.first, let end = roof.last, roof.count >= 3 {
        expect(near(foot.x, tiers[0].first!.minX), "roof starts at \(foot.x), columns at \(tiers[0].first!.minX)")
        expect(near(end.x, tiers[0].last!.maxX), "roof ends at \(end.x), columns at \(tiers[0].last!.maxX)")
        expect(near(foot.y, end.y) && roof.allSatisfy { $0.y <= foot.y + 0.01 }, "roof does not stand level on its base")
        let axis = (foot.x + end.x) / 2
        for (a, b) in zip(roof, roof.reversed()) {
            expect(near(a.x - axis, axis - b.x) && near(a.y, b.y), "roof is not symmetric: \(roof)")
        }
        // A roof, not a lampshade: no slope steeper than 55° (vertical eaves aside).
        for (a, b) in zip(roof, roof.dropFirst()) where abs(b.x - a.x) > 0.01 {
            expect(abs(b.y - a.y) / abs(b.x - a.x) <= 1.43, "roof slope \(a) → \(b) steeper than 55°")
        }
        let top = roof.map(\.y).min()!
        for t in r.texts("roof-title") + r.texts("party") {
            expect(t.box.minY >= top + pad && t.box.maxY <= foot.y - pad, "roof text \"\(t.text)\" too close to the roof's edge")
            for y in [t.box.minY, t.box.maxY] {
                let span = PillarsSceneReader.span(of: roof, at: y)
                expect(t.box.minX >= span.lowerBound + pad && t.box.maxX <= span.upperBound - pad,
                       "roof text \"\(t.text)\" \(t.box.debugText) outside the pediment at y \(y)")
            }
        }
    }
    // One architrave per tier, spanning it exactly, above it.
    let architraves = r.rects("architrave").sorted { $0.minY < $1.minY }
    expect(architraves.count == tiers.count, "\(architraves.count) architraves for \(tiers.count) tiers")
    for (a, tier) in zip(architraves, tiers) {
        expect(near(a.minX, tier.first!.minX) && near(a.maxX, tier.last!.maxX), "architrave \(a.debugText) does not span its tier")
        expect(a.maxY <= tier[0].minY + 0.01, "architrave below its tier")
    }

    // Capitals: one per column, flush with its top, one height for all.
    let capitals = r.rects("capital")
    expect(capitals.count == columns.count, "\(capitals.count) capitals for \(columns.count) columns")
    for c in capitals {
        expect(near(c.height, capitals[0].height), "capital heights differ")
        expect(columns.contains { near($0.minX, c.minX) && near($0.minY, c.minY) && near($0.width, c.width) },
               "capital \(c.debugText) not on a column")
    }
    // Titles: one size, inside their capital, sharing the capital's bottom line (so their baselines align).
    let titles = r.texts("column-title")
    expect(titles.count == columns.count, "\(titles.count) titles for \(columns.count) columns")
    let sizes = Set(titles.map(\.font.size))
    expect(sizes.count == 1, "column titles in \(sizes.count) sizes: \(sizes.sorted())")
    var bottomGaps: [Double] = []
    for t in titles where t.box.width > 0 {
        guard let cap = capitals.first(where: { $0.contains(t.box) }) else {
            expect(false, "title \"\(t.text)\" \(t.box.debugText) outside every capital"); continue
        }
        expect(t.box.minX >= cap.minX + pad && t.box.maxX <= cap.maxX - pad && t.box.minY >= cap.minY + pad
               && t.box.maxY <= cap.maxY - pad, "title \"\(t.text)\" touches its capital's edge")
        bottomGaps.append(cap.maxY - t.box.maxY)
    }
    if let g = bottomGaps.first {
        for x in bottomGaps { expect(near(x, g), "titles do not share a baseline: gaps to the band's bottom \(bottomGaps)") }
    }
    // Column content: inside a column, under its capital, padded from the panel's edges.
    for role in ["item", "outcome", "outcome-kind", "more"] {
        for t in r.texts(role) where t.box.width > 0 {
            guard let c = columns.first(where: { $0.contains(t.box) }) else {
                expect(false, "\(role) \"\(t.text)\" \(t.box.debugText) outside every column"); continue
            }
            let cap = capitals.first { near($0.minX, c.minX) && near($0.minY, c.minY) }
            expect(t.box.minX >= c.minX + pad && t.box.maxX <= c.maxX - pad && t.box.maxY <= c.maxY - pad
                   && t.box.minY >= (cap?.maxY ?? c.minY) + pad, "\(role) \"\(t.text)\" touches its column's edge")
        }
    }
    // Foundation: stacked steps under the bottom tier, each wider than the one above, texts inside.
    let steps = r.rects("foundation").sorted { $0.minY < $1.minY }
    expect(!steps.isEmpty, "no foundation")
    if let top = steps.first, let bottomTier = tiers.last {
        expect(near(top.minY, bottomTier[0].maxY), "the columns do not stand on the foundation")
        expect(top.minX < bottomTier.first!.minX && top.maxX > bottomTier.last!.maxX, "top step narrower than the columns")
        for (a, b) in zip(steps, steps.dropFirst()) {
            expect(near(a.maxY, b.minY) && b.width > a.width && near(a.midX, b.midX), "steps are not a stair")
        }
    }
    for t in r.texts("foundation-text") {
        expect(steps.contains { $0.insetBy(dx: pad, dy: pad).contains(t.box) }, "step text \"\(t.text)\" outside its step")
    }
}
