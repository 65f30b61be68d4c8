// SVG: Cairo's SVG surface in points, made reproducible (ids renumbered) and given a title and description.

import BriefScene
import CCairoPango

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
        var bytes = SVGPostprocess.renumberIDs(sink.bytes)
        bytes = SVGPostprocess.insertTitle(scene.metadata.title, description: scene.metadata.description, into: bytes)
        return RenderOutput(bytes: bytes, warnings: warnings)
    }
}

/// Byte-level edits of Cairo's SVG output.
enum SVGPostprocess {
    /// Id families Cairo numbers; `surface` uses a process-wide counter, the others are renumbered too
    /// so that output never depends on what was drawn before in the process.
    static let prefixes: [[UInt8]] = ["surface", "image", "pattern", "clip", "mask", "source"].map { Array($0.utf8) }

    /// Renumbers `id="surfaceN"` / `#surfaceN` (and the other families) 1, 2, 3… in order of first appearance.
    static func renumberIDs(_ input: [UInt8]) -> [UInt8] {
        var maps = [[Int: Int]](repeating: [:], count: prefixes.count)
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 64)
        let n = input.count
        let quote = UInt8(ascii: "\""), hash = UInt8(ascii: "#")
        var copied = 0 // input[..<copied] is in `out` already
        var i = 0
        while i < n {
            // Only a quote or a hash can start an id reference: copy everything up to one in bulk.
            guard let mark = input[i...].firstIndex(where: { $0 == quote || $0 == hash }) else { break }
            i = mark + 1
            for (k, prefix) in prefixes.enumerated() where matches(prefix, in: input, at: i) {
                var j = i + prefix.count
                var number = 0
                let digitsStart = j
                while j < n, input[j] >= 48, input[j] <= 57, j - digitsStart < 12 {
                    number = number * 10 + Int(input[j] - 48)
                    j += 1
                }
                guard j > digitsStart, j == n || !(input[j] >= 48 && input[j] <= 57) else { break }
                let next = maps[k][number] ?? (maps[k].count + 1)
                maps[k][number] = next
                out.append(contentsOf: input[copied..<i])
                out.append(contentsOf: prefix)
                out.append(contentsOf: String(next).utf8)
                copied = j
                i = j
                break
            }
        }
        out.append(contentsOf: input[copied...])
        return out
    }

    private static func matches(_ prefix: [UInt8], in input: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= input.count else { return false }
        for (offset, b) in prefix.enumerated() where input[index + offset] != b { return false }
        return true
    }

    /// Inserts `<title>` and `<desc>` as the first children of the root `<svg>` element.
    static func insertTitle(_ title: String, description: String?, into input: [UInt8]) -> [UInt8] {
        var insert = ""
        if !title.isEmpty { insert += "\n<title>\(xmlEscaped(title))</title>" }
        if let description, !description.isEmpty { insert += "\n<desc>\(xmlEscaped(description))</desc>" }
        guard !insert.isEmpty, let start = find(Array("<svg".utf8), in: input, from: 0),
              let end = input[start...].firstIndex(of: UInt8(ascii: ">")) else { return input }
        var out = Array(input[...end])
        out.reserveCapacity(input.count + insert.utf8.count)
        out.append(contentsOf: insert.utf8)
        out.append(contentsOf: input[(end + 1)...])
        return out
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = from
        while i <= haystack.count - needle.count {
            if matches(needle, in: haystack, at: i) { return i }
            i += 1
        }
        return nil
    }

}
