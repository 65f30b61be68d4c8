// The pillar (temple) diagram: a roof naming the partnership over its cooperation pillars and a stepped base.

import BriefModel
import BriefScene

/// Lays out a `Pillars` section as a temple: a pediment with the partnership's name spanning the columns,
/// an architrave, one column per pillar (a header band with its name, then its items and the outcomes
/// filed under it), and a foundation of steps.
///
/// Columns have one width and one height; their titles share one size, the largest at which no title
/// word has to break. When many columns would push text below the style's minimum, the columns go into
/// two (or more) tiers, each under its own architrave. Only when even that cannot fit is text cut, with
/// an ellipsis and a notice saying what was cut. On a wide canvas type grows up to twice the style's
/// sizes, so a slide does not look empty.
package struct PillarsLayout {
    package let style: Style
    package let measurer: any TextMeasurer
    /// The words and date forms of the briefing's language.
    package let language: Language
    /// The outer margin in points; nil uses the style's (a fraction of the canvas's short side, on the grid).
    /// A page that places the diagram in a block of its own might set 0.
    package var margin: Double?
    /// Whether a right-to-left language's diagram is mirrored (the first column at the right); a page that
    /// mirrors as a whole sets false.
    package var mirrorsRightToLeft = true

    /// A layout drawing in `style`, measuring text with `measurer`.
    package init(style: Style, measurer: any TextMeasurer, language: Language) {
        self.style = style
        self.measurer = measurer
        self.language = language
    }

    /// Lays `pillars` out on a canvas of `size`. Outcomes whose `pillar` names a column are listed under
    /// it (with a kind tag) unless `showOutcomes` is false; `parties` are named, with their colours,
    /// under the partnership's name when there is room.
    package func layout(_ pillars: Pillars, outcomes: [Outcome], size: Size, showOutcomes: Bool = true,
                       parties: [Party] = []) -> LayoutResult {
        let input = PillarsInput(pillars, outcomes: outcomes, showOutcomes: showOutcomes, language: language)
        let fitter = TextFitter(measurer: PillarsMeasureCache(measurer))
        var m = outerMargin(width: size.width, height: size.height)
        var choice = planner(input, parties: parties, width: size.width, margin: m, fitter: fitter)
            .choose(height: size.height - 2 * m)
        if choice.draft.height > size.height - 2 * m + 0.01, m > style.spacing.unit {
            // A canvas too small even for cut text: give up margin before anything else.
            m = style.spacing.unit
            choice = planner(input, parties: parties, width: size.width, margin: m, fitter: fitter)
                .choose(height: size.height - 2 * m)
        }
        var draft = choice.draft
        let room = size.height - 2 * m - draft.fixedHeight
        // Columns grow to fill the canvas, but not past about twice what they hold (a column many times
        // taller than its text reads as missing content); the temple then sits in the middle.
        let natural = draft.bodyHeights.reduce(0, +)
        let grown = min(room, max(natural * 2, natural + 20 * style.spacing.unit))
        draft.bodyHeights = PillarsDraft.share(grown, needs: draft.bodyHeights)

        var scene = Scene(width: size.width, height: size.height, background: style.colors.background)
        scene.elements = PillarsComposer(draft: draft, style: style, top: m + max(0, (room - grown) / 2)).elements()
        scene.metadata = SceneMetadata(title: pillars.roof,
                                       description: PillarsText.description(input.pillars, draft: draft,
                                                                            parties: parties,
                                                                            outcomeCount: input.shownOutcomes,
                                                                            language: language))
        measurer.settings.record(in: &scene.metadata)
        var notices = input.notices
        if choice.forced { notices += PillarsText.cutNotices(draft, pillars: input.pillars, size: size) }
        notices += PillarsText.missingGlyphNotices(scene, measurer: fitter.measurer)
        notices += LayoutResult.letterBreakNotices(scene, measurer: measurer).map { "pillars: " + $0 }
        if language.rightToLeft && mirrorsRightToLeft { scene = scene.mirrored() }
        return LayoutResult(scene: scene, notices: notices)
    }

    /// The height the diagram wants at `width`: everything at its natural size, no column stretched.
    /// `layout` at that width and height draws the same arrangement at the same sizes.
    package func preferredHeight(_ pillars: Pillars, outcomes: [Outcome], width: Double, showOutcomes: Bool = true,
                                parties: [Party] = []) -> Double {
        let input = PillarsInput(pillars, outcomes: outcomes, showOutcomes: showOutcomes, language: language)
        let fitter = TextFitter(measurer: PillarsMeasureCache(measurer))
        // The margin depends on the height when the diagram is wider than tall: settle it by iteration.
        var m = outerMargin(width: width, height: width)
        var height = 0.0
        for _ in 0..<8 {
            height = planner(input, parties: parties, width: width, margin: m, fitter: fitter).choose(height: nil)
                .draft.height + 2 * m
            let next = outerMargin(width: width, height: height)
            if next == m { break }
            m = next
        }
        return height
    }

    /// The least height the diagram takes at `width` without cutting anything: the most compact
    /// arrangement at the smallest type. `layout` at that height draws it.
    package func smallestHeight(_ pillars: Pillars, outcomes: [Outcome], width: Double, showOutcomes: Bool = true,
                               parties: [Party] = []) -> Double {
        smallestHeight(pillars, outcomes: outcomes, width: width, showOutcomes: showOutcomes, parties: parties, memo: nil)
    }

    /// `smallestHeight`, remembered in `memo` by the smallest scale and the width: the only sizes it depends
    /// on, so type levels that differ only in sizes the smallest scale clamps to the minimum share one answer.
    func smallestHeight(_ pillars: Pillars, outcomes: [Outcome], width: Double, showOutcomes: Bool,
                        parties: [Party], memo: SmallestHeightMemo?) -> Double {
        let input = PillarsInput(pillars, outcomes: outcomes, showOutcomes: showOutcomes, language: language)
        let fitter = TextFitter(measurer: PillarsMeasureCache(measurer))
        let m = outerMargin(width: width, height: width)
        let planner = planner(input, parties: parties, width: width, margin: m, fitter: fitter)
        let key = SmallestHeightMemo.Key(scale: planner.smallestScale, width: width)
        if let known = memo?.heights[key] { return known }
        let height = planner.smallestHeight() + 2 * m
        memo?.heights[key] = height
        return height
    }

    private func outerMargin(width: Double, height: Double) -> Double {
        if let margin { return max(0, margin) }
        let unit = style.spacing.unit
        return max(unit, PillarsGrid.ceil(style.spacing.marginFraction * min(width, height), unit))
    }

    private func planner(_ input: PillarsInput, parties: [Party], width: Double, margin: Double,
                         fitter: TextFitter) -> PillarsPlanner {
        PillarsPlanner(pillars: input.pillars, inputs: input.columns, parties: parties, style: style,
                       fitter: fitter, contentWidth: max(0, width - 2 * margin), canvasWidth: width,
                       centerX: width / 2)
    }
}

