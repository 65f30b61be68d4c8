// The page composer: fits each arrangement the template allows and keeps the one that shows the most.

import BriefModel
import BriefScene

/// One way of setting the template's blocks on the page.
struct ReportArrangement: Hashable {
    /// Where each of the plan's blocks goes (indices as in `ReportPlan.blocks`).
    var placements: [ReportPlacement]
    /// The outcomes that name a pillar column stand under it in the temple (as `briefkit pillars` draws
    /// them); the outcomes list keeps the others, and is left out when none are left.
    var outcomesUnderPillars = false
    /// The two columns of each split row are evened out before anything is measured for cutting.
    var balanced = false

    /// `placements` with a column left empty giving its row to the other column's blocks (a one-column
    /// template sets every block across).
    static func normalized(_ placements: [ReportPlacement], columns: Int) -> [ReportPlacement] {
        guard columns >= 2 else { return placements.map { _ in .full } }
        var drawn = placements
        for row in ReportRow.rows(drawn) {
            if case .split(let l, let r) = row, l.isEmpty || r.isEmpty {
                for i in l + r { drawn[i] = .full }
            }
        }
        return drawn
    }

    /// The arrangements worth fitting for `plan`: the template's own first, then each block moved to one
    /// of its other regions, and each of those with the outcomes under their pillars.
    static func candidates(_ plan: ReportPlan) -> [ReportArrangement] {
        let columns = plan.template.columns
        let base = normalized(plan.blocks.map(\.placement), columns: columns)
        var placements = [base]
        if columns >= 2 {
            for (i, block) in plan.blocks.enumerated() {
                for region in block.regions where region != base[i] {
                    var moved = base
                    moved[i] = region
                    placements.append(normalized(moved, columns: columns))
                }
            }
        }
        var seen = Set<[ReportPlacement]>()
        var found: [ReportArrangement] = []
        for p in placements where seen.insert(p).inserted { found.append(ReportArrangement(placements: p)) }
        if plan.hasOutcomesUnderPillars {
            for base in found {
                // With the outcomes list gone, a column it leaves empty gives its row to the other's blocks.
                var merged = ReportArrangement(placements: base.placements, outcomesUnderPillars: true)
                let shown = plan.shown(merged)
                for (i, p) in zip(shown, normalized(shown.map { merged.placements[$0] }, columns: columns)) {
                    merged.placements[i] = p
                }
                if !found.contains(merged) { found.append(merged) }
            }
        }
        return found
    }

    /// The same arrangement with its columns evened out, when it has a column of two blocks or more.
    var evenedOut: ReportArrangement? {
        guard !balanced, ReportRow.rows(placements).contains(where: {
            if case .split(let l, let r) = $0 { return l.count > 1 || r.count > 1 }
            return false
        }) else { return nil }
        var a = self
        a.balanced = true
        return a
    }
}

/// How good a fitted page is, compared in the order the composer decides: nothing cut that could fit,
/// then the least shrinking of type, then the least empty space, then balanced columns.
struct ReportScore {
    /// The pieces of content the blocks do not show, summed.
    var loss: Double
    /// The body type size the page is set in.
    var bodySize: Double
    /// The largest empty rectangle of the body (between header and footer), as a share of it.
    var empty: Double
    /// Height by which the columns of split rows differ, summed.
    var imbalance: Double

    /// How many pieces more than `least` a page may cut and still count as cutting as little: on a page
    /// that must cut, one piece (or a tenth) more is not worth a page set smaller or left partly white.
    static func slack(_ least: Double) -> Double { least > 0 ? max(1, least * 0.1) : 0 }

    /// True when this page is clearly better than `other` once both cut as little (see `slack`): larger
    /// type, then less empty space, then more even columns. Ties keep `other`.
    func isBetter(than other: ReportScore) -> Bool {
        if abs(bodySize - other.bodySize) > 0.01 { return bodySize > other.bodySize }
        if abs(empty - other.empty) > 0.02 { return empty < other.empty }
        return imbalance < other.imbalance - 12
    }

