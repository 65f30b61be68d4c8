// A left-aligned layout serves every wrap width that breaks it into the same lines (TextEngine's WrapSpan):
// checked against layouts made afresh for each width, line by line, over widths tried in every order.

@testable import BriefRender
import BriefScene
import CCairoPango
import Foundation
import Testing

// Serialized: Pango font maps used from several threads at once do not always lay text out alike, and this
// compares two engines exactly (the command itself uses one engine from one thread). For the same reason the two
// engines share one font map: a font map made while other tests lay text out on other threads sometimes breaks a
// word between letters elsewhere, its line and inserted hyphen then wider than the wrap width (seen in about one
// engine in ten made during the whole suite, never in one made alone).
@Suite(.serialized) struct WrapSpanTests {
    static let texts = [
        "General Secretary Tô Lâm and Prime Minister Keir Starmer agreed to upgrade relations to a Comprehensive "
            + "Strategic Partnership, with eight pillars of cooperation from defence to people-to-people exchange.",
        "Agreement on green finance",
        "Donaudampfschifffahrtsgesellschaftskapitän and Rechtsschutzversicherungsgesellschaften, both long words",
        "日本とベトナムは包括的戦略的パートナーシップに関係を格上げし、経済、安全保障、人材交流の協力を深めることで合意した。",
        "See https://www.mea.gov.in/bilateral-documents.htm?dtl/38270/Joint_Statement for the full statement",
        "First paragraph, short.\nSecond paragraph is a good deal longer than the first one, and wraps.",
        "Việt Nam – United Kingdom · 29 October 2025 · London",
        "  leading and trailing spaces   ",
        "Tabs\tbetween\twords and a soft\u{AD}hyphen in a rather long line of ordinary words",
        // Right-to-left paragraphs sit flush right: never shared, wherever the direction comes from.
        "\u{200F}Hello world, and a few more words after a right-to-left mark",
        "\u{202B}Embedded right to left\u{202C} and then more left to right words",
        "Left to right first, then مرحبا بكم في الاجتماع and more",
        "مرحبا بكم في الاجتماع الثنائي بين البلدين",
    ]

    /// The lines of a layout as their text (without soft hyphens: a text that fits its lines may be served by its
    /// unwrapped layout, which has none) with where each sits (x, y, width), and its metrics.
    static func shape(_ engine: TextEngine, _ text: String, _ font: FontSpec, _ width: Double?) -> ([[String]], TextMetrics) {
        let prepared = engine.prepare(text, font: font, wrapWidth: width, alignment: .left)
        let l = prepared.layout
        let bytes = Array(String(cString: pango_layout_get_text(l)).utf8)
        var lines: [[String]] = []
        for i in 0..<pango_layout_get_line_count(l) {
            let line = pango_layout_get_line_readonly(l, i)!.pointee
            let start = Int(line.start_index), end = start + Int(line.length)
            lines.append([String(decoding: bytes[start..<end], as: UTF8.self).replacingOccurrences(of: "\u{AD}", with: "")])
        }
        let iter = pango_layout_get_iter(l)
        defer { pango_layout_iter_free(iter) }
        var index = 0
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            lines[index] += [logical.x, logical.y, logical.width].map(String.init)
            index += 1
        } while pango_layout_iter_next_line(iter) != 0
        return (lines, engine.metrics(l, scale: 1, brokeInsideWord: prepared.brokeInsideWord))
    }

    /// Text settings that change where lines break and where they sit.
    static let settings = [
        TextSettings(),
        TextSettings(language: "en-GB", keepTogether: ["Keir Starmer", "Tô Lâm", "Comprehensive Strategic Partnership"]),
        TextSettings(language: "ar", rightToLeft: true, keepTogether: ["Prime Minister"]),
    ]

    @Test(arguments: [FontWeight.regular, .bold], settings)
    func reusedLayoutsBreakLikeFreshOnes(weight: FontWeight, settings: TextSettings) {
        let shared = TextEngine(settings: settings)
        let fresh = TextEngine(sharingFontsOf: shared, settings: settings, reusesWrapSpans: false)
        let font = FontSpec(family: "Noto Sans, DejaVu Sans", size: 10, weight: weight)
        // Descending, ascending, then scattered: the orders in which a page's fitting asks.
        let down = stride(from: 700.0, through: 8, by: -7.3).map { $0 }
        let scattered = (0..<120).map { Double(($0 * 7919) % 640) + 5 }
        for text in Self.texts {
            for width in [nil] + down + down.reversed() + scattered {
                let a = Self.shape(shared, text, font, width)
                let b = Self.shape(fresh, text, font, width)
                #expect(a.0 == b.0, "lines of \(text.prefix(24)) at \(width.map { "\($0)" } ?? "no wrap")")
                #expect(a.1 == b.1, "metrics of \(text.prefix(24)) at \(width.map { "\($0)" } ?? "no wrap")")
            }
        }
        // The point of it: most of these widths were served without shaping again.
        #expect(shared.reusedCount > (settings.rightToLeft ? 500 : 1000), "reused \(shared.reusedCount)")
    }

    @Test func rightToLeftAndCentredTextIsNotShared() {
        let engine = TextEngine()
        let font = FontSpec(family: "Noto Sans, DejaVu Sans", size: 10)
        for width in [300.0, 280, 260] {
            engine.prepare("مرحبا بكم في الاجتماع", font: font, wrapWidth: width, alignment: .left)
            engine.prepare("\u{200F}Hello world", font: font, wrapWidth: width, alignment: .left)
            engine.prepare("Politics & diplomacy", font: font, wrapWidth: width, alignment: .center)
        }
        #expect(engine.reusedCount == 0)
    }
}
