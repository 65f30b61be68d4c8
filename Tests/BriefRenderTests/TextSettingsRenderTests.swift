// The picture's text settings in Pango: glyph variants by language, base direction, and hyphenated text drawn
// exactly as measured, with no soft hyphen reaching the PDF's text.

@testable import BriefRender
import BriefScene
import CCairoPango
import Foundation
import Testing

@Suite(.serialized) struct TextSettingsRenderTests {
    static let font = FontSpec(family: "Noto Sans, DejaVu Sans", size: 10)
    static let paragraph = "The two governments agreed to deepen cooperation on defence, education, digital "
        + "transformation and climate diplomacy, and to establish a Comprehensive Strategic Partnership "
        + "between the Home Office and the Ministry of Public Security."

    /// The glyph ids of the first line of `text` laid out by `engine`.
    static func glyphs(_ engine: TextEngine, _ text: String) -> [UInt32] {
        let l = engine.prepare(text, font: font, wrapWidth: nil, alignment: .left).layout
        var ids: [UInt32] = []
        var run = pango_layout_get_line_readonly(l, 0)?.pointee.runs
        while let node = run {
            let item = node.pointee.data.assumingMemoryBound(to: PangoGlyphItem.self).pointee
            let string = item.glyphs.pointee
            ids += (0..<Int(string.num_glyphs)).map { string.glyphs[$0].glyph }
            run = node.pointee.next
        }
        return ids
    }

    @Test func hanCharactersTakeTheLanguagesForms() {
        // 直 and 骨 are drawn differently in Japanese and Chinese: Noto Sans CJK's locl feature picks them.
        let japanese = Self.glyphs(TextEngine(settings: TextSettings(language: "ja")), "直骨")
        let simplified = Self.glyphs(TextEngine(settings: TextSettings(language: "zh-Hans")), "直骨")
        let traditional = Self.glyphs(TextEngine(settings: TextSettings(language: "zh-Hant")), "直骨")
        #expect(japanese.count == 2 && simplified.count == 2 && traditional.count == 2)
        #expect(japanese[0] != simplified[0] && japanese[1] != simplified[1], "\(japanese) \(simplified)")
        #expect(simplified[1] != traditional[1], "\(simplified) \(traditional)")
    }

