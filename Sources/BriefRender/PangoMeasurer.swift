// The real TextMeasurer: Pango at 72 dpi with unhinted metrics, exactly as the renderer draws.

import BriefScene

/// Measures text with Pango the way ``Renderer`` draws it (same font map settings, same wrapping).
///
/// Not thread-safe: use one measurer from one thread at a time. Nor is Pango itself: two measurers
/// (or a measurer and a render) working at the same time on two threads may lay the same text out
/// differently, so measure and render from one thread at a time. Results are cached per
/// (text, font, wrap width, alignment), so repeated questions from layout cost a dictionary lookup.
package final class PangoMeasurer: TextMeasurer {
    /// Also lends its font map, context and layout to `Renderer.render(_:to:reusing:)`.
    let engine: TextEngine
    private var cache: [TextEngine.LayoutKey: TextMetrics] = [:]

    /// A measurer with its own Pango font map, setting text by `settings` (language, direction, hyphenation,
    /// names kept together). A scene laid out with it records the same settings in its metadata, so that
    /// ``Renderer`` draws its text as it was measured.
    package init(settings: TextSettings = TextSettings()) {
        engine = TextEngine(settings: settings)
    }

    /// The settings text is measured with.
    package var settings: TextSettings { engine.settings }

    /// Starts loading the hyphenation dictionary `settings` need (if any) on a background thread and returns
    /// at once: a command that knows the language early lets the load overlap its other start-up work.
    package static func warmUp(_ settings: TextSettings) {
        if settings.hyphenate { Hyphenator.warmUp(language: settings.language) }
    }

    /// Lays `text` out in `font` (wrapping between words and at hyphenation points at `wrapWidth` points,
    /// between characters only for a word wider than that) and returns its logical extent relative to the
    /// layout origin, its line count, first baseline and whether a word broke between characters.
    package func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics {
        // Cached by the text's reference form (see TextEngine): one line of text at any size is one entry.
        let (key, k) = TextEngine.LayoutKey.of(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        let reference: TextMetrics
        if let known = cache[key] {
            reference = known
        } else {
            let prepared = engine.prepare(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
            reference = engine.metrics(prepared.layout, scale: 1, brokeInsideWord: prepared.brokeInsideWord)
            if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
            cache[key] = reference
        }
        guard k != 1 else { return reference }
        let r = reference.logical
        return TextMetrics(logical: Rect(x: r.x * k, y: r.y * k, width: r.width * k, height: r.height * k),
                           lineCount: reference.lineCount, baseline: reference.baseline * k,
                           brokeInsideWord: reference.brokeInsideWord)
    }

    /// The number of glyphs in `text` that no installed font can draw.
    package func unknownGlyphCount(_ text: String, font: FontSpec) -> Int {
        engine.unknownGlyphs(engine.prepare(text, font: font, wrapWidth: nil, alignment: .left).layout)
    }

    /// The family Pango actually uses for `font`, for example `"DejaVu Sans"` when the first family
    /// in the list is not installed; nil if no font loads at all.
    package func resolvedFamily(for font: FontSpec) -> String? {
        engine.resolvedFamily(font)
    }
}