    /// The best of `scores`: among those cutting as little as the least, the first not beaten by another.
    static func best(_ scores: [ReportScore]) -> Int? {
        guard let least = scores.map(\.loss).min() else { return nil }
        var best: Int?
        for (i, s) in scores.enumerated() where s.loss <= least + slack(least) + 1e-9 {
            if let b = best, !s.isBetter(than: scores[b]) { continue }
            best = i
        }
        return best
    }

    /// The largest axis-aligned rectangle of `area` that meets none of `boxes`, as a share of `area`.
    /// Its sides lie on the boxes' and the area's edges, so trying every such pair of x and y edges finds it.
    static func largestEmptyShare(_ boxes: [Rect], in area: Rect) -> Double {
        guard area.width > 0, area.height > 0 else { return 0 }
        let inside = boxes.filter { $0.width > 0 && $0.height > 0 }
        func edges(_ values: [Double], _ lo: Double, _ hi: Double) -> [Double] {
            Array(Set((values + [lo, hi]).map { min(hi, max(lo, $0)) })).sorted()
        }
        let xs = edges(inside.flatMap { [$0.minX, $0.maxX] }, area.minX, area.maxX)
        let ys = edges(inside.flatMap { [$0.minY, $0.maxY] }, area.minY, area.maxY)
        var best = 0.0
        for (a, x0) in xs.enumerated() {
            for x1 in xs[(a + 1)...] {
                let spanning = inside.filter { $0.minX < x1 - 1e-6 && $0.maxX > x0 + 1e-6 }
                for (b, y0) in ys.enumerated() {
                    let width = x1 - x0
                    for y1 in ys[(b + 1)...] {
                        guard width * (y1 - y0) > best else { continue }
                        if spanning.contains(where: { $0.minY < y1 - 1e-6 && $0.maxY > y0 + 1e-6 }) { break }
                        best = width * (y1 - y0)
                    }
                }
            }
        }
        return best / (area.width * area.height)
    }
}

/// A page body fitted in one arrangement.
struct ReportFit {
    var arrangement: ReportArrangement
    var body: ReportBody
    /// The ladder level the page's type comes from.
    var level: Int
    /// True when the smallest type overflowed the page (content had to be cut).
    var overflowed: Bool
    var score: ReportScore

    /// True when no other arrangement can do better in a way that matters: nothing cut, the style's own
    /// type, and no empty rectangle of 6% of the body or more.
    var isComplete: Bool { score.loss < 1e-6 && level < ReportLevel.fullTypeLevels && score.empty < 0.06 }
}

/// Fits the plan's blocks to the page in each arrangement the template allows and keeps the best. Drafts
/// (the measured blocks) are shared between arrangements that give a block the same width at the same
/// type level, so an arrangement costs little more than its own new measurements.
struct ReportComposer {
    let plan: ReportPlan
    let measurer: any TextMeasurer
    let language: Language
    let ladder: [ReportLevel]
    /// The body's room between the title band and the footer.
    let available: Double
    let gap: Double
    /// Where the body starts: its top-left corner and its width.
    let origin: Point
    let contentWidth: Double
    private let cache = DraftCache()

    init(plan: ReportPlan, style: Style, measurer: any TextMeasurer, language: Language, available: Double,
         origin: Point, contentWidth: Double) {
        self.plan = plan; self.measurer = measurer; self.language = language
        self.ladder = ReportLevel.ladder(style)
        self.available = available; self.gap = plan.template.gap
        self.origin = origin; self.contentWidth = contentWidth
    }

