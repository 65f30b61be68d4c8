// The one Pango set-up shared by measuring and drawing, so text measures exactly as it is drawn.

import BriefScene
import CCairoPango

/// A Pango context with BriefKit's text settings, cached font descriptions, and the texts laid out
/// lately, so that drawing a text measured during layout does not shape it again.
///
/// Settings: 72 dpi (one point = one unit), hint metrics off, hint style none, unrounded glyph
/// positions, identity matrix. Drawing never updates the context from a `cairo_t`, so the same text
/// lays out identically for measurement and on PNG, PDF and SVG surfaces at any scale.
///
/// Every text is laid out at one reference size and scaled to its own: a `size`-point text wrapped at
/// `w` is the reference-size text wrapped at `w × reference / size`, drawn scaled by `size / reference`.
/// Unhinted, unrounded text scales exactly, and measuring and drawing share this one computation, so
/// line breaks always agree; and Pango loads each font once instead of once per size (about 2 ms
/// each, and layouts try dozens of sizes).
///
/// A left-aligned text also serves every wrap width that breaks it into the same lines (see
/// ``WrapSpan``), so fitting a page at several type sizes shapes each text far fewer times.
///
/// The picture's ``TextSettings`` set the context's language (glyph variants: Japanese and Chinese forms of
/// one Han character) and base direction, and how wrapped text breaks: between words, at dictionary points
/// (soft hyphens put into the string Pango sees, see ``PangoText``), never inside names to keep together
/// that fit on a line, and between letters only for a text with a word wider than the line.
final class TextEngine {
    /// The size every text is laid out at.
    static let referenceSize = 10.0

    let fontMap: GObjectRef
    let context: GObjectRef
    /// The picture's language, direction and line-breaking rules.
    let settings: TextSettings
    /// The dictionary of the picture's language when its words may break at dictionary points; loaded with
    /// the first wrapped text.
    private(set) lazy var hyphenator: Hyphenator? = settings.hyphenate ? Hyphenator.forLanguage(settings.language) : nil
    /// A text by its reference form: what a layout (and its metrics) is kept by.
    struct LayoutKey: Hashable {
        var text: String
        var font: FontSpec
        var wrapWidth: Double?
        var alignment: TextAlignment

        /// The key of `text` in `font`, and the factor from the reference size back to `font`'s size.
        static func of(_ text: String, font: FontSpec, wrapWidth: Double?,
                       alignment: TextAlignment) -> (key: LayoutKey, scale: Double) {
            let form = TextEngine.referenceForm(font, wrapWidth: wrapWidth)
            return (LayoutKey(text: text, font: form.font, wrapWidth: form.wrapWidth, alignment: alignment), form.scale)
        }
    }
    /// A text laid out, and whether it had to break a word between letters.
    struct Laid {
        var layout: GObjectRef
        var brokeInsideWord: Bool
    }
    /// Laid-out texts by their reference form; emptied when full (a page measures a few thousand).
    private var laidOut: [LayoutKey: Laid] = [:]
    /// Left-aligned layouts by text, reference font and the names kept on one line, with the wrap widths each
    /// one serves.
    private struct SpanKey: Hashable {
        var text: String
        var font: FontSpec
        /// How many of the text's name occurrences are kept whole (the narrowest ones, so the count says
        /// which); `Int.max` for all of them, which is how an unwrapped layout breaks them too.
        var kept: Int
    }
    private var spans: [SpanKey: [WrapSpan]] = [:]
    /// Wrapped texts as handed to Pango, by scene text.
    private var forms: [FormKey: PangoText] = [:]
    /// The natural width of each name to keep together, by name and reference font, in Pango units.
    private struct NameKey: Hashable {
        var name: String
        var font: FontSpec
    }
    private var nameWidths: [NameKey: Int32] = [:]
    /// How many requests a layout made for another wrap width served.
    private(set) var reusedCount = 0
    private static let keptLayouts = 4096
    private var fonts: [FontSpec: FontDescription] = [:]

