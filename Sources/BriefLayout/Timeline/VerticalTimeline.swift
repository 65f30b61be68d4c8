// Vertical timeline: time runs down the canvas, labels in one column to the right, spread apart with leaders.

import BriefModel
import BriefScene

struct VerticalTimeline {
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
        var (scene, m, _, heading) = layout.opening(title, timeline: timeline, density: density, size: size)
        let top = heading.elements
        var notices = heading.notices
        let encodings = layout.groupEncodings(timeline)

        let markerD = style.spacing.marker, highlightD = layout.highlightDiameter
        let plotTop = heading.bottom, plotBottom = size.height - m
        let scale = layout.scale(timeline, groups: allGroups, from: plotTop + layout.scaleInset,
                                 to: plotBottom - layout.scaleInset)
        let tickFont = style.font(style.sizes.small)
        let precision = allGroups.map(\.date.precision).max() ?? .year
        let ticks = layout.chooseTicks(scale: scale, precision: precision, font: tickFont, gap: unit * 2,
                                       along: { scale.position($0.day) }, extent: { $0.height })
        let tickMetrics = ticks.map { layout.measurer.measure($0.label, font: tickFont) }
        let periodFont = style.font(style.sizes.small, .bold)
        let (axisX, labelX, labelWidth) = columns(tickWidth: tickMetrics.map(\.width).max() ?? 0, margin: m)
        let dates = TimelineLayout.DateStyle(timeline.events)
        let hasNotes = timeline.events.contains { $0.note != nil }

        // Largest size at which every block fits the column; at the minimum, drop the least important.
        var chosen: (blocks: [Int: LabelBlock], tops: [Int: Double], notes: Bool)?
        let attempts = layout.labelAttempts(hasNotes: hasNotes)
        let order = TimelineLayout.priorityOrder(groups)
        for (i, a) in attempts.enumerated() {
            let last = i == attempts.count - 1
            // More labels than the column could hold even at one short line each cannot all fit: such an attempt
            // is skipped unmeasured, and the last one measures only the labels that could stay. The answer is the
            // same; a timeline of thousands of dates no longer measures every label at every size.
            let fitting = mostLabels(size: a.size, height: plotBottom - plotTop)
            if groups.count > fitting && !last { continue }
            let measured = groups.count > fitting ? Array(order.prefix(fitting)) : Array(groups.indices)
            var blocks: [Int: LabelBlock] = [:]
            var failed = false
            for g in measured {
                guard let b = layout.block(for: groups[g], size: a.size, maxWidth: labelWidth, notes: a.notes,
                                           dates: dates, mayCut: last, inline: a.inline) else { failed = true; break }
                blocks[g] = b
            }
            if failed { continue }
            var keep = Array(groups.indices)
            var tops = groups.count > fitting ? nil
                : spread(keep, blocks: blocks, scale: scale, top: plotTop, bottom: plotBottom)
            if tops == nil && last {
                // Drop labels, least important first, until the rest fit.
                var count = keep.count
                while tops == nil && count > 0 {
                    count = count > 64 ? count * 3 / 4 : count - 1
                    if count > fitting { continue }
                    keep = Array(order.prefix(count)).sorted()
                    tops = spread(keep, blocks: blocks, scale: scale, top: plotTop,
                                  bottom: plotBottom - unit * 4)
                }
            }
            guard let placedTops = tops else { continue }
            chosen = (blocks.filter { placedTops[$0.key] != nil }, placedTops, a.notes)
            if a.size < style.sizes.body { notices.append("labels set at \(SceneNumber.format(a.size)) pt to fit") }
            break
        }
        guard let result = chosen else { return LayoutResult(scene: scene, notices: notices) }
        if hasNotes && !result.notes { notices.append(TimelineLayout.notesLeftOut) }

