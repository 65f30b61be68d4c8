// PNG: draw on a Cairo image surface, then encode with the tuned encoder of CBriefPNG.

import BriefScene
import CBriefPNG
import CCairoPango

enum PNGOutput {
    /// Cairo's largest image side.
    static let maxSide = 32767

    static func render(_ scene: Scene, scale: Double, dpi: Double?, text: TextEngine) throws -> RenderOutput {
        guard scale.isFinite, scale > 0 else { throw RenderError.invalidSize("the PNG scale is \(scale)") }
        let width = (scene.width * scale).rounded(), height = (scene.height * scale).rounded()
        guard width >= 1, height >= 1, width <= Double(maxSide), height <= Double(maxSide) else {
            throw RenderError.invalidSize("\(width) × \(height) pixels is outside 1…\(maxSide) per side")
        }
        let surface = CairoSurface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)))
        try RenderError.check(surface.status, stage: "creating a \(Int(width)) × \(Int(height)) image")
        let warnings: [String]
        do {
            let cairo = try CairoContext(surface: surface)
            cairo_scale(cairo.pointer, scale, scale)
            let painter = Painter(cairo: cairo, text: text, tagsLinks: false)
            painter.paintBackground(scene.background)
            try painter.draw(scene.elements)
            warnings = painter.warnings
        }
        cairo_surface_flush(surface.pointer)
        try RenderError.check(surface.status, stage: "drawing the image")
        let opaque = (scene.background?.alpha ?? 0) >= 1
        let bytes = try encode(surface, opaque: opaque, dpi: dpi ?? 72 * scale)
        return RenderOutput(bytes: bytes, warnings: warnings)
    }

    /// Encodes the image surface: RGB when `opaque`, else un-premultiplied RGBA; pHYs from `dpi`.
    static func encode(_ surface: CairoSurface, opaque: Bool, dpi: Double) throws -> [UInt8] {
        let s = surface.pointer
        guard let data = cairo_image_surface_get_data(s) else {
            throw RenderError.cairo(stage: "reading the image", message: "no pixel data")
        }
        let pixelsPerMetre = dpi.isFinite && dpi > 0 ? UInt32(clamping: Int((dpi / 0.0254).rounded())) : 0
        var result = bk_png_encode_argb32(data, cairo_image_surface_get_width(s), cairo_image_surface_get_height(s),
                                          cairo_image_surface_get_stride(s), opaque ? 0 : 1, pixelsPerMetre,
                                          bk_png_default_options())
        defer { bk_png_free(&result) }
        guard result.status == 0, let bytes = result.bytes else { throw RenderError.pngEncoding(code: result.status) }
        return Array(UnsafeBufferPointer(start: bytes, count: result.length))
    }
}