    /// Whether a layout may serve other wrap widths (off only to check that it changes nothing).
    let reusesWrapSpans: Bool

    /// A private font map (the default); or, with `threadDefaultFontMap`, this thread's default Pango Cairo font map.
    convenience init(threadDefaultFontMap: Bool = false, reusesWrapSpans: Bool = true, settings: TextSettings = TextSettings()) {
        FontSystem.ready()
        let map: UnsafeMutablePointer<PangoFontMap>
        if threadDefaultFontMap {
            map = pango_cairo_font_map_get_default()
            g_object_ref(map)
        } else {
            map = pango_cairo_font_map_new()
        }
        self.init(fontMap: GObjectRef(map), reusesWrapSpans: reusesWrapSpans, settings: settings)
    }

    /// An engine with other `settings` on the font map of `other`, whose fonts are loaded already.
    convenience init(sharingFontsOf other: TextEngine, settings: TextSettings, reusesWrapSpans: Bool = true) {
        self.init(fontMap: other.fontMap, reusesWrapSpans: reusesWrapSpans, settings: settings)
    }

    private init(fontMap: GObjectRef, reusesWrapSpans: Bool, settings: TextSettings) {
        self.fontMap = fontMap
        self.reusesWrapSpans = reusesWrapSpans
        self.settings = settings
        context = GObjectRef(pango_font_map_create_context(fontMap.typed(PangoFontMap.self)))
        pango_cairo_context_set_resolution(context.pointer, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context.pointer, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context.pointer, 0)
        if let language = settings.language {
            // HarfBuzz picks the language's glyph forms (OpenType locl) from it, fontconfig its fonts.
            pango_context_set_language(context.pointer, pango_language_from_string(language))
        }
        if settings.rightToLeft {
            // Paragraphs still take the direction of their first strong character (layouts keep auto-dir).
            pango_context_set_base_dir(context.pointer, PANGO_DIRECTION_RTL)
        }
    }

    /// The cached Pango description of `font`.
    func description(_ font: FontSpec) -> FontDescription {
        if let d = fonts[font] { return d }
        let d = FontDescription(font)
        fonts[font] = d
        return d
    }

    /// A text's form at the reference size: the font there, the wrap width there, and the factor back.
    /// Texts that differ only in size share one form when unwrapped.
    static func referenceForm(_ font: FontSpec, wrapWidth: Double?) -> (font: FontSpec, wrapWidth: Double?, scale: Double) {
        guard font.size > 0 && font.size.isFinite else { return (font, wrapWidth, 1) }
        let scale = font.size / referenceSize
        return (font.sized(referenceSize), wrapWidth.map { $0 / scale }, scale)
    }

