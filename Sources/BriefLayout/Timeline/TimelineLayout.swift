// The timeline diagram: a true date scale, one marker per date, labels placed so nothing overlaps.

import BriefModel
import BriefScene

/// Events that share a date share a marker; their labels stack in one block.
struct MarkerGroup {
    var date: BriefDate
    var events: [TimelineEvent]
    /// A density strip's cluster ("75 events"): labelled on the strip, with no marker of its own.
    var cluster = false
    var day: Double { date.position }
    var highlight: Bool { events.contains { $0.highlight } }
    /// Labelled first when not every date can be: highlighted or marked `keep: true`.
    var important: Bool { events.contains { $0.highlight || $0.keep } }
}

/// Lays out a `Timeline` into a scene of the given size. Pure: the same input gives the same scene.
package struct TimelineLayout {
    package let style: Style
    package let measurer: any TextMeasurer
    /// The words and date forms of the briefing's language.
    package let language: Language
    let fitter: TextFitter
    /// The outer margin; nil for the style's (5% of the short side). A page block sets 0.
    package var margin: Double?
    /// Whether a right-to-left language's timeline is mirrored (time then runs right to left); a page that
    /// mirrors as a whole sets false.
    package var mirrorsRightToLeft = true

    package init(style: Style, measurer: any TextMeasurer, language: Language) {
        self.style = style
        self.measurer = measurer
        self.language = language
        self.fitter = TextFitter(measurer: measurer)
    }

    /// The timeline as a scene. `title` overrides the timeline's own title; `showTitle: false` leaves it
    /// out (a page that prints its own heading). Orientation defaults to the canvas's shape.
    package func layout(_ timeline: Timeline, size: Size, orientation: TimelineOrientation? = nil,
                       title: String? = nil, showTitle: Bool = true) -> LayoutResult {
        let (timeline, mergeNotices) = TimelineLayout.mergingGroups(timeline)
        let groups = TimelineLayout.markerGroups(timeline.events)
        let heading = showTitle ? (title ?? timeline.title) : nil
        let along = orientation ?? .automatic(for: size)
        let density = DensityView(timeline, groups: groups,
                                  axisLength: (along == .horizontal ? size.width : size.height)
                                      - 2 * (margin(size) + scaleInset),
                                  marker: style.spacing.marker, language: language)
        var result: LayoutResult
        switch along {
        case .horizontal:
            result = HorizontalTimeline(layout: self, timeline: timeline, groups: density?.labelled ?? groups,
                                        density: density, size: size, title: heading).run()
        case .vertical:
            result = VerticalTimeline(layout: self, timeline: timeline, groups: density?.labelled ?? groups,
                                      density: density, size: size, title: heading).run()
        }
        result.facts = TimelineLayout.facts(result.scene, unlabelledEvents: result.facts.unlabelledEvents)
        result.scene.metadata = SceneMetadata(title: heading ?? timeline.title ?? timeline.id,
                                              description: TimelineLayout.describe(timeline, groups: groups, in: language)
                                                  + (density?.altText(language) ?? ""))
        measurer.settings.record(in: &result.scene.metadata)
        if let density { result.notices.insert(density.notice, at: 0) }
        result.notices += LayoutResult.letterBreakNotices(result.scene, measurer: measurer)
        if !result.notices.contains(TimelineLayout.notesLeftOut) {
            result.notices += TimelineLayout.unshownNotes(timeline, groups: groups, in: result.scene)
        }
        result.notices = (mergeNotices + result.notices).map { "timeline \(timeline.id): \($0)" }
        if language.rightToLeft && mirrorsRightToLeft { result.scene = result.scene.mirrored() }
        return result
    }

    /// What a timeline scene this layout made shows: its labels (the roles it gave them), their smallest
    /// size, its notes, and the height its elements use; `unlabelledEvents` is the placement's own count.
    static func facts(_ scene: Scene, unlabelledEvents: Int) -> DiagramFacts {
        var facts = DiagramFacts(unlabelledEvents: unlabelledEvents)
        var smallest = Double.infinity
        for element in scene.elements {
            if element.role != "band" { facts.usedHeight = max(facts.usedHeight, element.bounds.maxY) }
            guard case .text(let t) = element else { continue }
            if t.role == "label" { facts.labels += 1; smallest = min(smallest, t.font.size) }
            if t.role == "note" { facts.notes += 1 }
        }
        facts.labelSize = facts.labels > 0 ? smallest : 0
        return facts
    }

    /// Said when a timeline shows no notes for want of room.
    static let notesLeftOut = "notes left out for lack of room"

    /// The events labelled in a scene that shows notes but not theirs: a label with no room for its note, or a
    /// note longer than four lines at the widest a note may be, is left without it (and said so).
    static func unshownNotes(_ timeline: Timeline, groups: [MarkerGroup], in scene: Scene) -> [String] {
        let texts = scene.texts
        let labels = Set(texts.filter { $0.role == "label" }.map(\.text))
        let notes = Set(texts.filter { $0.role == "note" }.map(\.text))
        let missing = groups.flatMap(\.events).filter { e in
            guard let note = e.note, !note.isEmpty, labels.contains(e.label) else { return false }
            return !notes.contains(note)
        }
        guard !missing.isEmpty else { return [] }
        let named = missing.prefix(3).map { MessageText.quoted($0.label) }.joined(separator: ", ") + (missing.count > 3 ? ", …" : "")
        return ["\(missing.count) \(missing.count == 1 ? "note" : "notes") not shown (no room beside the label, or longer "
                + "than four lines): " + named]
    }

    /// The height a vertical timeline `width` wide needs to label every date on one line at `labelSize`
    /// (the style's body size by default), title included when `showTitle`. A caller that takes at most
    /// `limit` gets some height above it as soon as the labels measured so far pass it (the rest unmeasured:
    /// thousands of dates would otherwise each be measured for an answer that is cut to the limit anyway).
    package func verticalHeight(_ timeline: Timeline, width: Double, labelSize: Double? = nil,
                               showTitle: Bool = true, limit: Double = .infinity) -> Double {
        VerticalTimeline(layout: self, timeline: timeline, groups: TimelineLayout.markerGroups(timeline.events),
                         density: nil, size: Size(width: width, height: .infinity), title: showTitle ? timeline.title : nil)
            .neededHeight(labelSize: labelSize ?? style.sizes.body, limit: limit)
    }

    /// Groups events by identical date (same day number and precision), in date order.
    static func markerGroups(_ events: [TimelineEvent]) -> [MarkerGroup] {
        var groups: [MarkerGroup] = []
        var index: [BriefDate: Int] = [:]
        for e in events {
            if let i = index[e.date] { groups[i].events.append(e) } else {
                index[e.date] = groups.count
                groups.append(MarkerGroup(date: e.date, events: [e]))
            }
        }
        return groups.sorted { $0.date < $1.date }
    }

    /// A one-sentence text description of the timeline (alt text).
    package static func describe(_ timeline: Timeline, in language: Language) -> String {
        describe(timeline, groups: markerGroups(timeline.events), in: language)
    }

    /// The alt text of a timeline whose marker groups are known.
    static func describe(_ timeline: Timeline, groups: [MarkerGroup], in language: Language) -> String {
        let sorted = timeline.events.sorted { $0.date < $1.date }
        guard let first = sorted.first, let last = sorted.last else { return language.phrase(.altTimelineEmpty) }
        func date(_ d: BriefDate) -> String { language.date(d, .long) }
        let span = first.date == last.date ? language.phrase(.altTimelineOn, ["date": date(first.date)])
            : language.phrase(.altTimelineRange, ["start": date(first.date), "end": date(last.date)])
        let listed = sorted.prefix(20).map { "\($0.label) (\(date($0.date)))" }.joined(separator: language.phrase(.listSeparator))
        let more = sorted.count > 20 ? language.phrase(.altTimelineMore, count: sorted.count - 20) : ""
        let highlights = sorted.filter(\.highlight).map(\.label)
        let hl = highlights.isEmpty ? "" : language.phrase(.altTimelineHighlighted, ["list": language.list(highlights)])
        return language.phrase(.altTimeline, count: sorted.count, ["span": span, "list": listed, "more": more]) + hl
            + brokenAxis(axisBreaks(timeline, groups: groups), sorted: sorted, date: date, in: language)
    }

    /// The alt text's note of each stretch the axis leaves out, named by the events either side of it.
    private static func brokenAxis(_ breaks: [ClosedRange<Double>], sorted: [TimelineEvent], date: (BriefDate) -> String,
                                   in language: Language) -> String {
        breaks.compactMap { b -> String? in
            guard let before = sorted.last(where: { $0.date.position <= b.lowerBound }),
                  let after = sorted.first(where: { $0.date.position >= b.upperBound }) else { return nil }
            return language.phrase(.altTimelineBroken, ["start": date(before.date), "end": date(after.date)])
        }.joined()
    }

    // MARK: Shared pieces of both orientations

    /// A highlighted date's marker diameter (larger than the others).
    var highlightDiameter: Double { style.spacing.marker * 1.35 }

    /// How far inside the plot the date scale ends, so the largest marker stays whole.
    var scaleInset: Double { highlightDiameter / 2 + 2 }

    /// The dates a timeline's scale covers: its dates' own spans and its periods (see `DateScale.domain`).
    static func domain(_ timeline: Timeline, groups: [MarkerGroup]) -> (Double, Double) {
        DateScale.domain(points: groups.map(\.day), spans: occupied(timeline, groups: groups))
    }

    /// The stretches `timeline`'s axis leaves out (none with `scale: linear`): what its scale and its alt
    /// text both follow.
    static func axisBreaks(_ timeline: Timeline, groups: [MarkerGroup]) -> [ClosedRange<Double>] {
        guard timeline.scale == .auto else { return [] }
        return DateScale.breaks(intervals: occupied(timeline, groups: groups), domain: domain(timeline, groups: groups))
    }

    /// The stretches of time a timeline's data occupies: each date's own span and each period.
    static func occupied(_ timeline: Timeline, groups: [MarkerGroup]) -> [(Double, Double)] {
        groups.map { ($0.date.start, $0.date.end) } + timeline.periods.map { ($0.start.start, ($0.end ?? $0.start).end) }
    }

    /// The date scale of `timeline` from `start` to `end` along its axis: broken across each stretch without
    /// events that would take more than a third of it, unless the timeline asks for `scale: linear`.
    func scale(_ timeline: Timeline, groups: [MarkerGroup], from start: Double, to end: Double) -> DateScale {
        let domain = TimelineLayout.domain(timeline, groups: groups)
        var scale = DateScale(domainStart: domain.0, domainEnd: domain.1, rangeStart: start, rangeEnd: end)
        scale.breaks = TimelineLayout.axisBreaks(timeline, groups: groups)
        if !scale.breaks.isEmpty { scale.breakLength = style.spacing.unit * 4 }
        return scale
    }

    /// The axis line from `start` to `end` (coordinates along it), interrupted at each break of `scale` by
    /// the standard mark: two short parallel slants across the gap. `point(along, across)` places a point,
    /// `across` measured from the axis (positive: above a horizontal axis, right of a vertical one).
    func axisElements(_ scale: DateScale, from start: Double, to end: Double,
                      point: (Double, Double) -> Point) -> [Element] {
        let stroke = Stroke(color: style.colors.axis, width: style.lines.axis)
        let half = scale.breakLength / 4, rise = style.spacing.unit * 1.5
        var elements: [Element] = [], from = start
        for mark in scale.breakPositions {
            elements.append(.line(LineElement(role: "axis", points: [point(from, 0), point(mark - half, 0)], stroke: stroke)))
            for x in [mark - half, mark + half] {
                elements.append(.line(LineElement(role: "axis-break",
                                                  points: [point(x - rise / 2, -rise), point(x + rise / 2, rise)],
                                                  stroke: stroke)))
            }
            from = mark + half
        }
        elements.append(.line(LineElement(role: "axis", points: [point(from, 0), point(end, 0)], stroke: stroke)))
        return elements
    }

    /// What both orientations start from: the empty canvas, its margin and content width, and the heading.
    func opening(_ title: String?, timeline: Timeline, density: DensityView?, size: Size)
        -> (scene: Scene, margin: Double, contentWidth: Double,
            heading: (elements: [Element], bottom: Double, notices: [String])) {
        let m = margin(size)
        let contentWidth = max(1, size.width - 2 * m)
        return (Scene(width: size.width, height: size.height, background: style.colors.background), m, contentWidth,
                heading(title, timeline: timeline, density: density, margin: m, width: contentWidth))
    }

    /// How each group of `timeline` is drawn, in the order groups first appear: a colour of the style's
    /// palette, and a marker shape when the style always shows shapes or has fewer colours than there are
    /// groups. Each group has a shape of its own while there are enough; past that, shapes advance one step
    /// per round of the palette, so colour and shape together stay distinct for colours × shapes groups.
    func groupEncodings(_ timeline: Timeline) -> [GroupEncoding] {
        var names: [String] = []
        for e in timeline.events { if let g = e.group, !names.contains(g) { names.append(g) } }
        let palette = style.colors.categorical, shapes = style.markerShapes
        guard !palette.isEmpty else { return [] }
        let shaped = !shapes.isEmpty && (style.shapesAlways || names.count > Set(palette).count)
        return names.enumerated().map { i, name in
            GroupEncoding(name: name, color: palette[i % palette.count],
                          shape: !shaped ? .circle : names.count <= shapes.count ? shapes[i]
                              : shapes[(i + i / palette.count) % shapes.count])
        }
    }

    /// A marker's fill and shape: the accent for a highlight, else its group's colour (the primary colour
    /// without a group); its group's shape.
    func markerEncoding(_ group: MarkerGroup, _ encodings: [GroupEncoding]) -> (fill: Color, shape: MarkerShape) {
        let own = group.events.first?.group.flatMap { g in encodings.first { $0.name == g } }
        return (group.highlight ? style.colors.accent : own?.color ?? style.colors.primary, own?.shape ?? .circle)
    }

    /// A marker of `shape` and `diameter` centred on `center`. Squares, diamonds and triangles are sized to
    /// look as large as the circle, not to share its box.
    func marker(_ shape: MarkerShape, role: String, center c: Point, diameter d: Double, fill: Color,
                stroke: Stroke?) -> Element {
        switch shape {
        case .circle:
            return .circle(ShapeElement(role: role, box: Rect(x: c.x - d / 2, y: c.y - d / 2, width: d, height: d),
                                        fill: fill, stroke: stroke))
        case .square:
            let s = d * 0.88
            return .rect(ShapeElement(role: role, box: Rect(x: c.x - s / 2, y: c.y - s / 2, width: s, height: s),
                                      fill: fill, stroke: stroke))
        case .diamond:
            let r = d * 0.62
            return .path(PathElement(role: role, commands: [.move(Point(c.x, c.y - r)), .line(Point(c.x + r, c.y)),
                                                            .line(Point(c.x, c.y + r)), .line(Point(c.x - r, c.y)), .close],
                                     fill: fill, stroke: stroke))
        case .triangle, .triangleDown:
            // Its centroid on the centre: a third of the height on the base's side, two thirds on the apex's.
            let h = d * 1.1, w = h * 1.15, up: Double = shape == .triangle ? 1 : -1
            return .path(PathElement(role: role, commands: [.move(Point(c.x, c.y - up * h * 2 / 3)),
                                                            .line(Point(c.x + w / 2, c.y + up * h / 3)),
                                                            .line(Point(c.x - w / 2, c.y + up * h / 3)), .close],
                                     fill: fill, stroke: stroke))
        case .plus:
            // A Greek cross with arms a third of its span thick: as dark as the circle it stands beside.
            let r = d * 0.6, t = r / 3
            let outline = [(-t, -r), (t, -r), (t, -t), (r, -t), (r, t), (t, t), (t, r), (-t, r), (-t, t), (-r, t),
                           (-r, -t), (-t, -t)].map { Point(c.x + $0.0, c.y + $0.1) }
            return .path(PathElement(role: role, commands: [.move(outline[0])] + outline.dropFirst().map { .line($0) }
                                         + [.close],
                                     fill: fill, stroke: stroke))
        }
    }

    /// `timeline` with groups that differ only in case or surrounding spaces ("trade", "Trade ") spelled as
    /// they first appear, and a notice for each such set: they are one group, drawn and listed once.
    static func mergingGroups(_ timeline: Timeline) -> (Timeline, [String]) {
        func key(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        var first: [String: String] = [:], spellings: [String: [String]] = [:], order: [String] = []
        for g in timeline.events.compactMap(\.group) {
            let k = key(g)
            if first[k] == nil { first[k] = g; order.append(k) }
            if !(spellings[k] ?? []).contains(g) { spellings[k, default: []].append(g) }
        }
        let merged = order.filter { (spellings[$0]?.count ?? 0) > 1 }
        guard !merged.isEmpty else { return (timeline, []) }
        var t = timeline
        t.events = timeline.events.map { e in
            var e = e
            if let g = e.group { e.group = first[key(g)] }
            return e
        }
        let notices = merged.map { k in
            "groups " + (spellings[k] ?? []).map(MessageText.quoted).joined(separator: " and ")
                + " differ only in case or spaces: drawn as one group, \(MessageText.quoted(first[k] ?? k))"
        }
        return (t, notices)
    }

    /// How a timeline's labels write dates, the same for every label of it: only what the axis does not
    /// already say (its ticks name the day of a programme and the year of a single year's events).
    enum DateStyle {
        /// Every event has a time and they fall within two days, which the axis names: times alone ("14:30").
        case timesOnly
        /// Every event falls within one year, which the axis names (its first day or month tick carries the
        /// year; time ticks do not, so dates with a time keep theirs): "29 Oct", "Oct".
        case withinYear
        /// Some dates carry a day, written with a short month ("29 Oct 2025"): months alike ("Oct 2025").
        case shortMonths
        /// Month names in full ("October 2025").
        case fullMonths

        init(_ events: [TimelineEvent]) {
            let days = events.map { Int($0.date.start.rounded(.down)) }
            let years = Set(events.map(\.date.year))
            if let first = days.min(), let last = days.max(), last - first <= 1,
               events.allSatisfy({ $0.date.precision == .minute }) {
                self = .timesOnly
            } else if years.count == 1, events.allSatisfy({ $0.date.precision == .day || $0.date.precision == .month }) {
                self = .withinYear
            } else if events.contains(where: { $0.date.precision == .day || $0.date.precision == .minute }) {
                self = .shortMonths
            } else {
                self = .fullMonths
            }
        }
    }

    /// The date as a label shows it, in the timeline's `dates` style; months abbreviated also when `short`
    /// (labels set on one line, and the stacked ones beside them, which must read alike).
    func dateText(_ date: BriefDate, dates: DateStyle, short: Bool = false) -> String {
        switch (dates, date.precision) {
        case (.timesOnly, .minute): return language.dates.tick(date, .time)
        case (.withinYear, .day): return language.dates.tick(date, .day)
        case (.withinYear, .month): return language.dates.tick(date, .month)
        default: return language.date(date, short || dates == .shortMonths ? .short : .long)
        }
    }

    /// Builds a group's label block at `size`; nil when the names cannot fit `maxWidth` in three lines and
    /// `mayCut` is false. `maxNames` limits a same-date stack, adding "+N more". `inline` asks for names and
    /// date on one line when that fits `inlineWidth` (default: `maxWidth`). With `notes`, each shown event's
    /// note follows its name, in up to four lines, as wide as `noteWidth` (default: `maxWidth`) when it must.
    func block(for group: MarkerGroup, size: Double, maxWidth: Double, notes: Bool, dates: DateStyle,
               mayCut: Bool, maxNames: Int? = nil, inline: Bool = false, inlineWidth: Double? = nil,
               noteWidth: Double? = nil) -> LabelBlock? {
        // Names and a short date on one line when asked: "Japan  Nov 2023", "Indonesia, Singapore  Mar 2025".
        if inline, maxNames == nil, let line = inlineBlock(group, size: size, maxWidth: inlineWidth ?? maxWidth,
                                                           dates: dates) {
            return line
        }
        let minimum = style.sizes.minimum
        let dateSize = max(minimum, size - (style.sizes.body - style.sizes.small))
        var lines: [LabelLine] = []
        let shown = group.events.prefix(maxNames ?? group.events.count)
        // A date's only event has its note after the date; in a stack, each note follows its name.
        let noteAfterDate = shown.count == group.events.count && shown.count == 1
        for e in shown {
            let font = style.font(size, e.highlight ? .bold : .regular)
            let fitted: FittedText
            if fitter.fits(e.label, font: font, width: maxWidth, maxLines: 1) {
                let m = measurer.measure(e.label, font: font)
                fitted = FittedText(text: e.label, font: font, metrics: m, elided: false, wrapWidth: nil)
            } else if fitter.fits(e.label, font: font, width: maxWidth, maxLines: 3) {
                let m = measurer.measure(e.label, font: font, wrapWidth: maxWidth)
                fitted = FittedText(text: e.label, font: font, metrics: m, elided: false, wrapWidth: maxWidth)
            } else if mayCut || !fitter.fits(e.label, font: font.sized(minimum), width: maxWidth, maxLines: 3) {
                // Too long even at the smallest size: cutting it is the only way, so do not shrink the rest for it.
                fitted = fitter.elide(e.label, font: font, width: maxWidth, maxLines: 3)
            } else {
                return nil
            }
            lines.append(LabelLine(text: fitted.text, font: fitted.font,
                                   color: e.highlight ? style.colors.accent : style.colors.text,
                                   role: "label", metrics: fitted.metrics, wrapWidth: fitted.wrapWidth,
                                   elided: fitted.elided))
            if notes, !noteAfterDate, let note = noteLine(e, font: style.font(dateSize), widths: [maxWidth, noteWidth ?? maxWidth]) {
                lines.append(note)
            }
        }
        if shown.count < group.events.count {
            let more = language.phrase(.more, count: group.events.count - shown.count)
            let font = style.font(dateSize)
            lines.append(LabelLine(text: more, font: font, color: style.colors.muted, role: "more",
                                   metrics: measurer.measure(more, font: font), wrapWidth: nil, elided: false))
        }
        let dateFont = style.font(dateSize)
        let dateLabel = dateText(group.date, dates: dates, short: inline)
        lines.append(LabelLine(text: dateLabel, font: dateFont, color: style.colors.muted, role: "date",
                               metrics: measurer.measure(dateLabel, font: dateFont), wrapWidth: nil, elided: false))
        if notes, noteAfterDate, let note = noteLine(group.events[0], font: dateFont,
                                                          widths: [maxWidth, noteWidth ?? maxWidth]) {
            lines.append(note)
        }
        return LabelBlock(lines: lines, gap: max(0.5, size * 0.08))
    }

    /// An event's note in up to four lines, at the first of `widths` (narrowest first) that holds it whole;
    /// nil when none does (the note is left out and said so, never cut).
    private func noteLine(_ event: TimelineEvent, font: FontSpec, widths: [Double]) -> LabelLine? {
        guard let note = event.note, !note.isEmpty else { return nil }
        let widest = widths.max() ?? 0
        let tries = [widths.min() ?? widest, (widths.min() ?? widest) * 1.5, widest].filter { $0 <= widest }
        guard let width = tries.first(where: { fitter.fits(note, font: font, width: $0, maxLines: 4) }) else {
            return nil
        }
        return LabelLine(text: note, font: font, color: style.colors.muted, role: "note",
                         metrics: measurer.measure(note, font: font, wrapWidth: width), wrapWidth: width, elided: false)
    }

    /// The line that counts the events left without labels, at the smallest size, within `width`: the full
    /// sentence, or where that is too wide the short "+N more". Never cut, so it never loses its number.
    func unlabelledLine(events: Int, width: Double) -> LabelLine {
        let font = style.font(style.sizes.minimum)
        let full = language.phrase(.moreUnlabelled, count: events)
        let text = fitter.fits(full, font: font, width: width, maxLines: 1) ? full : language.phrase(.more, count: events)
        return LabelLine(text: text, font: font, color: style.colors.muted, role: "more",
                         metrics: measurer.measure(text, font: font), wrapWidth: nil, elided: false)
    }

    /// Names (up to three, comma-separated, all highlighted or none) and short date side by side, or nil when
    /// that does not fit `maxWidth` uncut.
    private func inlineBlock(_ group: MarkerGroup, size: Double, maxWidth: Double, dates: DateStyle) -> LabelBlock? {
        let events = group.events
        guard let e = events.first, events.count <= 3, events.allSatisfy({ $0.highlight == e.highlight }) else {
            return nil
        }
        let names = events.map(\.label).joined(separator: language.phrase(.listSeparator))
        let font = style.font(size, e.highlight ? .bold : .regular)
        let dateFont = style.font(max(style.sizes.minimum, size - (style.sizes.body - style.sizes.small)))
        let date = dateText(group.date, dates: dates, short: true)
        let name = measurer.measure(names, font: font), when = measurer.measure(date, font: dateFont)
        let gap = style.spacing.unit
        guard name.width + gap + when.width <= maxWidth else { return nil }
        return LabelBlock(lines: [LabelLine(text: names, font: font, color: e.highlight ? style.colors.accent : style.colors.text,
                                            role: "label", metrics: name, wrapWidth: nil, elided: false),
                                  LabelLine(text: date, font: dateFont, color: style.colors.muted, role: "date",
                                            metrics: when, wrapWidth: nil, elided: false)],
                          gap: gap, inline: true)
    }

    /// The font sizes to try, largest first: the style's body size down to its minimum in half points.
    var labelSizes: [Double] {
        var sizes: [Double] = []
        var s = style.sizes.body
        while s > style.sizes.minimum + 1e-9 { sizes.append(s); s -= 0.5 }
        sizes.append(style.sizes.minimum)
        return sizes
    }

    /// The label forms to try, in order, for either orientation: stacked labels (name over date) at full
    /// size or one point less, with notes first when there are any; then name and date on one line, which
    /// halves their height; then smaller stacks; last, one-line labels at the minimum, where whatever still
    /// cannot be placed is dropped.
    func labelAttempts(hasNotes: Bool) -> [(size: Double, notes: Bool, inline: Bool)] {
        let sizes = labelSizes
        let large = sizes.filter { $0 >= style.sizes.body - 1 - 1e-9 }
        let small = sizes.filter { $0 < style.sizes.body - 1 - 1e-9 }
        var attempts: [(size: Double, notes: Bool, inline: Bool)] = hasNotes ? large.map { ($0, true, false) } : []
        attempts += large.map { ($0, false, false) }
        attempts += sizes.dropLast().map { ($0, false, true) }
        attempts += small.map { ($0, false, false) }
        attempts.append((style.sizes.minimum, false, true))
        return attempts
    }

    /// Period bands alternate two pale shades, so periods that meet stay two.
    static func bandColor(_ style: Style, _ index: Int) -> Color {
        index % 2 == 0 ? style.colors.band : style.colors.band.mixed(with: style.colors.grid, 0.6)
    }

    /// Rounds to the style's spacing grid.
    func grid(_ v: Double) -> Double {
        let u = style.spacing.unit
        return (v / u).rounded() * u
    }

    /// Outer margin: at least 5% (the style's fraction) of the short side, on the grid.
    func margin(_ size: Size) -> Double {
        if let margin { return max(0, margin) }
        return max(style.spacing.unit * 2, grid(min(size.width, size.height) * style.spacing.marginFraction))
    }

    /// The title, group legend and density key above either orientation, from the top margin down; `bottom`
    /// is where the plot may start.
    func heading(_ title: String?, timeline: Timeline, density: DensityView?, margin m: Double,
                 width: Double) -> (elements: [Element], bottom: Double, notices: [String]) {
        let unit = style.spacing.unit
        var elements: [Element] = []
        var notices: [String] = []
        var y = m
        if let title, !title.isEmpty {
            let (e, fitted) = titleElement(title, at: Point(m, y), width: width)
            if fitted.elided { notices.append("title cut to fit: \(MessageText.quoted(title))") }
            elements.append(.text(e))
            y = e.box.maxY + unit * 2
        }
        let encodings = groupEncodings(timeline)
        if !encodings.isEmpty {
            let (legend, bottom) = legendElements(encodings, top: y, left: m, width: width, notices: &notices)
            elements += legend
            y = bottom + unit * 2
        }
        if let density {
            let (key, bottom) = density.key(style: style, fitter: fitter, language: language, top: y, left: m, width: width)
            elements += key
            y = bottom + unit * 2
        }
        return (elements, y, notices)
    }

    /// The heading text, fitted to the width in up to two lines.
    func titleElement(_ text: String, at point: Point, width: Double) -> (TextElement, FittedText) {
        let fitted = fitter.fit(text, font: style.font(style.sizes.heading, .bold), width: width, maxLines: 2,
                                minimum: style.sizes.minimum)
        let e = TextElement(role: "title", text: fitted.text, font: fitted.font, color: style.colors.text,
                            wrapWidth: fitted.wrapWidth, topLeft: point, metrics: fitted.metrics,
                            elided: fitted.elided)
        return (e, fitted)
    }

    /// Picks the finest tick unit (never finer than the data's finest precision) whose labels keep a gap and
    /// that gives at most one tick per 70 pt; when that leaves fewer than three ticks (a long axis broken, a
    /// short column), the coarsest unit that gives three whose labels still keep their gap.
    func chooseTicks(scale: DateScale, precision: DatePrecision, font: FontSpec, gap: Double,
                     along: (Tick) -> Double, extent: (TextMetrics) -> Double) -> [Tick] {
        // Each stretch an axis break leaves ticks its own, the first saying its context ("11 Sep", "Jan 2025");
        // none next to a break's mark.
        let segments = scale.segments
        let span = segments.reduce(0) { $0 + $1.upperBound - $1.lowerBound }
        let length = abs(scale.rangeEnd - scale.rangeStart) - Double(scale.breaks.count) * scale.breakLength
        let units = TickUnit.candidates.filter { $0.precision <= precision }
        // A segment's ticks keep a break's length clear of its mark: its first tick, which says its context,
        // is then one that is drawn.
        let clearance = span > 0 && length > 0 ? scale.breakLength * span / length : 0
        let inset = segments.enumerated().map { i, s -> ClosedRange<Double> in
            let lo = i > 0 ? s.lowerBound + clearance : s.lowerBound
            let hi = i < segments.count - 1 ? s.upperBound - clearance : s.upperBound
            return lo...max(lo, hi)
        }
        func ticks(_ unit: TickUnit) -> [Tick] {
            inset.flatMap { unit.ticks(from: $0.lowerBound, to: $0.upperBound, dates: language.dates) }
        }
        // Each stretch of the axis longer than 40 pt keeps a tick of its own.
        func coversSegments(_ ticks: [Tick]) -> Bool {
            inset.allSatisfy { s in
                abs(along(Tick(day: s.upperBound, label: "")) - along(Tick(day: s.lowerBound, label: ""))) < 40
                    || ticks.contains { s.contains($0.day) }
            }
        }
        func keepGaps(_ ticks: [Tick]) -> Bool {
            var lastEnd = -Double.infinity
            for t in ticks {
                let e = extent(measurer.measure(t.label, font: font))
                let p = along(t)
                if p - e / 2 < lastEnd + gap { return false }
                lastEnd = p + e / 2
            }
            return true
        }
        var fallback: [Tick] = [], calm: [Tick]?
        for unit in units {
            let estimate = span / unit.approximateDays
            if estimate > max(2, length / 70) { continue } // at most one tick per 70 pt: a calm scale
            let made = ticks(unit)
            if made.isEmpty { continue }
            if fallback.isEmpty { fallback = made }
            if (made.count >= 2 || estimate < 2) && keepGaps(made) { calm = made; break }
        }
        if let calm, calm.count >= 3, coversSegments(calm) { return calm }
        for unit in units.reversed() where span / unit.approximateDays < length / 12 {
            let made = ticks(unit)
            if made.count >= 3 && coversSegments(made) && keepGaps(made) { return made }
        }
        return calm ?? Array(fallback.prefix(1))
    }

    /// The group legend: a marker swatch and name per group, flowing into rows; returns its bottom.
    func legendElements(_ encodings: [GroupEncoding], top: Double, left: Double, width: Double,
                                notices: inout [String]) -> ([Element], Double) {
        var elements: [Element] = []
        let font = style.font(style.sizes.small)
        let d = style.spacing.marker
        let unit = style.spacing.unit
        var x = left, y = top, rowH = 0.0
        for encoding in encodings {
            let name = encoding.name
            let fitted = fitter.fit(name, font: font, width: max(10, width - d - unit), maxLines: 1,
                                           minimum: style.sizes.minimum)
            if fitted.elided { notices.append("legend entry cut to fit: \(MessageText.quoted(name))") }
            let w = d + unit + fitted.metrics.width
            if x > left && x + w > left + width { x = left; y += rowH + unit; rowH = 0 }
            let h = fitted.metrics.height
            elements.append(marker(encoding.shape, role: "legend-marker", center: Point(x + d / 2, y + h / 2), diameter: d,
                                   fill: encoding.color, stroke: nil))
            elements.append(.text(TextElement(role: "legend", text: fitted.text, font: fitted.font,
                                              color: style.colors.text, topLeft: Point(x + d + unit, y),
                                              metrics: fitted.metrics, elided: fitted.elided)))
            rowH = max(rowH, h)
            x += w + unit * 4
        }
        return (elements, y + rowH)
    }

    /// Highlighted and kept dates first, then the rest in an order that spreads evenly over time
    /// (bit-reversed), so what gets labelled when space runs out is a fair sample.
    static func priorityOrder(_ groups: [MarkerGroup]) -> [Int] {
        let n = groups.count
        var bits = 0
        while (1 << bits) < n { bits += 1 }
        var spread: [Int] = []
        for i in 0..<(1 << bits) {
            var r = 0, v = i
            for _ in 0..<bits { r = (r << 1) | (v & 1); v >>= 1 }
            if r < n { spread.append(r) }
        }
        return spread.filter { groups[$0].important } + spread.filter { !groups[$0].important }
    }

}

/// How one group of a timeline is drawn, in its markers and its legend entry.
struct GroupEncoding {
    let name: String
    let color: Color
    let shape: MarkerShape
}
