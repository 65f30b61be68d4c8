// The report's diagram blocks: the first timeline and the pillar diagram, laid out by their own layouts.

import BriefModel
import BriefScene

/// The timeline under the page's own heading, with no margin of its own so that it lines up with the
/// page's content edges: across a full-width row, or down a column (where one line per date fits and a
/// horizontal axis would be too short for a cluster of dates).
struct ReportTimelineDraft: ReportBlockDraft {
    let block: ReportBlock
    let heading: String?
    let kit: ReportKit
    let width: Double
    let timeline: Timeline
    private(set) var orientation: TimelineOrientation
    /// The orientation the block's width chose (`turnDown(into:)` may change it).
    private let initialOrientation: TimelineOrientation
    let preferred: Double
    let minimum: Double
    private let headingHeight: Double
    private var inner: Double
    private var dropped = false
    /// The timeline laid out at the sizes asked so far: the page's score and its drawing ask for the same.
    private let laidOut = LayoutMemo()

    private final class LayoutMemo {
        struct Key: Hashable { var orientation: TimelineOrientation; var height: Double }
        var results: [Key: LayoutResult] = [:]
    }

    /// Below this width the timeline runs down the block.
    static let verticalBelow = 340.0

    /// `bodyHeight` is the page's room between header and footer: the timeline takes at most a share of
    /// it, so a long timeline drops labels (and says so) rather than pushing everything else off the page.
    /// A `rough` one across the page takes the most it may ask for without drawing itself to find less.
    init(block: ReportBlock, heading: String?, kit: ReportKit, width: Double, timeline: Timeline, factor: Double,
         bodyHeight: Double, rough: Bool = false) {
        self.block = block; self.heading = heading; self.kit = kit; self.width = width; self.timeline = timeline
        if width < ReportTimelineDraft.verticalBelow {
            // Down a column: as tall as one line per date needs at the body size (preferred) or at the
            // minimum size, within three quarters of the page.
            orientation = .vertical
            let layout = kit.timelineLayout
            let cap = bodyHeight * 0.75
            preferred = kit.ceilGrid(min(cap, layout.verticalHeight(timeline, width: width, showTitle: false, limit: cap)))
            let least = layout.verticalHeight(timeline, width: width, labelSize: kit.style.sizes.minimum, showTitle: false,
                                              limit: preferred)
            minimum = kit.ceilGrid(min(preferred, least, max(140, cap * 0.5)))
        } else {
            orientation = .horizontal
            let most = kit.ceilGrid(min(240, bodyHeight * 0.6, max(140, width * 0.36)))
            preferred = rough ? most : ReportTimelineDraft.horizontalHeight(timeline, kit: kit, width: width, most: most)
            minimum = kit.ceilGrid(min(preferred, max(96, preferred * 0.75)))
        }
        inner = kit.ceilGrid(max(minimum, preferred * max(0.85, factor)))
        initialOrientation = orientation
        headingHeight = kit.headingHeight(heading, width: width)
    }

    /// The height a timeline across the page asks for: at most `most`, or the height its drawing there
    /// actually used when it draws as well in that (the same labels at the same size, the same notes): a few dates
    /// need far less than a crowded axis, and the rest of the page gets the difference.
    private static func horizontalHeight(_ timeline: Timeline, kit: ReportKit, width: Double, most: Double) -> Double {
        let layout = kit.timelineLayout
        func draw(_ h: Double) -> LayoutResult {
            layout.layout(timeline, size: Size(width: width, height: h), orientation: .horizontal, showTitle: false)
        }
        func labels(_ r: LayoutResult) -> (count: Int, size: Double, notes: Int) {
            (r.facts.labels, r.facts.labelSize, r.facts.notes)
        }
        let full = draw(most)
        let used = full.facts.usedHeight
        let want = labels(full)
        // Just the used height, else halfway back to `most` (placement there may need a little more room).
        let tight = kit.ceilGrid(used + kit.style.spacing.unit)
        for trial in [tight, kit.ceilGrid((tight + most) / 2)] where trial < most {
            let got = labels(draw(trial))
            if got.count >= want.count && got.size >= want.size - 0.01 && got.notes >= want.notes { return trial }
        }
        return most
    }

