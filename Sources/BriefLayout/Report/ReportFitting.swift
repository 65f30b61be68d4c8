// Keeping the report to one page: rows of blocks, their heights, and the shrink-then-cut loop.

import BriefModel
import BriefScene

/// A row of the page: one full-width block, or a left and a right column of stacked blocks.
enum ReportRow: Equatable {
    case full(Int)
    case split(left: [Int], right: [Int])

    /// Blocks of `heights` stacked with `gap` between those drawn (a dropped block, of height 0, takes none).
    static func stacked(_ heights: [Double], gap: Double) -> Double {
        let drawn = heights.filter { $0 > 0 }
        return drawn.reduce(0, +) + Double(max(0, drawn.count - 1)) * gap
    }

    /// `rows` with each split row's columns evened out: the last block of the taller column moves to the end
    /// of the other while that lowers the row (blocks keep their order within a column; a column keeps at
    /// least one block). Block heights come from `height` (asked only for blocks of split rows), stacked with
    /// `gap`.
    static func balanced(_ rows: [ReportRow], height: (Int) -> Double, gap: Double) -> [ReportRow] {
        var known: [Int: Double] = [:]
        func h(_ i: Int) -> Double {
            if let v = known[i] { return v }
            let v = height(i)
            known[i] = v
            return v
        }
        func stack(_ blocks: [Int]) -> Double { stacked(blocks.map(h), gap: gap) }
        return rows.map { row in
            guard case .split(var left, var right) = row, !left.isEmpty, !right.isEmpty else { return row }
            while true {
                let current = max(stack(left), stack(right))
                var l = left, r = right
                if stack(left) > stack(right) {
                    guard l.count > 1 else { break }
                    r.append(l.removeLast())
                } else {
                    guard r.count > 1 else { break }
                    l.append(r.removeLast())
                }
                guard max(stack(l), stack(r)) < current - 0.01 else { break }
                left = l; right = r
            }
            return .split(left: left, right: right)
        }
    }

    /// Groups blocks (indices into `placements`) into rows: consecutive left/right blocks share a row.
    static func rows(_ placements: [ReportPlacement]) -> [ReportRow] {
        var rows: [ReportRow] = []
        var left: [Int] = [], right: [Int] = []
        func flush() {
            if !left.isEmpty || !right.isEmpty { rows.append(.split(left: left, right: right)) }
            left = []; right = []
        }
        for (i, p) in placements.enumerated() {
            switch p {
            case .full: flush(); rows.append(.full(i))
            case .left: left.append(i)
            case .right: right.append(i)
            }
        }
        flush()
        return rows
    }
}

/// The blocks of one page body with the white space between them.
struct ReportBody {
    var drafts: [any ReportBlockDraft]
    let rows: [ReportRow]
    let gap: Double

    /// The height of blocks stacked with `gap` between those still drawn (block heights from `heights`
    /// when given, else asked).
    func stackHeight(_ indices: [Int], _ heights: [Double]? = nil) -> Double {
        ReportRow.stacked(indices.map { heights?[$0] ?? drafts[$0].height }, gap: gap)
    }

    func rowHeight(_ row: ReportRow, _ heights: [Double]? = nil) -> Double {
        switch row {
        case .full(let i): heights?[i] ?? drafts[i].height
        case .split(let l, let r): max(stackHeight(l, heights), stackHeight(r, heights))
        }
    }

    /// Each drawn block's frame, rows stacked from `top`: a full-width block across `contentWidth` from
    /// `left` at its row's height, the blocks of a split row stacked in two columns of `columnWidth`.
    func frames(top: Double, left: Double, contentWidth: Double, columnWidth: Double, gutter: Double)
        -> [(index: Int, frame: Rect)] {
        var frames: [(index: Int, frame: Rect)] = []
        var y = top
        for row in rows {
            let h = rowHeight(row)
            switch row {
            case .full(let i):
                frames.append((i, Rect(x: left, y: y, width: contentWidth, height: h)))
            case .split(let l, let r):
                for (stack, x) in [(l, left), (r, left + columnWidth + gutter)] {
                    var sy = y
                    for i in stack {
                        let bh = drafts[i].height
                        frames.append((i, Rect(x: x, y: sy, width: columnWidth, height: bh)))
                        if bh > 0 { sy += bh + gap }
                    }
                }
            }
            if h > 0 { y += h + gap }
        }
        return frames
    }

