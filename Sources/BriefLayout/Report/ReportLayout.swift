// The one-page briefing: a title band, the template's blocks in rows and columns, and a footer, on one page.

import BriefModel
import BriefScene

/// Lays a whole briefing out on one page following a `ReportTemplate`: the title band, then the template's
/// blocks (summary, figures, outcomes, timeline, pillars, sources) in full-width rows or two columns, then
/// the footer. Blocks without data are left out. `ReportComposer` decides the arrangement (which column a
/// block takes, outcomes under their pillars) and fits it: shrinking diagrams, then type, then cutting the
/// lowest-priority content with a visible "+N more" and a notice. The result is always exactly one page.
package struct ReportLayout {
    /// The look.
    package let style: Style
    /// Measures text as the renderer will draw it.
    package let measurer: any TextMeasurer
    /// The document date used when the briefing has none (ISO 8601); nil leaves it to the front end, which
    /// puts SOURCE_DATE_EPOCH there (`SourceDate`). Layout never reads the environment or the clock.
    package var fallbackDate: String?
    /// The words and date forms of the briefing's language.
    package let language: Language

    /// A report layout drawing in `style`, measuring with `measurer`, writing its own words in `language`.
    package init(style: Style, measurer: any TextMeasurer, language: Language) {
        self.style = style
        self.measurer = measurer
        self.language = language
        self.fallbackDate = nil
    }

    /// The page as one scene of the template's size, with one bookmark per block drawn. The page shows the
    /// timeline with id `timeline` (default, or when the briefing has none with that id: the first with events).
    package func layout(_ briefing: Briefing, template: ReportTemplate = .a4, timeline: String? = nil) -> LayoutResult {
        let frame = self.frame(briefing, template: template)
        let style = frame.style, m = template.margins, contentWidth = frame.body.width
        let available = frame.body.height, top = frame.body.minY

        let shown = briefing.timelines.first { $0.id == timeline && !$0.events.isEmpty }
            ?? briefing.timelines.first { !$0.events.isEmpty }
        let plan = ReportPlan(briefing: briefing, template: template, contentWidth: contentWidth, bodyHeight: available,
                              timeline: shown)
        let composer = ReportComposer(plan: plan, style: style, measurer: measurer, language: language,
                                      available: available, origin: Point(m.left, top), contentWidth: contentWidth)
        let fitted = composer.compose().body

        var scene = Scene(width: template.width, height: template.height, background: style.colors.background)
        scene.elements = frame.band
        scene.bookmarks = [Bookmark(title: briefing.title, y: 0)]
        var notices = frame.notices
        let placed = place(fitted, frames: composer.frames(fitted))
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
        scene.elements += frame.footer
        scene.metadata = ReportMetadata.make(briefing, sections: placed.bookmarks.map(\.title),
                                             diagrams: placed.descriptions, language: language, sourceDate: fallbackDate)
        measurer.settings.record(in: &scene.metadata)
        notices += LayoutResult.letterBreakNotices(scene, measurer: measurer).map { "report: " + $0 }
        // A right-to-left page reads from the right: header, columns, bullets, bars and diagrams mirror.
        if language.rightToLeft { scene = scene.mirrored() }
        return LayoutResult(scene: scene, notices: notices)
    }

    /// The page around its body: the style at the template's type scale, the title band and the footer, and
    /// the rectangle between them that the blocks share (a deck's diagram slide puts its diagram there).
    func frame(_ briefing: Briefing, template: ReportTemplate)
        -> (style: Style, band: [Element], footer: [Element], body: Rect, notices: [String]) {
        let style = self.style.scalingType(by: template.typeScale)
        let kit = ReportKit(style: style, measurer: measurer, language: language)
        let m = template.margins
        let contentWidth = max(1, template.width - m.left - m.right)
        let header = ReportHeader(kit: kit, briefing: briefing, pageWidth: template.width, left: m.left,
                                  width: contentWidth, padding: kit.ceilGrid(min(m.top * 0.5, 32)))
        let band = header.draw()
        let footer = ReportFooter(kit: kit, briefing: briefing, left: m.left, width: contentWidth)
        let footerTop = template.height - m.bottom - footer.height
        let top = band.height + template.gap
        let body = Rect(x: m.left, y: top, width: contentWidth, height: max(0, footerTop - template.gap - top))
        return (style, band.elements, footer.draw(top: footerTop), body, band.notices)
    }

    /// Draws each block in its frame; the diagrams' own descriptions go into the page's.
    private func place(_ body: ReportBody, frames: [(index: Int, frame: Rect)])
        -> (elements: [Element], bookmarks: [Bookmark], notices: [String], descriptions: [String]) {
        var elements: [Element] = [], bookmarks: [Bookmark] = [], notices: [String] = [], descriptions: [String] = []
        for (i, frame) in frames {
            let d = body.drafts[i]
            let out = d.draw(in: frame)
            elements += out.elements
            notices += out.notices
            if let description = out.description, !description.isEmpty { descriptions.append(description) }
            if !d.isDropped, let heading = d.heading { bookmarks.append(Bookmark(title: heading, y: frame.minY)) }
        }
        return (elements, bookmarks, notices, descriptions)
    }
}