    var isDropped: Bool { dropped }
    var isDiagram: Bool { true }
    /// The share of its events it does not name (dropped: all of them): a timeline made too short for its
    /// labels loses them, so shrinking it is a cut like any other, weighed against the other blocks' cuts.
    var loss: Double {
        guard !dropped else { return 1 }
        return timeline.events.isEmpty ? 0 : 0.9 * Double(lost) / Double(timeline.events.count)
    }
    /// The events it does not name: all when dropped, else those its drawing at this height leaves as markers
    /// without labels, so that a page weighs a crowded column timeline against a roomier one across the page.
    var lost: Int { dropped ? timeline.events.count : layout(height: inner).facts.unlabelledEvents }

    /// The timeline drawn `height` tall in its orientation, without the page's heading, laid out once.
    private func layout(height: Double) -> LayoutResult {
        let key = LayoutMemo.Key(orientation: orientation, height: height)
        if let known = laidOut.results[key] { return known }
        let result = kit.timelineLayout.layout(timeline, size: Size(width: width, height: height),
                                               orientation: orientation, showTitle: false)
        laidOut.results[key] = result
        return result
    }
    var height: Double { dropped ? 0 : headingHeight + inner }

    mutating func cut(deep: Bool) -> Bool {
        // A timeline turned down the page into room left over goes back across it, at its least height.
        if orientation != initialOrientation { orientation = initialOrientation; inner = minimum; return true }
        if inner > minimum { inner = minimum; return true }
        guard deep, !dropped else { return false }
        dropped = true
        return true
    }

    /// Gives the timeline up to `extra` more height: up to 1.5 × its preferred height across the page, or all
    /// of it down the page (see `turnDown(into:)`); returns what it took.
    mutating func grow(into extra: Double, restoring: Bool) -> Double {
        guard !restoring else { return 0 }
        let across = grown(extra)
        return across + turnDown(into: extra - across)
    }

    private mutating func grown(_ extra: Double) -> Double {
        guard !dropped else { return 0 }
        let target = min(kit.ceilGrid(preferred * 1.5), inner + extra)
        let taken = max(0, kit.floorGrid(target) - inner)
        inner += taken
        return taken
    }

    /// Given `extra` free height below it (the page's room left over), a timeline across the page may read
    /// better running down it into that room: it turns when that labels more dates, sets them larger or
    /// shows more notes. Returns the height taken. Only a page with much room left tries (two layouts).
    private mutating func turnDown(into extra: Double) -> Double {
        guard !dropped, orientation == .horizontal, extra >= inner * 0.5 else { return 0 }
        func score(_ orientation: TimelineOrientation, _ height: Double) -> (Int, Double, Int) {
            let r = kit.timelineLayout.layout(timeline, size: Size(width: width, height: height), orientation: orientation,
                                              showTitle: false).facts
            return (r.labels, r.labelSize, r.notes)
        }
        // Into all of the room: blocks that had content to take back have had their turn.
        let height = kit.floorGrid(inner + extra)
        let across = score(.horizontal, inner), down = score(.vertical, height)
        guard across < down else { return 0 }
        let taken = height - inner
        orientation = .vertical
        inner = height
        return taken
    }

    func draw(in frame: Rect) -> ReportBlockDrawing {
        guard !dropped else { return ReportBlockDrawing([], ["report: timeline \(timeline.id) left out: no room on one page"]) }
        var (out, notices) = kit.headingElements(heading, frame: frame)
        let top = frame.minY + headingHeight
        let result = layout(height: frame.height - headingHeight)
        out += result.scene.translatedElements(dx: frame.minX, dy: top)
        return ReportBlockDrawing(out, notices + result.notices, description: result.scene.metadata.description)
    }
}

