// Horizontal timeline: axis across the middle, labels as flags above and below, stacked in levels.

import BriefModel
import BriefScene

/// Where a label block went, and the leader that joins it to its marker.
struct PlacedLabel {
    var group: Int
    var block: LabelBlock
    var box: Rect
    var alignRight: Bool
    var leader: [Point]
}

struct HorizontalTimeline {
    let layout: TimelineLayout
    let timeline: Timeline
    let groups: [MarkerGroup]
    let size: Size
    let title: String?

    private var style: Style { layout.style }
    private var unit: Double { style.spacing.unit }

    func run() -> LayoutResult {
        var scene = Scene(width: size.width, height: size.height, background: style.colors.background)
        var notices: [String] = []
        let m = layout.margin(size)
        let contentWidth = max(1, size.width - 2 * m)
        let heading = layout.heading(title, timeline: timeline, margin: m, width: contentWidth)
        let top = heading.elements
        notices += heading.notices
        var y = heading.bottom
        let colors = layout.groupColors(timeline)

        // The date scale spans the content width, inset so markers stay inside.
        let markerD = style.spacing.marker
        let highlightD = markerD * 1.35
        let inset = highlightD / 2 + 2
        let domain = DateScale.domain(points: groups.map(\.day),
                                      spans: timeline.periods.map { ($0.start.start, ($0.end ?? $0.start).end) }
                                          + groups.map { ($0.date.start, $0.date.end) })
        let scale = DateScale(domainStart: domain.0, domainEnd: domain.1, rangeStart: m + inset,
                              rangeEnd: size.width - m - inset)

        // Period labels sit in rows above the plot; bands run from there down to the axis area.
        var periodRows: [[(Double, Double)]] = []
        var periodLabels: [(Int, TextElement)] = []
        let periodFont = style.font(style.sizes.small, .bold)
        for p in timeline.periods {
            guard let label = p.label, !label.isEmpty else { continue }
            let x0 = max(m, scale.position(p.start.start))
            let fitted = layout.fitter.fit(label, font: periodFont, width: contentWidth, maxLines: 1,
                                           minimum: style.sizes.minimum)
            if fitted.elided { notices.append("period label cut to fit: \(TextFitter.quoted(label))") }
            let x = min(x0 + unit, size.width - m - fitted.metrics.width)
            let span = (x, x + fitted.metrics.width)
            var row = periodRows.firstIndex { $0.allSatisfy { $0.1 + unit * 2 <= span.0 || span.1 + unit * 2 <= $0.0 } }
            if row == nil { periodRows.append([]); row = periodRows.count - 1 }
            periodRows[row!].append(span)
            let e = TextElement(role: "period-label", text: fitted.text, font: fitted.font, color: style.colors.muted,
                                topLeft: Point(x, 0), metrics: fitted.metrics, elided: fitted.elided)
            periodLabels.append((row!, e))
        }
        let bandTop = y
        if !periodRows.isEmpty {
            let rowH = (periodLabels.map(\.1.box.height).max() ?? 0) + unit
            y += unit
            for i in periodLabels.indices {
                let dy = y + Double(periodLabels[i].0) * rowH
                periodLabels[i].1.origin.y += dy
                periodLabels[i].1.box.y += dy
            }
            y += rowH * Double(periodRows.count) + unit
        }
        let plotTop = y

        // Tick labels below the axis, then the lower label area.
        let tickFont = style.font(style.sizes.small)
        let tickLine = layout.measurer.measure("0", font: tickFont).height
        let tickLen = unit
        let belowAxis = max(highlightD / 2, tickLen) + unit / 2
        let tickBand = belowAxis + tickLine
        let footH = tickLine + unit

        let precision = groups.map(\.date.precision).max() ?? .year
        let sameDay = TimelineLayout.allOnOneDay(timeline.events)
        let ticks = layout.chooseTicks(scale: scale, precision: precision, font: tickFont, gap: unit * 3,
                                       along: { scale.position($0.day) }, extent: { $0.width })
        let maxLabelWidth = min(max(96, size.width * 0.16), 220)

        // Try every size with notes, then without; at the minimum, drop what cannot be placed.
        let hasNotes = timeline.events.contains { $0.note != nil }
        let attempts = layout.labelAttempts(hasNotes: hasNotes)
        var attempt: (placed: [PlacedLabel], axisY: Double, dropped: [Int], footnote: Bool, notes: Bool)?
        for (i, a) in attempts.enumerated() {
            let last = i == attempts.count - 1
            let bottom = size.height - m - (last ? footH : 0)
            let axisY = axisPosition(plotTop: plotTop, bottom: bottom, tickBand: tickBand)
            // The order labels choose their places in decides what is left for the rest: flags that point
            // right stack best from the right, flags that point left from the left. Keep the cheapest result.
            let orders: [(order: [Int], preferRight: Bool)] =
                last ? [(TimelineLayout.priorityOrder(groups), true)] : placementOrders()
            var bestPlacement: (labels: [PlacedLabel], dropped: [Int], cost: Double)?
            // When labels must be dropped, a second pass lets highlighted dates choose first, used only
            // if the first pass dropped one of them (choosing first can crowd out their neighbours).
            for highlightFirst in last ? [false, true] : [false] {
                if highlightFirst, let b = bestPlacement, !b.dropped.contains(where: { groups[$0].highlight }) { break }
                for order in orders {
                    guard let p = place(order: order.order, preferRight: order.preferRight, size: a.size,
                                        notes: a.notes, inline: a.inline, highlightFirst: highlightFirst,
                                        scale: scale, axisY: axisY, plotTop: plotTop, bottom: bottom,
                                        tickBand: tickBand, ticks: ticks, tickFont: tickFont, belowAxis: belowAxis,
                                        maxLabelWidth: maxLabelWidth, sameDay: sameDay, dropping: last) else { continue }
                    if bestPlacement == nil || p.cost < bestPlacement!.cost || highlightFirst { bestPlacement = p }
                }
            }
            guard let placed = bestPlacement else { continue }
            attempt = (placed.labels, axisY, placed.dropped, last && !placed.dropped.isEmpty, a.notes)
            if a.size < style.sizes.body { notices.append("labels set at \(SceneNumber.format(a.size)) pt to fit") }
            break
        }
        guard let result = attempt else { return LayoutResult(scene: scene, notices: notices) }
        if hasNotes && !result.notes {
            notices.append("notes left out for lack of room")
        }
        let axisY = result.axisY

        // Paint order: bands, axis, ticks, leaders, markers, labels, headings.
        let plotBottom = size.height - m - (result.footnote ? footH : 0)
        for (i, p) in timeline.periods.enumerated() {
            let x0 = max(m, scale.position(p.start.start))
            let x1 = min(size.width - m, scale.position(p.end?.end ?? scale.domainEnd))
            guard x1 > x0 else { continue }
            scene.append(.rect(ShapeElement(role: "band", box: Rect(x: x0, y: bandTop, width: x1 - x0,
                                                                        height: plotBottom - bandTop),
                                            fill: TimelineLayout.bandColor(style, i))))
        }
        scene.append(.line(LineElement(role: "axis", points: [Point(m, axisY), Point(size.width - m, axisY)],
                                       stroke: Stroke(color: style.colors.axis, width: style.lines.axis))))
        var tickTexts: [Element] = []
        let leaderRects = result.placed.flatMap { HorizontalTimeline.segmentRects($0.leader) }
        for t in tickBoxes(ticks, scale: scale, axisY: axisY, belowAxis: belowAxis, font: tickFont)
        where !leaderRects.contains(where: { $0.overlaps(t.text.box) }) {
            scene.append(.line(LineElement(role: "tick", points: [Point(t.x, axisY), Point(t.x, axisY + tickLen)],
                                           stroke: Stroke(color: style.colors.axis, width: style.lines.tick))))
            tickTexts.append(.text(t.text))
        }
        let leaderStroke = Stroke(color: style.colors.axis, width: style.lines.leader)
        for p in result.placed {
            scene.append(.line(LineElement(role: "leader", points: p.leader, stroke: leaderStroke)))
        }
        let xs = groups.map { scale.position($0.day) }
        for g in groups.indices {
            let x = xs[g]
            let d = groups[g].highlight ? highlightD : markerD
            // A ring keeps neighbouring markers distinct; where markers pile up, rings would only erase them.
            let crowded = (g > 0 && x - xs[g - 1] < d * 0.6) || (g + 1 < xs.count && xs[g + 1] - x < d * 0.6)
            scene.append(.circle(ShapeElement(role: groups[g].highlight ? "marker-highlight" : "marker",
                                              box: Rect(x: x - d / 2, y: axisY - d / 2, width: d, height: d),
                                              fill: layout.markerColor(groups[g], colors),
                                              stroke: crowded ? nil : Stroke(color: style.colors.background, width: 1.25))))
        }
        for p in result.placed {
            for e in p.block.elements(at: Point(p.box.minX, p.box.minY), alignRight: p.alignRight) {
                scene.append(.text(e))
            }
        }
        scene.elements += tickTexts
        for (_, e) in periodLabels { scene.append(.text(e)) }
        scene.elements += top
        for e in scene.texts where e.elided && e.role == "label" {
            notices.append("label cut to fit: \(TextFitter.quoted(e.text))")
        }
        if !result.dropped.isEmpty {
            let n = result.dropped.count
            let events = result.dropped.map { groups[$0].events.count }.reduce(0, +)
            let text = "+\(events) more \(events == 1 ? "event" : "events") marked but not labelled (too dense)"
            let font = style.font(style.sizes.minimum)
            let metrics = layout.measurer.measure(text, font: font)
            scene.append(.text(TextElement(role: "more", text: text, font: font, color: style.colors.muted,
                                           topLeft: Point(size.width - m - metrics.width, size.height - m - metrics.height),
                                           metrics: metrics)))
            let names = result.dropped.prefix(5).flatMap { groups[$0].events.map(\.label) }
            notices.append("\(events) of \(timeline.events.count) events (\(n) dates) drawn as markers without labels: "
                           + names.prefix(5).joined(separator: ", ") + (events > 5 ? ", …" : ""))
        }
        return LayoutResult(scene: scene, notices: notices)
    }

