// A one-page report template: page size, margins, columns and the ordered blocks of the page (Reports/*.yaml).

/// What a block of the one-page report shows.
package enum ReportBlockKind: String, Sendable, Hashable, CaseIterable {
    /// The title band: title, subtitle, date · place, parties.
    case header
    /// The summary paragraphs.
    case summary
    /// The key figures.
    case figures
    /// The outcomes, grouped by kind.
    case outcomes
    /// The first timeline, across the block's width.
    case timeline
    /// The pillar (temple) diagram.
    case pillars
    /// The sources, with links.
    case sources
    /// The small line at the foot of the page.
    case footer
}

/// Where a block goes: across the content width, or in the left or right column of a two-column row.
package enum ReportPlacement: String, Sendable, Hashable, CaseIterable {
    /// Across the whole content width.
    case full
    /// In the left column.
    case left
    /// In the right column.
    case right
}

/// One block of a report template.
package struct ReportBlock: Sendable, Hashable {
    /// What the block shows.
    package var kind: ReportBlockKind
    /// Where it goes.
    package var placement: ReportPlacement
    /// Higher keeps its content longer when the page is too full (header and footer are never cut).
    package var priority: Int
    /// A heading replacing the default one.
    package var title: String?
    /// The most items (figures, outcomes, sources) to show before "+N more".
    package var limit: Int?
    /// Other places the page composer may move the block to when that keeps more content, larger type or
    /// less white space (`placement` is where it goes when the page is as good either way).
    package var regions: [ReportPlacement]

    /// A block.
    package init(_ kind: ReportBlockKind, placement: ReportPlacement = .full, priority: Int = 50,
                title: String? = nil, limit: Int? = nil, regions: [ReportPlacement] = []) {
        self.kind = kind; self.placement = placement; self.priority = priority; self.title = title; self.limit = limit
        self.regions = regions
    }
}

/// Page margins in points.
package struct ReportMargins: Sendable, Hashable {
    /// Top margin.
    package var top: Double
    /// Right margin.
    package var right: Double
    /// Bottom margin.
    package var bottom: Double
    /// Left margin.
    package var left: Double

    /// Margins; give one value for all four sides with `ReportMargins(all:)`.
    package init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }

    /// The same margin on all four sides.
    package init(all: Double) { self.init(top: all, right: all, bottom: all, left: all) }
}

/// A page design for `briefkit report`: the page, its margins and grid, and the blocks in reading order.
public struct ReportTemplate: Sendable, Hashable {
    /// The template's name, e.g. "a4".
    public var name: String
    /// One line on what the template is for.
    public var description: String
    /// Page width in points.
    public var width: Double
    /// Page height in points.
    public var height: Double
    /// Page margins.
    package var margins: ReportMargins
    /// 1 or 2; with 1, left and right blocks go across the full width.
    package var columns: Int
    /// Space between the two columns, in points.
    package var gutter: Double
    /// White space between blocks (the same everywhere), in points.
    package var gap: Double
    /// The blocks in reading order.
    package var blocks: [ReportBlock]
    /// Multiplies the style's type sizes (e.g. 1.25 for a slide seen from afar); 1 for paper.
    package var typeScale: Double

    /// A template.
    package init(name: String, description: String, width: Double, height: Double, margins: ReportMargins,
                columns: Int = 2, gutter: Double = 24, gap: Double = 16, blocks: [ReportBlock], typeScale: Double = 1) {
        self.name = name; self.description = description; self.width = width; self.height = height
        self.margins = margins; self.columns = columns; self.gutter = gutter; self.gap = gap; self.blocks = blocks
        self.typeScale = typeScale
    }

    /// The sides a page may have, in points: from one inch to PDF's largest page (200 in, 14,400 pt).
    package static let pageSides: ClosedRange<Double> = 72...14_400

    /// The built-in A4 portrait page, identical to Reports/a4.yaml; used when no Reports/ folder can be found.
    public static let a4 = ReportTemplate(
        name: "a4", description: "A4 portrait one-page briefing (the default).",
        width: 595.28, height: 841.89, margins: ReportMargins(all: 40), columns: 2, gutter: 24, gap: 12,
        blocks: [ReportBlock(.header), ReportBlock(.summary, placement: .left, priority: 90),
                 ReportBlock(.figures, placement: .left, priority: 77, regions: [.right, .full]),
                 ReportBlock(.timeline, placement: .right, priority: 85, regions: [.full]),
                 ReportBlock(.sources, placement: .right, priority: 78, regions: [.left, .full]),
                 ReportBlock(.outcomes, priority: 80, regions: [.left, .right]), ReportBlock(.pillars, priority: 75),
                 ReportBlock(.footer)])
}
