// Helpers for render tests: sample scenes, running the real command-line tools, reading PNGs back.

import BriefRender
import BriefScene
import CCairoPango
import Foundation
import Testing

/// The font every test scene asks for.
let sans = FontSpec(family: "Noto Sans, DejaVu Sans", size: 12)

/// What an external tool printed and how it exited.
struct ToolResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum ToolError: Error, CustomStringConvertible {
    case missing(String)
    var description: String {
        switch self {
        case .missing(let tool):
            "required tool '\(tool)' is not installed (Debian: poppler-utils, qpdf, librsvg2-bin); CI installs it"
        }
    }
}

/// Runs `tool` (found on PATH) with `arguments`; throws a clear error when it is not installed.
func run(_ tool: String, _ arguments: [String]) throws -> ToolResult {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard let dir = paths.first(where: { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }) else {
        throw ToolError.missing(tool)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "\(dir)/\(tool)")
    process.arguments = arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
}

/// Writes `bytes` to a fresh temporary file named `name`; returns its path.
func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("briefrender-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// A small scene with text (Latin and Vietnamese), a link, shapes, a dashed line and a curved path.
func sampleScene(background: Color? = .white) -> Scene {
    let measurer = PangoMeasurer()
    let titleFont = sans.sized(20).weighted(.bold)
    let title = "Việt Nam – Tô Lâm", label = "Comprehensive Strategic Partnership"
    let red = Color(hex: "#D62728")!, blue = Color(hex: "#1F3A5F")!, ink = Color(hex: "#1A1A1A")!
    var scene = Scene(width: 400, height: 300, background: background,
                      metadata: SceneMetadata(title: "Việt Nam test scene", subject: "render tests",
                                              author: "BriefKit", keywords: ["test", "render"],
                                              description: "A band, two markers, a curve & some text.",
                                              date: "2025-10-29T12:00:00Z"))
    scene.append(.rect(ShapeElement(role: "band", box: Rect(x: 0, y: 0, width: 400, height: 60), fill: blue)))
    scene.append(.text(TextElement(role: "title", text: title, font: titleFont, color: .white, topLeft: Point(20, 14),
                                   metrics: measurer.measure(title, font: titleFont))))
    scene.append(.rect(ShapeElement(role: "panel", box: Rect(x: 20, y: 80, width: 100, height: 80), fill: red,
                                    stroke: Stroke(color: ink, width: 2), cornerRadius: 8)))
    scene.append(.circle(ShapeElement(role: "marker", box: Rect(x: 200, y: 100, width: 40, height: 40),
                                      fill: Color(hex: "#009E73")!, stroke: Stroke(color: .white, width: 2))))
    scene.append(.line(LineElement(role: "axis", points: [Point(20, 200), Point(380, 200)],
                                   stroke: Stroke(color: ink, width: 1, dash: [4, 2]))))
    scene.append(.path(PathElement(role: "roof", commands: [.move(Point(260, 180)), .curve(Point(290, 120), Point(330, 120), Point(360, 180)), .close],
                                   fill: Color(hex: "#E69F00")!, stroke: Stroke(color: ink, width: 1))))
    scene.append(.text(TextElement(role: "label", text: label, font: sans, color: ink, topLeft: Point(20, 220),
                                   metrics: measurer.measure(label, font: sans),
                                   link: "https://example.org/it's?a=1&b=2")))
    scene.bookmarks = [Bookmark(title: "Top", y: 0), Bookmark(title: "Axis", y: 200)]
    return scene
}

/// A decoded PNG: Cairo's (libpng's) reading of the file, independent of BriefKit's encoder.
final class DecodedPNG {
    let surface: OpaquePointer
    let width: Int, height: Int

    init(_ bytes: [UInt8]) throws {
        final class Reader { var bytes: [UInt8]; var offset = 0; init(_ b: [UInt8]) { bytes = b } }
        let reader = Reader(bytes)
        let read: cairo_read_func_t = { closure, data, length in
            let r = Unmanaged<Reader>.fromOpaque(closure!).takeUnretainedValue()
            let n = Int(length)
            guard r.offset + n <= r.bytes.count, let data else { return CAIRO_STATUS_READ_ERROR }
            r.bytes.withUnsafeBufferPointer { src in data.update(from: src.baseAddress! + r.offset, count: n) }
            r.offset += n
            return CAIRO_STATUS_SUCCESS
        }
        surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderTestError("libpng could not read the PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
    }

    deinit { cairo_surface_destroy(surface) }

    /// The premultiplied (a, r, g, b) at a pixel, as Cairo stores it.
    func pixel(_ x: Int, _ y: Int) -> (a: Int, r: Int, g: Int, b: Int) {
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        let v = data.advanced(by: y * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee }
        return (Int(v >> 24), Int((v >> 16) & 255), Int((v >> 8) & 255), Int(v & 255))
    }
}

struct RenderTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The PNG's chunks in order: (type, data).
func pngChunks(_ bytes: [UInt8]) -> [(String, [UInt8])] {
    var chunks: [(String, [UInt8])] = []
    var i = 8
    while i + 12 <= bytes.count {
        let length = Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3])
        let type = String(decoding: bytes[(i + 4)..<(i + 8)], as: UTF8.self)
        guard i + 12 + length <= bytes.count else { break }
        chunks.append((type, Array(bytes[(i + 8)..<(i + 8 + length)])))
        i += 12 + length
    }
    return chunks
}

func bigEndian32(_ b: [UInt8], _ at: Int) -> Int {
    Int(b[at]) << 24 | Int(b[at + 1]) << 16 | Int(b[at + 2]) << 8 | Int(b[at + 3])
}