/// The section prepared for layout: outcomes matched to columns, and what could not be matched.
struct PillarsInput {
    var pillars: Pillars
    var columns: [PillarsColumnInput]
    var notices: [String] = []
    var shownOutcomes = 0

    init(_ pillars: Pillars, outcomes: [Outcome], showOutcomes: Bool, language: Language) {
        // Text past what any canvas can show is clipped up front, so measuring stays instant.
        var pillars = pillars
        let clip = TextFitter.clippedForLayout
        pillars.roof = clip(pillars.roof)
        pillars.columns = pillars.columns.map { PillarColumn(name: clip($0.name), items: $0.items.map(clip)) }
        pillars.foundation = pillars.foundation.map(clip)
        let outcomes = outcomes.map { Outcome(title: clip($0.title), kind: $0.kind, parties: $0.parties, pillar: $0.pillar) }
        if pillars.columns.isEmpty {
            pillars.columns = [PillarColumn(name: "")]
            notices.append("pillars: no columns given; drawn as one empty column")
        }
        self.pillars = pillars
        columns = pillars.columns.map { PillarsColumnInput(name: $0.name, items: $0.items, outcomes: [], words: language) }
        guard showOutcomes else { return }
        for outcome in outcomes {
            guard let pillar = outcome.pillar else { continue }
            if let index = Pillars.column(named: pillar, in: pillars.columns) {
                columns[index].append(outcome)
                shownOutcomes += 1
            } else {
                notices.append("pillars: outcome \(MessageText.quoted(outcome.title)) names no column (\(MessageText.quoted(pillar))); not shown")
            }
        }
    }
}

extension Pillars {
    /// The column an outcome's `pillar:` names: the same name, else the same but for case and surrounding spaces.
    static func column(named pillar: String, in columns: [PillarColumn]) -> Int? {
        func key(_ s: String) -> String {
            var t = Substring(s)
            while t.first?.isWhitespace == true { t.removeFirst() }
            while t.last?.isWhitespace == true { t.removeLast() }
            return t.lowercased()
        }
        return columns.firstIndex { $0.name == pillar } ?? columns.firstIndex { key($0.name) == key(pillar) }
    }
}

/// Smallest heights of one pillar diagram (same columns, fonts and spacing) already found, for a page
/// that asks at several type levels.
final class SmallestHeightMemo {
    struct Key: Hashable {
        var scale: PillarsScale
        var width: Double
    }
    var heights: [Key: Double] = [:]
}
