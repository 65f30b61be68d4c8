// The real TextMeasurer: Pango at 72 dpi with unhinted metrics, exactly as the renderer draws.

import BriefScene

/// Measures text with Pango the way ``Renderer`` draws it (same font map settings, same wrapping).
///
/// Not thread-safe: use one measurer from one thread at a time. Results are cached per
/// (text, font, wrap width, alignment), so repeated questions from layout cost a dictionary lookup.
public final class PangoMeasurer: TextMeasurer {
    private struct Key: Hashable {
        var text: String
        var font: FontSpec
        var wrapWidth: Double?
        var alignment: TextAlignment
    }

    /// Also lends its font map, context and layout to `Renderer.render(_:to:reusing:)`.
    let engine = TextEngine()
    private var cache: [Key: TextMetrics] = [:]

    /// The size one-line text is measured at before scaling. Best set to the size most text is drawn
    /// at (the style's body size), so that the renderer finds those fonts already loaded.
    public let referenceSize: Double

    /// A measurer with its own Pango font map, measuring one-line text at `referenceSize` points.
    public init(referenceSize: Double = 10) {
        self.referenceSize = referenceSize > 0 && referenceSize.isFinite ? referenceSize : 10
    }

    /// Lays `text` out in `font` (wrapping words, then characters, at `wrapWidth` points) and returns
    /// its logical extent relative to the layout origin, its line count and first baseline.
    public func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics {
        // One line of unhinted, unrounded text scales exactly with its size (within 0.01 pt), so it is
        // measured at one reference size: layouts try many sizes, and each new size would make Pango
        // load and sort fonts again (about 2 ms each). Wrapped text is measured at its own size, since
        // a hair's difference could move a line break.
        if wrapWidth == nil && font.size != referenceSize && font.size > 0 {
            let k = font.size / referenceSize
            let m = measure(text, font: font.sized(referenceSize), wrapWidth: nil, alignment: alignment)
            return TextMetrics(logical: Rect(x: m.logical.x * k, y: m.logical.y * k, width: m.logical.width * k,
                                             height: m.logical.height * k),
                               lineCount: m.lineCount, baseline: m.baseline * k)
        }
        let key = Key(text: text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        if let known = cache[key] { return known }
        engine.prepare(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        let metrics = engine.metrics()
        if cache.count >= 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[key] = metrics
        return metrics
    }

    /// The number of glyphs in `text` that no installed font can draw.
    public func unknownGlyphCount(_ text: String, font: FontSpec) -> Int {
        // Coverage does not depend on size: ask at the reference size, whose fonts are loaded already.
        engine.prepare(text, font: font.sized(referenceSize), wrapWidth: nil, alignment: .left)
        return engine.unknownGlyphs()
    }

    /// The family Pango actually uses for `font`, for example `"DejaVu Sans"` when the first family
    /// in the list is not installed; nil if no font loads at all.
    public func resolvedFamily(for font: FontSpec) -> String? {
        engine.resolvedFamily(font)
    }
}
