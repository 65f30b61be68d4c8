// The one-page briefing: a title band, the template's blocks in rows and columns, and a footer, on one page.

import BriefModel
import BriefScene

/// Lays a whole briefing out on one page following a `ReportTemplate`: the title band, then the template's
/// blocks (summary, figures, outcomes, timeline, pillars, sources) in full-width rows or two columns, then
/// the footer. Blocks without data are left out. When the content is too tall the layout first shrinks
/// (diagrams get less height, then body type steps down to the style's minimum), then cuts the
/// lowest-priority content with a visible "+N more" and a notice. The result is always exactly one page.
public struct ReportLayout {
    /// The look.
    public let style: Style
    /// Measures text as the renderer will draw it.
    public let measurer: any TextMeasurer
    /// The document date used when the briefing has none (ISO 8601); nil leaves it to the front end, which
    /// puts SOURCE_DATE_EPOCH there (`SourceDate`). Layout never reads the environment or the clock.
    public var fallbackDate: String?
    /// The words and date forms of the briefing's language.
    public let language: Language

    /// A report layout drawing in `style`, measuring with `measurer`, writing its own words in `language`.
    public init(style: Style, measurer: any TextMeasurer, language: Language) {
        self.style = style
        self.measurer = measurer
        self.language = language
        self.fallbackDate = nil
    }

    /// The page as one scene of the template's size, with one bookmark per block drawn. The page shows the
    /// timeline with id `timeline` (default, or when the briefing has none with that id: the first with events).
    public func layout(_ briefing: Briefing, template: ReportTemplate = .a4, timeline: String? = nil) -> LayoutResult {
        var style = self.style
        if template.typeScale != 1 {
            let k = template.typeScale
            style.sizes = Style.Sizes(title: style.sizes.title * k, heading: style.sizes.heading * k,
                                      body: style.sizes.body * k, small: style.sizes.small * k,
                                      minimum: style.sizes.minimum * k)
        }
        let kit = ReportKit(style: style, measurer: measurer, language: language)
        let m = template.margins
        let contentWidth = max(1, template.width - m.left - m.right)
        let header = ReportHeader(kit: kit, briefing: briefing, pageWidth: template.width, left: m.left,
                                  width: contentWidth, padding: kit.ceilGrid(min(m.top * 0.5, 32)))
        let band = header.draw()
        let footer = ReportFooter(kit: kit, briefing: briefing, left: m.left, width: contentWidth)
        let footerTop = template.height - m.bottom - footer.height
        let top = band.height + template.gap
        let available = max(0, footerTop - template.gap - top)

        let shown = briefing.timelines.first { $0.id == timeline && !$0.events.isEmpty }
            ?? briefing.timelines.first { !$0.events.isEmpty }
        let plan = ReportPlan(briefing: briefing, template: template, contentWidth: contentWidth, bodyHeight: available,
                              timeline: shown)
        var rows = ReportRow.rows(plan.blocks.map(\.placement))
        // The first rung of the ladder (largest type, fullest diagrams) whose body fits. Heights only
        // shrink down the ladder, so a binary search finds it; an over-full page goes straight to the
        // last rung instead of laying out every one (diagram drafts are the expensive part).
        let ladder = ReportLevel.ladder(style)
        var bodies: [Int: ReportBody] = [:]
        func rung(_ i: Int) -> ReportBody {
            if let known = bodies[i] { return known }
            let level = ladder[i]
            let b = ReportBody(drafts: plan.drafts(ReportKit(style: level.style, measurer: measurer, language: language),
                                                   factor: level.diagramFactor),
                               rows: rows, gap: template.gap)
            bodies[i] = b
            return b
        }
        var fitted = ReportBody(drafts: [], rows: [], gap: template.gap)
        if !ladder.isEmpty, rung(ladder.count - 1).overflows(available) {
            // Before cutting anything: columns of a row balanced by moving blocks from the taller to the other.
            let smallest = rung(ladder.count - 1)
            let balanced = ReportRow.balanced(rows, height: { smallest.drafts[$0].height }, gap: template.gap)
            if balanced != rows {
                rows = balanced
                bodies = bodies.mapValues { ReportBody(drafts: $0.drafts, rows: balanced, gap: template.gap) }
            }
        }
        if !ladder.isEmpty {
            var lo = 0, hi = ladder.count - 1
            if !rung(hi).overflows(available) {
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if !rung(mid).overflows(available) { hi = mid } else { lo = mid + 1 }
                }
                fitted = rung(lo)
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
                var found: ReportBody?
                // From the first level of the style's full type with the diagrams least tall: a page that
                // cuts content gives its room to type before diagram height.
                lo = min(hi - 1, ReportLevel.fullTypeLevels - 1); hi -= 1
                while lo <= hi {
                    let mid = (lo + hi) / 2
                    if let b = alike(mid) { found = b; hi = mid - 1 } else { lo = mid + 1 }
                }
                if let found { fitted = found }
            }
        }
        fitted.cut(toFit: available)
        // Room left over goes first to content a block had cut, then to showing blocks larger or fuller: lists
        // (a group's heading repeated atop a column) before diagrams, higher priority first.
        let growing = fitted.drafts.indices.sorted {
            (fitted.drafts[$0] is ReportListDraft ? 0 : 1, -fitted.drafts[$0].block.priority, $0)
                < (fitted.drafts[$1] is ReportListDraft ? 0 : 1, -fitted.drafts[$1].block.priority, $1)
        }
        for restoring in [true, false] {
            for i in growing {
                var d = fitted.drafts[i]
                _ = d.grow(into: max(0, available - fitted.height), restoring: restoring)
                fitted.drafts[i] = d
            }
        }
        if fitted.overflows(available) { fitted.cut(toFit: available) }

