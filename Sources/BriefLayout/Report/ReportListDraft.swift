// A report block made of measured items in one or more columns, cut latest first with a "+N more" line.

import BriefModel
import BriefScene

/// One item of a list block: its elements at local coordinates (top-left at 0,0) and its height.
struct ReportItem {
    var elements: [Element]
    var height: Double
    /// Space at the item's top (part of `height`) that separates it from the item before; dropped when
    /// the item starts a column.
    var lead = 0.0
    /// What the item is called in a notice when it is cut.
    var name = ""
    /// Said on standard error when the item is drawn (text of it cut to fit).
    var notices: [String] = []
    /// Drawn above the item when it starts a column in the middle of its group (the group's heading again).
    var continued: Heading?
    /// `keep: true` in the file: cut after every item that is not.
    var keep = false
    /// Where the item stands in the file, when the list draws items in another order (outcomes by kind):
    /// later items are cut first.
    var filePosition: Int?
    /// The group (outcomes of one kind) the item belongs to, if the list has groups.
    var group: Int?
    /// The item as drawn when it is the first of its group left on the page (the group's heading above it);
    /// empty when the item always opens its group or the list has none.
    var opening: [ReportItem] = []

    struct Heading {
        var elements: [Element]
        var height: Double
    }

    /// Height at the top of a column: without its lead, and with the group's heading again (when `heading`
    /// and it continues a group).
    func heightStartingColumn(heading: Bool) -> Double { height - lead + (heading ? continued?.height ?? 0 : 0) }
}

/// Figures, outcomes and sources: a heading, items in `columns` columns, and "+N more". Items run across
/// rows (figures, sources), or, when `flowsDown`, down balanced columns, so that a list read in order
/// (outcomes under their kind headings) reads down one column and then the next.
struct ReportListDraft: ReportBlockDraft {
    let block: ReportBlock
    let heading: String?
    let kit: ReportKit
    let width: Double
    let items: [ReportItem]
    let columns: Int
    let rowGap: Double
    let columnGap: Double
    /// What the items are, in the English of notices ("figures").
    let noun: String
    /// The page's "+N more …" line in the briefing's language.
    var moreKey: WordKey {
        switch block.kind {
        case .figures: .moreFigures
        case .sources: .moreSources
        case .outcomes: .moreOutcomes
        default: .more
        }
    }
    /// One of the items: "outcome".
    var singular: String { noun.hasSuffix("s") ? String(noun.dropLast()) : noun }
    /// The fewest items kept before a deep cut.
    let floor: Int
    /// Items fill one column, then the next (balanced), instead of running across rows.
    let flowsDown: Bool
    /// How many items are shown; the rest are cut in `cutOrder`'s order.
    private(set) var shown: Int
    /// Indices of `items` in the order they are cut: items not kept before kept ones, later in the file before
    /// earlier (`filePosition`, for outcomes drawn by kind).
    private let cutOrder: [Int]
    /// The shown items, in drawing order (each the first of its group drawn as opening it).
    private(set) var visible: [ReportItem] = []
    /// Whether columns that start inside a group repeat its heading even when that makes the block taller
    /// (given room left over on the page; see `repeatHeadings(within:)`).
    private var headingsPaid = false
    private let headingHeight: Double
    private let moreHeight: Double

    init(block: ReportBlock, heading: String?, kit: ReportKit, width: Double, items: [ReportItem], columns: Int,
         rowGap: Double, columnGap: Double, noun: String, floor: Int, flowsDown: Bool = false) {
        self.block = block; self.heading = heading; self.kit = kit; self.width = width; self.items = items
        self.columns = max(1, columns); self.rowGap = rowGap; self.columnGap = columnGap; self.noun = noun
        self.flowsDown = flowsDown
        self.floor = min(floor, items.count)
        shown = min(items.count, block.limit ?? items.count)
        cutOrder = items.indices.sorted { a, b in
            (items[a].keep ? 1 : 0, -(items[a].filePosition ?? a)) < (items[b].keep ? 1 : 0, -(items[b].filePosition ?? b))
        }
        headingHeight = kit.headingHeight(heading, width: width)
        moreHeight = kit.measurer.measure("+99 more", font: kit.style.font(kit.style.sizes.small)).height
        visible = ReportListDraft.visible(items, cut: Set(cutOrder.prefix(items.count - shown)))
    }

    /// The items not in `cut`, in order, each one that is the first of its group drawn as opening it.
    private static func visible(_ items: [ReportItem], cut: Set<Int>) -> [ReportItem] {
        var out: [ReportItem] = []
        var lastGroup: Int?
        for (i, item) in items.enumerated() where !cut.contains(i) {
            let opens = item.group != nil && item.group != lastGroup
            out.append(opens ? item.opening.first ?? item : item)
            lastGroup = item.group
        }
        return out
    }

    /// The items cut, in file order.
    private var cutItems: [ReportItem] {
        cutOrder.prefix(items.count - shown).sorted().map { items[$0] }
    }

    var isDropped: Bool { shown == 0 }
    var lost: Int { items.count - shown }
    var loss: Double { items.isEmpty ? 0 : Double(items.count - shown) / Double(items.count) }

    var columnWidth: Double { (width - Double(columns - 1) * columnGap) / Double(columns) }

    /// Row heights of the shown items (across rows).
    private var rowHeights: [Double] {
        stride(from: 0, to: shown, by: columns).map { start in
            visible[start..<min(shown, start + columns)].map(\.height).max() ?? 0
        }
    }

