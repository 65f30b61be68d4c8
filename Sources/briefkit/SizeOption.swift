// `--size` and `--background`: named canvases (slide, a4, …) or WxH with a unit, and the page background.

import ArgumentParser
import BriefKit

/// A canvas asked for on the command line: a named size or `WxH[unit]`, resolved to points later because `px`
/// depends on the PNG's pixels per point.
struct SizeOption: ExpressibleByArgument, Sendable {
    /// The units `WxH` may end in; pt when none.
    enum Unit: String, CaseIterable, Sendable { case pt, px, `in`, mm }

    /// The named canvases, in points.
    static let named: [(name: String, width: Double, height: Double, what: String)] = [
        ("slide", 960, 540, "16:9 slide, 13.33×7.5 in"),
        ("slide-4x3", 720, 540, "4:3 slide, 10×7.5 in"),
        ("a4", 595.28, 841.89, "A4 portrait, 210×297 mm"),
        ("a4-landscape", 841.89, 595.28, "A4 landscape"),
        ("letter", 612, 792, "US Letter portrait, 8.5×11 in"),
        ("square", 720, 720, "10×10 in"),
    ]

    var width: Double
    var height: Double
    var unit: Unit

    init?(argument: String) {
        let text = argument.lowercased()
        if let size = SizeOption.named.first(where: { $0.name == text }) {
            self.init(width: size.width, height: size.height, unit: .pt)
            return
        }
        var body = Substring(text)
        var unit = Unit.pt
        if let u = Unit.allCases.first(where: { text.hasSuffix($0.rawValue) }) {
            unit = u
            body = body.dropLast(u.rawValue.count)
        }
        let parts = body.split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let w = Double(parts[0]), let h = Double(parts[1]), w.isFinite, h.isFinite, w > 0, h > 0 else {
            return nil
        }
        self.init(width: w, height: h, unit: unit)
    }

    init(width: Double, height: Double, unit: Unit) {
        self.width = width; self.height = height; self.unit = unit
    }

    /// The canvas in points; `px` are PNG pixels at `pixelsPerPoint`.
    func points(pixelsPerPoint: Double) -> Size {
        let factor: Double
        switch unit {
        case .pt: factor = 1
        case .px: factor = 1 / pixelsPerPoint
        case .in: factor = 72
        case .mm: factor = 72 / 25.4
        }
        return Size(width: width * factor, height: height * factor)
    }

    static var allValueStrings: [String] { named.map(\.name) + ["WxH[pt|px|in|mm]"] }

    /// For help texts: "slide (16:9 …), …".
    static var helpList: String { named.map(\.name).joined(separator: ", ") }
}

/// `--background transparent` (no background at all) or an opaque `#RRGGBB`.
enum BackgroundOption: ExpressibleByArgument, Sendable {
    case transparent
    case color(Color)

    init?(argument: String) {
        if argument.lowercased() == "transparent" { self = .transparent; return }
        guard argument.utf8.count == 7, let c = Color(hex: argument) else { return nil }
        self = .color(c)
    }

    /// The option as it is written on the command line.
    var argument: String {
        switch self {
        case .transparent: "transparent"
        case .color(let c): c.hex
        }
    }
}
