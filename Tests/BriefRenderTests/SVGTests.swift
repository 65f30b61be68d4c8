// SVG output: reproducible bytes in one process, title and description, loads in rsvg-convert.

import BriefRender
import BriefScene
import Foundation
import Testing

@Suite struct SVGTests {
    let renderer = Renderer()

    @Test func byteIdenticalWithinOneProcess() throws {
        let a = try renderer.render(sampleScene(), to: .svg).bytes
        _ = try renderer.render(sampleScene(background: nil), to: .svg)
        _ = try renderer.render(sampleScene(), to: .pdf)
        let b = try renderer.render(sampleScene(), to: .svg).bytes
        #expect(a == b)
        let text = String(decoding: a, as: UTF8.self)
        #expect(text.contains("id=\"surface1\""), "surface ids renumbered from 1")
    }

    @Test func titleAndDescriptionComeFirst() throws {
        let text = String(decoding: try renderer.render(sampleScene(), to: .svg).bytes, as: UTF8.self)
        let afterRoot = try #require(text.range(of: "<svg")).upperBound
        let rest = text[afterRoot...]
        let firstChild = try #require(rest.range(of: ">")).upperBound
        #expect(rest[firstChild...].hasPrefix("\n<title>Việt Nam test scene</title>\n<desc>A band, two markers, a curve &amp; some text.</desc>\n"))
        #expect(text.contains("width=\"400pt\" height=\"300pt\""), "unit points")
    }

    @Test func loadsInRsvgConvert() throws {
        let path = try temporaryFile(renderer.render(sampleScene(), to: .svg).bytes, name: "scene.svg")
        let png = path + ".png"
        let result = try run("rsvg-convert", ["--format=png", "--output=\(png)", path])
        #expect(result.status == 0, "rsvg-convert: \(result.stderr)")
        let decoded = try DecodedPNG(Array(try Data(contentsOf: URL(fileURLWithPath: png))))
        // 400 × 300 pt at rsvg's 96 dpi.
        #expect(abs(decoded.width - 533) <= 1 && abs(decoded.height - 400) <= 1, "\(decoded.width)×\(decoded.height)")
        let p = decoded.pixel(Int(70 * 4.0 / 3), Int(120 * 4.0 / 3))
        #expect(p == (255, 0xD6, 0x27, 0x28), "panel fill after rsvg: \(p)")
    }

    @Test func wrappedParagraphBreaksAsMeasured() throws {
        let measurer = PangoMeasurer()
        let text = "Discussions covered trade under the bilateral free trade agreement, investment in clean energy, education and skills."
        let font = sans.sized(10)
        let metrics = measurer.measure(text, font: font, wrapWidth: 140)
        var scene = Scene(width: 200, height: 200)
        scene.append(.text(TextElement(role: "body", text: text, font: font, color: .black, wrapWidth: 140,
                                       topLeft: Point(10, 10), metrics: metrics)))
        let svg = String(decoding: try renderer.render(scene, to: .svg).bytes, as: UTF8.self)
        // Glyphs are <use … x="…" y="…"/>: one distinct y per line.
        var ys = Set<String>()
        for use in svg.components(separatedBy: "<use ").dropFirst() {
            if let r = use.range(of: " y=\""), let end = use[r.upperBound...].firstIndex(of: "\"") {
                ys.insert(String(use[r.upperBound..<end]))
            }
        }
        #expect(metrics.lineCount >= 3)
        #expect(ys.count == metrics.lineCount, "\(ys.sorted())")
    }
}