        var scene = Scene(width: template.width, height: template.height, background: style.colors.background)
        scene.elements = band.elements
        scene.bookmarks = [Bookmark(title: briefing.title, y: 0)]
        var notices = band.notices
        let placed = place(fitted, top: top, left: m.left, contentWidth: contentWidth, template: template)
        scene.elements += placed.elements
        scene.bookmarks += placed.bookmarks
        notices += placed.notices
        // The page has room for one timeline; say which others it leaves to `timeline`.
        if plan.blocks.contains(where: { $0.kind == .timeline }), let shown {
            let others = briefing.timelines.filter { !$0.events.isEmpty && $0.id != shown.id }.map(\.id)
            if !others.isEmpty {
                notices.append("report: \(others.count == 1 ? "timeline" : "timelines") \(others.joined(separator: ", ")) "
                               + "not on the page (it shows \(shown.id); `--timeline ID` picks another, "
                               + "`briefkit timeline FILE --id ID` draws \(others.count == 1 ? "it" : "each"))")
            }
        }
        scene.elements += footer.draw(top: footerTop)
        scene.metadata = ReportMetadata.make(briefing, sections: placed.bookmarks.map(\.title), language: language,
                                             sourceDate: fallbackDate)
        measurer.settings.record(in: &scene.metadata)
        notices += LayoutResult.letterBreakNotices(scene, measurer: measurer).map { "report: " + $0 }
        // A right-to-left page reads from the right: header, columns, bullets, bars and diagrams mirror.
        if language.rightToLeft { scene = scene.mirrored() }
        return LayoutResult(scene: scene, notices: notices)
    }

    /// Draws the rows from `top` down: full-width blocks across the content, split rows in two columns.
    private func place(_ body: ReportBody, top: Double, left: Double, contentWidth: Double,
                       template: ReportTemplate) -> (elements: [Element], bookmarks: [Bookmark], notices: [String]) {
        var elements: [Element] = [], bookmarks: [Bookmark] = [], notices: [String] = []
        let columnWidth = template.columns == 2 ? (contentWidth - template.gutter) / 2 : contentWidth
        func draw(_ i: Int, x: Double, y: Double, width: Double, height: Double) {
            let d = body.drafts[i]
            let out = d.draw(in: Rect(x: x, y: y, width: width, height: height))
            elements += out.elements
            notices += out.notices
            if !d.isDropped, let heading = d.heading { bookmarks.append(Bookmark(title: heading, y: y)) }
        }
        var y = top
        for row in body.rows {
            let h = body.rowHeight(row)
            switch row {
            case .full(let i):
                draw(i, x: left, y: y, width: contentWidth, height: h)
            case .split(let l, let r):
                for (stack, x) in [(l, left), (r, left + columnWidth + template.gutter)] {
                    var sy = y
                    for i in stack {
                        let bh = body.drafts[i].height
                        draw(i, x: x, y: sy, width: columnWidth, height: bh)
                        if bh > 0 { sy += bh + template.gap }
                    }
                }
            }
            if h > 0 { y += h + template.gap }
        }
        return (elements, bookmarks, notices)
    }
}

/// Which template blocks the briefing has data for, where they go, and how to measure them.
struct ReportPlan {
    let briefing: Briefing
    let template: ReportTemplate
    let contentWidth: Double
    /// The height between the title band and the footer.
    let bodyHeight: Double
    /// The body blocks drawn (header and footer excluded), with their effective placement.
    private(set) var blocks: [ReportBlock]
    /// The summary split into paragraphs, once for every type level.
    let summaryParagraphs: [String]
    /// The timeline the page shows, if any.
    let timeline: Timeline?
    /// The titles-only temple's heights found so far: the same at most type levels.
    private let pillarFloors = SmallestHeightMemo()
    /// The whole temple's least heights found so far, likewise.
    private let wholePillarFloors = SmallestHeightMemo()