        // Bands, axis, ticks, leaders, markers, labels, headings.
        func tickBox(_ t: Tick, _ metrics: TextMetrics) -> Rect {
            Rect(x: axisX - unit * 2 - metrics.width, y: scale.position(t.day) - metrics.height / 2, width: metrics.width,
                 height: metrics.height)
        }
        let tickBoxes = zip(ticks, tickMetrics).map(tickBox)
        var periodTexts: [Element] = []
        var periodBottom = plotTop - unit // the last period label's foot: labels never meet or leave the plot
        for (i, p) in timeline.periods.enumerated() {
            let y0 = max(plotTop, scale.position(p.start.start))
            let y1 = min(plotBottom, scale.position(p.end?.end ?? scale.domainEnd))
            guard y1 > y0 else { continue }
            scene.append(.rect(ShapeElement(role: "band", box: Rect(x: m, y: y0, width: size.width - 2 * m,
                                                                        height: y1 - y0), fill: TimelineLayout.bandColor(style, i))))
            if let label = p.label, !label.isEmpty {
                var fitted = layout.fitter.fit(label, font: periodFont, width: max(10, axisX - m - unit * 2), maxLines: 3,
                                               minimum: style.sizes.minimum)
                // At the band's top, below any tick label there while the band has room, else narrowed (wrapped,
                // smaller) to stand beside it: period names do not hide the scale. Lifted to end inside the plot;
                // left out if it would meet the one above.
                var top = min(y0 + unit / 2, plotBottom - fitted.metrics.height)
                let foot = min(y1, plotBottom)
                func hits(_ y: Double, _ f: FittedText) -> Rect? {
                    tickBoxes.first { $0.overlaps(Rect(x: m, y: y, width: f.metrics.width, height: f.metrics.height)) }
                }
                var clear = top
                while let hit = hits(clear, fitted) { clear = hit.maxY + unit / 2 }
                if clear + fitted.metrics.height <= foot {
                    top = clear
                } else if let hit = hits(top, fitted) {
                    let beside = layout.fitter.fit(label, font: periodFont, width: max(10, hit.minX - m - unit), maxLines: 3,
                                                   minimum: style.sizes.minimum)
                    // Flush with the band's top: a short band's every point counts.
                    if !beside.elided, y0 + beside.metrics.height <= foot, hits(y0, beside) == nil { fitted = beside; top = y0 }
                }
                guard top >= periodBottom + unit else {
                    notices.append("period label left out for lack of room: \(MessageText.quoted(label))")
                    continue
                }
                if fitted.elided { notices.append("period label cut to fit: \(MessageText.quoted(label))") }
                periodBottom = top + fitted.metrics.height
                periodTexts.append(.text(TextElement(role: "period-label", text: fitted.text, font: fitted.font,
                                                     color: style.colors.muted, wrapWidth: fitted.wrapWidth,
                                                     topLeft: Point(m, top), metrics: fitted.metrics,
                                                     elided: fitted.elided)))
            }
        }
        scene.elements += layout.axisElements(scale, from: plotTop, to: plotBottom) { Point(axisX + $1, $0) }
        scene.elements += density?.strip(scale, style: style, thickness: highlightD) { Point(axisX + $1, $0) } ?? []
        var tickTexts: [Element] = []
        let taken = periodTexts.map(\.bounds)
        for ((t, metrics), box) in zip(zip(ticks, tickMetrics), tickBoxes) {
            let ty = scale.position(t.day)
            guard box.minX >= m - 0.01, box.minY >= plotTop - 0.01, box.maxY <= plotBottom + 0.01 else { continue }
            scene.append(.line(LineElement(role: "tick", points: [Point(axisX - unit, ty), Point(axisX, ty)],
                                           stroke: Stroke(color: style.colors.axis, width: style.lines.tick))))
            // A label a period's name covers gives way; its tick stays, so the scale keeps its rhythm.
            guard !taken.contains(where: { $0.overlaps(box) }) else { continue }
            tickTexts.append(.text(TextElement(role: "tick-label", text: t.label, font: tickFont,
                                               color: style.colors.muted, topLeft: Point(box.minX, box.minY),
                                               metrics: metrics)))
        }
        let leaderStroke = Stroke(color: style.colors.axis, width: style.lines.leader)
        var labelTexts: [Element] = []
        for g in groups.indices {
            guard let block = result.blocks[g], let labelTop = result.tops[g] else { continue }
            let my = scale.position(groups[g].day)
            let anchorY = labelTop + min(block.height / 2, (block.lines.first?.metrics.height ?? 0) / 2)
            let startX = axisX + (groups[g].highlight ? highlightD : markerD) / 2
            scene.append(.line(LineElement(role: "leader",
                                           points: [Point(startX, my), Point(axisX + unit * 2, my),
                                                    Point(labelX - unit * 2, anchorY), Point(labelX - unit / 2, anchorY)],
                                           stroke: leaderStroke)))
            labelTexts += block.elements(at: Point(labelX, labelTop), alignRight: false).map { .text($0) }
        }
        let ys = groups.map { scale.position($0.day) }
        for g in groups.indices where !groups[g].cluster {
            let d = groups[g].highlight ? highlightD : markerD
            let crowded = (g > 0 && ys[g] - ys[g - 1] < d * 0.6) || (g + 1 < ys.count && ys[g + 1] - ys[g] < d * 0.6)
            let look = layout.markerEncoding(groups[g], encodings)
            scene.append(layout.marker(look.shape, role: groups[g].highlight ? "marker-highlight" : "marker",
                                       center: Point(axisX, ys[g]), diameter: d, fill: look.fill,
                                       stroke: crowded ? nil : Stroke(color: style.colors.background, width: 1.25)))
        }
        scene.elements += labelTexts + tickTexts + periodTexts + top
        for e in scene.texts where e.elided && e.role == "label" { notices.append("label cut to fit: \(MessageText.quoted(e.text))") }
        // A cluster left unlabelled is still on the strip: only dates of their own count as dropped.
        let dropped = groups.indices.filter { result.tops[$0] == nil && !groups[$0].cluster }
        var unlabelled = 0
        if !dropped.isEmpty {
            let events = dropped.map { groups[$0].events.count }.reduce(0, +)
            unlabelled = events
            let line = layout.unlabelledLine(events: events, width: labelWidth)
            scene.append(.text(TextElement(role: line.role, text: line.text, font: line.font, color: line.color,
                                           topLeft: Point(labelX, size.height - m - line.metrics.height),
                                           metrics: line.metrics)))
            let names = dropped.prefix(5).flatMap { groups[$0].events.map(\.label) }
            notices.append("\(events) of \(timeline.events.count) events (\(dropped.count) dates) drawn as markers without labels: "
                           + names.prefix(5).joined(separator: ", ") + (events > 5 ? ", …" : ""))
        }
        var laidOut = LayoutResult(scene: scene, notices: notices)
        laidOut.facts.unlabelledEvents = unlabelled
        return laidOut
    }

    /// Where the axis and the label column go. The column left of the axis holds tick labels and period
    /// names; it widens for the latter, up to 30% of the width.
    private func columns(tickWidth: Double, margin m: Double) -> (axisX: Double, labelX: Double, labelWidth: Double) {
        let periodFont = style.font(style.sizes.small, .bold)
        let periodWidth = timeline.periods.compactMap(\.label).map { layout.measurer.measure($0, font: periodFont).width }.max() ?? 0
        let left = min(max(tickWidth, periodWidth), max(1, size.width - 2 * m) * 0.3)
        let axisX = m + left + unit * 2
        let labelX = axisX + layout.highlightDiameter / 2 + unit * 6
        return (axisX, labelX, max(24, size.width - m - labelX))
    }

    /// The canvas height that labels every date with one-line labels (a stack where a date's names do not
    /// fit one line) at `labelSize`, heading included. The tick column is estimated from a year label,
    /// since the scale, and so its ticks, depend on the height being sought.
    /// Past `limit`, the labels not yet measured are left so (see TimelineLayout.verticalHeight).
    func neededHeight(labelSize: Double, limit: Double = .infinity) -> Double {
        let (_, m, _, heading) = layout.opening(title, timeline: timeline, density: density, size: size)
        let year = layout.measurer.measure("2000", font: style.font(style.sizes.small)).width
        let labelWidth = columns(tickWidth: year, margin: m).labelWidth
        let dates = TimelineLayout.DateStyle(timeline.events)
        let fixed = heading.bottom + 2 * layout.scaleInset + m
        var labels: [LabelBlock] = [], heights = 0.0
        for g in groups {
            guard let b = layout.block(for: g, size: labelSize, maxWidth: labelWidth, notes: false, dates: dates,
                                       mayCut: true, inline: true) else { continue }
            labels.append(b)
            heights += b.height
            // Every gap is at least unit / 2 (see `gap`): what is measured so far is a lower bound of the whole.
            let least = fixed + heights + unit / 2 * Double(labels.count - 1)
            if least > limit { return least }
        }
        return fixed + heights + gap(labels) * Double(max(0, labels.count - 1))
    }

    /// More labels than `spread` could ever place in `height` at `size`: each is at least one line (counted at
    /// four fifths of the label font's line, for fallback fonts with shorter lines) and the gap at least unit / 2.
    private func mostLabels(size: Double, height: Double) -> Int {
        let line = 0.8 * layout.measurer.measure("0", font: style.font(size)).height
        let gap = unit / 2
        return Int(((height + gap) / (line + gap)).rounded(.down)) + 1
    }

    /// The space between labels: one-line labels read as a list and sit closer than stacks.
    private func gap(_ blocks: [LabelBlock]) -> Double {
        blocks.allSatisfy(\.inline) ? unit / 2 : unit
    }

    /// Tops for the kept blocks: each centred on its marker where it can be, pushed apart to keep a gap,
    /// then pulled back inside [top, bottom]. Nil when they cannot all fit.
    private func spread(_ keep: [Int], blocks: [Int: LabelBlock], scale: DateScale, top: Double,
                        bottom: Double) -> [Int: Double]? {
        let gap = gap(keep.map { blocks[$0]! })
        var tops: [Double] = []
        var previousBottom = top - gap
        for g in keep {
            let b = blocks[g]!
            let desired = scale.position(groups[g].day) - (b.lines.first?.metrics.height ?? b.height) / 2
            let t = max(desired, previousBottom + gap, top)
            tops.append(t)
            previousBottom = t + b.height
        }
        var nextTop = bottom + gap
        for i in stride(from: keep.count - 1, through: 0, by: -1) {
            let b = blocks[keep[i]]!
            tops[i] = min(tops[i], nextTop - gap - b.height)
            if tops[i] < top - 0.01 { return nil }
            nextTop = tops[i]
        }
        return Dictionary(uniqueKeysWithValues: zip(keep, tops))
    }
}
