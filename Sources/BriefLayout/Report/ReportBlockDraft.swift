// One block of the one-page report, measured at one type level: its height, how it gives up room, how it draws.

import BriefModel
import BriefScene

/// A block of the report page laid out at one type level. Heights include the block's heading; a dropped
/// block has height 0 and draws nothing.
protocol ReportBlockDraft {
    /// The template entry this draft came from.
    var block: ReportBlock { get }
    /// The heading shown above the block (also its bookmark), nil for the header and footer.
    var heading: String? { get }
    /// The height the block needs now, on the grid; 0 when dropped.
    var height: Double { get }
    /// True when the block has given up everything.
    var isDropped: Bool { get }
    /// A lower bound of `height` for a block whose `height` is costly to know (nil: ask `height`): lets the
    /// fitting see that a page overflows without measuring a block it is about to cut anyway.
    var heightBound: Double? { get }
    /// True for a diagram (timeline, pillars): lists take room left over before diagrams do.
    var isDiagram: Bool { get }
    /// The share of its content the block has given up, 0 (all shown) to 1 (dropped); comparable between
    /// type levels, so that a page cut at one level can be cut alike at another.
    var loss: Double { get }
    /// How many pieces of content the block does not show (list items, summary lines, a diagram's events
    /// or columns, items and outcomes): what the composer compares between arrangements.
    var lost: Int { get }
    /// Gives up one step of content. `deep` allows cuts below the block's comfortable floor (down to
    /// dropping it). False when there is nothing (more) to give at this depth.
    mutating func cut(deep: Bool) -> Bool
    /// Takes up to `extra` more height (room the fitted page has left over); returns the height taken. The
    /// page asks every block first `restoring` (content it cut may come back), then not (the same content
    /// shown larger or fuller).
    mutating func grow(into extra: Double, restoring: Bool) -> Double
    /// The block drawn in `frame` (the frame's height may exceed `height`): its elements, notices about what
    /// was cut, and a diagram's description of itself for the page's alt text.
    func draw(in frame: Rect) -> ReportBlockDrawing
}

/// A block drawn on the page.
struct ReportBlockDrawing {
    var elements: [Element]
    /// What the block cut or shrank, one line each.
    var notices: [String]
    /// A diagram's alt text (what its own drawing would say of itself); nil for text blocks, which the page
    /// reads as they are.
    var description: String?

    init(_ elements: [Element], _ notices: [String], description: String? = nil) {
        self.elements = elements; self.notices = notices; self.description = description
    }
}

extension ReportBlockDraft {
    var heightBound: Double? { nil }
    var isDiagram: Bool { false }
    mutating func grow(into extra: Double, restoring: Bool) -> Double { 0 }
}

/// Type sizes and diagram room at one step of the fitting: the style's sizes, shrunk step by step.
struct ReportLevel {
    var style: Style
    /// Fraction of their preferred heights the diagrams get (the timeline never below 0.85).
    var diagramFactor: Double

    /// How many steps keep the style's own type sizes (only the diagrams' share shrinks).
    static let fullTypeLevels = 3

    /// The steps tried, from the style's own sizes to everything at the minimum.
    static func ladder(_ style: Style) -> [ReportLevel] {
        var levels = [1.0, 0.8, 0.6].map { ReportLevel(style: style, diagramFactor: $0) }
        let minimum = style.sizes.minimum
        var body = style.sizes.body - 0.5
        while body > minimum - 1e-9 {
            var s = style
            s.sizes.body = body
            s.sizes.small = max(minimum, min(style.sizes.small, body - 1.5))
            levels.append(ReportLevel(style: s, diagramFactor: 0.6))
            body -= 0.5
        }
        return levels
    }
}

/// Shared drawing helpers: measured text elements, block headings and the grid.
struct ReportKit {
    let style: Style
    let measurer: any TextMeasurer
    /// The briefing's language: the page's own words and dates.
    let language: Language
    var fitter: TextFitter { TextFitter(measurer: measurer) }
    /// The timeline layout for a page block: no margin of its own (the page's margins and gaps frame it).
    var timelineLayout: TimelineLayout {
        var layout = TimelineLayout(style: style, measurer: measurer, language: language)
        layout.margin = 0
        layout.mirrorsRightToLeft = false // the page mirrors as a whole
        return layout
    }

    /// Rounds up to the style's grid step.
    func ceilGrid(_ v: Double) -> Double {
        let u = style.spacing.unit
        return (v / u - 1e-6).rounded(.up) * u
    }

    /// Rounds down to the style's grid step.
    func floorGrid(_ v: Double) -> Double {
        let u = style.spacing.unit
        return (v / u + 1e-6).rounded(.down) * u
    }

    /// A left-aligned text whose box's top-left is `at`, wrapped to `width` when given.
    func text(_ role: String, _ string: String, font: FontSpec, color: Color, width: Double?, at: Point,
              link: String? = nil, elided: Bool = false) -> TextElement {
        let m = measurer.measure(string, font: font, wrapWidth: width)
        return TextElement(role: role, text: string, font: font, color: color, wrapWidth: width, topLeft: at,
                           metrics: m, elided: elided, link: link)
    }

    /// A fitted text placed at `at`.
    func place(_ role: String, _ fitted: FittedText, color: Color, at: Point, link: String? = nil) -> TextElement {
        TextElement(role: role, text: fitted.text, font: fitted.font, color: color, wrapWidth: fitted.wrapWidth,
                    topLeft: at, metrics: fitted.metrics, elided: fitted.elided, link: link)
    }

    /// The heading font.
    var headingFont: FontSpec { style.font(style.sizes.heading, .bold) }

    /// The block heading fitted to one line of `width`.
    func headingText(_ heading: String, width: Double) -> FittedText {
        fitter.fit(heading, font: headingFont, width: width, maxLines: 2, minimum: style.sizes.minimum)
    }

    /// Height a block heading takes, with the space under it, on the grid.
    func headingHeight(_ heading: String?, width: Double) -> Double {
        guard let heading else { return 0 }
        return ceilGrid(headingText(heading, width: width).metrics.height) + style.spacing.unit
    }

    /// The heading's elements at the top of `frame`: the text in the primary colour over a hairline rule; and a
    /// notice when the heading had to be shortened to its two lines.
    func headingElements(_ heading: String?, frame: Rect) -> (elements: [Element], notices: [String]) {
        guard let heading else { return ([], []) }
        let fitted = headingText(heading, width: frame.width)
        let t = place("heading", fitted, color: style.colors.primary, at: Point(frame.minX, frame.minY))
        let ruleY = frame.minY + ceilGrid(fitted.metrics.height) + style.lines.border
        let rule = LineElement(role: "rule", points: [Point(frame.minX, ruleY), Point(frame.maxX, ruleY)],
                               stroke: Stroke(color: style.colors.grid, width: style.lines.border))
        let notices = fitted.elided ? ["report: heading \(MessageText.quoted(heading)) shortened to fit two lines"] : []
        return ([.text(t), .line(rule)], notices)
    }
}
