// The list blocks of the page (key figures, outcomes, sources): how each is set as a `ReportListDraft`.

import BriefModel

/// Key figures: as many per row as fit at 110 pt, balanced over the rows that takes (2 + 2, not 3 + 1),
/// counting only the figures the template's limit lets the page show; one value size for all.
enum ReportFiguresBlock: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { !plan.briefing.figures.isEmpty }

    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        let figures = r.plan.briefing.figures, kit = r.kit, w = r.width
        let unit = kit.style.spacing.unit, gap = unit * 3
        let count = min(figures.count, r.block.limit ?? figures.count)
        let fit = max(1, min(count, Int((w + gap) / (110 + gap))))
        let rows = max(1, (count + fit - 1) / fit)
        let columns = max(1, (count + rows - 1) / rows)
        let cw = (w - Double(columns - 1) * gap) / Double(columns)
        let valueSize = kit.figureValueSize(figures, width: cw)
        return ReportListDraft(block: r.block, heading: r.heading(kit.language.phrase(.headingFigures)), kit: kit, width: w,
                               items: figures.map { kit.figureItem($0, width: cw, valueSize: valueSize) },
                               columns: columns, rowGap: unit * 3, columnGap: gap, noun: "figures", floor: 2)
    }
}

/// Outcomes under their kinds, in columns read down one after the other: three across a page-wide row of
/// many whose columns stay 200 pt wide, two across a full row of more than four; otherwise two when short
/// titles leave half the width white (two columns are lower than one). With the outcomes under the pillars,
/// the list holds only those that name no column.
enum ReportOutcomesBlock: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { !plan.briefing.outcomes.isEmpty }

    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        let listed = r.outcomesUnderPillars ? r.plan.otherOutcomes : r.plan.briefing.outcomes
        let kit = r.kit, w = r.width, unit = kit.style.spacing.unit, gap = unit * 6
        func list(_ columns: Int) -> ReportListDraft {
            let cw = (w - Double(columns - 1) * gap) / Double(columns)
            return ReportListDraft(block: r.block, heading: r.heading(kit.language.phrase(.headingOutcomes)), kit: kit,
                                   width: w, items: kit.outcomeItems(listed, width: cw), columns: columns,
                                   rowGap: unit, columnGap: gap, noun: "outcomes", floor: 3, flowsDown: true)
        }
        if (w - 2 * gap) / 3 >= 200 && listed.count > 6 { return list(3) }
        if w >= 400 && listed.count > 4 { return list(2) }
        guard listed.count > 1, (w - gap) / 2 >= ReportPlan.narrowestListColumn(kit) else { return list(1) }
        let one = list(1), two = list(2)
        return two.height < one.height * 0.8 ? two : one
    }
}

/// Sources with their links, in two columns across a wide row.
enum ReportSourcesBlock: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { !plan.briefing.sources.isEmpty }

    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        let sources = r.plan.briefing.sources, kit = r.kit, w = r.width
        let columns = w >= 400 && sources.count > 1 ? 2 : 1
        let gap = kit.style.spacing.unit * 6
        let cw = (w - Double(columns - 1) * gap) / Double(columns)
        return ReportListDraft(block: r.block, heading: r.heading(kit.language.phrase(.headingSources)), kit: kit, width: w,
                               items: sources.map { kit.sourceItem($0, width: cw) },
                               columns: columns, rowGap: kit.style.spacing.unit, columnGap: gap, noun: "sources", floor: 2)
    }
}