    /// `text` laid out at the reference size, with the factor that scales it to `font`'s size and whether a
    /// word had to break between letters, for measuring or drawing. The layout stays valid until the next call.
    @discardableResult
    func prepare(_ text: String, font: FontSpec, wrapWidth: Double?,
                 alignment: TextAlignment) -> (layout: OpaquePointer, scale: Double, brokeInsideWord: Bool) {
        let (key, scale) = LayoutKey.of(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        if let known = laidOut[key] { return (known.layout.pointer, scale, known.brokeInsideWord) }
        let units = TextEngine.pangoUnits(key.wrapWidth)
        // Words break at dictionary points only where one would otherwise not fit its line: a text whose words
        // all fit wraps between words, as a careful typesetter sets a ragged column (no needless hyphens, and
        // no dictionary to load for most pages).
        let form = units < 0 ? PangoText(plain: text) : pangoText(text, hyphenated: false)
        let kept = form.names.filter { nameWidth(form.text, $0, font: key.font) <= units }
        let spanKey = reusesWrapSpans && alignment == .left
            ? SpanKey(text: text, font: key.font, kept: kept.count == form.names.count ? Int.max : kept.count) : nil
        if let spanKey, let span = spans[spanKey]?.first(where: { $0.serves(units) }) {
            laidOut[key] = span.laid
            reusedCount += 1
            return (span.laid.layout.pointer, scale, span.laid.brokeInsideWord)
        }
        if laidOut.count >= TextEngine.keptLayouts {
            laidOut.removeAll(keepingCapacity: true)
            spans.removeAll(keepingCapacity: true)
            overflowWidths.removeAll(keepingCapacity: true)
        }
        let address = TextEngine.holdsAddress(text)
        // A text with a word wider than some width has it wider than every narrower one: once seen, a narrower
        // request goes straight to the hyphenated form (the page tries many sizes of the same narrow titles).
        let overflowKey = OverflowKey(text: text, font: key.font)
        func hyphenatedLayout() -> (laid: Laid, widest: Int32) {
            let split = pangoText(text, hyphenated: true)
            let keptThere = split.names.filter { nameWidth(split.text, $0, font: key.font) <= units }
            return layOut(split, keeping: keptThere, font: key.font, units: units, alignment: alignment, address: address)
        }
        var laid: Laid, widest: Int32, hyphenated = false
        if hyphenator != nil, units >= 0, let known = overflowWidths[overflowKey], known >= units {
            (laid, widest) = hyphenatedLayout()
            hyphenated = true
        } else {
            (laid, widest) = layOut(form, keeping: kept, font: key.font, units: units, alignment: alignment, address: address,
                                    fallingBackToLetters: hyphenator == nil)
            if laid.brokeInsideWord, units >= 0 {
                overflowWidths[overflowKey] = max(overflowWidths[overflowKey] ?? -1, units)
                if hyphenator != nil {
                    (laid, widest) = hyphenatedLayout()
                    hyphenated = true
                }
            }
        }
        laidOut[key] = laid
        // A hyphenated layout serves only its own width: wider, its words might all fit unhyphenated.
        if let spanKey, !hyphenated, TextEngine.allLinesLeftToRight(laid.layout.pointer) {
            spans[spanKey, default: []].append(WrapSpan(widest: widest, width: units, laid: laid))
        }
        return (laid.layout.pointer, scale, laid.brokeInsideWord)
    }

    /// `text` as Pango wraps it under the settings, with soft hyphens at its dictionary points when `hyphenated`;
    /// made once per text and form.
    private func pangoText(_ text: String, hyphenated: Bool) -> PangoText {
        let key = FormKey(text: text, hyphenated: hyphenated)
        if let known = forms[key] { return known }
        let hyphenator = hyphenated ? self.hyphenator : nil
        guard hyphenator != nil || !settings.keepTogether.isEmpty else { return PangoText(plain: text) }
        if forms.count >= TextEngine.keptLayouts { forms.removeAll(keepingCapacity: true) }
        let form = PangoText(text, names: settings.keepTogether, hyphenator: hyphenator)
        forms[key] = form
        return form
    }

    /// The widest wrap width (Pango units) at which a text's plain form was seen to have a word too wide.
    private var overflowWidths: [OverflowKey: Int32] = [:]
    private struct OverflowKey: Hashable {
        var text: String
        var font: FontSpec
    }

    private struct FormKey: Hashable {
        var text: String
        var hyphenated: Bool
    }

    /// The natural width of the name at `range` of `text` in the reference `font`, in Pango units.
    private func nameWidth(_ text: String, _ range: Range<Int>, font: FontSpec) -> Int32 {
        let name = String(decoding: text.utf8.dropFirst(range.lowerBound).prefix(range.count), as: UTF8.self)
        let key = NameKey(name: name, font: font)
        if let known = nameWidths[key] { return known }
        let layout = GObjectRef(pango_layout_new(context.pointer))
        pango_layout_set_font_description(layout.pointer, description(font).pointer)
        TextEngine.setText(layout.pointer, name)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout.pointer, nil, &logical)
        nameWidths[key] = logical.width
        return logical.width
    }

