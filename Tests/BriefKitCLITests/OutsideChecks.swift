// Checks on the files briefkit writes, made from outside: the PNG header read by hand, and the scene
// JSON read with JSONSerialization (independent of BriefScene's own reader and audit).

import Foundation

/// The width and height in the IHDR chunk of a PNG file; nil when the bytes are not a PNG.
func pngPixelSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data)
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    // Signature, then the first chunk: length 13, type "IHDR", width, height (big-endian).
    guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8)
    else { return nil }
    func u32(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (u32(16), u32(20))
}

/// One element of a scene file, as read from its JSON.
struct SceneElement {
    var kind: String
    var role: String
    var text: String?
    /// x, y, width, height.
    var box: [Double]?
    var elided: Bool

    var label: String { "\(kind)/\(role)" + (text.map { " \"\($0)\"" } ?? "") + (box.map { " \($0)" } ?? "") }
}

/// A scene file read with JSONSerialization.
struct SceneFile {
    var format: String
    var width: Double
    var height: Double
    var elements: [SceneElement]

    var texts: [SceneElement] { elements.filter { $0.kind == "text" } }

    struct Malformed: Error, CustomStringConvertible { var description: String }

    init(_ data: Data) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Malformed(description: "the top level is not an object")
        }
        guard let format = root["format"] as? String else { throw Malformed(description: "no format") }
        guard let w = number(root["width"]), let h = number(root["height"]) else {
            throw Malformed(description: "no width/height")
        }
        guard let list = root["elements"] as? [Any] else { throw Malformed(description: "no elements list") }
        self.format = format
        width = w
        height = h
        elements = try list.enumerated().map { i, any in
            guard let e = any as? [String: Any], let kind = e["kind"] as? String else {
                throw Malformed(description: "elements[\(i)] has no kind")
            }
            var box: [Double]?
            if let raw = e["box"] {
                guard let values = raw as? [Any], values.count == 4 else {
                    throw Malformed(description: "elements[\(i)].box is not 4 numbers")
                }
                let numbers = values.compactMap(number)
                guard numbers.count == 4 else { throw Malformed(description: "elements[\(i)].box is not 4 numbers") }
                box = numbers
            }
            if kind == "text" && box == nil { throw Malformed(description: "text elements[\(i)] has no box") }
            return SceneElement(kind: kind, role: e["role"] as? String ?? "", text: e["text"] as? String,
                                box: box, elided: (e["elided"] as? Bool) ?? false)
        }
    }

    /// Elements whose box leaves the canvas (by more than `tolerance`).
    func outsideCanvas(tolerance: Double = 0.01) -> [SceneElement] {
        elements.filter { e in
            guard let b = e.box else { return false }
            return b[0] < -tolerance || b[1] < -tolerance || b[2] < 0 || b[3] < 0
                || b[0] + b[2] > width + tolerance || b[1] + b[3] > height + tolerance
        }
    }

    /// Pairs of text boxes that overlap by more than `tolerance` in both directions.
    func overlappingTexts(tolerance: Double = 0.01) -> [(SceneElement, SceneElement)] {
        let t = texts
        var pairs: [(SceneElement, SceneElement)] = []
        for i in t.indices {
            for j in t.indices where j > i && overlap(t[i].box!, t[j].box!, tolerance) {
                pairs.append((t[i], t[j]))
            }
        }
        return pairs
    }

    /// Text boxes that overlap a circle's box (markers are circles).
    func textsOverCircles(tolerance: Double = 0.01) -> [(SceneElement, SceneElement)] {
        var pairs: [(SceneElement, SceneElement)] = []
        for c in elements where c.kind == "circle" {
            guard let cb = c.box else { continue }
            for t in texts where overlap(t.box!, cb, tolerance) { pairs.append((t, c)) }
        }
        return pairs
    }
}

private func overlap(_ a: [Double], _ b: [Double], _ tolerance: Double) -> Bool {
    min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0]) > tolerance
        && min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1]) > tolerance
}

/// A JSON number as Double, whatever Foundation decoded it into.
private func number(_ any: Any?) -> Double? {
    switch any {
    case let d as Double: return d
    case let i as Int: return Double(i)
    case let n as NSNumber: return n.doubleValue
    default: return nil
    }
}

/// A briefing with `count` events crowded into February 2025, all on one timeline.
func crowdedBriefing(count: Int) -> String {
    var s = "title: Crowded\ntimelines:\n  - id: busy\n    events:\n"
    for i in 0..<count {
        s += "      - {date: 2025-02-\(String(format: "%02d", i % 28 + 1)), label: Event number \(i + 1)}\n"
    }
    return s
}