    /// The best page (`ReportScore.best`), the template's own arrangement first so that it wins ties. The
    /// others are fitted whole only when their content at the smallest type overflows the page by little
    /// more than the least overflowing does (`overflow`): an arrangement that must cut clearly more costs
    /// one measurement with drafts the arrangements share. A page whose content would fill two at the
    /// smallest type is cut whatever its arrangement, and keeps the template's.
    func compose() -> ReportFit {
        let candidates = ReportArrangement.candidates(plan)
        var fits: [ReportFit] = []
        func add(_ arrangement: ReportArrangement) -> Bool {
            let first = fit(arrangement)
            fits.append(first)
            if first.isComplete { return true }
            // A page that overflows at the smallest type has its columns evened out anyway.
            if !first.overflowed, let evened = arrangement.evenedOut {
                fits.append(fit(evened))
                if fits.last!.isComplete { return true }
            }
            return false
        }
        var best: ReportFit { fits[ReportScore.best(fits.map(\.score)) ?? 0] }
        guard !add(candidates[0]), candidates.count > 1 else { return best }
        let own = overflow(candidates[0])
        if own < available {
            // Outcomes can stand under pillars only where the temple shows its items without them.
            let pillarsWhole = fits[0].body.drafts.contains { $0.block.kind == .pillars && $0.lost == 0 }
            let others = candidates.dropFirst().filter { pillarsWhole || !$0.outcomesUnderPillars }
            let overflows = others.map(overflow)
            let least = min(own, overflows.min() ?? own)
            let slack = max(plan.template.gap, least * 0.1)
            for (arrangement, over) in zip(others, overflows) where over <= least + slack {
                if add(arrangement) { break }
            }
        }
        return best
    }

    /// How far `arrangement`'s content at the smallest type, its columns evened out, overflows the page
    /// (0 when it fits): what it has to cut, measured with drafts the arrangements share. A block whose
    /// height is costly to know counts with its lower bound (the same block, and bound, in every
    /// arrangement that gives it the same width).
    func overflow(_ arrangement: ReportArrangement) -> Double {
        guard !ladder.isEmpty else { return 0 }
        let blocks = plan.shown(arrangement), last = ladder.count - 1
        let drafts = blocks.map { draft($0, level: last, arrangement, rough: true) }
        let heights = drafts.map { $0.heightBound ?? $0.height }
        let rows = ReportRow.balanced(ReportRow.rows(blocks.map { arrangement.placements[$0] }),
                                      height: { heights[$0] }, gap: gap)
        return max(0, ReportBody(drafts: drafts, rows: rows, gap: gap).height(heights) - available)
    }

    /// Where the block of each draft goes in `body`, from the body's top-left.
    func frames(_ body: ReportBody) -> [(index: Int, frame: Rect)] {
        body.frames(top: origin.y, left: origin.x, contentWidth: contentWidth,
                    columnWidth: plan.columnWidth, gutter: plan.template.gutter)
    }

