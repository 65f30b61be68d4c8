// Owners of C objects: each Cairo or Pango object belongs to one Swift object whose deinit frees it.

import BriefScene
import CCairoPango

/// A Cairo surface (image, PDF or SVG), destroyed with its owner.
final class CairoSurface {
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    deinit { cairo_surface_destroy(pointer) }

    var status: cairo_status_t { cairo_surface_status(pointer) }

    /// Finishes the surface (flushes PDF/SVG output) and throws if Cairo reports an error.
    func finish(stage: String) throws {
        cairo_surface_finish(pointer)
        try RenderError.check(status, stage: stage)
    }
}

/// A Cairo drawing context on a surface.
final class CairoContext {
    let pointer: OpaquePointer
    let surface: CairoSurface

    init(surface: CairoSurface) throws {
        self.surface = surface
        pointer = cairo_create(surface.pointer)
        try RenderError.check(cairo_status(pointer), stage: "creating a drawing context")
    }

    deinit { cairo_destroy(pointer) }

    var status: cairo_status_t { cairo_status(pointer) }
}

/// A GObject reference (Pango context, layout, font, font map), released with g_object_unref.
final class GObjectRef {
    let raw: UnsafeMutableRawPointer

    init(_ pointer: OpaquePointer) { raw = UnsafeMutableRawPointer(pointer) }
    init<T>(_ pointer: UnsafeMutablePointer<T>) { raw = UnsafeMutableRawPointer(pointer) }

    deinit { g_object_unref(raw) }

    /// The object as an opaque C pointer (PangoContext, PangoLayout).
    var pointer: OpaquePointer { OpaquePointer(raw) }

    /// The object as a typed C pointer (PangoFontMap, PangoFont).
    func typed<T>(_: T.Type) -> UnsafeMutablePointer<T> { raw.assumingMemoryBound(to: T.self) }
}

/// A PangoFontDescription, freed with its owner.
final class FontDescription {
    let pointer: OpaquePointer

    /// The description of `font`: its family list, weight, style and absolute size in points.
    init(_ font: FontSpec) {
        pointer = pango_font_description_new()
        pango_font_description_set_family(pointer, font.family)
        pango_font_description_set_weight(pointer, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(pointer, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        let size = font.size.isFinite ? min(max(font.size, 0.01), 100_000) : 1
        pango_font_description_set_absolute_size(pointer, size * Double(PANGO_SCALE))
    }

    deinit { pango_font_description_free(pointer) }
}
