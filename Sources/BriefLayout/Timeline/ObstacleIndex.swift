// Rectangles already taken on a canvas, bucketed by x so collision queries stay fast for thousands of labels.

import BriefScene

/// A spatial index of occupied rectangles. Each rectangle carries an owner so a label may touch its own leader.
struct ObstacleIndex {
    private var buckets: [[Int]]
    private(set) var rects: [Rect] = []
    private(set) var owners: [Int] = []
    private let bucketWidth: Double
    private let originX: Double

    init(minX: Double, maxX: Double, bucketWidth: Double = 48) {
        self.originX = minX
        self.bucketWidth = bucketWidth
        let count = max(1, Int(((maxX - minX) / bucketWidth).rounded(.up)) + 1)
        buckets = Array(repeating: [], count: count)
    }

    private func bucketRange(_ r: Rect) -> ClosedRange<Int> {
        let lo = Int(((r.minX - originX) / bucketWidth).rounded(.down))
        let hi = Int(((r.maxX - originX) / bucketWidth).rounded(.down))
        let last = buckets.count - 1
        let a = min(max(lo, 0), last), b = min(max(hi, 0), last)
        return a...max(a, b)
    }

    mutating func insert(_ r: Rect, owner: Int = -1) {
        let id = rects.count
        rects.append(r)
        owners.append(owner)
        for b in bucketRange(r) { buckets[b].append(id) }
    }

    /// The vertical extent of everything overlapping `r` (interiors meeting), except rectangles owned
    /// by `ignoring`; nil when nothing does. Allocation-free: it runs for every candidate position.
    func blockers(_ r: Rect, ignoring owner: Int = -2) -> (minY: Double, maxY: Double)? {
        var lo = Double.infinity, hi = -Double.infinity
        for b in bucketRange(r) {
            for id in buckets[b] where owners[id] != owner {
                let o = rects[id]
                if o.overlaps(r, tolerance: 0.001) { lo = min(lo, o.minY); hi = max(hi, o.maxY) }
            }
        }
        return lo <= hi ? (lo, hi) : nil
    }

    /// True when nothing but `ignoring`'s own rectangles overlaps `r`.
    func isFree(_ r: Rect, ignoring owner: Int = -2) -> Bool {
        for b in bucketRange(r) {
            for id in buckets[b] where owners[id] != owner && rects[id].overlaps(r, tolerance: 0.001) {
                return false
            }
        }
        return true
    }
}