/// Which template blocks the briefing has data for (each kind's `ReportBlockMaker` says), where the
/// template places them, and their drafts at a given width and type level.
struct ReportPlan {
    let briefing: Briefing
    let template: ReportTemplate
    let contentWidth: Double
    /// The height between the title band and the footer.
    let bodyHeight: Double
    /// The body blocks the briefing has data for (header and footer excluded), as the template places them.
    private(set) var blocks: [ReportBlock] = []
    /// The summary split into paragraphs, once for every type level.
    let summaryParagraphs: [String]
    /// The timeline the page shows, if any.
    let timeline: Timeline?
    /// The titles-only temple's heights found so far: the same at most type levels.
    let pillarFloors = SmallestHeightMemo()
    /// The whole temple's least heights found so far, likewise, without and with the outcomes under it.
    let wholePillarFloors = [false: SmallestHeightMemo(), true: SmallestHeightMemo()]
    /// The outcomes that name one of the temple's columns, and the others.
    let pillarOutcomes: [Outcome], otherOutcomes: [Outcome]

    init(briefing: Briefing, template: ReportTemplate, contentWidth: Double, bodyHeight: Double, timeline: Timeline?) {
        self.briefing = briefing; self.template = template; self.contentWidth = contentWidth
        self.bodyHeight = bodyHeight; self.timeline = timeline
        let summaryParagraphs = briefing.summaryParagraphs
        self.summaryParagraphs = summaryParagraphs
        let columns = briefing.pillars?.columns ?? []
        func underAColumn(_ o: Outcome) -> Bool { o.pillar.map { Pillars.column(named: $0, in: columns) != nil } ?? false }
        pillarOutcomes = briefing.outcomes.filter(underAColumn)
        otherOutcomes = briefing.outcomes.filter { !underAColumn($0) }
        blocks = template.blocks.filter { $0.kind.maker?.hasData(self) ?? false }.map { block in
            var b = block
            if template.columns < 2 { b.placement = .full }
            return b
        }
    }

    /// True when the page may show outcomes under their pillar columns: it has both blocks and some outcome
    /// names a column.
    var hasOutcomesUnderPillars: Bool {
        !pillarOutcomes.isEmpty && blocks.contains { $0.kind == .pillars } && blocks.contains { $0.kind == .outcomes }
    }

    /// The plan's blocks `arrangement` draws: all, but the outcomes list when every outcome stands under a pillar.
    func shown(_ arrangement: ReportArrangement) -> [Int] {
        blocks.indices.filter { !(arrangement.outcomesUnderPillars && blocks[$0].kind == .outcomes && otherOutcomes.isEmpty) }
    }

    /// The width of one column of a split row.
    var columnWidth: Double { template.columns < 2 ? contentWidth : (contentWidth - template.gutter) / 2 }

    /// The narrowest column a list is split into: about 28 characters of body text.
    static func narrowestListColumn(_ kit: ReportKit) -> Double { kit.style.sizes.body * 16 }

    /// The width of a block placed at `placement`.
    func width(_ placement: ReportPlacement) -> Double { placement == .full ? contentWidth : columnWidth }

    /// Block `index` measured with `kit` (one type level) at `width`, a timeline at `factor` of its preferred
    /// height; with `outcomesUnderPillars`, the temple holds the outcomes that name its columns and the list
    /// the others. A `rough` diagram may size itself without laying itself out (for estimates).
    func draft(_ index: Int, kit: ReportKit, factor: Double, width: Double, outcomesUnderPillars: Bool,
               rough: Bool = false) -> any ReportBlockDraft {
        let block = blocks[index]
        guard let maker = block.kind.maker else { preconditionFailure("header and footer are not body blocks") }
        return maker.draft(ReportDraftRequest(block: block, plan: self, kit: kit, width: width, factor: factor,
                                              outcomesUnderPillars: outcomesUnderPillars, rough: rough))
    }
}
