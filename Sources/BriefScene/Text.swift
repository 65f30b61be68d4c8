// Fonts and the text-measuring boundary: layout asks a TextMeasurer, the renderer implements it.

/// Font weight; the style guide allows two.
package enum FontWeight: String, Sendable, Hashable, Codable {
    case regular
    case bold
}

/// A font request: a comma-separated family list with fallbacks, a size in points and a weight.
package struct FontSpec: Sendable, Hashable {
    /// Pango family list, for example `"Noto Sans, DejaVu Sans"`.
    package var family: String
    /// Size in points (canvas units).
    package var size: Double
    package var weight: FontWeight
    package var italic: Bool

    package init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family; self.size = size; self.weight = weight; self.italic = italic
    }

    package func sized(_ newSize: Double) -> FontSpec {
        var f = self; f.size = newSize; return f
    }

    package func weighted(_ newWeight: FontWeight) -> FontSpec {
        var f = self; f.weight = newWeight; return f
    }
}

/// How wrapped lines sit in their wrap width.
package enum TextAlignment: String, Sendable, Hashable, Codable {
    case left
    case center
    case right
}

/// What a text engine says about one piece of text laid out with a font and an optional wrap width.
package struct TextMetrics: Sendable, Hashable {
    /// The logical extent relative to the layout origin (x may be > 0 for centred or right-aligned wrapped text).
    package var logical: Rect
    /// Number of lines after wrapping.
    package var lineCount: Int
    /// Distance from the top of the first line to its baseline.
    package var baseline: Double
    /// True when a word wider than the wrap width had to break between letters (lines otherwise break
    /// between words and at dictionary hyphenation points), so that layout can say so.
    package var brokeInsideWord: Bool

    package init(logical: Rect, lineCount: Int, baseline: Double, brokeInsideWord: Bool = false) {
        self.logical = logical; self.lineCount = lineCount; self.baseline = baseline
        self.brokeInsideWord = brokeInsideWord
    }

    package var width: Double { logical.width }
    package var height: Double { logical.height }
}

/// Measures text exactly as the renderer will draw it. Layout never touches a text engine directly.
///
/// Implementations are used from one thread at a time; they need not be `Sendable`.
package protocol TextMeasurer {
    /// Lays `text` out in `font`; when `wrapWidth` is given, lines break to fit it (between words, at
    /// hyphenation points where the language allows; a word longer than the width breaks between characters,
    /// which the metrics report), aligned by `alignment` inside that width.
    func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics

    /// The number of characters in `text` that no installed font can draw (0 when all can).
    func unknownGlyphCount(_ text: String, font: FontSpec) -> Int

    /// How this measurer sets text (language, direction, hyphenation): a layout records it in its scene, so the
    /// renderer draws with exactly the settings the text was measured with.
    var settings: TextSettings { get }
}

extension TextMeasurer {
    /// No language, left to right, hyphenation on (with no language, there is no dictionary to use).
    package var settings: TextSettings { TextSettings() }

    /// One-line measurement.
    package func measure(_ text: String, font: FontSpec) -> TextMetrics {
        measure(text, font: font, wrapWidth: nil, alignment: .left)
    }

    package func measure(_ text: String, font: FontSpec, wrapWidth: Double?) -> TextMetrics {
        measure(text, font: font, wrapWidth: wrapWidth, alignment: .left)
    }
}