    /// Hands `text` to Pango.
    static func setText(_ l: OpaquePointer, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                pango_layout_set_text(l, chars.baseAddress, Int32(chars.count))
            }
        }
    }

    /// True when every line of `l` runs left to right: a right-to-left paragraph (Arabic letters, or a
    /// right-to-left mark first) is set flush right, so where its lines sit depends on the wrap width.
    static func allLinesLeftToRight(_ l: OpaquePointer) -> Bool {
        (0..<pango_layout_get_line_count(l)).allSatisfy { i in
            pango_layout_get_line_readonly(l, i).map { pango_layout_line_get_resolved_direction($0) == PANGO_DIRECTION_LTR } ?? false
        }
    }

    /// True when `text` has a web address in it ("https://…", "www.…", "example.org/path").
    static func holdsAddress(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "/")) || has(text, "www.") else { return false }
        return text.split(whereSeparator: \.isWhitespace).contains(where: isAddress)
    }

    /// True when a whitespace-free `token` is a web address.
    static func isAddress(_ token: Substring) -> Bool {
        has(token, "://") || token.hasPrefix("www.")
            || (token.count > 8 && token.utf8.contains(UInt8(ascii: ".")) && token.utf8.contains(UInt8(ascii: "/")))
    }

    /// Whether `part` occurs in `text`, compared byte for byte: the standard library's search (with Foundation
    /// imported, `contains` on strings is NSString's, which cost a tenth of measuring a label).
    static func has<S: StringProtocol>(_ text: S, _ part: String) -> Bool {
        text.utf8.firstRange(of: part.utf8) != nil
    }

    /// A wrap width in Pango units; -1 (no wrapping) for nil or a value that is not a finite number.
    static func pangoUnits(_ width: Double?) -> Int32 {
        guard let width, width.isFinite else { return -1 }
        let units = (max(width, 0) * Double(PANGO_SCALE)).rounded()
        return units >= Double(Int32.max) ? -1 : Int32(units)
    }

    /// The metrics of a layout from `prepare`, scaled by its `scale`.
    func metrics(_ l: OpaquePointer, scale: Double, brokeInsideWord: Bool = false) -> TextMetrics {
        var logical = PangoRectangle()
        pango_layout_get_extents(l, nil, &logical)
        let unit = scale / Double(PANGO_SCALE)
        return TextMetrics(
            logical: Rect(x: Double(logical.x) * unit, y: Double(logical.y) * unit,
                          width: Double(logical.width) * unit, height: Double(logical.height) * unit),
            lineCount: Int(pango_layout_get_line_count(l)),
            baseline: Double(pango_layout_get_baseline(l) - logical.y) * unit,
            brokeInsideWord: brokeInsideWord)
    }

    /// Glyphs in a layout from `prepare` that no installed font could draw.
    func unknownGlyphs(_ l: OpaquePointer) -> Int { Int(pango_layout_get_unknown_glyphs_count(l)) }

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
    /// Pango's alignment for this one under a context of base direction right to left or not. Pango swaps left
    /// and right for a paragraph whose direction is not the context's, so `.left` means "at the start of the
    /// paragraph's own direction" (flush left for English, flush right for Arabic) only when it is given as
    /// Pango's right under a right-to-left context.
    func pango(rightToLeft: Bool) -> PangoAlignment {
        switch self {
        case .left: rightToLeft ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT
        case .center: PANGO_ALIGN_CENTER
        case .right: rightToLeft ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT
        }
    }
}

/// The wrap widths that break a left-aligned text into the lines of one layout. Pango breaks lines
/// greedily, each as long as fits: a layout wrapped at `width` whose widest line is `widest` comes out
/// line for line the same at any width from `widest` to `width` (every line it kept still fits, every
/// longer line it refused still does not), and a text laid out unwrapped the same at any width from its
/// natural width up. Left-aligned, the lines also sit in the same places, so measuring and drawing may use it.
struct WrapSpan {
    /// The widest line, in Pango units.
    var widest: Int32
    /// The wrap width the layout was made with, in Pango units; -1 for none.
    var width: Int32
    var laid: TextEngine.Laid

    func serves(_ units: Int32) -> Bool {
        if units < 0 { return width < 0 }
        return widest <= units && (width < 0 || units <= width)
    }
}
