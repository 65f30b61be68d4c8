// The scene JSON of scene-format.md: written by hand for a fixed field order and 2-decimal numbers.

/// Number formatting shared by the JSON writer and debug text: 2 decimals, no trailing zeros, no "-0".
package enum SceneNumber {
    package static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let scaled = (value * 100).rounded()
        if scaled == 0 { return "0" }
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let whole = magnitude / 100, frac = magnitude % 100
        var s = negative ? "-" : ""
        s += String(whole)
        if frac != 0 {
            s += frac % 10 == 0 ? "." + String(frac / 10) : (frac < 10 ? ".0" : ".") + String(frac)
        }
        return s
    }
}

extension Scene {
    /// The scene as `briefkit-scene/1` JSON, elements in paint order, one per line.
    package func jsonText() -> String {
        var out = "{\n"
        out += "  \"format\": \"briefkit-scene/1\",\n"
        out += "  \"width\": \(n(width)), \"height\": \(n(height)), \"unit\": \"pt\",\n"
        out += "  \"background\": " + (background.map { q($0.hex) } ?? "null") + ",\n"
        out += "  \"metadata\": {\"title\": \(q(metadata.title))"
        if let s = metadata.subject { out += ", \"subject\": \(q(s))" }
        if let a = metadata.author { out += ", \"author\": \(q(a))" }
        if !metadata.keywords.isEmpty { out += ", \"keywords\": [" + metadata.keywords.map(q).joined(separator: ", ") + "]" }
        if let d = metadata.description { out += ", \"description\": \(q(d))" }
        if let d = metadata.date { out += ", \"date\": \(q(d))" }
        if let l = metadata.language { out += ", \"language\": \(q(l))" }
        if metadata.rightToLeft { out += ", \"rightToLeft\": true" }
        if !metadata.hyphenate { out += ", \"hyphenate\": false" }
        if !metadata.keepTogether.isEmpty {
            out += ", \"keepTogether\": [" + metadata.keepTogether.map(q).joined(separator: ", ") + "]"
        }
        out += "},\n"
        if !bookmarks.isEmpty {
            out += "  \"bookmarks\": [" + bookmarks.map { "{\"title\": \(q($0.title)), \"y\": \(n($0.y))}" }
                .joined(separator: ", ") + "],\n"
        }
        out += "  \"elements\": [\n"
        out += elements.map { "    " + json($0) }.joined(separator: ",\n")
        out += elements.isEmpty ? "  ]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private func json(_ e: Element) -> String {
        var f: [String] = ["\"kind\": \(q(e.kind))", "\"role\": \(q(e.role))"]
        switch e {
        case .text(let t):
            f.append("\"text\": \(q(t.text))")
            f.append("\"box\": \(box(t.box))")
            f.append("\"elided\": \(t.elided)")
            f.append("\"font\": {\"family\": \(q(t.font.family)), \"size\": \(n(t.font.size)), \"weight\": \(q(t.font.weight.rawValue))\(t.font.italic ? ", \"italic\": true" : "")}")
            f.append("\"color\": \(q(t.color.hex))")
            f.append("\"align\": \(q(t.alignment.rawValue))")
            f.append("\"origin\": [\(n(t.origin.x)), \(n(t.origin.y))]")
            if let w = t.wrapWidth { f.append("\"wrapWidth\": \(n(w))") }
            if let l = t.link { f.append("\"link\": \(q(l))") }
        case .circle(let s), .rect(let s):
            f.append("\"box\": \(box(s.box))")
            if let c = s.fill { f.append("\"fill\": \(q(c.hex))") }
            if let st = s.stroke { f.append(contentsOf: stroke(st)) }
            if s.cornerRadius > 0 { f.append("\"cornerRadius\": \(n(s.cornerRadius))") }
        case .line(let l):
            f.append("\"points\": [" + l.points.map { "[\(n($0.x)), \(n($0.y))]" }.joined(separator: ", ") + "]")
            f.append(contentsOf: stroke(l.stroke))
        case .path(let p):
            f.append("\"box\": \(box(p.bounds))")
            f.append("\"d\": \(q(svgPathData(p.commands)))")
            if let c = p.fill { f.append("\"fill\": \(q(c.hex))") }
            if let st = p.stroke { f.append(contentsOf: stroke(st)) }
        }
        return "{" + f.joined(separator: ", ") + "}"
    }

    private func stroke(_ s: Stroke) -> [String] {
        var f = ["\"stroke\": \(q(s.color.hex))", "\"strokeWidth\": \(n(s.width))"]
        if !s.dash.isEmpty { f.append("\"dash\": [" + s.dash.map(n).joined(separator: ", ") + "]") }
        return f
    }

    private func box(_ r: Rect) -> String { "[\(n(r.x)), \(n(r.y)), \(n(r.width)), \(n(r.height))]" }
    private func n(_ v: Double) -> String { SceneNumber.format(v) }
    private func q(_ s: String) -> String { jsonQuoted(s) }
}

/// SVG path data (`M x y L … C … Z`) for a command list; used in the scene JSON.
package func svgPathData(_ commands: [PathCommand]) -> String {
    func p(_ a: Point) -> String { SceneNumber.format(a.x) + " " + SceneNumber.format(a.y) }
    return commands.map { c in
        switch c {
        case .move(let a): "M " + p(a)
        case .line(let a): "L " + p(a)
        case .curve(let a, let b, let c): "C " + p(a) + " " + p(b) + " " + p(c)
        case .close: "Z"
        }
    }.joined(separator: " ")
}

/// A JSON string literal with the escapes RFC 8259 requires.
package func jsonQuoted(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case let c where c.value < 0x20:
            let hex = String(c.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