/// The pillar diagram across the block's width (no outer margin): whole at its preferred height, whole at
/// the least height its smallest type needs, or, short of room, the temple with column titles only (roof,
/// titled columns, foundation).
struct ReportPillarsDraft: ReportBlockDraft {
    let block: ReportBlock
    let heading: String?
    let kit: ReportKit
    let width: Double
    let pillars: Pillars
    let outcomes: [Outcome]
    let showOutcomes: Bool
    /// The least height before the diagram is dropped: the temple with column titles only.
    let floor: Double
    /// At least what the whole diagram needs (found without measuring its items): the titles-only temple
    /// plus, in the fullest column, one line of the smallest type per item.
    private let wholeAtLeast: Double
    /// The pillars without items, drawn when the full diagram does not get its preferred height.
    private let compact: Pillars
    private let headingHeight: Double
    /// The pillar layout, set for the page: no margin of its own, not mirrored (the page mirrors as a whole).
    private let layout: PillarsLayout
    private var state = State.whole
    /// The whole diagram's height, measured when first asked: a page that starts out cut (or is cut alike
    /// at another type level) never pays for measuring every item.
    private let whole: Lazy
    /// The whole diagram's least height (every item at the smallest type), measured when first asked.
    private let wholeSmallest: Lazy
    /// Height given to the whole diagram above its least, from room the page has left over.
    private var grownBy = 0.0

    private enum State { case whole, wholeSmallest, titlesOnly, dropped }

    private final class Lazy {
        private var value: Double?
        private let compute: () -> Double
        init(_ compute: @escaping () -> Double) { self.compute = compute }
        var height: Double {
            if let value { return value }
            let v = compute()
            value = v
            return v
        }
    }

    init(block: ReportBlock, heading: String?, kit: ReportKit, width: Double, pillars: Pillars, outcomes: [Outcome],
         showOutcomes: Bool, floors: SmallestHeightMemo, wholeFloors: SmallestHeightMemo) {
        self.block = block; self.heading = heading; self.kit = kit; self.width = width; self.pillars = pillars
        self.outcomes = outcomes; self.showOutcomes = showOutcomes
        var layout = PillarsLayout(style: kit.style, measurer: kit.measurer, language: kit.language)
        layout.mirrorsRightToLeft = false
        layout.margin = 0
        self.layout = layout
        compact = Pillars(roof: pillars.roof, columns: pillars.columns.map { PillarColumn(name: $0.name) },
                          foundation: pillars.foundation)
        // The compact temple is asked to fit a short block; its own layout picks tiers and type to do so.
        let least = kit.ceilGrid(layout.smallestHeight(compact, outcomes: [], width: width, showOutcomes: false,
                                                       parties: [], memo: floors))
        whole = Lazy { [layout] in
            kit.ceilGrid(layout.preferredHeight(pillars, outcomes: outcomes, width: width, showOutcomes: showOutcomes))
        }
        wholeSmallest = Lazy { [layout] in
            kit.ceilGrid(layout.smallestHeight(pillars, outcomes: outcomes, width: width, showOutcomes: showOutcomes,
                                               parties: [], memo: wholeFloors))
        }
        floor = least
        let line = kit.measurer.measure("Ag", font: kit.style.font(kit.style.sizes.minimum)).height
        wholeAtLeast = least + Double(pillars.columns.map(\.items.count).max() ?? 0) * line
        headingHeight = kit.headingHeight(heading, width: width)
    }

    var heightBound: Double? { state == .whole || state == .wholeSmallest ? headingHeight + wholeAtLeast : nil }

    private var inner: Double {
        switch state {
        case .whole: max(floor, whole.height)
        case .wholeSmallest: max(floor, min(whole.height, wholeSmallest.height + grownBy))
        case .titlesOnly: floor
        case .dropped: 0
        }
    }

    var isDropped: Bool { state == .dropped }
    var isDiagram: Bool { true }
    /// Titles only give up the items (and the outcomes when the temple holds them, which no list shows then).
    var loss: Double {
        switch state {
        case .whole, .wholeSmallest: 0
        case .titlesOnly: showOutcomes && !outcomes.isEmpty ? 0.9 : 0.5
        case .dropped: 1
        }
    }
    var lost: Int {
        let items = pillars.columns.map(\.items.count).reduce(0, +) + (showOutcomes ? outcomes.count : 0)
        switch state {
        case .whole, .wholeSmallest: return 0
        case .titlesOnly: return items
        case .dropped: return items + pillars.columns.count
        }
    }
    var height: Double { state == .dropped ? 0 : headingHeight + inner }

