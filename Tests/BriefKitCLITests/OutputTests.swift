// `briefkit timeline` writes every format, and each file passes checks made with outside tools.

import Foundation
import Testing

@Suite("briefkit timeline outputs")
struct OutputTests {
    @Test("PNG: default canvas 960×400 pt at scale 2 is 1920×800 px")
    func pngDefault() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.png")])
        #expect(r.status == 0, "\(r)")
        let data = try #require(dir.contents("t.png"), "no PNG written\n\(r)")
        let size = try #require(pngPixelSize(data), "not a PNG")
        #expect(size.width == 1920 && size.height == 800, "PNG is \(size.width)×\(size.height) px")
        #expect(try dir.listing() == ["t.png"], "leftover files")
    }

    @Test("PNG pixel size = canvas × scale", arguments: [
        (800.0, 300.0, 1.0, 800, 300),
        (800.0, 300.0, 2.0, 1600, 600),
        (400.0, 500.0, 3.0, 1200, 1500),
    ])
    func pngSize(width: Double, height: Double, scale: Double, px: Int, py: Int) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.png"),
                                   "--width", "\(Int(width))", "--height", "\(Int(height))", "--scale", "\(scale)"])
        #expect(r.status == 0, "\(r)")
        let size = try #require(pngPixelSize(dir.contents("t.png") ?? Data()), "no PNG written")
        #expect(size.width == px && size.height == py, "PNG is \(size.width)×\(size.height) px, expected \(px)×\(py)")
    }

    @Test("PDF: qpdf --check passes, fonts embedded, text extractable")
    func pdf() async throws {
        let dir = try TempDir()
        let pdf = dir.file("t.pdf")
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", pdf])
        #expect(r.status == 0, "\(r)")
        let head = try #require(dir.contents("t.pdf")).prefix(5)
        #expect(head == Data("%PDF-".utf8))

        async let check = CLI.tool("qpdf", ["--check", pdf])
        async let fonts = CLI.tool("pdffonts", [pdf])
        async let text = CLI.tool("pdftotext", ["-enc", "UTF-8", pdf, "-"])

        let c = try await check
        #expect(c.status == 0, "\(c)")
        #expect(c.stdout.contains("No syntax or stream encoding errors found"), "\(c)")

        let f = try await fonts
        #expect(f.status == 0, "\(f)")
        // name type [type] encoding emb sub uni object ID: columns after the dashes line.
        let rows = f.stdout.split(separator: "\n").drop { !$0.hasPrefix("---") }.dropFirst()
        #expect(!rows.isEmpty, "no fonts in the PDF\n\(f)")
        for row in rows {
            let cols = row.split(separator: " ")
            // emb is the 5th column from the end: emb sub uni objID gen.
            #expect(cols.count >= 6 && cols[cols.count - 5] == "yes", "font not embedded: \(row)")
        }

        let t = try await text
        #expect(t.status == 0, "\(t)")
        let extracted = t.stdout.precomposedStringWithCanonicalMapping
        #expect(extracted.contains("United Kingdom"), "pdftotext:\n\(t.stdout)")
        #expect(extracted.contains("Việt Nam"), "pdftotext:\n\(t.stdout)")
    }

    @Test("SVG: rsvg-convert draws it at the canvas size")
    func svg() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.svg"), "--width", "600", "--height", "300"])
        #expect(r.status == 0, "\(r)")
        let svg = String(decoding: try #require(dir.contents("t.svg")), as: UTF8.self)
        #expect(svg.contains("<svg"), "not an SVG")
        #expect(svg.contains("viewBox=\"0 0 600 300\""), "viewBox is not the canvas")
        // --dpi-x/-y 72: 1 pt = 1 px, so the drawing is exactly the canvas in pixels.
        let c = try await CLI.tool("rsvg-convert", ["--dpi-x", "72", "--dpi-y", "72", "-f", "png",
                                                    "-o", dir.file("r.png"), dir.file("t.svg")])
        #expect(c.status == 0, "\(c)")
        #expect(c.stderr.isEmpty, "rsvg-convert complained: \(c.stderr)")
        let size = try #require(pngPixelSize(dir.contents("r.png") ?? Data()), "rsvg-convert wrote no PNG")
        #expect(size.width == 600 && size.height == 300, "rsvg-convert drew \(size.width)×\(size.height)")
    }

    @Test("JSON scene: format, canvas, text inside it, no overlapping text")
    func json() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.json")])
        #expect(r.status == 0, "\(r)")
        let scene = try SceneFile(dir.contents("t.json") ?? Data())
        #expect(scene.format == "briefkit-scene/1")
        #expect(scene.width == 960 && scene.height == 400)
        let texts = scene.texts.compactMap(\.text)
        for country in ["China", "Russia", "United States", "United Kingdom", "Thailand"] {
            #expect(texts.contains(country), "no text \"\(country)\" in the scene")
        }
        expectGoodLayout(scene)
    }

    @Test("vertical timeline: a sound scene on a tall canvas")
    func vertical() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "--orientation", "vertical",
                                   "--width", "500", "--height", "900", "-o", dir.file("v.json")])
        #expect(r.status == 0, "\(r)")
        let scene = try SceneFile(dir.contents("v.json") ?? Data())
        #expect(scene.width == 500 && scene.height == 900)
        #expect(scene.texts.contains { $0.text == "United Kingdom" })
        expectGoodLayout(scene)
    }

    @Test("pillars: PNG at the 960×540 default, a sound scene; a file without pillars is refused")
    func pillars() async throws {
        let dir = try TempDir()
        let eu = CLI.packageRoot + "/Examples/eu-enlargement.yaml"
        async let png = CLI.run(["pillars", CLI.vietnamUK, "-o", dir.file("p.png")])
        async let json = CLI.run(["pillars", CLI.vietnamUK, "-o", dir.file("p.json")])
        async let none = CLI.run(["pillars", eu, "-o", dir.file("none.png")])
        let (p, j, n) = try await (png, json, none)
        #expect(p.status == 0, "\(p)")
        #expect(j.status == 0, "\(j)")
        let size = try #require(pngPixelSize(dir.contents("p.png") ?? Data()), "no PNG written")
        #expect(size.width == 1920 && size.height == 1080, "PNG is \(size.width)×\(size.height) px")
        let scene = try SceneFile(dir.contents("p.json") ?? Data())
        #expect(scene.width == 960 && scene.height == 540)
        for name in ["Culture", "Defence & security", "Comprehensive Strategic Partnership"] {
            #expect(scene.texts.contains { $0.text == name }, "no text \"\(name)\" in the pillars scene")
        }
        expectGoodLayout(scene)
        #expect(n.status == 1, "\(n)")
        #expect(n.stderr.contains("\(eu): nothing to draw"), "\(n)")
        #expect(!FileManager.default.fileExists(atPath: dir.file("none.png")))
    }

    @Test("every example validates")
    func validateExamples() async throws {
        try #require(CLI.examples.count >= 3, "Examples/ not found under \(CLI.packageRoot)")
        let r = try await CLI.run(["validate"] + CLI.examples)
        #expect(r.status == 0, "\(r)")
        for path in CLI.examples { #expect(r.stdout.contains("\(path): ok ("), "\(path) not reported ok\n\(r)") }
    }

    @Test("every example renders a timeline (PNG and a sound scene)", arguments: CLI.examples)
    func renderExample(path: String) async throws {
        let dir = try TempDir()
        async let png = CLI.run(["timeline", path, "-o", dir.file("t.png")])
        async let json = CLI.run(["timeline", path, "-o", dir.file("t.json")])
        let (p, j) = try await (png, json)
        #expect(p.status == 0, "\(p)")
        #expect(j.status == 0, "\(j)")
        #expect(pngPixelSize(dir.contents("t.png") ?? Data()) != nil, "no PNG for \(path)")
        let scene = try SceneFile(dir.contents("t.json") ?? Data())
        expectGoodLayout(scene)
    }
}

/// The scene format's promises, checked from the JSON alone.
func expectGoodLayout(_ scene: SceneFile, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!scene.texts.isEmpty, "no text in the scene", sourceLocation: sourceLocation)
    for e in scene.outsideCanvas() {
        Issue.record("outside the \(scene.width)×\(scene.height) canvas: \(e.label)", sourceLocation: sourceLocation)
    }
    for (a, b) in scene.overlappingTexts() {
        Issue.record("text boxes overlap: \(a.label) and \(b.label)", sourceLocation: sourceLocation)
    }
    for (t, c) in scene.textsOverCircles() {
        Issue.record("text over a marker: \(t.label) and \(c.label)", sourceLocation: sourceLocation)
    }
}