    /// Where each line of `text` starts across a 200-point column, and its direction.
    static func lineStarts(_ engine: TextEngine, _ text: String) -> [(x: Double, rightToLeft: Bool)] {
        let l = engine.prepare(text, font: font, wrapWidth: 200, alignment: .left).layout
        let iter = pango_layout_get_iter(l)
        defer { pango_layout_iter_free(iter) }
        var starts: [(Double, Bool)] = []
        repeat {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logical)
            let line = pango_layout_iter_get_line_readonly(iter)!
            starts.append((Double(logical.x) / Double(PANGO_SCALE), pango_layout_line_get_resolved_direction(line) == PANGO_DIRECTION_RTL))
        } while pango_layout_iter_next_line(iter) != 0
        return starts
    }

    @Test func rightToLeftIsTheBaseOfNeutralParagraphsOnly() {
        let rtl = TextEngine(settings: TextSettings(language: "ar", rightToLeft: true))
        let ltr = TextEngine(settings: TextSettings(language: "ar"))
        for engine in [rtl, ltr] {
            // A paragraph with a strong character of its own keeps its direction, and starts at its own side.
            let english = Self.lineStarts(engine, "Hello world")
            #expect(english.count == 1 && english[0].x == 0 && !english[0].rightToLeft)
            let arabic = Self.lineStarts(engine, "مرحبا بكم")
            #expect(arabic.count == 1 && arabic[0].x > 100 && arabic[0].rightToLeft)
        }
        // Digits and punctuation alone take the page's direction.
        let neutralRTL = Self.lineStarts(rtl, "2025 – 2030"), neutralLTR = Self.lineStarts(ltr, "2025 – 2030")
        #expect(neutralRTL[0].rightToLeft && neutralRTL[0].x > 100)
        #expect(!neutralLTR[0].rightToLeft && neutralLTR[0].x == 0)
        // So a neutral paragraph's layout is not shared between wrap widths on a right-to-left page.
        for width in [300.0, 280, 260] { rtl.prepare("2025 – 2030", font: Self.font, wrapWidth: width, alignment: .left) }
        #expect(rtl.reusedCount == 0)
    }

    /// The scene: `paragraph` wrapped at `width` under `settings`, measured by `measurer`.
    static func scene(_ settings: TextSettings, width: Double, measurer: PangoMeasurer) -> Scene {
        let metrics = measurer.measure(paragraph, font: font, wrapWidth: width)
        var scene = Scene(width: width + 40, height: metrics.height + 40,
                          metadata: SceneMetadata(title: "Hyphenation", date: "2025-10-29T12:00:00Z",
                                                  language: settings.language, rightToLeft: settings.rightToLeft,
                                                  hyphenate: settings.hyphenate, keepTogether: settings.keepTogether))
        scene.append(.text(TextElement(role: "paragraph", text: paragraph, font: font, color: .black, wrapWidth: width,
                                       topLeft: Point(20, 20), metrics: metrics)))
        return scene
    }

    /// Bands of rows with ink in a PNG: one per line of text.
    static func inkBands(_ png: DecodedPNG) -> Int {
        var bands = 0, inside = false
        for y in 0..<png.height {
            let ink = (0..<png.width).contains { png.pixel($0, y).r < 128 }
            if ink && !inside { bands += 1 }
            inside = ink
        }
        return bands
    }

    @Test func drawingBreaksLinesAsMeasured() throws {
        let british = TextSettings(language: "en-GB")
        let measurer = PangoMeasurer(settings: british)
        // A width where hyphenation changes the line count, so drawing without it would show.
        let width = try #require(stride(from: 56.0, through: 200, by: 2).first { w in
            measurer.measure(Self.paragraph, font: Self.font, wrapWidth: w).lineCount
                != PangoMeasurer().measure(Self.paragraph, font: Self.font, wrapWidth: w).lineCount
        })
        let scene = Self.scene(british, width: width, measurer: measurer)
        let lines = measurer.measure(Self.paragraph, font: Self.font, wrapWidth: width).lineCount
        // Line counts, not bytes, across font maps: see WrapSpanTests on font maps made on several threads.
        let renderer = Renderer()
        func bands(_ output: RenderOutput) throws -> Int { Self.inkBands(try DecodedPNG(output.bytes)) }
        #expect(try bands(renderer.render(scene, to: .png, scale: 2)) == lines)
        // The measurer's own engine, and an engine of other settings (which must not be used as it is).
        #expect(try bands(renderer.render(scene, to: .png, scale: 2, reusing: measurer)) == lines)
        #expect(try bands(renderer.render(scene, to: .png, scale: 2, reusing: PangoMeasurer())) == lines)
        // A scene read back from its JSON draws as it was measured.
        let read = try Scene(jsonText: scene.jsonText())
        #expect(read.metadata.textSettings == british)
        #expect(try bands(renderer.render(read, to: .png, scale: 2)) == lines)
    }

    @Test func noSoftHyphenReachesThePDFText() throws {
        let settings = TextSettings(language: "en-GB", keepTogether: ["Comprehensive Strategic"])
        let measurer = PangoMeasurer(settings: settings)
        var scene = Self.scene(settings, width: 50, measurer: measurer)
        let below = scene.height
        scene.width = 360; scene.height = below + 40
        // On one line, its soft hyphen unbroken but inside the "ffi" ligature glyph.
        let office = "Ministry of Public Security · Home Office"
        scene.append(.text(TextElement(role: "source", text: office, font: Self.font, color: .black, wrapWidth: 300,
                                       topLeft: Point(20, below),
                                       metrics: measurer.measure(office, font: Self.font, wrapWidth: 300))))
        let lines = measurer.engine.lineTexts(Self.paragraph, font: Self.font, wrapWidth: 50)
        let hyphenated = lines.filter { $0.hasSuffix("\u{2010}") }
        #expect(hyphenated.count >= 2, "\(lines)")
        let pdf = try temporaryFile(Renderer().render(scene, to: .pdf, reusing: measurer).bytes, name: "hyphens.pdf")
        let text = try run("pdftotext", ["-enc", "UTF-8", pdf, "-"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(!text.stdout.unicodeScalars.contains("\u{AD}"), "\(text.stdout.debugDescription)")
        #expect(!text.stdout.unicodeScalars.contains("\u{A0}"), "\(text.stdout.debugDescription)")
        // A soft hyphen inside a ligature ("Of­fice" is drawn with one "ffi" glyph) would be there even unbroken.
        #expect(PangoText(Self.paragraph, names: [], hyphenator: measurer.engine.hyphenator).text.contains("Of\u{AD}fice"))
        // The hyphen the reader sees is a hyphen-minus, which pdftotext joins words across again.
        let extracted = text.stdout.replacingOccurrences(of: "-\n", with: "")
        #expect(extracted.split(whereSeparator: \.isWhitespace) == (Self.paragraph + " " + office).split(separator: " "),
                "\(text.stdout)")
        // The scene itself, and so its JSON and SVG, keep the text as written.
        #expect(scene.jsonText().contains(jsonQuoted(Self.paragraph)))
        #expect(!scene.jsonText().unicodeScalars.contains("\u{AD}"))
    }

    @Test func measurerSettings() {
        let settings = TextSettings(language: "fr-CA", rightToLeft: false, hyphenate: false, keepTogether: ["Mark Carney"])
        #expect(PangoMeasurer(settings: settings).settings == settings)
        #expect(PangoMeasurer().settings == TextSettings())
    }
}
