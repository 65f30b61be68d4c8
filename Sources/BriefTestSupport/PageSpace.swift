// The largest empty rectangle of a report page's content area: room a page that cuts content could have used.

import BriefScene

/// The measure of `../shared/tools/page_space.py`, on a scene: the content area runs from below the title
/// band (role `band`, nearly page-wide) to above the footer, between the leftmost and rightmost content; every
/// element's box is marked on a 2 pt grid (lines widened by 1 pt each side), and the largest all-empty
/// axis-aligned rectangle is found with the histogram method.
package enum PageSpace {
    /// The largest empty rectangle as a share of the content area, and the rectangle itself.
    package static func largestEmpty(_ scene: Scene) -> (share: Double, rect: Rect?) {
        let grid = 2.0
        func box(_ e: Element) -> Rect {
            if case .line = e { return e.bounds.insetBy(dx: -1, dy: -1) }
            return e.bounds
        }
        let boxes = scene.elements.map { (role: $0.role, box: box($0)) }
        let top = boxes.filter { $0.role == "band" && $0.box.width > scene.width * 0.9 }.map(\.box.maxY).max() ?? 0
        let bottom = boxes.filter { $0.role == "footer" }.map(\.box.minY).min() ?? scene.height
        let content = boxes.filter { !["band", "footer", "background"].contains($0.role) }.map(\.box)
            .filter { $0.minY >= top - 0.5 && $0.maxY <= bottom + 0.5 }
        guard let left = content.map(\.minX).min(), let right = content.map(\.maxX).max() else { return (1, nil) }
        let areaTop = top + 4, areaBottom = bottom - 4 // the gaps a designer leaves under the band and above the footer
        let columns = max(1, Int((right - left) / grid)), rows = max(1, Int((areaBottom - areaTop) / grid))
        var filled = [Bool](repeating: false, count: columns * rows)
        for b in content {
            let c0 = max(0, Int((b.minX - left) / grid)), c1 = min(columns, Int((b.maxX - left) / grid) + 1)
            let r0 = max(0, Int((b.minY - areaTop) / grid)), r1 = min(rows, Int((b.maxY - areaTop) / grid) + 1)
            guard c0 < c1, r0 < r1 else { continue }
            for r in r0..<r1 { for c in c0..<c1 { filled[r * columns + c] = true } }
        }
        var best = 0, bestRect: (c: Int, r: Int, w: Int, h: Int)?
        var heights = [Int](repeating: 0, count: columns)
        for r in 0..<rows {
            for c in 0..<columns { heights[c] = filled[r * columns + c] ? 0 : heights[c] + 1 }
            var stack: [(start: Int, height: Int)] = []
            for c in 0...columns {
                let h = c < columns ? heights[c] : 0
                var start = c
                while let last = stack.last, last.height >= h {
                    stack.removeLast()
                    let area = last.height * (c - last.start)
                    if area > best { best = area; bestRect = (last.start, r - last.height + 1, c - last.start, last.height) }
                    start = last.start
                }
                stack.append((start, h))
            }
        }
        let rect = bestRect.map { Rect(x: left + Double($0.c) * grid, y: areaTop + Double($0.r) * grid,
                                       width: Double($0.w) * grid, height: Double($0.h) * grid) }
        return (Double(best) / Double(columns * rows), rect)
    }

    /// Whether a report notice says the page left content out for room (as against type set smaller to fit,
    /// the page showing one of several timelines, or notes no label holds however much room it has).
    package static func isCut(_ notice: String) -> Bool {
        if notice.contains("not on the page") || notice.contains("pt to fit")
            || notice.contains("on a date shared with another event") { return false }
        return ["left out", "not shown", "not labelled", "shortened", "titles only", "cut"].contains { notice.contains($0) }
    }
}