    /// The axis sits where the space above and below it for labels is equal.
    private func axisPosition(plotTop: Double, bottom: Double, tickBand: Double) -> Double {
        let axisGap = style.spacing.marker * 0.7 + unit * 1.5
        return ((plotTop + bottom - tickBand + axisGap) / 2).rounded()
    }

    private struct TickBox { var x: Double; var text: TextElement }

    /// Tick labels centred under their ticks, dropping any that would leave the canvas.
    private func tickBoxes(_ ticks: [Tick], scale: DateScale, axisY: Double, belowAxis: Double,
                           font: FontSpec) -> [TickBox] {
        let m = layout.margin(size)
        return ticks.compactMap { t in
            let x = scale.position(t.day)
            let metrics = layout.measurer.measure(t.label, font: font)
            let left = x - metrics.width / 2
            guard left >= m - 0.01, left + metrics.width <= size.width - m + 0.01 else { return nil }
            return TickBox(x: x, text: TextElement(role: "tick-label", text: t.label, font: font,
                                                   color: style.colors.muted,
                                                   topLeft: Point(left, axisY + belowAxis), metrics: metrics))
        }
    }

    /// Places every label block, or returns nil when one does not fit (unless `dropping`, when labels
    /// that cannot be placed are left out, most important first: highlighted, then spread evenly in time).
    /// Orders to try for a full placement. Flags that point right stack into a stair when placed from the
    /// right (each new label rises over the ones it would cover), flags that point left when placed from the
    /// left; each with or without the highlighted dates first. Large timelines try just one.
    private func placementOrders() -> [(order: [Int], preferRight: Bool)] {
        let ascending = Array(groups.indices), descending = Array(ascending.reversed())
        if groups.count > 200 { return [(descending, true)] }
        var orders = [(descending, true), (ascending, false)]
        let highlighted = ascending.filter { groups[$0].highlight }
        // Up to 120 dates the global greedy decides the order itself: only the flag preference matters.
        if !highlighted.isEmpty && groups.count > 120 {
            orders += [(highlighted + descending.filter { !groups[$0].highlight }, true),
                       (highlighted + ascending.filter { !groups[$0].highlight }, false)]
        }
        return orders
    }

