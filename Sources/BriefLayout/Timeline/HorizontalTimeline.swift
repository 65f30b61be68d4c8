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
    /// The dates to label: every date, or with a density strip the highlighted and kept ones and the clusters.
    let groups: [MarkerGroup]
    /// The strip that stands for a timeline's dates when there are too many to draw apart.
    let density: DensityView?
    let size: Size
    let title: String?

    private var style: Style { layout.style }
    private var unit: Double { style.spacing.unit }
    /// Every date of the timeline: what its scale spans.
    private var allGroups: [MarkerGroup] { density?.groups ?? groups }

    func run() -> LayoutResult {
        var (scene, m, contentWidth, heading) = layout.opening(title, timeline: timeline, density: density, size: size)
        let top = heading.elements
        var notices = heading.notices
        var y = heading.bottom
        let encodings = layout.groupEncodings(timeline)

        // The date scale spans the content width, inset so markers stay inside.
        let markerD = style.spacing.marker
        let highlightD = layout.highlightDiameter
        let scale = layout.scale(timeline, groups: allGroups, from: m + layout.scaleInset,
                                 to: size.width - m - layout.scaleInset)

        // Period labels sit in rows above the plot; bands run from there down to the axis area. A name fits
        // inside its band: on one line, else on two (down to the smallest type); a band too narrow for it gets
        // the name above every band, in rows of their own, over a bracket that reaches down to its band (inside
        // the band rows it would stand on a neighbour's tint and read as that period's).
        var periodRows: [[(Double, Double)]] = [], bracketRows: [[(Double, Double)]] = []
        var periodLabels: [(row: Int, bracketed: Bool, text: TextElement)] = []
        var brackets: [(row: Int, x0: Double, x1: Double)] = []
        let periodFont = style.font(style.sizes.small, .bold)
        for p in timeline.periods {
            guard let label = p.label, !label.isEmpty else { continue }
            let x0 = max(m, scale.position(p.start.start))
            let x1 = min(size.width - m, scale.position(p.end?.end ?? scale.domainEnd))
            let inside = max(0, x1 - x0 - unit * 2)
            var fitted = layout.fitter.fit(label, font: periodFont, width: max(1, inside), maxLines: 1,
                                           minimum: style.sizes.minimum)
            if fitted.elided {
                fitted = layout.fitter.fit(label, font: periodFont, width: max(1, inside), maxLines: 2,
                                           minimum: style.sizes.minimum)
            }
            var x = x0 + unit
            var bracketed = false
            if fitted.elided || inside <= 0 {
                fitted = layout.fitter.fit(label, font: periodFont, width: contentWidth, maxLines: 1,
                                           minimum: style.sizes.minimum)
                x = min(max(m, (x0 + x1) / 2 - fitted.metrics.width / 2), size.width - m - fitted.metrics.width)
                bracketed = true
            }
            if fitted.elided { notices.append("period label cut to fit: \(MessageText.quoted(label))") }
            // A row holds names two units apart: a name inside its band by its own extent (the band's
            // padding keeps it off the next), a bracketed one by its bracket too.
            let span = bracketed ? (min(x, x0), max(x + fitted.metrics.width, x1)) : (x, x + fitted.metrics.width)
            func place(in rows: inout [[(Double, Double)]]) -> Int {
                if let free = rows.firstIndex(where: { $0.allSatisfy { $0.1 + unit * 2 <= span.0 || span.1 + unit * 2 <= $0.0 } }) {
                    rows[free].append(span)
                    return free
                }
                rows.append([span])
                return rows.count - 1
            }
            let row = bracketed ? place(in: &bracketRows) : place(in: &periodRows)
            let e = TextElement(role: "period-label", text: fitted.text, font: fitted.font, color: style.colors.muted,
                                wrapWidth: fitted.wrapWidth, topLeft: Point(x, 0), metrics: fitted.metrics,
                                elided: fitted.elided)
            periodLabels.append((row, bracketed, e))
            if bracketed { brackets.append((row, x0, x1)) }
        }
        let rowH = (periodLabels.map(\.text.box.height).max() ?? 0) + unit
        let textH = rowH - unit
        let bracketTop = y
        if !bracketRows.isEmpty { y += unit + rowH * Double(bracketRows.count) }
        let bandTop = y
        if !periodRows.isEmpty { y += unit }
        for i in periodLabels.indices {
            let l = periodLabels[i]
            let dy = (l.bracketed ? bracketTop + unit : y) + Double(l.row) * rowH
            periodLabels[i].text.origin.y += dy
            periodLabels[i].text.box.y += dy
        }
        for b in brackets {
            // Under the name: a line across the band with its ends turned down to the band's top.
            let by = bracketTop + unit + Double(b.row) * rowH + textH + unit * 0.5
            let foot = max(by + unit * 0.5, bandTop)
            scene.append(.line(LineElement(role: "period-bracket",
                                           points: [Point(b.x0, foot), Point(b.x0, by), Point(b.x1, by), Point(b.x1, foot)],
                                           stroke: Stroke(color: style.colors.muted, width: style.lines.leader))))
        }
        if !periodRows.isEmpty { y += rowH * Double(periodRows.count) + unit }
        let plotTop = y

        // Tick labels below the axis, then the lower label area.
        let tickFont = style.font(style.sizes.small)
        let tickLine = layout.measurer.measure("0", font: tickFont).height
        let tickLen = unit
        let belowAxis = max(highlightD / 2, tickLen) + unit / 2
        let tickBand = belowAxis + tickLine
        let footH = tickLine + unit

        let precision = allGroups.map(\.date.precision).max() ?? .year
        let dates = TimelineLayout.DateStyle(timeline.events)
        let ticks = layout.chooseTicks(scale: scale, precision: precision, font: tickFont, gap: unit * 3,
                                       along: { scale.position($0.day) }, extent: { $0.width })
        let maxLabelWidth = min(max(96, size.width * 0.16), 220)

        // Try every size with notes, then without; at the minimum, drop what cannot be placed.
        let hasNotes = timeline.events.contains { $0.note != nil }
        let attempts = layout.labelAttempts(hasNotes: hasNotes)
        var attempt: (placed: [PlacedLabel], axisY: Double, dropped: [Int], footnote: Bool, notes: Bool, size: Double)?
        for (i, a) in attempts.enumerated() {
            let last = i == attempts.count - 1
            let bottom = size.height - m - (last ? footH : 0)
            let axisY = axisPosition(plotTop: plotTop, bottom: bottom, tickBand: tickBand)
            // The order labels choose their places in decides what is left for the rest: flags that point
            // right stack best from the right, flags that point left from the left. Keep the best (`rank`).
            let orders: [(order: [Int], preferRight: Bool)] =
                last ? [(TimelineLayout.priorityOrder(groups), true)] : placementOrders()
            var bestPlacement: Placement?
            var tried: Set<[Bool?]> = []
            func consider(_ order: (order: [Int], preferRight: Bool), split: Split?, keepHighlights: Bool = true) {
                guard let p = place(order: order.order, preferRight: order.preferRight, split: split, tried: &tried,
                                    keepHighlights: keepHighlights, size: a.size,
                                    notes: a.notes, inline: a.inline, scale: scale, axisY: axisY, plotTop: plotTop,
                                    bottom: bottom, tickBand: tickBand, ticks: ticks, tickFont: tickFont,
                                    belowAxis: belowAxis, maxLabelWidth: maxLabelWidth, dates: dates,
                                    dropping: last) else { return }
                if bestPlacement == nil || rank(p) < rank(bestPlacement!) { bestPlacement = p }
            }
            for order in orders { consider(order, split: nil) }
            // Labels must be dropped: first see whether splitting each crowded run of dates between the sides
            // (each side then climbs a stair) drops fewer. Guarding a highlighted date's last place can cost
            // its neighbours more than it saves (a tall stack placed early, say): try without that guard too.
            // Small timelines only, where the global greedy decides.
            if last, groups.count <= 120, bestPlacement?.dropped.isEmpty == false {
                for split in Split.all { consider(orders[0], split: split) }
                if bestPlacement?.dropped.isEmpty == false, groups.contains(where: \.important) {
                    tried = []
                    for split in [nil] + Split.all { consider(orders[0], split: split, keepHighlights: false) }
                }
            }
            guard let placed = bestPlacement else { continue }
            attempt = (placed.labels, axisY, placed.dropped, last && !placed.dropped.isEmpty, a.notes, a.size)
            if a.size < style.sizes.body { notices.append("labels set at \(SceneNumber.format(a.size)) pt to fit") }
            break
        }
        guard var result = attempt else { return LayoutResult(scene: scene, notices: notices) }
        if hasNotes && !result.notes {
            result.placed = notesWhereRoom(result.placed, size: result.size, axisY: result.axisY, plotTop: plotTop,
                                           bottom: size.height - m - (result.footnote ? footH : 0),
                                           ticks: tickBoxes(ticks, scale: scale, axisY: result.axisY, belowAxis: belowAxis,
                                                            font: tickFont).map(\.text.box),
                                           maxLabelWidth: maxLabelWidth, dates: dates)
        }
        // Notes left out everywhere are said once; some shown and some not, each missing one is named.
        if hasNotes && !result.notes && !result.placed.contains(where: { $0.block.lines.contains { $0.role == "note" } }) {
            notices.append(TimelineLayout.notesLeftOut)
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
        scene.elements += layout.axisElements(scale, from: m, to: size.width - m) { Point($0, axisY - $1) }
        scene.elements += density?.strip(scale, style: style, thickness: highlightD) { Point($0, axisY - $1) } ?? []
        var tickTexts: [Element] = []
        let leaderRects = result.placed.flatMap { HorizontalTimeline.segmentRects($0.leader) }
        // A tick label a leader runs through gives way; its tick stays, so the scale keeps its rhythm.
        for t in tickBoxes(ticks, scale: scale, axisY: axisY, belowAxis: belowAxis, font: tickFont) {
            scene.append(.line(LineElement(role: "tick", points: [Point(t.x, axisY), Point(t.x, axisY + tickLen)],
                                           stroke: Stroke(color: style.colors.axis, width: style.lines.tick))))
            if !leaderRects.contains(where: { $0.overlaps(t.text.box) }) { tickTexts.append(.text(t.text)) }
        }
        let leaderStroke = Stroke(color: style.colors.axis, width: style.lines.leader)
        for p in result.placed {
            scene.append(.line(LineElement(role: "leader", points: p.leader, stroke: leaderStroke)))
        }
        let xs = groups.map { scale.position($0.day) }
        for g in groups.indices where !groups[g].cluster {
            let x = xs[g]
            let d = groups[g].highlight ? highlightD : markerD
            // A ring keeps neighbouring markers distinct; where markers pile up, rings would only erase them.
            let crowded = (g > 0 && x - xs[g - 1] < d * 0.6) || (g + 1 < xs.count && xs[g + 1] - x < d * 0.6)
            let look = layout.markerEncoding(groups[g], encodings)
            scene.append(layout.marker(look.shape, role: groups[g].highlight ? "marker-highlight" : "marker",
                                       center: Point(x, axisY), diameter: d, fill: look.fill,
                                       stroke: crowded ? nil : Stroke(color: style.colors.background, width: 1.25)))
        }
        for p in result.placed {
            for e in p.block.elements(at: Point(p.box.minX, p.box.minY), alignRight: p.alignRight) {
                scene.append(.text(e))
            }
        }
        scene.elements += tickTexts
        for l in periodLabels { scene.append(.text(l.text)) }
        scene.elements += top
        for e in scene.texts where e.elided && e.role == "label" {
            notices.append("label cut to fit: \(MessageText.quoted(e.text))")
        }
        // A cluster left unlabelled is still on the strip: only dates of their own count as dropped.
        let dropped = result.dropped.filter { !groups[$0].cluster }
        var unlabelled = 0
        if !dropped.isEmpty {
            let n = dropped.count
            let events = dropped.map { groups[$0].events.count }.reduce(0, +)
            unlabelled = events
            let line = layout.unlabelledLine(events: events, width: size.width - 2 * m)
            scene.append(.text(TextElement(role: line.role, text: line.text, font: line.font, color: line.color,
                                           topLeft: Point(max(m, size.width - m - line.metrics.width),
                                                          size.height - m - line.metrics.height),
                                           metrics: line.metrics)))
            let names = dropped.prefix(5).flatMap { groups[$0].events.map(\.label) }
            notices.append("\(events) of \(timeline.events.count) events (\(n) dates) drawn as markers without labels: "
                           + names.prefix(5).joined(separator: ", ") + (events > 5 ? ", …" : ""))
        }
        var laidOut = LayoutResult(scene: scene, notices: notices)
        laidOut.facts.unlabelledEvents = unlabelled
        return laidOut
    }

    /// The axis sits where the space above and below it for labels is equal.
    private func axisPosition(plotTop: Double, bottom: Double, tickBand: Double) -> Double {
        let axisGap = style.spacing.marker * 0.7 + unit * 1.5
        return ((plotTop + bottom - tickBand + axisGap) / 2).rounded()
    }

    private struct TickBox { var x: Double; var text: TextElement }

    /// Labels placed without notes (there was no room for all of them) take their notes back one by one, in
    /// the order dates were given their places, wherever the label with its note still stands clear where it
    /// is: grown away from the axis, inside the plot, off every other label, leader and tick label. A sparse
    /// stretch of a crowded timeline so shows its notes.
    private func notesWhereRoom(_ placed: [PlacedLabel], size labelSize: Double, axisY: Double, plotTop: Double,
                                bottom: Double, ticks: [Rect], maxLabelWidth: Double,
                                dates: TimelineLayout.DateStyle) -> [PlacedLabel] {
        guard groups.count <= 120 else { return placed }
        let m = layout.margin(size)
        let noteWidth = max(maxLabelWidth, min(maxLabelWidth * 2, (size.width - 2 * m) / 3))
        var rank: [Int: Int] = [:]
        for (r, g) in TimelineLayout.priorityOrder(groups).enumerated() { rank[g] = r }
        var labels = placed
        for i in labels.indices.sorted(by: { rank[labels[$0].group, default: .max] < rank[labels[$1].group, default: .max] }) {
            let old = labels[i]
            let group = groups[old.group]
            guard !group.cluster, group.events.contains(where: { $0.note?.isEmpty == false }),
                  let block = layout.block(for: group, size: labelSize, maxWidth: maxLabelWidth, notes: true, dates: dates,
                                           mayCut: false, noteWidth: noteWidth),
                  block.lines.contains(where: { $0.role == "note" }) else { continue }
            let above = old.box.maxY < axisY
            let y = above ? old.box.maxY - block.height : old.box.minY
            // A label on a straight leader may stand on either side of its pole (a flag) or centred on its end;
            // a bent one keeps the edge its leader meets.
            let mx = old.leader[0].x
            let straight = old.leader.count == 2
            let flag = straight && (old.box.minX >= mx - 0.01 || old.box.maxX <= mx + 0.01)
            var tries: [(x: Double, alignRight: Bool, flag: Bool)]
            if straight {
                let right = (x: mx + unit, alignRight: false, flag: true)
                let left = (x: mx - unit - block.width, alignRight: true, flag: true)
                let centred = (x: mx - block.width / 2, alignRight: false, flag: false)
                tries = !flag ? [centred, right, left] : old.alignRight ? [left, right] : [right, left]
            } else {
                tries = [(old.alignRight ? old.box.maxX - block.width : old.box.minX, old.alignRight, false)]
            }
            for t in tries {
                let box = Rect(x: t.x, y: y, width: block.width, height: block.height)
                guard box.minX >= m - 0.01, box.maxX <= size.width - m + 0.01,
                      above ? box.minY >= plotTop - 0.01 : box.maxY <= bottom + 0.01 else { continue }
                // A flag's pole runs up (or down) the label's side to its far end; a centred label's leader
                // stops at its near edge, which stays where it was.
                var leader = old.leader
                if straight { leader[1].y = t.flag == above ? box.minY : box.maxY }
                let clear = box.insetBy(dx: -unit, dy: -unit / 2)
                let poles = HorizontalTimeline.segmentRects(leader)
                let blocked = labels.indices.contains { j in
                    j != i && (labels[j].box.overlaps(clear) || poles.contains { labels[j].box.overlaps($0) }
                               || HorizontalTimeline.segmentRects(labels[j].leader).contains { $0.overlaps(clear) })
                } || ticks.contains { $0.overlaps(clear) }
                guard !blocked else { continue }
                labels[i] = PlacedLabel(group: old.group, block: block, box: box, alignRight: t.alignRight, leader: leader)
                break
            }
        }
        return labels
    }

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

    /// Orders to try for a full placement. Flags that point right stack into a stair when placed from the
    /// right (each new label rises over the ones it would cover), flags that point left when placed from the
    /// left; each with or without the highlighted dates first. Large timelines try just one.
    private func placementOrders() -> [(order: [Int], preferRight: Bool)] {
        let ascending = Array(groups.indices), descending = Array(ascending.reversed())
        if groups.count > 200 { return [(descending, true)] }
        var orders = [(descending, true), (ascending, false)]
        let highlighted = ascending.filter { groups[$0].important }
        // Up to 120 dates the global greedy decides the order itself: only the flag preference matters.
        if !highlighted.isEmpty && groups.count > 120 {
            orders += [(highlighted + descending.filter { !groups[$0].important }, true),
                       (highlighted + ascending.filter { !groups[$0].important }, false)]
        }
        return orders
    }

    /// What one placement pass made: the labels placed, the groups left bare, and the summed cost.
    private struct Placement {
        var labels: [PlacedLabel]
        var dropped: [Int]
        var cost: Double
    }

    /// Orders placements, least first: fewer highlighted or kept dates left bare, then fewer events, then cheaper.
    private func rank(_ p: Placement) -> (Int, Int, Double) {
        (p.dropped.filter { groups[$0].important }.count, p.dropped.reduce(0) { $0 + groups[$1].events.count }, p.cost)
    }

    /// Shares each crowded run of dates (neighbours too close for their labels to share a level) between
    /// the sides: its earliest `fraction` on one side, the rest on the other. Free to choose, the greedy
    /// alternates sides and spends a level on every label of the run. Given a side, the labels there rise
    /// as stairs (flags pointing left climb to the right, flags pointing right to the left), and two stairs
    /// rising toward each other share their levels.
    private struct Split {
        var fraction: Double
        var earlyAbove: Bool

        static let all = [0.5, 0.6, 0.4].flatMap { f in [true, false].map { Split(fraction: f, earlyAbove: $0) } }

        /// The side each group's label is meant for (true: above), nil outside crowded runs.
        func sides(xs: [Double], widths: [Double], gap: Double) -> [Bool?] {
            var sides = [Bool?](repeating: nil, count: xs.count)
            var start = 0
            for end in xs.indices {
                let crowded = end + 1 < xs.count && xs[end + 1] - xs[end] < min(widths[end], widths[end + 1]) + gap
                if crowded { continue }
                let n = end - start + 1
                if n > 1 {
                    let early = Int((Double(n) * fraction).rounded())
                    for i in start...end { sides[i] = (i - start < early) == earlyAbove }
                }
                start = end + 1
            }
            return sides
        }
    }

    /// Places every label block, or returns nil when one does not fit (unless `dropping`, when labels
    /// that cannot be placed are left out, most important first: highlighted, then spread evenly in time).
    /// With a `split`, labels in crowded runs prefer the side it gives them (nil, without running, when
    /// `tried` already holds those sides). With `keepHighlights`, a highlighted date about to lose its last
    /// place takes it before the label that would.
    private func place(order: [Int], preferRight: Bool, split: Split?, tried: inout Set<[Bool?]>,
                       keepHighlights: Bool, size s: Double, notes: Bool, inline: Bool,
                       scale: DateScale, axisY: Double,
                       plotTop: Double, bottom: Double, tickBand: Double, ticks: [Tick], tickFont: FontSpec,
                       belowAxis: Double, maxLabelWidth: Double, dates: TimelineLayout.DateStyle,
                       dropping: Bool) -> Placement? {
        let m = layout.margin(size)
        // Markers stay out of the index: labels keep `axisGap` from the axis and leaders are tested from
        // beyond the marker row, so nothing placed can reach them (and thousands of them slow every query).
        var index = ObstacleIndex(minX: 0, maxX: size.width)
        let markerD = style.spacing.marker
        let xs = groups.map { scale.position($0.day) }
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
        var sides: [Bool?] = []
        // Markers still waiting for a label. With a split, each side has its own list (below: nil when it
        // is the same): a marker whose label is meant for one side is not in the way of boxes on the other.
        var waitingAbove = SortedPositions([])
        var waitingBelow: SortedPositions?
        var previousAbove = false
        var totalCost = 0.0
        var blocks: [Int: LabelBlock] = [:]

        /// The cheapest place for group g in `index`; a box over a marker still waiting for its label costs
        /// a lot, because that marker's leader could then never pass on this side.
        func best(_ g: Int, in index: ObstacleIndex) -> (PlacedLabel, Double, Bool)? {
            guard let block = blocks[g] else { return nil }
            var found: (PlacedLabel, Double, Bool)?
            let side = sides.isEmpty ? nil : sides[g]
            for above in [true, false] {
                let waiting = above ? waitingAbove : waitingBelow ?? waitingAbove
                for anchor in anchors(width: block.width) {
                    guard let c = candidate(block: block, group: g, mx: xs[g], above: above, anchor: anchor,
                                            axisY: axisY, axisGap: axisGap, aboveLimit: plotTop,
                                            belowStart: belowStart, belowLimit: bottom, margin: m,
                                            index: index) else { continue }
                    // Distance from each side's first level, so both sides start equal.
                    let distance = above ? (axisY - axisGap) - c.box.maxY : c.box.minY - belowStart
                    let hidesTick = HorizontalTimeline.anySegment(of: c.leader) { !tickIndex.isFree($0) }
                    // Whatever spans a marker blocks that side for it: the box with the clearance leaders keep
                    // from it, or the leader itself (a bent one runs sideways). A marker just beyond the leader's
                    // foot is not blocked: its own leader may climb past, close by.
                    let spanMin = min(c.box.minX - unit, c.leader.lazy.map(\.x).min()!) - 1
                    let spanMax = max(c.box.maxX + unit, c.leader.lazy.map(\.x).max()!) + 1
                    let mine = unplaced.contains(g) && (side ?? above) == above
                    let covered = waiting.count(from: spanMin, to: spanMax) - (mine ? 1 : 0)
                    // The side a split did not mean costs about two levels.
                    let offSide = side.map { $0 != above } ?? false
                    let cost = distance + penalty(anchor, preferRight: preferRight) + (above == previousAbove ? 1 : 0)
                        + (hidesTick ? 40 : 0) + Double(covered) * 300 + (offSide ? 30 : 0)
                    if found == nil || cost < found!.1 { found = (c, cost, above) }
                }
            }
            return found
        }

        /// Marks the label's box and leader as taken (the leader from just beyond its marker).
        func occupy(_ label: PlacedLabel, in index: inout ObstacleIndex) {
            let above = label.box.maxY < axisY
            index.insert(label.box.insetBy(dx: -unit, dy: -unit / 2), owner: label.group)
            var kept = label.leader
            kept[0].y = above ? axisY - markerD : axisY + markerD
            for segment in HorizontalTimeline.segmentRects(kept) { index.insert(segment, owner: label.group) }
        }

        func forget(_ g: Int) {
            unplaced.remove(g)
            waitingAbove.remove(xs[g])
            waitingBelow?.remove(xs[g])
        }

        func commit(_ label: PlacedLabel, cost: Double, above: Bool) {
            forget(label.group)
            totalCost += cost
            previousAbove = above
            occupy(label, in: &index)
            placed.append(label)
        }

        func makeBlock(_ g: Int, names: Int?) -> Bool {
            guard let b = layout.block(for: groups[g], size: s, maxWidth: maxLabelWidth, notes: notes, dates: dates,
                                       mayCut: dropping, maxNames: names, inline: inline,
                                       inlineWidth: maxLabelWidth * 1.4,
                                       noteWidth: max(maxLabelWidth, min(maxLabelWidth * 2, (size.width - 2 * m) / 3)))
            else { return false }
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
        if groups.count <= 120, dropping {
            for g in order where blocks[g] == nil { guard makeBlock(g, names: nil) else { return nil } }
        }
        if let split, groups.count <= 120 {
            sides = split.sides(xs: xs, widths: groups.indices.map { blocks[$0]!.width }, gap: 2 * unit)
            // Nothing to split, or split as before (short runs split alike at every fraction): nothing new.
            guard sides.contains(where: { $0 != nil }), tried.insert(sides).inserted else { return nil }
            waitingAbove = SortedPositions(order.filter { sides[$0] != false }.map { xs[$0] })
            waitingBelow = SortedPositions(order.filter { sides[$0] != true }.map { xs[$0] })
        } else {
            waitingAbove = SortedPositions(order.map { xs[$0] })
        }

        if groups.count <= 120 {
            // Small timelines: always place next the label that can go closest to the axis (global greedy).
            // A label with nowhere left to go ends the attempt, or, when dropping, stays a bare marker.
            var cache: [Int: (PlacedLabel, Double, Bool)?] = [:]
            var names: [Int: Int] = [:]
            func drop(_ g: Int) { dropped.append(g); forget(g); cache[g] = nil }
            /// The groups whose cached place `label` disturbs: it stands in the way of that place or of its
            /// leader, or now spans it differently. Their places must be recomputed.
            func disturbed(by label: PlacedLabel, among candidates: some Sequence<Int>) -> [Int] {
                let taken = [label.box.insetBy(dx: -2 * unit, dy: -unit)]
                    + HorizontalTimeline.segmentRects(label.leader).map { $0.insetBy(dx: -unit, dy: -unit) }
                let x = xs[label.group]
                return candidates.filter { g in
                    guard let entry = cache[g], let c = entry else { return false }
                    let stands = { (r: Rect) in taken.contains { $0.overlaps(r) } }
                    return stands(c.0.box) || HorizontalTimeline.anySegment(of: c.0.leader, stands)
                        || (x >= c.0.box.minX - unit && x <= c.0.box.maxX + unit)
                }
            }
            /// A highlighted or kept date still waiting that `label` would leave with no place at all, if any.
            func cornered(by label: PlacedLabel) -> Int? {
                guard keepHighlights, !groups[label.group].important else { return nil }
                let threatened = disturbed(by: label, among: unplaced.filter { groups[$0].important })
                guard !threatened.isEmpty else { return nil }
                var trial = index
                occupy(label, in: &trial)
                return threatened.first { best($0, in: trial) == nil }
            }
            while !unplaced.isEmpty {
                var choice: (PlacedLabel, Double, Bool)?
                for g in order where unplaced.contains(g) {
                    if cache[g] == nil { cache[g] = .some(best(g, in: index)) }
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
                guard var (label, cost, above) = choice else { continue }
                // A highlighted date about to lose its last place takes its best one first (it waits while
                // it would cover markers, and the stair may close over it); the label then looks again.
                if let h = cornered(by: label), let place = cache[h] ?? nil { (label, cost, above) = place }
                commit(label, cost: cost, above: above)
                // Cached places the new label disturbs are recomputed.
                for g in disturbed(by: label, among: unplaced) { cache[g] = nil }
            }
            return Placement(labels: placed, dropped: dropped, cost: totalCost)
        }

        var failures = 0
        for g in order {
            if dropping && failures > 400 { dropped.append(g); continue } // saturated: stop measuring
            var names: Int? = nil
            var choice: (PlacedLabel, Double, Bool)?
            while true {
                guard makeBlock(g, names: names) else { return nil }
                choice = best(g, in: index)
                // A tall stack of names on one date: show fewer and say how many more.
                let count = groups[g].events.count
                if choice == nil && dropping && count > 1 && (names ?? count) > 1 { names = (names ?? count) / 2; continue }
                break
            }
            guard let (label, cost, above) = choice else {
                if dropping { dropped.append(g); forget(g); failures += 1; continue }
                return nil
            }
            failures = 0
            commit(label, cost: cost, above: above)
        }
        return Placement(labels: placed, dropped: dropped, cost: totalCost)
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
        if HorizontalTimeline.anySegment(of: tested, { !index.isFree($0, ignoring: group) }) { return nil }
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
        zip(points, points.dropFirst()).map(segmentRect)
    }

    static func segmentRect(_ a: Point, _ b: Point) -> Rect {
        Rect(x: min(a.x, b.x) - 0.5, y: min(a.y, b.y) - 0.5, width: abs(a.x - b.x) + 1, height: abs(a.y - b.y) + 1)
    }

    /// Whether the rectangle of any segment passes `test`, without building the list (placement asks this
    /// for every position it tries).
    static func anySegment(of points: [Point], _ test: (Rect) -> Bool) -> Bool {
        for i in points.indices.dropFirst() where test(segmentRect(points[i - 1], points[i])) { return true }
        return false
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