    /// All rows with `gap` between the rows still drawn.
    var height: Double { height(drafts.map(\.height)) }

    /// True when the body is taller than `available`; decided from the costly blocks' lower bounds when
    /// those already say so (such a block then stays unmeasured). Each height is asked once.
    func overflows(_ available: Double) -> Bool {
        let bounds = drafts.map(\.heightBound)
        var heights = zip(drafts, bounds).map { $1 ?? $0.height }
        if height(heights) > available + 0.01 { return true }
        for i in drafts.indices where bounds[i] != nil { heights[i] = drafts[i].height }
        return height(heights) > available + 0.01
    }

    /// The body's height from each block's height in `heights`.
    func height(_ heights: [Double]) -> Double {
        let rowHeights = rows.map { rowHeight($0, heights) }.filter { $0 > 0 }
        return rowHeights.reduce(0, +) + Double(max(0, rowHeights.count - 1)) * gap
    }

    /// Blocks whose cutting can lower the page: full-width ones, and those in the taller column of a row.
    private var critical: [Int] {
        rows.flatMap { row -> [Int] in
            switch row {
            case .full(let i): return [i]
            case .split(let l, let r):
                let hl = stackHeight(l), hr = stackHeight(r)
                return (hl >= hr - 0.01 ? l : []) + (hr >= hl - 0.01 ? r : [])
            }
        }
    }

    /// Cuts each block until it has given up at least the share in `losses` (another type level's cuts).
    mutating func cut(toLoss losses: [Double]) {
        for i in drafts.indices where i < losses.count {
            var d = drafts[i]
            while d.loss < losses[i] - 1e-9 {
                guard d.cut(deep: false) || d.cut(deep: true) else { break }
            }
            drafts[i] = d
        }
    }

    /// Takes the cuts that give up no content (a diagram's spare height), lowest priority first, while
    /// the body is taller than `available`.
    mutating func shrinkLosslessly(toFit available: Double) {
        let order = drafts.indices.sorted { (drafts[$0].block.priority, -$0) < (drafts[$1].block.priority, -$1) }
        for i in order where overflows(available) {
            var d = drafts[i]
            while overflows(available), d.cut(deep: false), d.loss <= drafts[i].loss + 1e-9 { drafts[i] = d }
        }
    }

    /// Cuts content, lowest priority first (later blocks first at equal priority), until the body fits
    /// `available`: first the cuts that give up nothing (a diagram's spare height), then only down to each
    /// block's comfortable floor, then as deep as needed. Then gives content back, highest priority first,
    /// wherever it still fits (a dropped block may leave room).
    mutating func cut(toFit available: Double) {
        shrinkLosslessly(toFit: available)
        var history: [[any ReportBlockDraft]] = drafts.map { [$0] }
        for deep in [false, true] {
            while overflows(available) {
                let order = { (a: Int, b: Int) -> Bool in
                    (self.drafts[a].block.priority, -a) < (self.drafts[b].block.priority, -b)
                }
                let first = critical.sorted(by: order)
                let rest = drafts.indices.filter { !first.contains($0) }.sorted(by: order)
                var chosen: Int?
                for i in first + rest {
                    var d = drafts[i]
                    if d.cut(deep: deep) { drafts[i] = d; history[i].append(d); chosen = i; break }
                }
                guard let i = chosen else { break }
                // While still too tall, cut the same block in doubling batches before measuring again: a
                // long list costs as much to measure as to cut whole. Overshoot is given back below.
                var batch = 1
                while overflows(available) {
                    batch *= 2
                    var d = drafts[i], cut = false
                    for _ in 0..<batch {
                        guard d.cut(deep: deep) else { break }
                        history[i].append(d); cut = true
                    }
                    guard cut else { break }
                    drafts[i] = d
                }
            }
        }
        let byPriority = drafts.indices.sorted {
            (drafts[$0].block.priority, -$0) > (drafts[$1].block.priority, -$1)
        }
        for i in byPriority where history[i].count > 1 {
            // The fullest state that fits; states only get shorter down the history, so bisect.
            func fits(_ k: Int) -> Bool {
                var trial = self
                trial.drafts[i] = history[i][k]
                return !trial.overflows(available)
            }
            var lo = 0, hi = history[i].count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if fits(mid) { hi = mid } else { lo = mid + 1 }
            }
            if lo < history[i].count - 1 { drafts[i] = history[i][lo] }
        }
    }
}
