// A report block made of measured items in one or more columns, cut from the end with a "+N more" line.

import BriefModel
import BriefScene

/// One item of a list block: its elements at local coordinates (top-left at 0,0) and its height.
struct ReportItem {
    var elements: [Element]
    var height: Double
}

/// Figures, outcomes and sources: a heading, items in `columns` columns (row-major), and "+N more".
struct ReportListDraft: ReportBlockDraft {
    let block: ReportBlock
    let heading: String?
    let kit: ReportKit
    let width: Double
    let items: [ReportItem]
    let columns: Int
    let rowGap: Double
    let columnGap: Double
    /// What the items are called in "+N more outcomes".
    let noun: String
    /// One of the items: "outcome".
    var singular: String { noun.hasSuffix("s") ? String(noun.dropLast()) : noun }
    /// The fewest items kept before a deep cut.
    let floor: Int
    private(set) var shown: Int
    private let headingHeight: Double
    private let moreHeight: Double

    init(block: ReportBlock, heading: String?, kit: ReportKit, width: Double, items: [ReportItem], columns: Int,
         rowGap: Double, columnGap: Double, noun: String, floor: Int) {
        self.block = block; self.heading = heading; self.kit = kit; self.width = width; self.items = items
        self.columns = max(1, columns); self.rowGap = rowGap; self.columnGap = columnGap; self.noun = noun
        self.floor = min(floor, items.count)
        shown = min(items.count, block.limit ?? items.count)
        headingHeight = kit.headingHeight(heading, width: width)
        moreHeight = kit.measurer.measure("+99 more", font: kit.style.font(kit.style.sizes.small)).height
    }

    var isDropped: Bool { shown == 0 }

    var columnWidth: Double { (width - Double(columns - 1) * columnGap) / Double(columns) }

    /// Row heights of the shown items.
    private var rowHeights: [Double] {
        stride(from: 0, to: shown, by: columns).map { start in
            items[start..<min(shown, start + columns)].map(\.height).max() ?? 0
        }
    }

    var height: Double {
        guard shown > 0 else { return 0 }
        let rows = rowHeights
        var h = headingHeight + rows.reduce(0, +) + Double(max(0, rows.count - 1)) * rowGap
        if shown < items.count { h += rowGap + moreHeight }
        return kit.ceilGrid(h)
    }

    mutating func cut(deep: Bool) -> Bool {
        let least = deep ? 0 : floor
        guard shown > least else { return false }
        shown -= 1
        return true
    }

    func draw(in frame: Rect) -> (elements: [Element], notices: [String]) {
        guard shown > 0 else {
            return ([], items.isEmpty ? [] : ["report: \(block.kind.rawValue) left out (\(items.count) \(items.count == 1 ? singular : noun)): no room on one page"])
        }
        var out = kit.headingElements(heading, frame: frame)
        var y = frame.minY + headingHeight
        for (r, rowHeight) in rowHeights.enumerated() {
            for c in 0..<columns {
                let i = r * columns + c
                guard i < shown else { break }
                let x = frame.minX + Double(c) * (columnWidth + columnGap)
                out += items[i].elements.map { $0.translated(dx: x, dy: y) }
            }
            y += rowHeight + rowGap
        }
        var notices: [String] = []
        if shown < items.count {
            let hidden = items.count - shown
            let more = kit.text("report-more", "+\(hidden) more \(noun)", font: kit.style.font(kit.style.sizes.small),
                                color: kit.style.colors.muted, width: width, at: Point(frame.minX, y))
            out.append(.text(more))
            notices.append("report: \(block.kind.rawValue): \(hidden) of \(items.count) \(noun) not shown (\"+\(hidden) more\" on the page)")
        }
        return (out, notices)
    }
}
