// The one Pango set-up shared by measuring and drawing, so text measures exactly as it is drawn.

import BriefScene
import CCairoPango

/// A Pango context with BriefKit's text settings, one reusable layout and cached font descriptions.
///
/// Settings: 72 dpi (one point = one unit), hint metrics off, hint style none, unrounded glyph
/// positions, identity matrix. Drawing never updates the context from a `cairo_t`, so the same text
/// lays out identically for measurement and on PNG, PDF and SVG surfaces at any scale.
final class TextEngine {
    let fontMap: GObjectRef
    let context: GObjectRef
    let layout: GObjectRef
    private var fonts: [FontSpec: FontDescription] = [:]

    /// A private font map (the default); or, with `threadDefaultFontMap`, this thread's default Pango Cairo font map.
    init(threadDefaultFontMap: Bool = false) {
        let map: UnsafeMutablePointer<PangoFontMap>
        if threadDefaultFontMap {
            map = pango_cairo_font_map_get_default()
            g_object_ref(map)
        } else {
            map = pango_cairo_font_map_new()
        }
        fontMap = GObjectRef(map)
        context = GObjectRef(pango_font_map_create_context(map))
        pango_cairo_context_set_resolution(context.pointer, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context.pointer, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context.pointer, 0)
        layout = GObjectRef(pango_layout_new(context.pointer))
        pango_layout_set_wrap(layout.pointer, PANGO_WRAP_WORD_CHAR)
    }

    /// The cached Pango description of `font`.
    func description(_ font: FontSpec) -> FontDescription {
        if let d = fonts[font] { return d }
        let d = FontDescription(font)
        fonts[font] = d
        return d
    }

    /// Sets up the shared layout for `text`; returns it for measuring or drawing.
    @discardableResult
    func prepare(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> OpaquePointer {
        let l = layout.pointer
        pango_layout_set_font_description(l, description(font).pointer)
        pango_layout_set_width(l, TextEngine.pangoUnits(wrapWidth))
        pango_layout_set_alignment(l, alignment.pango)
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(l, chars.baseAddress, Int32(chars.count))
            }
        }
        return l
    }

    /// A wrap width in Pango units; -1 (no wrapping) for nil or a value that is not a finite number.
    static func pangoUnits(_ width: Double?) -> Int32 {
        guard let width, width.isFinite else { return -1 }
        let units = (max(width, 0) * Double(PANGO_SCALE)).rounded()
        return units >= Double(Int32.max) ? -1 : Int32(units)
    }

    /// The metrics of the text the layout currently holds.
    func metrics() -> TextMetrics {
        let l = layout.pointer
        var logical = PangoRectangle()
        pango_layout_get_extents(l, nil, &logical)
        let unit = 1 / Double(PANGO_SCALE)
        return TextMetrics(
            logical: Rect(x: Double(logical.x) * unit, y: Double(logical.y) * unit,
                          width: Double(logical.width) * unit, height: Double(logical.height) * unit),
            lineCount: Int(pango_layout_get_line_count(l)),
            baseline: Double(pango_layout_get_baseline(l) - logical.y) * unit)
    }

    /// Glyphs in the current layout that no installed font could draw.
    func unknownGlyphs() -> Int { Int(pango_layout_get_unknown_glyphs_count(layout.pointer)) }

    /// The family Pango really loads for `font` (after fontconfig substitution and fallback).
    func resolvedFamily(_ font: FontSpec) -> String? {
        guard let loaded = pango_context_load_font(context.pointer, description(font).pointer) else { return nil }
        let fontRef = GObjectRef(loaded)
        let described = withExtendedLifetime(fontRef) { pango_font_describe(fontRef.typed(PangoFont.self)) }
        guard let described else { return nil }
        defer { pango_font_description_free(described) }
        guard let family = pango_font_description_get_family(described) else { return nil }
        return String(cString: family)
    }
}

extension TextAlignment {
    var pango: PangoAlignment {
        switch self {
        case .left: PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: PANGO_ALIGN_RIGHT
        }
    }
}
