// SVG: Cairo's SVG surface in points, made reproducible (ids renumbered) and given a title, description and language.

import BriefScene
import CCairoPango
#if canImport(Glibc)
import Glibc
#endif

enum SVGOutput {
    static func render(_ scene: Scene, text: TextEngine) throws -> RenderOutput {
        let sink = ByteSink()
        let warnings: [String] = try withExtendedLifetime(sink) {
            let surface = CairoSurface(cairo_svg_surface_create_for_stream(cairoWrite, sink.closure,
                                                                           scene.width, scene.height))
            try RenderError.check(surface.status, stage: "creating the SVG")
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
            let warnings: [String]
            do {
                let cairo = try CairoContext(surface: surface)
                let painter = Painter(cairo: cairo, text: text, tagsLinks: false)
                painter.paintBackground(scene.background)
                try painter.draw(scene.elements)
                warnings = painter.warnings
            }
            try surface.finish(stage: "finishing the SVG")
            return warnings
        }
        var head = ""
        if !scene.metadata.title.isEmpty { head += "\n<title>\(xmlEscaped(scene.metadata.title))</title>" }
        if let d = scene.metadata.description, !d.isEmpty { head += "\n<desc>\(xmlEscaped(d))</desc>" }
        // xml:lang only: Cairo draws text as glyph outlines, so `direction` or `lang` would change nothing drawn.
        let language = LanguageTag.recorded(scene.metadata.language).map { " xml:lang=\"\(xmlEscaped($0))\"" } ?? ""
        let bytes = SVGPostprocess.finish(sink.bytes, rootAttributes: Array(language.utf8),
                                          insertingAfterRoot: Array(head.utf8))
        return RenderOutput(bytes: bytes, warnings: warnings)
    }
}

/// Byte-level edits of Cairo's SVG output, in one pass over it.
enum SVGPostprocess {
    /// Id families Cairo numbers; `surface` uses a process-wide counter, the others are renumbered too
    /// so that output never depends on what was drawn before in the process.
    static let prefixes: [[UInt8]] = ["surface", "image", "pattern", "clip", "mask", "source"].map { Array($0.utf8) }

    /// Renumbers `id="surfaceN"` / `#surfaceN` (and the other families) 1, 2, 3… in order of first
    /// appearance, adds `attributes` (each with its leading space) to the root `<svg …>` tag and puts `head`
    /// (the title and description) right after it.
    static func finish(_ input: [UInt8], rootAttributes attributes: [UInt8] = [],
                       insertingAfterRoot head: [UInt8] = []) -> [UInt8] {
        var maps = [[Int: Int]](repeating: [:], count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + attributes.count + head.count + 64)
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        input.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var copied = 0 // buffer[..<copied] is in `out` already
            if !head.isEmpty || !attributes.isEmpty, let root = find(Array("<svg".utf8), in: buffer),
               let close = buffer[root...].firstIndex(of: UInt8(ascii: ">")) {
                // Cairo's root tag has no `>` inside its attribute values; a self-closing tag keeps its slash last.
                let end = close > root && buffer[close - 1] == UInt8(ascii: "/") ? close - 1 : close
                out.append(contentsOf: buffer[..<end])
                out.append(contentsOf: attributes)
                out.append(contentsOf: buffer[end...close])
                out.append(contentsOf: head)
                copied = close + 1
            }
            // Only a quote or a hash can start an id reference: find the next of each with memchr.
            func following(_ byte: UInt8, from start: Int) -> Int {
                guard start < n, let base = buffer.baseAddress,
                      let hit = memchr(base + start, Int32(byte), n - start) else { return n }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            var nextQuote = following(quote, from: copied), nextHash = following(hash, from: copied)
            while true {
                let mark = min(nextQuote, nextHash)
                guard mark < n else { break }
                var i = mark + 1
                if mark == nextQuote { nextQuote = following(quote, from: i) } else { nextHash = following(hash, from: i) }
                for (k, prefix) in prefixes.enumerated() where matches(prefix, in: buffer, at: i) {
                    var j = i + prefix.count
                    var number = 0
                    let digitsStart = j
                    while j < n, buffer[j] >= 48, buffer[j] <= 57, j - digitsStart < 12 {
                        number = number * 10 + Int(buffer[j] - 48)
                        j += 1
                    }
                    guard j > digitsStart, j == n || !(buffer[j] >= 48 && buffer[j] <= 57) else { break }
                    let next = maps[k][number] ?? (maps[k].count + 1)
                    maps[k][number] = next
                    out.append(contentsOf: buffer[copied..<i])
                    out.append(contentsOf: prefix)
                    appendDecimal(next, to: &out)
                    copied = j
                    i = j
                    if nextQuote < j { nextQuote = following(quote, from: j) }
                    if nextHash < j { nextHash = following(hash, from: j) }
                    break
                }
            }
            out.append(contentsOf: buffer[copied...])
        }
        return out
    }

    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &out) }
        out.append(UInt8(48 + value % 10))
    }

    private static func matches(_ prefix: [UInt8], in input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= input.count else { return false }
        for (offset, b) in prefix.enumerated() where input[index + offset] != b { return false }
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where matches(needle, in: haystack, at: i) { return i }
        return nil
    }
}