    init(briefing: Briefing, template: ReportTemplate, contentWidth: Double, bodyHeight: Double, timeline: Timeline?) {
        self.briefing = briefing; self.template = template; self.contentWidth = contentWidth
        self.bodyHeight = bodyHeight; self.timeline = timeline
        let summaryParagraphs = briefing.summaryParagraphs
        self.summaryParagraphs = summaryParagraphs
        blocks = template.blocks.compactMap { block in
            var b = block
            if template.columns < 2 { b.placement = .full }
            switch block.kind {
            case .header, .footer: return nil
            case .summary: return summaryParagraphs.isEmpty ? nil : b
            case .figures: return briefing.figures.isEmpty ? nil : b
            case .outcomes: return briefing.outcomes.isEmpty ? nil : b
            case .timeline: return timeline == nil ? nil : b
            case .pillars: return briefing.pillars == nil ? nil : b
            case .sources: return briefing.sources.isEmpty ? nil : b
            }
        }
        // A column left empty by missing data gives its row to the other column's blocks.
        var drawn = blocks
        for row in ReportRow.rows(drawn.map(\.placement)) {
            if case .split(let l, let r) = row, l.isEmpty || r.isEmpty {
                for i in l + r { drawn[i].placement = .full }
            }
        }
        blocks = drawn
    }

    /// The narrowest column a list is split into: about 28 characters of body text.
    static func narrowestListColumn(_ kit: ReportKit) -> Double { kit.style.sizes.body * 16 }

    func width(_ block: ReportBlock) -> Double {
        block.placement == .full || template.columns < 2 ? contentWidth : (contentWidth - template.gutter) / 2
    }

    /// The blocks measured with `kit` (one type level), the timeline at `factor` of its preferred height.
    func drafts(_ kit: ReportKit, factor: Double) -> [any ReportBlockDraft] {
        let unit = kit.style.spacing.unit
        let hasOutcomesBlock = blocks.contains { $0.kind == .outcomes }
        return blocks.map { block -> any ReportBlockDraft in
            let w = width(block)
            switch block.kind {
            case .summary:
                return ReportSummaryDraft(block: block, heading: block.title ?? kit.language.phrase(.headingSummary), kit: kit, width: w,
                                          paragraphs: summaryParagraphs)
            case .figures:
                let gap = unit * 3
                // As many per row as fit at 110 pt, then balanced over the rows that takes (2 + 2, not 3 + 1),
                // counting only the figures the template's limit lets the page show.
                let count = min(briefing.figures.count, block.limit ?? briefing.figures.count)
                let fit = max(1, min(count, Int((w + gap) / (110 + gap))))
                let rows = max(1, (count + fit - 1) / fit)
                let columns = max(1, (count + rows - 1) / rows)
                let cw = (w - Double(columns - 1) * gap) / Double(columns)
                let valueSize = kit.figureValueSize(briefing.figures, width: cw)
                return ReportListDraft(block: block, heading: block.title ?? kit.language.phrase(.headingFigures), kit: kit, width: w,
                                       items: briefing.figures.map { kit.figureItem($0, width: cw, valueSize: valueSize) },
                                       columns: columns, rowGap: unit * 3, columnGap: gap, noun: "figures", floor: 2)
            case .outcomes:
                // Two columns read down one after the other: across a full row of more than four always;
                // otherwise when short titles leave half the width white (two columns are lower than one).
                let gap = unit * 6
                func list(_ columns: Int) -> ReportListDraft {
                    let cw = (w - Double(columns - 1) * gap) / Double(columns)
                    return ReportListDraft(block: block, heading: block.title ?? kit.language.phrase(.headingOutcomes), kit: kit,
                                           width: w, items: kit.outcomeItems(briefing.outcomes, width: cw), columns: columns,
                                           rowGap: unit, columnGap: gap, noun: "outcomes", floor: 3, flowsDown: true)
                }
                if w >= 400 && briefing.outcomes.count > 4 { return list(2) }
                guard briefing.outcomes.count > 1, (w - gap) / 2 >= ReportPlan.narrowestListColumn(kit) else { return list(1) }
                let one = list(1), two = list(2)
                return two.height < one.height * 0.8 ? two : one
            case .sources:
                let columns = w >= 400 && briefing.sources.count > 1 ? 2 : 1
                let gap = unit * 6
                let cw = (w - Double(columns - 1) * gap) / Double(columns)
                return ReportListDraft(block: block, heading: block.title ?? kit.language.phrase(.headingSources), kit: kit, width: w,
                                       items: briefing.sources.map { kit.sourceItem($0, width: cw) },
                                       columns: columns, rowGap: unit, columnGap: gap, noun: "sources", floor: 2)
            case .timeline:
                let timeline = self.timeline!
                return ReportTimelineDraft(block: block, heading: block.title ?? timeline.title ?? kit.language.phrase(.headingTimeline),
                                           kit: kit, width: w, timeline: timeline, factor: factor,
                                           bodyHeight: bodyHeight)
            case .pillars:
                return ReportPillarsDraft(block: block, heading: block.title ?? kit.language.phrase(.headingPillars), kit: kit,
                                          width: w, pillars: briefing.pillars!, outcomes: briefing.outcomes,
                                          showOutcomes: !hasOutcomesBlock, floors: pillarFloors,
                                          wholeFloors: wholePillarFloors)
            case .header, .footer:
                preconditionFailure("header and footer are not body blocks")
            }
        }
    }
}
