// Every word BriefKit writes on a page itself, declared once: language files, `terms:` and the completeness
// test all derive from this list.

/// The key of one word or phrase in a language file (Languages/*.yaml) and in a briefing's `terms:`.
/// A phrase may hold `{n}` (a count, which also picks its plural form) and named values such as `{date}`.
package enum WordKey: String, Sendable, Hashable, CaseIterable {
    // Headings of the report's blocks (also the PDF's bookmarks).
    case headingSummary = "heading.summary"
    case headingFigures = "heading.figures"
    case headingOutcomes = "heading.outcomes"
    case headingSources = "heading.sources"
    case headingTimeline = "heading.timeline"
    case headingPillars = "heading.pillars"
    // Outcome kinds, with a form per count (the report groups outcomes under them; the temple tags them).
    case kindStatement = "kind.statement"
    case kindAgreement = "kind.agreement"
    case kindMoU = "kind.mou"
    case kindPlan = "kind.plan"
    case kindCommitment = "kind.commitment"
    case kindOther = "kind.other"
    // Lines that say something is not shown.
    case more = "more"
    case moreFigures = "more.figures"
    case moreOutcomes = "more.outcomes"
    case moreSources = "more.sources"
    case moreUnlabelled = "more.unlabelled"
    // A timeline's density strip (thousands of events): its key, one phrase per bin, and a cluster's label.
    case densityHour = "density.hour"
    case densityDay = "density.day"
    case densityWeek = "density.week"
    case densityMonth = "density.month"
    case densityQuarter = "density.quarter"
    case densityYear = "density.year"
    case densityDecade = "density.decade"
    case densityCluster = "density.cluster"
    // The page's foot.
    case footer = "footer"
    // Lists inside sentences: "A, B and C".
    case listSeparator = "list.separator"
    case listLastSeparator = "list.and"
    // Alt text (PDF, SVG <desc>, PPTX descr, `briefkit describe`).
    case altReport = "alt.report"
    case altReportMeta = "alt.report.meta"
    case altReportSections = "alt.report.sections"
    case altTimeline = "alt.timeline"
    case altTimelineOn = "alt.timeline.on"
    case altTimelineRange = "alt.timeline.range"
    case altTimelineMore = "alt.timeline.more"
    case altTimelineHighlighted = "alt.timeline.highlighted"
    /// Alt text: the axis leaves out a stretch without events ({start}, {end}: the dates either side).
    case altTimelineBroken = "alt.timeline.broken"
    case altTimelineEmpty = "alt.timeline.empty"
    /// Alt text: the axis is shaded by the number of events ({key}: the strip's key, {peak}: its largest count).
    case altTimelineDensity = "alt.timeline.density"
    case altPillars = "alt.pillars"
    case altPillarsParties = "alt.pillars.parties"
    case altPillarsColumns = "alt.pillars.columns"
    case altPillarsTiers = "alt.pillars.tiers"
    case altPillarsFoundation = "alt.pillars.foundation"
    case altPillarsOutcomes = "alt.pillars.outcomes"
    case altDiagram = "alt.diagram"
    // Document keywords.
    case keywordBriefing = "keyword.briefing"
}