    /// The columns items flow down: the runs, and whether a column that starts inside a group repeats the
    /// group's heading. It does when that costs the block no height (on the grid); a page set a size
    /// smaller for a repeated heading would lose more than it gains.
    private var columnLayout: (runs: [Range<Int>], headings: Bool) {
        let plain = columnRuns(headings: false), headed = columnRuns(headings: true)
        let tallest = { (runs: [Range<Int>], headings: Bool) in runs.map { runHeight($0, headings: headings) }.max() ?? 0 }
        return headingsPaid || kit.ceilGrid(tallest(headed, true)) <= kit.ceilGrid(tallest(plain, false))
            ? (headed, true) : (plain, false)
    }

    /// Lets columns repeat their group's heading when the extra height fits in `extra` (room the page
    /// has left over once fitted); returns the height taken.
    mutating func grow(into extra: Double, restoring: Bool) -> Double {
        guard !restoring, flowsDown, !headingsPaid, shown > 0 else { return 0 }
        let before = height
        headingsPaid = true
        let cost = height - before
        if cost > extra + 1e-9 { headingsPaid = false; return 0 }
        return cost
    }

    /// The shown items split into at most `columns` runs, in order, with (within 0.1 pt) the shortest
    /// tallest column: the least height, found by bisection, at which filling each column in turn
    /// leaves nothing over.
    private func columnRuns(headings: Bool) -> [Range<Int>] {
        guard shown > 0 else { return [] }
        let heights = visible.map(\.height)
        func runs(within limit: Double) -> [Range<Int>]? {
            var result: [Range<Int>] = [], start = 0, used = 0.0
            for (i, h) in heights.enumerated() {
                let next = i == start ? visible[i].heightStartingColumn(heading: headings) : used + rowGap + h
                if next <= limit + 0.01 { used = next; continue }
                let alone = visible[i].heightStartingColumn(heading: headings)
                guard i > start, alone <= limit + 0.01 else { return nil }
                result.append(start..<i); start = i; used = alone
            }
            result.append(start..<heights.count)
            return result.count <= columns ? result : nil
        }
        let all = [0..<shown]
        var lo = 0.0, hi = runHeight(0..<shown, headings: headings)
        guard columns > 1 else { return all }
        while hi - lo > 0.1 {
            let mid = (lo + hi) / 2
            if runs(within: mid) != nil { hi = mid } else { lo = mid }
        }
        return runs(within: hi) ?? all
    }

    /// A column's height; its first item starts the column (see `heightStartingColumn`).
    private func runHeight(_ run: Range<Int>, headings: Bool) -> Double {
        guard let first = run.first else { return 0 }
        return visible[run].map(\.height).reduce(0, +) - visible[first].height
            + visible[first].heightStartingColumn(heading: headings) + Double(run.count - 1) * rowGap
    }

    var height: Double {
        guard shown > 0 else { return 0 }
        var h = headingHeight
        if flowsDown {
            let layout = columnLayout
            h += layout.runs.map { runHeight($0, headings: layout.headings) }.max() ?? 0
        } else {
            let rows = rowHeights
            h += rows.reduce(0, +) + Double(max(0, rows.count - 1)) * rowGap
        }
        if shown < items.count { h += rowGap + moreHeight }
        return kit.ceilGrid(h)
    }

    mutating func cut(deep: Bool) -> Bool {
        let least = deep ? 0 : floor
        guard shown > least else { return false }
        shown -= 1
        visible = ReportListDraft.visible(items, cut: Set(cutOrder.prefix(items.count - shown)))
        return true
    }

    func draw(in frame: Rect) -> ReportBlockDrawing {
        guard shown > 0 else {
            return ReportBlockDrawing([], items.isEmpty ? [] : ["report: \(block.kind.rawValue) left out (\(items.count) \(items.count == 1 ? singular : noun)): no room on one page"])
        }
        var (out, notices) = kit.headingElements(heading, frame: frame)
        let top = frame.minY + headingHeight
        var y = top
        if flowsDown {
            let (runs, headings) = columnLayout
            for (c, run) in runs.enumerated() {
                let x = frame.minX + Double(c) * (columnWidth + columnGap)
                var cy = top - (run.first.map { visible[$0].lead } ?? 0)
                if headings, let first = run.first, let heading = visible[first].continued {
                    out += heading.elements.map { $0.translated(dx: x, dy: top) }
                    cy += heading.height
                }
                for i in run {
                    out += visible[i].elements.map { $0.translated(dx: x, dy: cy) }
                    cy += visible[i].height + rowGap
                }
            }
            y = top + (runs.map { runHeight($0, headings: headings) }.max() ?? 0) + rowGap
        } else {
            for (r, rowHeight) in rowHeights.enumerated() {
                for c in 0..<columns {
                    let i = r * columns + c
                    guard i < shown else { break }
                    let x = frame.minX + Double(c) * (columnWidth + columnGap)
                    out += visible[i].elements.map { $0.translated(dx: x, dy: y) }
                }
                y += rowHeight + rowGap
            }
        }
        notices += visible.flatMap(\.notices)
        if shown < items.count {
            let hidden = items.count - shown
            let more = kit.text("report-more", kit.language.phrase(moreKey, count: hidden), font: kit.style.font(kit.style.sizes.small),
                                color: kit.style.colors.muted, width: width, at: Point(frame.minX, y))
            out.append(.text(more))
            // Name what was cut (the first few), so the reader of the notice knows what to add by hand.
            let names = cutItems.map(\.name).filter { !$0.isEmpty }
            let named = names.prefix(3).map { MessageText.quoted($0) }.joined(separator: ", ")
                + (names.count > 3 ? ", …" : "")
            notices.append("report: \(block.kind.rawValue): \(hidden) of \(items.count) \(noun) not shown (\"+\(hidden) more\" "
                           + "on the page)" + (named.isEmpty ? "" : ": " + named))
        }
        return ReportBlockDrawing(out, notices)
    }
}