    /// The page body in `arrangement`: the first rung of the ladder (largest type, fullest diagrams) whose
    /// body fits; if none does, the smallest type's cuts taken at the largest level where cutting the same
    /// shares also fits; then room left over given back.
    func fit(_ arrangement: ReportArrangement) -> ReportFit {
        let blocks = plan.shown(arrangement)
        var rows = ReportRow.rows(blocks.map { arrangement.placements[$0] })
        var bodies: [Int: ReportBody] = [:]
        func rung(_ i: Int) -> ReportBody {
            if let known = bodies[i] { return known }
            let b = ReportBody(drafts: blocks.map { draft($0, level: i, arrangement) }, rows: rows, gap: gap)
            bodies[i] = b
            return b
        }
        var level = ladder.count - 1, overflowing = false
        var fitted = ReportBody(drafts: [], rows: [], gap: gap)
        if !ladder.isEmpty {
            // Columns evened out before anything is cut: by the smallest type's heights on a page that
            // overflows even there, by the fullest's when the arrangement asks.
            overflowing = rung(ladder.count - 1).overflows(available)
            if overflowing || arrangement.balanced {
                let by = rung(overflowing ? ladder.count - 1 : 0)
                let balanced = ReportRow.balanced(rows, height: { by.drafts[$0].height }, gap: gap)
                if balanced != rows {
                    rows = balanced
                    bodies = bodies.mapValues { ReportBody(drafts: $0.drafts, rows: balanced, gap: gap) }
                }
            }
            var lo = 0, hi = ladder.count - 1
            if !rung(hi).overflows(available) {
                // Heights only shrink down the ladder, so a binary search finds the first rung that fits.
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if !rung(mid).overflows(available) { hi = mid } else { lo = mid + 1 }
                }
                fitted = rung(lo)
                level = lo
            } else {
                // Even the smallest type overflows, so content is cut there. Having cut, the type need not
                // stay that small: take the largest level at which cutting the same shares also fits.
                fitted = rung(hi)
                fitted.cut(toFit: available)
                let losses = fitted.drafts.map(\.loss)
                func alike(_ i: Int) -> ReportBody? {
                    var b = rung(i)
                    b.cut(toLoss: losses)
                    b.shrinkLosslessly(toFit: available)
                    return b.overflows(available) ? nil : b
                }
                // From the first level of the style's full type with the diagrams least tall: a page that
                // cuts content gives its room to type before diagram height.
                lo = min(hi - 1, ReportLevel.fullTypeLevels - 1); hi -= 1
                while lo <= hi {
                    let mid = (lo + hi) / 2
                    if let b = alike(mid) { fitted = b; level = mid; hi = mid - 1 } else { lo = mid + 1 }
                }
            }
        }
        fitted.cut(toFit: available)
        // Room left over goes first to content a block had cut, then to showing blocks larger or fuller: lists
        // (a group's heading repeated atop a column) before diagrams, higher priority first.
        let growing = fitted.drafts.indices.sorted {
            (fitted.drafts[$0].isDiagram ? 1 : 0, -fitted.drafts[$0].block.priority, $0)
                < (fitted.drafts[$1].isDiagram ? 1 : 0, -fitted.drafts[$1].block.priority, $1)
        }
        for restoring in [true, false] {
            for i in growing {
                var d = fitted.drafts[i]
                _ = d.grow(into: max(0, available - fitted.height), restoring: restoring)
                fitted.drafts[i] = d
            }
        }
        if fitted.overflows(available) { fitted.cut(toFit: available) }
        return ReportFit(arrangement: arrangement, body: fitted, level: level, overflowed: overflowing,
                         score: score(fitted, level: level))
    }

    private func score(_ body: ReportBody, level: Int) -> ReportScore {
        let boxes = frames(body).map(\.frame)
        let area = Rect(x: origin.x, y: origin.y, width: contentWidth, height: available)
        let imbalance = body.rows.reduce(0.0) { sum, row in
            guard case .split(let l, let r) = row else { return sum }
            return sum + abs(body.stackHeight(l) - body.stackHeight(r))
        }
        return ReportScore(loss: Double(body.drafts.map(\.lost).reduce(0, +)),
                           bodySize: ladder.isEmpty ? 0 : ladder[max(0, level)].style.sizes.body,
                           empty: ReportScore.largestEmptyShare(boxes, in: area), imbalance: imbalance)
    }

    /// The draft of plan block `index` at ladder level `level` in `arrangement`, measured once per width;
    /// `rough` for an estimate (see `ReportPlan.draft`).
    private func draft(_ index: Int, level: Int, _ arrangement: ReportArrangement, rough: Bool = false) -> any ReportBlockDraft {
        let width = plan.width(arrangement.placements[index])
        // Only the outcomes and the temple differ with the outcomes under the pillars.
        let kind = plan.blocks[index].kind
        let key = DraftCache.Key(block: index, level: level, width: width,
                                 outcomesUnderPillars: arrangement.outcomesUnderPillars && (kind == .outcomes || kind == .pillars),
                                 rough: rough && kind.maker?.hasRoughDraft == true)
        if let known = cache.drafts[key] { return known }
        let kit = ReportKit(style: ladder[level].style, measurer: measurer, language: language)
        let made = plan.draft(index, kit: kit, factor: ladder[level].diagramFactor, width: width,
                              outcomesUnderPillars: arrangement.outcomesUnderPillars, rough: key.rough)
        cache.drafts[key] = made
        return made
    }

    /// Drafts measured so far. A class so that the composer's fits share it.
    private final class DraftCache {
        struct Key: Hashable {
            var block: Int
            var level: Int
            var width: Double
            var outcomesUnderPillars: Bool
            var rough: Bool
        }
        var drafts: [Key: any ReportBlockDraft] = [:]
    }
}
