// How the page makes each kind of body block: one maker per kind, named in one table (`ReportBlockKind.maker`).

import BriefModel

/// What the page asks of one kind of body block: whether the briefing has data for it, and its draft.
protocol ReportBlockMaker {
    /// True when the plan's briefing has something to show in the block.
    static func hasData(_ plan: ReportPlan) -> Bool
    /// The block measured as `request` asks (one type level, one width, one arrangement).
    static func draft(_ request: ReportDraftRequest) -> any ReportBlockDraft
    /// True when a `rough` request gives another draft than an exact one (the composer keeps them apart).
    static var hasRoughDraft: Bool { get }
}

extension ReportBlockMaker {
    static var hasRoughDraft: Bool { false }
}

/// One draft asked for.
struct ReportDraftRequest {
    let block: ReportBlock
    let plan: ReportPlan
    /// The type level.
    let kit: ReportKit
    let width: Double
    /// The share of its preferred height a diagram gets at this level.
    let factor: Double
    /// The arrangement puts the outcomes that name a pillar column under it.
    let outcomesUnderPillars: Bool
    /// For an estimate: a diagram may size itself without laying itself out.
    let rough: Bool

    /// The block's heading: the template's title, else `fallback` (the block's own words).
    func heading(_ fallback: @autoclosure () -> String) -> String { block.title ?? fallback() }
}

extension ReportBlockKind {
    /// The maker of this kind's body block; nil for the header and footer, drawn around the body.
    var maker: (any ReportBlockMaker.Type)? {
        switch self {
        case .summary: ReportSummaryDraft.self
        case .figures: ReportFiguresBlock.self
        case .outcomes: ReportOutcomesBlock.self
        case .sources: ReportSourcesBlock.self
        case .timeline: ReportTimelineDraft.self
        case .pillars: ReportPillarsDraft.self
        case .header, .footer: nil
        }
    }
}