    mutating func cut(deep: Bool) -> Bool {
        switch state {
        case .whole, .wholeSmallest: state = .titlesOnly; return true
        case .titlesOnly where deep: state = .dropped; return true
        default: return false
        }
    }

    /// Room left over gives a temple cut to titles its items back at the smallest type when they fit there,
    /// and a whole one below its preferred height grows towards it (larger type, fewer tiers). The items'
    /// least height is measured only when the room could hold them (squeezed as the type is): a page with
    /// a little room over, as most are, pays nothing for asking.
    mutating func grow(into extra: Double, restoring: Bool) -> Double {
        guard extra > 0 else { return 0 }
        let before = inner
        if restoring {
            guard state == .titlesOnly else { return 0 }
            let squeeze = kit.style.sizes.minimum / max(kit.style.sizes.body, kit.style.sizes.minimum)
            guard floor + extra >= wholeAtLeast, extra >= (max(floor, whole.height) - floor) * squeeze * squeeze,
                  wholeSmallest.height - floor <= extra else { return 0 }
            state = .wholeSmallest
            return inner - before
        }
        guard state == .wholeSmallest else { return 0 }
        grownBy += max(0, kit.floorGrid(extra))
        return inner - before
    }

    func draw(in frame: Rect) -> ReportBlockDrawing {
        guard state != .dropped else { return ReportBlockDrawing([], ["report: pillars left out: no room on one page"]) }
        var (out, notices) = kit.headingElements(heading, frame: frame)
        let full = state == .whole || state == .wholeSmallest
        let result = full
            ? layout.layout(pillars, outcomes: outcomes, size: Size(width: width, height: inner), showOutcomes: showOutcomes)
            : layout.layout(compact, outcomes: [], size: Size(width: width, height: inner), showOutcomes: false)
        out += result.scene.translatedElements(dx: frame.minX, dy: frame.minY + headingHeight)
        let itemCount = pillars.columns.map(\.items.count).reduce(0, +)
        let note = full || itemCount == 0 ? [] : ["report: pillars drawn with column titles only (\(itemCount) items left "
                                                   + "out for room; `briefkit pillars` draws them all)"]
        return ReportBlockDrawing(out, notices + result.notices + note, description: result.scene.metadata.description)
    }
}

extension ReportTimelineDraft: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { plan.timeline != nil }
    static var hasRoughDraft: Bool { true }

    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        let timeline = r.plan.timeline!
        return ReportTimelineDraft(block: r.block, heading: r.heading(timeline.title ?? r.kit.language.phrase(.headingTimeline)),
                                   kit: r.kit, width: r.width, timeline: timeline, factor: r.factor,
                                   bodyHeight: r.plan.bodyHeight, rough: r.rough)
    }
}

extension ReportPillarsDraft: ReportBlockMaker {
    static func hasData(_ plan: ReportPlan) -> Bool { plan.briefing.pillars != nil }

    /// The temple holds the outcomes that name its columns when the arrangement puts them there, and all
    /// of them on a page without an outcomes list.
    static func draft(_ r: ReportDraftRequest) -> any ReportBlockDraft {
        let plan = r.plan
        let holdsOutcomes = r.outcomesUnderPillars || !plan.blocks.contains { $0.kind == .outcomes }
        return ReportPillarsDraft(block: r.block, heading: r.heading(r.kit.language.phrase(.headingPillars)), kit: r.kit,
                                  width: r.width, pillars: plan.briefing.pillars!,
                                  outcomes: r.outcomesUnderPillars ? plan.pillarOutcomes : plan.briefing.outcomes,
                                  showOutcomes: holdsOutcomes, floors: plan.pillarFloors,
                                  wholeFloors: plan.wholePillarFloors[holdsOutcomes]!)
    }
}