    private func place(order: [Int], preferRight: Bool, size s: Double, notes: Bool, inline: Bool,
                       highlightFirst: Bool, scale: DateScale,
                       axisY: Double,
                       plotTop: Double, bottom: Double, tickBand: Double, ticks: [Tick], tickFont: FontSpec,
                       belowAxis: Double, maxLabelWidth: Double, sameDay: Bool,
                       dropping: Bool) -> (labels: [PlacedLabel], dropped: [Int], cost: Double)? {
        let m = layout.margin(size)
        var index = ObstacleIndex(minX: 0, maxX: size.width)
        let markerD = style.spacing.marker
        let xs = groups.map { scale.position($0.day) }
        for g in groups.indices {
            let d = groups[g].highlight ? markerD * 1.35 : markerD
            index.insert(Rect(x: xs[g] - d / 2, y: axisY - d / 2, width: d, height: d), owner: g)
        }
        // Tick labels give way to leaders (a hidden year matters less than an unlabelled event), at a cost.
        // Large timelines keep their scale whole (hundreds of leaders would hide every tick label).
        var tickIndex = ObstacleIndex(minX: 0, maxX: size.width)
        for t in tickBoxes(ticks, scale: scale, axisY: axisY, belowAxis: belowAxis, font: tickFont) {
            if groups.count > 120 { index.insert(t.text.box) } else { tickIndex.insert(t.text.box) }
        }
        let axisGap = markerD * 0.7 + unit * 1.5
        let belowStart = axisY + tickBand + unit
        var placed: [PlacedLabel] = []
        var dropped: [Int] = []
        var unplaced = Set(order)
        var waiting = SortedPositions(order.map { xs[$0] })
        var previousAbove = false
        var totalCost = 0.0
        var blocks: [Int: LabelBlock] = [:]

        /// The cheapest place for group g now; a box over a marker still waiting for its label costs a lot,
        /// because that marker's leader could then never pass on this side.
        func best(_ g: Int, names: Int?) -> (PlacedLabel, Double, Bool)? {
            guard let block = blocks[g] else { return nil }
            var found: (PlacedLabel, Double, Bool)?
            for above in [true, false] {
                for anchor in anchors(width: block.width) {
                    guard let c = candidate(block: block, group: g, mx: xs[g], above: above, anchor: anchor,
                                            axisY: axisY, axisGap: axisGap, aboveLimit: plotTop,
                                            belowStart: belowStart, belowLimit: bottom, margin: m,
                                            index: index) else { continue }
                    // Distance from each side's first level, so both sides start equal.
                    let distance = above ? (axisY - axisGap) - c.box.maxY : c.box.minY - belowStart
                    let hidesTick = HorizontalTimeline.segmentRects(c.leader).contains { !tickIndex.isFree($0) }
                    // Whatever spans a marker (the box, or a bent leader running sideways) blocks that side for it.
                    let spanMin = min(c.box.minX, c.leader.map(\.x).min()!), spanMax = max(c.box.maxX, c.leader.map(\.x).max()!)
                    let covered = waiting.count(from: spanMin - unit, to: spanMax + unit) - (unplaced.contains(g) ? 1 : 0)
                    // On the second pass, highlighted dates choose first so they keep their labels.
                    let cost = distance + penalty(anchor, preferRight: preferRight) + (above == previousAbove ? 1 : 0)
                        + (hidesTick ? 40 : 0) + Double(covered) * 300
                        - (highlightFirst && groups[g].highlight ? 10_000 : 0)
                    if found == nil || cost < found!.1 { found = (c, cost, above) }
                }
            }
            return found
        }

        func commit(_ label: PlacedLabel, cost: Double, above: Bool) {
            let g = label.group
            unplaced.remove(g)
            waiting.remove(xs[g])
            totalCost += cost
            previousAbove = above
            index.insert(label.box.insetBy(dx: -unit, dy: -unit / 2), owner: g)
            var kept = label.leader
            kept[0].y = above ? axisY - markerD : axisY + markerD
            for segment in HorizontalTimeline.segmentRects(kept) { index.insert(segment, owner: g) }
            placed.append(label)
        }

        func makeBlock(_ g: Int, names: Int?) -> Bool {
            guard let b = layout.block(for: groups[g], size: s, maxWidth: maxLabelWidth, notes: notes, sameDay: sameDay,
                                       mayCut: dropping, maxNames: names, inline: inline,
                                       inlineWidth: maxLabelWidth * 1.4) else { return false }
            blocks[g] = b
            return true
        }

        if !dropping {
            // Labels whose area alone exceeds most of the room cannot all fit: skip the work of trying.
            let sample = order.count <= 120 ? order : stride(from: 0, to: order.count, by: order.count / 60).map { order[$0] }
            for g in sample { guard makeBlock(g, names: nil) else { return nil } }
            var sampleArea = 0.0
            for g in sample {
                let b = blocks[g]!
                sampleArea += (b.width + 2 * unit) * (b.height + unit)
            }
            let area = sampleArea * Double(order.count) / Double(max(1, sample.count))
            let room = (size.width - 2 * m) * ((axisY - axisGap - plotTop) + (bottom - belowStart))
            if area > room * 0.8 { return nil }
        }
        if groups.count <= 120 {
            // Small timelines: always place next the label that can go closest to the axis (global greedy).
            // A label with nowhere left to go ends the attempt, or, when dropping, stays a bare marker.
            if dropping { for g in order where blocks[g] == nil { guard makeBlock(g, names: nil) else { return nil } } }
            var cache: [Int: (PlacedLabel, Double, Bool)?] = [:]
            var names: [Int: Int] = [:]
            func drop(_ g: Int) { dropped.append(g); unplaced.remove(g); waiting.remove(xs[g]); cache[g] = nil }
            while !unplaced.isEmpty {
                var choice: (PlacedLabel, Double, Bool)?
                for g in order where unplaced.contains(g) {
                    if cache[g] == nil { cache[g] = .some(best(g, names: nil)) }
                    guard let c = cache[g]! else {
                        if !dropping { return nil }
                        continue
                    }
                    if choice == nil || c.1 < choice!.1 { choice = c }
                }
                for g in order where unplaced.contains(g) {
                    guard let c = cache[g], c == nil else { continue }
                    // A tall stack of names on one date: show fewer with "+N more" before giving up on it.
                    let shown = names[g] ?? groups[g].events.count
                    if shown > 1, makeBlock(g, names: shown / 2) { names[g] = shown / 2; cache[g] = nil } else { drop(g) }
                }
                // No choice: every waiting label was just dropped or given fewer names (then try again).
                guard let (label, cost, above) = choice else { continue }
                commit(label, cost: cost, above: above)
                // A cached place is stale when the new label or its leader now stands in its way (or its
                // leader's), or when it would now cover a marker differently; recompute just those.
                let taken = [label.box.insetBy(dx: -2 * unit, dy: -unit)]
                    + HorizontalTimeline.segmentRects(label.leader).map { $0.insetBy(dx: -unit, dy: -unit) }
                for g in unplaced {
                    guard let entry = cache[g], let c = entry else { continue }
                    let mine = [c.0.box] + HorizontalTimeline.segmentRects(c.0.leader)
                    if mine.contains(where: { r in taken.contains { $0.overlaps(r) } })
                        || (xs[label.group] >= c.0.box.minX - unit && xs[label.group] <= c.0.box.maxX + unit) {
                        cache[g] = nil
                    }
                }
            }
            return (placed, dropped, totalCost)
        }

        var failures = 0
        for g in order {
            if dropping && failures > 400 { dropped.append(g); continue } // saturated: stop measuring
            var names: Int? = nil
            var choice: (PlacedLabel, Double, Bool)?
            while true {
                guard makeBlock(g, names: names) else { return nil }
                choice = best(g, names: names)
                // A tall stack of names on one date: show fewer and say how many more.
                let count = groups[g].events.count
                if choice == nil && dropping && count > 1 && (names ?? count) > 1 { names = (names ?? count) / 2; continue }
                break
            }
            guard let (label, cost, above) = choice else {
                if dropping { dropped.append(g); unplaced.remove(g); waiting.remove(xs[g]); failures += 1; continue }
                return nil
            }
            failures = 0
            commit(label, cost: cost, above: above)
        }
        return (placed, dropped, totalCost)
    }

