// PNG output: size, colour type, pHYs and pixel colours, read back with libpng (through Cairo).

import BriefRender
import BriefScene
import Testing

@Suite struct PNGTests {
    let renderer = Renderer()

    @Test func headerAndResolution() throws {
        let out = try renderer.render(sampleScene(), to: .png)
        #expect(Array(out.bytes.prefix(8)) == [137, 80, 78, 71, 13, 10, 26, 10])
        let chunks = pngChunks(out.bytes)
        #expect(chunks.map(\.0).first == "IHDR")
        #expect(chunks.map(\.0).last == "IEND")
        let ihdr = try #require(chunks.first?.1)
        #expect(bigEndian32(ihdr, 0) == 400 && bigEndian32(ihdr, 4) == 300)
        #expect(ihdr[8] == 8 && ihdr[9] == 2, "opaque background: 8-bit RGB")
        let phys = try #require(chunks.first { $0.0 == "pHYs" }?.1)
        #expect(bigEndian32(phys, 0) == 2835 && bigEndian32(phys, 4) == 2835 && phys[8] == 1, "72 dpi")
        #expect(out.warnings.isEmpty)
    }

    @Test func scaleAndDPI() throws {
        let out = try renderer.render(sampleScene(), to: .png, scale: 2, dpi: 300)
        let ihdr = try #require(pngChunks(out.bytes).first?.1)
        #expect(bigEndian32(ihdr, 0) == 800 && bigEndian32(ihdr, 4) == 600)
        let phys = try #require(pngChunks(out.bytes).first { $0.0 == "pHYs" }?.1)
        #expect(bigEndian32(phys, 0) == 11811, "300 dpi = 11811 pixels per metre")
        let defaultDPI = try renderer.render(sampleScene(), to: .png, scale: 2)
        let phys2 = try #require(pngChunks(defaultDPI.bytes).first { $0.0 == "pHYs" }?.1)
        #expect(bigEndian32(phys2, 0) == 5669, "144 dpi by default at scale 2")
    }

    @Test func pixelColours() throws {
        let png = try DecodedPNG(renderer.render(sampleScene(), to: .png).bytes)
        #expect(png.width == 400 && png.height == 300)
        #expect(png.pixel(390, 290) == (255, 255, 255, 255), "white background")
        #expect(png.pixel(390, 30) == (255, 0x1F, 0x3A, 0x5F), "band")
        #expect(png.pixel(70, 120) == (255, 0xD6, 0x27, 0x28), "rounded panel fill")
        #expect(png.pixel(20, 80) == (255, 255, 255, 255), "rounded corner leaves background")
        #expect(png.pixel(70, 80).r < 60, "panel stroke is dark")
        #expect(png.pixel(220, 120) == (255, 0, 0x9E, 0x73), "circle fill")
        #expect(png.pixel(310, 160) == (255, 0xE6, 0x9F, 0x00), "curved path fill")
        #expect(png.pixel(300, 125) == (255, 255, 255, 255), "above the curve")
        // The white title sits on the band: some band pixels near it turned light.
        var light = 0
        for x in 20..<200 { for y in 14..<42 where png.pixel(x, y).r > 200 { light += 1 } }
        #expect(light > 200, "title text drawn")
    }

    @Test func scaledPixels() throws {
        let png = try DecodedPNG(renderer.render(sampleScene(), to: .png, scale: 2).bytes)
        #expect(png.pixel(140, 240) == (255, 0xD6, 0x27, 0x28))
        #expect(png.pixel(440, 240) == (255, 0, 0x9E, 0x73))
    }

    @Test func transparentBackgroundIsUnpremultiplied() throws {
        var scene = Scene(width: 50, height: 40, background: nil)
        scene.append(.rect(ShapeElement(role: "band", box: Rect(x: 10, y: 10, width: 30, height: 20),
                                        fill: Color(red: 1, green: 0.5, blue: 0, alpha: 0.5))))
        let out = try renderer.render(scene, to: .png)
        let ihdr = try #require(pngChunks(out.bytes).first?.1)
        #expect(ihdr[9] == 6, "RGBA")
        let png = try DecodedPNG(out.bytes)
        #expect(png.pixel(2, 2) == (0, 0, 0, 0))
        // Stored straight (255, 128, 0, 128); Cairo premultiplies on reading: about (128, 128, 64, 0).
        let p = png.pixel(25, 20)
        #expect(p.a == 128 && abs(p.r - 128) <= 1 && abs(p.g - 64) <= 1 && p.b == 0, "\(p)")
    }

    @Test func compressesFlatImages() throws {
        let out = try renderer.render(Scene(width: 1600, height: 600), to: .png)
        #expect(out.bytes.count < 20_000, "a white 1600×600 image is \(out.bytes.count) bytes")
        let png = try DecodedPNG(out.bytes)
        #expect(png.pixel(1599, 599) == (255, 255, 255, 255))
    }

    @Test func invalidSizesThrow() {
        #expect(throws: RenderError.self) { try renderer.render(Scene(width: 0, height: 10), to: .png) }
        #expect(throws: RenderError.self) { try renderer.render(Scene(width: 10, height: 10), to: .png, scale: 0) }
        #expect(throws: RenderError.self) { try renderer.render(Scene(width: 40_000, height: 10), to: .png) }
        var scene = Scene(width: 10, height: 10)
        scene.append(.line(LineElement(role: "axis", points: [Point(0, 0), Point(.nan, 3)],
                                       stroke: Stroke(color: .black, width: 1))))
        #expect(throws: RenderError.invalidElement(index: 0, detail: "line \"axis\" has a coordinate that is not a finite number")) {
            try renderer.render(scene, to: .png)
        }
    }

    @Test func unknownGlyphsWarn() throws {
        var scene = Scene(width: 200, height: 40)
        // Supplementary private-use characters: no font covers them (LibreOffice's OpenSymbol covers the BMP ones).
        let text = "PUA \u{F0000}\u{F0001}\u{10FFFD}"
        scene.append(.text(TextElement(role: "label", text: text, font: sans, color: .black, origin: Point(4, 4),
                                       box: Rect(x: 4, y: 4, width: 100, height: 17))))
        for format in [OutputFormat.png, .pdf, .svg] {
            let out = try renderer.render(scene, to: format)
            #expect(out.warnings == ["text \"\(text)\" has 3 characters no installed font can draw"], "\(format)")
        }
    }
}
