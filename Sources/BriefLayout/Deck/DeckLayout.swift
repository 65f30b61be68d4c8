// A presentation of a whole briefing: a title slide, then one composed page per part (summary, timelines, pillars…).

import BriefModel
import BriefScene

/// One slide of a deck: what part of the briefing it shows, its scene and the speaker's notes.
package struct DeckPage: Sendable {
    /// The part shown, for names and messages: `title`, `summary`, `timeline ID`, `pillars`, `outcomes`, `sources`.
    package var part: String
    /// The slide, at the deck's size.
    package var scene: Scene
    /// What the speaker says over it: the summary, the sources, or the slide's own description.
    package var notes: String?
}

/// Lays a briefing out as slides of one size: a title slide (title, subtitle, parties, date and place on the
/// primary colour), then for each part the briefing has — summary with key figures, each timeline, the
/// pillars, the outcomes, the sources — a page composed by ``ReportLayout`` from a one-part template at the
/// slide's size, under a slim title band. Type grows with the slide (a 16:9 slide of 960 pt sets it at 1.5
/// times the page's sizes). Parts without data get no slide.
package struct DeckLayout {
    /// The look.
    package let style: Style
    /// Measures text as the renderer will draw it.
    package let measurer: any TextMeasurer
    /// The words and date forms of the briefing's language.
    package let language: Language
    /// The document date when the briefing has none (see ``ReportLayout/fallbackDate``).
    package var fallbackDate: String?

    /// A deck layout drawing in `style`, measuring with `measurer`, writing its own words in `language`.
    package init(style: Style, measurer: any TextMeasurer, language: Language) {
        self.style = style
        self.measurer = measurer
        self.language = language
    }

    /// The slides of `briefing` at `size`, and the notices of every page (each prefixed with its slide and part).
    package func layout(_ briefing: Briefing, size: Size) -> (pages: [DeckPage], notices: [String]) {
        let scale = min(3, max(1, 1.75 * size.width / 960))
        var pages = [titleSlide(briefing, size: size, typeScale: scale * 1.45)]
        var notices: [String] = []
        for part in parts(of: briefing) {
            let result = part.diagram.map { diagramSlide($0, briefing: briefing, size: size, typeScale: scale) }
                ?? listSlide(part, briefing: briefing, size: size, typeScale: scale)
            notices += result.notices.map { "slide \(pages.count + 1) (\(part.name)): \($0)" }
            pages.append(DeckPage(part: part.name, scene: result.scene,
                                  notes: part.notes ?? result.scene.metadata.description))
        }
        return (pages, notices)
    }

    /// One content slide: its name, and either its list blocks or the diagram it shows; its notes (nil: the
    /// slide's description).
    private struct Part {
        let name: String
        var blocks: [ReportBlock] = []
        var diagram: Diagram? = nil
        var notes: String? = nil
    }

    /// A diagram that takes a whole slide.
    private enum Diagram {
        case timeline(Timeline)
        case pillars(Pillars)
    }

    /// The content slides the briefing has data for, in reading order.
    private func parts(of b: Briefing) -> [Part] {
        var parts: [Part] = []
        let summary = b.summary.map { !$0.isEmpty } ?? false
        if summary || !b.figures.isEmpty {
            var blocks: [ReportBlock] = []
            if summary { blocks.append(ReportBlock(.summary, placement: .left, priority: 90, regions: [.full])) }
            if !b.figures.isEmpty {
                blocks.append(ReportBlock(.figures, placement: summary ? .right : .full, priority: 80, regions: [.full]))
            }
            parts.append(Part(name: "summary", blocks: blocks, notes: b.summary))
        }
        for t in b.timelines where !t.events.isEmpty {
            parts.append(Part(name: "timeline \(t.id)", diagram: .timeline(t)))
        }
        if let p = b.pillars, !p.columns.isEmpty { parts.append(Part(name: "pillars", diagram: .pillars(p))) }
        if !b.outcomes.isEmpty { parts.append(Part(name: "outcomes", blocks: [ReportBlock(.outcomes)])) }
        if !b.sources.isEmpty {
            let list = b.sources.map { s in
                ([s.title, s.publisher, s.date.map { language.date($0, .long) }].compactMap { $0 }.joined(separator: ", "))
                    + (s.url.map { " — " + $0 } ?? "")
            }
            parts.append(Part(name: "sources", blocks: [ReportBlock(.sources)], notes: list.joined(separator: "\n")))
        }
        return parts
    }

    // MARK: Slides

    /// The slim band every content slide carries: the title and date (the rest is on the title slide).
    private func banded(_ briefing: Briefing) -> Briefing {
        var band = briefing
        band.subtitle = nil
        band.parties = []
        return band
    }

    /// The slide's page: margins from its width, one or two columns.
    private func template(size: Size, blocks: [ReportBlock], typeScale: Double) -> ReportTemplate {
        ReportTemplate(name: "deck", description: "a slide", width: size.width, height: size.height,
                       margins: ReportMargins(all: (size.width * 0.0375).rounded()), columns: blocks.count > 1 ? 2 : 1,
                       gutter: 24, gap: 16, blocks: [ReportBlock(.header)] + blocks + [ReportBlock(.footer)],
                       typeScale: typeScale)
    }

    /// A slide of list blocks (summary and figures, outcomes, sources): a page composed by the report's composer.
    private func listSlide(_ part: Part, briefing: Briefing, size: Size, typeScale: Double) -> LayoutResult {
        var report = ReportLayout(style: style, measurer: measurer, language: language)
        report.fallbackDate = fallbackDate
        return report.layout(banded(briefing), template: template(size: size, blocks: part.blocks, typeScale: typeScale))
    }

    /// A slide that is one diagram at the full size between the band and the footer, as `briefkit timeline` or
    /// `briefkit pillars` draws it; the slide's description is the diagram's.
    private func diagramSlide(_ diagram: Diagram, briefing: Briefing, size: Size, typeScale: Double) -> LayoutResult {
        var report = ReportLayout(style: style, measurer: measurer, language: language)
        report.fallbackDate = fallbackDate
        let frame = report.frame(banded(briefing), template: template(size: size, blocks: [], typeScale: typeScale))
        let body = frame.body
        // A diagram sets its own type from the style's sizes down to their minimum: it starts a little smaller
        // than the lists, so that its labels and items fit before anything is cut.
        let style = self.style.scalingType(by: typeScale * 0.8)
        let drawn: LayoutResult
        switch diagram {
        case .timeline(let t):
            var layout = TimelineLayout(style: style, measurer: measurer, language: language)
            layout.margin = 0
            layout.mirrorsRightToLeft = false
            drawn = layout.layout(t, size: Size(width: body.width, height: body.height), orientation: .horizontal,
                                  title: t.title ?? briefing.title)
        case .pillars(let p):
            // The outcomes have a slide of their own: the columns keep their room for their items.
            var layout = PillarsLayout(style: style, measurer: measurer, language: language)
            layout.margin = 0
            layout.mirrorsRightToLeft = false
            drawn = layout.layout(p, outcomes: briefing.outcomes, size: Size(width: body.width, height: body.height),
                                  showOutcomes: false, parties: briefing.parties)
        }
        var scene = Scene(width: size.width, height: size.height, background: style.colors.background)
        scene.elements = frame.band + drawn.scene.translatedElements(dx: body.x, dy: body.y) + frame.footer
        scene.bookmarks = [Bookmark(title: briefing.title, y: 0)]
        scene.metadata = drawn.scene.metadata
        // A right-to-left slide reads from the right: band, footer and diagram mirror together.
        if language.rightToLeft { scene = scene.mirrored() }
        return LayoutResult(scene: scene, notices: frame.notices + drawn.notices)
    }

    /// The title slide on the primary colour: the title, the subtitle, then each party with its leader on a line
    /// of its own and date · place, a little above the middle; the type steps down while it would not fit.
    private func titleSlide(_ briefing: Briefing, size: Size, typeScale: Double) -> DeckPage {
        let margin = (size.width * 0.075).rounded()
        var k = typeScale
        var block = titleBlock(briefing, size: size, margin: margin, typeScale: k)
        while block.height > size.height - margin, k > 1 {
            k = max(1, k * 0.9)
            block = titleBlock(briefing, size: size, margin: margin, typeScale: k)
        }
        let top = max(margin / 2, (size.height - block.height) * 0.45)
        var scene = Scene(width: size.width, height: size.height, background: style.colors.primary)
        scene.elements = block.elements.map { $0.translated(dx: 0, dy: top) }
        scene.bookmarks = [Bookmark(title: briefing.title, y: 0)]
        scene.metadata = ReportMetadata.make(briefing, sections: [], language: language, sourceDate: fallbackDate)
        measurer.settings.record(in: &scene.metadata)
        if language.rightToLeft { scene = scene.mirrored() }
        return DeckPage(part: "title", scene: scene, notes: briefing.summary)
    }

    /// The title slide's text from y = 0 down, at type scale `k`, and its height.
    private func titleBlock(_ briefing: Briefing, size: Size, margin: Double, typeScale k: Double)
        -> (elements: [Element], height: Double) {
        let s = style
        let fitter = TextFitter(measurer: measurer)
        let ink = s.colors.onPrimary
        let width = max(1, size.width - 2 * margin)
        let unit = s.spacing.unit * k
        var texts: [TextElement] = []
        var y = 0.0
        func add(_ role: String, _ text: String, _ font: FontSpec, maxLines: Int, minimum: Double, x: Double = 0,
                 space: Double) {
            let fitted = fitter.fit(text, font: font, width: width - x, maxLines: maxLines, minimum: minimum)
            y += texts.isEmpty ? 0 : space
            texts.append(TextElement(role: role, text: fitted.text, font: fitted.font, color: ink,
                                     wrapWidth: fitted.wrapWidth, topLeft: Point(margin + x, y), metrics: fitted.metrics,
                                     elided: fitted.elided))
            y += fitted.metrics.height
        }
        add("title", briefing.title, s.font(s.sizes.title * k * 1.4, .bold), maxLines: 3, minimum: s.sizes.title * k,
            space: 0)
        if let subtitle = briefing.subtitle {
            add("subtitle", subtitle, s.font(s.sizes.heading * k * 1.2), maxLines: 2, minimum: s.sizes.body * k,
                space: unit * 2)
        }
        var chips: [Element] = []
        let partyFont = s.font(s.sizes.body * k * 1.15)
        for (i, party) in briefing.parties.enumerated() {
            let square = (partyFont.size * 0.8).rounded()
            let line = party.name + (party.leader.map { " · " + $0 } ?? "")
            add("party", line, partyFont, maxLines: 1, minimum: s.sizes.minimum * k, x: square + unit * 2,
                space: i == 0 ? unit * 6 : unit * 1.5)
            let t = texts[texts.count - 1]
            let color = party.color ?? s.colors.categorical[i % max(1, s.colors.categorical.count)]
            chips.append(.rect(ShapeElement(role: "party-chip", box: Rect(x: margin, y: t.box.y + (t.box.height - square) / 2,
                                                                         width: square, height: square),
                                            fill: color, stroke: Stroke(color: ink, width: 1))))
        }
        let meta = [briefing.date.map { language.date($0, .long) }, briefing.place].compactMap { $0 }.joined(separator: " · ")
        if !meta.isEmpty {
            add("date", meta, s.font(s.sizes.body * k * 1.15), maxLines: 2, minimum: s.sizes.minimum * k,
                space: briefing.parties.isEmpty ? unit * 6 : unit * 4)
        }
        return (chips + texts.map { .text($0) }, y)
    }
}