    /// Straight leaders are preferred; a sideways step costs about as much as rising one short level.
    private func penalty(_ anchor: Anchor, preferRight: Bool) -> Double {
        switch anchor {
        case .flagRight: preferRight ? 0 : 2
        case .flagLeft: preferRight ? 2 : 0
        case .centred: 4
        case .shifted(let dx): 12 + abs(dx) * 0.4
        }
    }

    /// How a label hangs from its marker.
    private enum Anchor {
        /// Flag to the right of a straight leader that runs up its left side.
        case flagRight
        /// Flag to the left of a straight leader that runs up its right side.
        case flagLeft
        /// Centred over the end of a straight leader.
        case centred
        /// Moved sideways into free space; the leader bends once under (or over) the label.
        case shifted(Double)

        static let straight: [Anchor] = [.flagRight, .flagLeft, .centred]
    }

    /// Every position to try for a block: straight leaders first, then steps sideways in both directions.
    private func anchors(width: Double) -> [Anchor] {
        let step = (width + 2 * unit) / 2
        var result = Anchor.straight
        for k in 1...5 {
            result.append(.shifted(Double(k) * step))
            result.append(.shifted(-Double(k) * step))
        }
        return result
    }

    /// The nearest free position for `block` on one side with one anchor, or nil.
    private func candidate(block: LabelBlock, group: Int, mx: Double, above: Bool, anchor: Anchor, axisY: Double,
                           axisGap: Double, aboveLimit: Double, belowStart: Double, belowLimit: Double,
                           margin: Double, index: ObstacleIndex) -> PlacedLabel? {
        let w = block.width, h = block.height
        let poleGap = unit
        let x: Double
        switch anchor {
        case .flagRight: x = mx + poleGap
        case .flagLeft: x = mx - poleGap - w
        case .centred: x = mx - w / 2
        case .shifted(let dx): x = dx > 0 ? mx + poleGap + dx : mx - poleGap - w + dx
        }
        guard x >= margin - 0.01, x + w <= size.width - margin + 0.01 else { return nil }
        var y = above ? axisY - axisGap - h : belowStart
        if case .shifted = anchor { y += above ? -unit : unit } // room for the bend
        // Slide away from the axis past whatever is in the way.
        for _ in 0..<10_000 {
            if above ? y < aboveLimit - 0.01 : y + h > belowLimit + 0.01 { return nil }
            let probe = Rect(x: x - unit, y: y - unit / 2, width: w + 2 * unit, height: h + unit)
            guard let blocked = index.blockers(probe, ignoring: group) else { break }
            if above { y = (blocked.minY - unit / 2) - h - 0.01 } else { y = blocked.maxY + unit / 2 + 0.01 }
        }
        let box = Rect(x: x, y: y, width: w, height: h)
        let markerEdge = above ? axisY - style.spacing.marker / 2 : axisY + style.spacing.marker / 2
        let leader: [Point]
        switch anchor {
        case .flagRight, .flagLeft:
            leader = [Point(mx, markerEdge), Point(mx, above ? box.minY : box.maxY)]
        case .centred:
            leader = [Point(mx, markerEdge), Point(mx, above ? box.maxY : box.minY)]
        case .shifted(let dx):
            let knee = above ? box.maxY + unit / 2 : box.minY - unit / 2
            let edge = dx > 0 ? box.minX : box.maxX
            leader = [Point(mx, markerEdge), Point(mx, knee), Point(edge, knee)]
        }
        // Test the leader from just beyond the marker row: neighbouring markers may touch its foot.
        let clear = style.spacing.marker * 0.7 + 1
        var tested = leader
        tested[0].y = above ? max(leader[1].y, axisY - clear) : min(leader[1].y, axisY + clear)
        for segment in HorizontalTimeline.segmentRects(tested) where !index.isFree(segment, ignoring: group) {
            return nil
        }
        let alignRight: Bool
        switch anchor {
        case .flagLeft: alignRight = true
        case .shifted(let dx): alignRight = dx < 0
        default: alignRight = false
        }
        return PlacedLabel(group: group, block: block, box: box, alignRight: alignRight, leader: leader)
    }

    /// Thin rectangles covering each segment of an orthogonal polyline, for collision tests.
    static func segmentRects(_ points: [Point]) -> [Rect] {
        zip(points, points.dropFirst()).map { a, b in
            Rect(x: min(a.x, b.x) - 0.5, y: min(a.y, b.y) - 0.5, width: abs(a.x - b.x) + 1, height: abs(a.y - b.y) + 1)
        }
    }
}

/// Marker positions still waiting for a label, sorted, for counting how many a box would cover.
struct SortedPositions {
    private var values: [Double]

    init(_ values: [Double]) { self.values = values.sorted() }

    private func lowerBound(_ v: Double) -> Int {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// How many positions lie in [a, b].
    func count(from a: Double, to b: Double) -> Int {
        guard b >= a else { return 0 }
        var hi = lowerBound(b)
        while hi < values.count && values[hi] <= b { hi += 1 }
        return hi - lowerBound(a)
    }

    mutating func remove(_ v: Double) {
        let i = lowerBound(v)
        if i < values.count && values[i] == v { values.remove(at: i) }
    }
}
