// --size, --dpi and --background on the drawing commands: pixel sizes, pHYs read back, and real transparency.

import Foundation
import Testing

/// The bytes of a PNG's first chunk named `type`, without length, type and CRC.
func pngChunk(_ data: Data, _ type: String) -> [UInt8]? {
    let bytes = [UInt8](data)
    var at = 8
    func u32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    while at + 12 <= bytes.count {
        let length = u32(at)
        guard at + 12 + length <= bytes.count else { return nil }
        if Array(bytes[at + 4..<at + 8]) == Array(type.utf8) { return Array(bytes[at + 8..<at + 8 + length]) }
        at += 12 + length
    }
    return nil
}

@Suite("briefkit --size, --dpi, --background")
struct SizeOptionTests {
    @Test("--size picks the canvas; px are pixels at the chosen scale", arguments: [
        (["--size", "slide"], 1920, 1080),
        (["--size", "slide-4x3", "--scale", "1"], 720, 540),
        (["--size", "a4-landscape", "--scale", "1"], 842, 595),
        (["--size", "square", "--dpi", "72"], 720, 720),
        (["--size", "1200x800px"], 1200, 800),
        (["--size", "1200x800px", "--dpi", "300"], 1200, 800),
        (["--size", "4x3in", "--dpi", "150"], 600, 450),
        (["--size", "100x50mm", "--scale", "1"], 283, 142),
        (["--size", "400x600"], 800, 1200),
    ])
    func sizes(options: [String], px: Int, py: Int) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.png")] + options)
        #expect(r.status == 0, "\(r)")
        let size = try #require(pngPixelSize(dir.contents("t.png") ?? Data()), "no PNG written\n\(r)")
        #expect(size.width == px && size.height == py, "\(options): PNG is \(size.width)×\(size.height) px")
    }

    @Test("a tall --size gets the vertical timeline")
    func tallIsVertical() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.json"), "--size", "a4"])
        #expect(r.status == 0, "\(r)")
        let json = try #require(dir.contents("t.json"))
        let scene = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect((scene["width"] as? Double).map { abs($0 - 595.28) < 0.01 } == true)
        // The vertical axis: a line whose two ends share x.
        let elements = try #require(scene["elements"] as? [[String: Any]])
        let axis = try #require(elements.first { $0["role"] as? String == "axis" }, "no axis in the scene")
        let points = try #require(axis["points"] as? [[Double]])
        #expect(points.count == 2 && points[0][0] == points[1][0], "axis \(points) is not vertical")
    }

    @Test("--dpi records pHYs in pixels per metre", arguments: [72.0, 144.0, 300.0])
    func dpi(_ dpi: Double) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["pillars", CLI.vietnamUK, "-o", dir.file("p.png"), "--size", "2x1in",
                                   "--dpi", "\(Int(dpi))"])
        #expect(r.status == 0, "\(r)")
        let data = try #require(dir.contents("p.png"), "\(r)")
        let size = try #require(pngPixelSize(data))
        #expect(size.width == Int(2 * dpi) && size.height == Int(dpi))
        let phys = try #require(pngChunk(data, "pHYs"), "no pHYs chunk")
        #expect(phys.count == 9)
        let x = phys[0..<4].reduce(0) { $0 << 8 | Int($1) }, y = phys[4..<8].reduce(0) { $0 << 8 | Int($1) }
        let expected = Int((dpi / 0.0254).rounded())
        #expect(x == expected && y == expected && phys[8] == 1, "pHYs \(x)×\(y) unit \(phys[8])")
    }

    @Test("--background transparent: RGBA PNG whose corner pixel is fully transparent")
    func transparent() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.png"), "--background", "transparent"])
        #expect(r.status == 0, "\(r)")
        let data = try #require(dir.contents("t.png"), "\(r)")
        let header = try #require(pngChunk(data, "IHDR"))
        #expect(header[8] == 8 && header[9] == 6, "bit depth \(header[8]), colour type \(header[9]); expected 8-bit RGBA (6)")
        // The first pixel of the first row is stored as is, whatever the row filter; python3's zlib inflates.
        let script = """
        import sys, zlib
        d = open(sys.argv[1], 'rb').read(); i = 8; idat = b''
        while i < len(d):
            n = int.from_bytes(d[i:i+4], 'big'); t = d[i+4:i+8]
            if t == b'IDAT': idat += d[i+8:i+8+n]
            i += 12 + n
        print(list(zlib.decompress(idat)[1:5]))
        """
        let p = try await CLI.tool("python3", ["-c", script, dir.file("t.png")])
        try #require(p.status == 0, "python3 could not read the PNG: \(p)")
        #expect(p.stdout.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(", 0]"), "corner pixel \(p.stdout)")
    }

    @Test("--background #RRGGBB paints an opaque RGB PNG")
    func coloured() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["pillars", CLI.vietnamUK, "-o", dir.file("p.png"), "--background", "#FAF7F0"])
        #expect(r.status == 0, "\(r)")
        let header = try #require(pngChunk(dir.contents("p.png") ?? Data(), "IHDR"))
        #expect(header[9] == 2, "colour type \(header[9]); expected RGB (2)")
    }

    @Test("conflicting or malformed options are usage errors naming the option", arguments: [
        (["--size", "slide", "--width", "500"], "give either --size or --width/--height"),
        (["--size", "slide", "--height", "500"], "give either --size or --width/--height"),
        (["--dpi", "300", "--scale", "2"], "--dpi and --scale"),
        (["--size", "big"], "--size"),
        (["--size", "10x10"], "--size width must be between 50 and 20000 points"),
        (["--background", "red"], "--background"),
        (["--dpi", "0"], "--dpi must be between 1 and 1152"),
    ])
    func usage(options: [String], message: String) async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["timeline", CLI.vietnamUK, "-o", dir.file("t.png")] + options)
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains(message), "\(r)")
        #expect(try dir.listing().isEmpty)
    }

    @Test("report refuses --size: the template sets the page")
    func reportSize() async throws {
        let dir = try TempDir()
        let r = try await CLI.run(["report", CLI.vietnamUK, "-o", dir.file("r.pdf"), "--size", "slide"])
        #expect(r.status == 64, "\(r)")
        #expect(r.stderr.contains("--size, --width and --height do not apply to a report"), "\(r)")
    }
}
