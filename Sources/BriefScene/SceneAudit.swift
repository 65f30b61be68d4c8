// The layout guarantees of scene-format.md, checked on a finished scene.

/// One broken guarantee, naming the elements involved by their index in paint order.
package struct SceneProblem: Sendable, Hashable, CustomStringConvertible {
    package enum Kind: String, Sendable {
        case textOverlapsText = "text overlaps text"
        case textOverlapsMarker = "text overlaps marker"
        case outsideCanvas = "outside canvas"
        case elided = "elided"
    }
    package var kind: Kind
    package var indices: [Int]
    package var detail: String

    package var description: String { "\(kind.rawValue): \(detail)" }
}

extension Scene {
    /// Checks guarantees 1–3 of scene-format.md (and lists elided texts, which guarantee 4 allows
    /// only when announced). `tolerance` is in points and forgives rounding.
    package func audit(tolerance: Double = 0.05) -> [SceneProblem] {
        var problems: [SceneProblem] = []
        var texts: [(Int, TextElement)] = []
        var markers: [(Int, Rect)] = []
        for (i, e) in elements.enumerated() {
            switch e {
            case .text(let t):
                texts.append((i, t))
                if t.elided { problems.append(SceneProblem(kind: .elided, indices: [i], detail: "\"\(t.text)\"")) }
            case .circle(let s): markers.append((i, s.box))
            default: break
            }
            if !canvas.contains(e.bounds, tolerance: tolerance) {
                problems.append(SceneProblem(kind: .outsideCanvas, indices: [i],
                                             detail: "\(e.kind) \(e.role) \(e.bounds.debugText) on \(width)x\(height)"))
            }
        }
        // Sort by x so the pair search stays near-linear for thousands of labels.
        let sortedTexts = texts.filter { $0.1.box.width > 0 && $0.1.box.height > 0 }.sorted { $0.1.box.minX < $1.1.box.minX }
        for a in 0..<sortedTexts.count {
            let (ia, ta) = sortedTexts[a]
            var b = a + 1
            while b < sortedTexts.count, sortedTexts[b].1.box.minX < ta.box.maxX - tolerance {
                let (ib, tb) = sortedTexts[b]
                if ta.box.overlaps(tb.box, tolerance: tolerance) {
                    problems.append(SceneProblem(kind: .textOverlapsText, indices: [ia, ib],
                                                 detail: "\"\(ta.text)\" \(ta.box.debugText) and \"\(tb.text)\" \(tb.box.debugText)"))
                }
                b += 1
            }
        }
        let sortedMarkers = markers.sorted { $0.1.minX < $1.1.minX }
        for (it, t) in sortedTexts {
            // Binary search the first marker that could reach this text.
            var lo = 0, hi = sortedMarkers.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sortedMarkers[mid].1.minX < t.box.minX - 64 { lo = mid + 1 } else { hi = mid }
            }
            var k = lo
            while k < sortedMarkers.count, sortedMarkers[k].1.minX < t.box.maxX {
                let (im, m) = sortedMarkers[k]
                if t.box.overlaps(m, tolerance: tolerance) {
                    problems.append(SceneProblem(kind: .textOverlapsMarker, indices: [it, im],
                                                 detail: "\"\(t.text)\" \(t.box.debugText) and marker \(m.debugText)"))
                }
                k += 1
            }
        }
        return problems
    }
}

extension Rect {
    /// `[x, y, w, h]` rounded to 2 decimals, for messages and snapshots.
    package var debugText: String {
        "[\(SceneNumber.format(x)), \(SceneNumber.format(y)), \(SceneNumber.format(width)), \(SceneNumber.format(height))]"
    }
}
