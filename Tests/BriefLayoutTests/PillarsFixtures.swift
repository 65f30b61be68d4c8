// Pillar diagram fixtures and scene-reading helpers shared by the pillar tests.

import BriefLayout
import BriefModel
import BriefScene

enum PillarsFixtures {
    static let roof = "Comprehensive Strategic Partnership"
    static let foundation = ["Mutual respect and mutual benefit", "UKVFTA · CPTPP", "International law · UNCLOS 1982"]

    /// The Việt Nam–UK partnership of October 2025, with 1–3 short items per pillar.
    static let vietnamUK = Pillars(roof: roof, columns: [
        PillarColumn(name: "Politics & diplomacy", items: ["Annual leaders' meetings", "Strategic dialogue"]),
        PillarColumn(name: "Defence & security", items: ["Maritime security", "Defence industry links"]),
        PillarColumn(name: "Science, technology & digital transformation",
                     items: ["AI and semiconductors", "Digital government", "Cybersecurity"]),
        PillarColumn(name: "Finance & banking", items: ["London listings of Vietnamese firms"]),
        PillarColumn(name: "Education & training", items: ["UK campuses in Việt Nam", "English teaching"]),
        PillarColumn(name: "Environment & climate change response", items: ["JETP energy transition"]),
        PillarColumn(name: "Culture", items: ["Creative industries"]),
        PillarColumn(name: "People-to-people exchange", items: ["Visa facilitation", "Tourism"]),
    ], foundation: foundation)

    static let outcomes = [
        Outcome(title: "Joint Statement on the Comprehensive Strategic Partnership", kind: .statement,
                pillar: "Politics & diplomacy"),
        Outcome(title: "MoU on combating international fraud", kind: .mou,
                parties: ["Ministry of Public Security", "Home Office"], pillar: "Defence & security"),
        Outcome(title: "Action Plan 2025–2030", kind: .plan, pillar: "Politics & diplomacy"),
        Outcome(title: "Green finance agreement", kind: .agreement, pillar: "Finance & banking"),
        Outcome(title: "Net zero by 2050", kind: .commitment, pillar: "Environment & climate change response"),
    ]

    static let parties = [Party(name: "Việt Nam", color: Color(hex: "#DA251D")),
                          Party(name: "United Kingdom", color: Color(hex: "#012169"))]

    static let names = ["Politics & diplomacy", "Defence & security", "Science, technology & digital transformation",
                        "Finance & banking", "Education & training", "Environment & climate change response",
                        "Culture", "People-to-people exchange", "Health", "Labour & migration",
                        "Agriculture", "Transport & logistics", "Energy", "Tourism"]

    /// `n` realistic pillars with `items` items each.
    static func columns(_ n: Int, items: Int = 2) -> Pillars {
        let cols = (0..<n).map { i in
            PillarColumn(name: names[i % names.count] + (i >= names.count ? " \(i)" : ""),
                         items: (0..<items).map { j in ["Regular dialogue", "Joint working group", "Exchanges",
                                                        "Training programmes", "Research cooperation"][(i + j) % 5] })
        }
        return Pillars(roof: roof, columns: cols, foundation: foundation)
    }

    /// True when `a` and `b` differ by at most `tolerance`.
    static func near(_ a: Double, _ b: Double, _ tolerance: Double = 0.01) -> Bool { abs(a - b) <= tolerance }

    /// The canvases the diagram must look right on: two slides and an A4 page block.
    static let canvases = [Size(width: 1600, height: 900), Size(width: 960, height: 540),
                           Size(width: 515, height: 360)]
}

/// Reading a pillar scene back by role.
struct PillarsSceneReader {
    let scene: Scene

    func texts(_ role: String) -> [TextElement] { scene.texts.filter { $0.role == role } }

    func rects(_ role: String) -> [Rect] {
        scene.elements.compactMap { if case .rect(let s) = $0, s.role == role { s.box } else { nil } }
    }

    var roofPoints: [Point] {
        for e in scene.elements {
            if case .path(let p) = e, p.role == "roof" {
                return p.commands.compactMap { c in
                    switch c {
                    case .move(let a), .line(let a): a
                    default: nil
                    }
                }
            }
        }
        return []
    }

    /// Where a horizontal line at `y` crosses the convex polygon `points`.
    static func span(of points: [Point], at y: Double) -> ClosedRange<Double> {
        var xs: [Double] = []
        for (a, b) in zip(points, points.dropFirst() + [points[0]]) {
            let (lo, hi) = (min(a.y, b.y), max(a.y, b.y))
            guard y >= lo - 1e-9, y <= hi + 1e-9 else { continue }
            if abs(b.y - a.y) < 1e-9 { xs += [a.x, b.x] } else { xs.append(a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y)) }
        }
        guard let lo = xs.min(), let hi = xs.max() else { return 0...0 }
        return lo...hi
    }

    /// Column panels grouped into tiers by their top edge, top tier first, each left to right.
    var tiers: [[Rect]] {
        let columns = rects("column")
        var groups: [Double: [Rect]] = [:]
        for c in columns { groups[(c.minY * 100).rounded() / 100, default: []].append(c) }
        return groups.keys.sorted().map { groups[$0]!.sorted { $0.minX < $1.minX } }
    }

    /// Problems other than announced elision: overlaps and anything outside the canvas.
    var layoutProblems: [SceneProblem] { scene.audit().filter { $0.kind != .elided } }
}
