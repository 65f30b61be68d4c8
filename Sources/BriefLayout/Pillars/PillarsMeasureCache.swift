// A memo in front of the text measurer: the pillar search measures the same words at the same sizes many times.

import BriefScene

/// Remembers every measurement for the life of one layout call. Not shared between calls or threads.
final class PillarsMeasureCache: TextMeasurer {
    private struct Key: Hashable {
        var text: String
        var font: FontSpec
        var wrapWidth: Double?
        var alignment: TextAlignment
    }

    private let inner: any TextMeasurer
    private var metrics: [Key: TextMetrics] = [:]
    private var unknown: [Key: Int] = [:]

    init(_ inner: any TextMeasurer) { self.inner = inner }

    var settings: TextSettings { inner.settings }

    func measure(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment) -> TextMetrics {
        let key = Key(text: text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        if let m = metrics[key] { return m }
        let m = inner.measure(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        metrics[key] = m
        return m
    }

    func unknownGlyphCount(_ text: String, font: FontSpec) -> Int {
        let key = Key(text: text, font: font, wrapWidth: nil, alignment: .left)
        if let n = unknown[key] { return n }
        let n = inner.unknownGlyphCount(text, font: font)
        unknown[key] = n
        return n
    }
}
