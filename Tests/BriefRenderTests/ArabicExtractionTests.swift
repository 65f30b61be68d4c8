// Arabic copied out of a PDF: poppler's pdftotext and pdfminer.six give back the logical text, within their known faults.

import BriefRender
import BriefScene
import Foundation
import Testing

/// What was measured (see Tests/Fixtures/rtl-extraction/README.md): Cairo writes the glyphs of a right-to-left run
/// in logical order, every contextual form mapped to its plain letter; a ligature the font's cmap also reaches
/// (lam-alef, U+FEFB) is mapped to that presentation form in the ToUnicode CMap, and the exact letters "لا" are in an
/// /ActualText span around it. pdftotext (poppler 22.12) reads the span but lays its two letters out left to right
/// inside the glyph, then reverses the right-to-left line: "لا" comes out "ال". pdfminer ignores /ActualText and gives
/// U+FEFB, which NFKC turns back into "لا"; it has no bidi algorithm, so a mixed line comes out in visual order.
@Suite struct ArabicExtractionTests {
    static let arabic = "الشراكة الاستراتيجية الشاملة بين فيتنام والمملكة المتحدة"
    static let mixed = "زيارة Tô Lâm إلى لندن 2025"

    /// The scene: both lines as text elements of an Arabic, right-to-left page.
    static func pdf() throws -> String {
        let measurer = PangoMeasurer()
        var scene = Scene(width: 500, height: 160, metadata: SceneMetadata(title: "Arabic", date: "2025-10-29T12:00:00Z",
                                                                           language: "ar", rightToLeft: true))
        for (i, text) in [arabic, mixed].enumerated() {
            scene.append(.text(TextElement(role: "line", text: text, font: sans.sized(16), color: .black,
                                           topLeft: Point(20, 20 + 60 * Double(i)),
                                           metrics: measurer.measure(text, font: sans.sized(16)))))
        }
        return try temporaryFile(Renderer().render(scene, to: .pdf).bytes, name: "arabic.pdf")
    }

    /// Extracted text made comparable: NFKC (presentation forms back to letters: what Cairo's ToUnicode writes for
    /// a ligature the font's cmap knows), no bidi controls (poppler wraps runs in RLE/LRE … PDF), single spaces.
    static func comparable(_ s: String) -> String {
        let controls: Set<Unicode.Scalar> = ["\u{200E}", "\u{200F}", "\u{061C}", "\u{202A}", "\u{202B}", "\u{202C}",
                                             "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
        let kept = String(String.UnicodeScalarView(s.precomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { !controls.contains($0) }))
        return kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `logical` as poppler 22.12 gives it back: every lam-alef pair (one ligature glyph in Arabic fonts) reversed.
    static func popplerReversingLigatures(_ logical: String) -> String {
        logical.replacingOccurrences(of: "لا", with: "ال")
    }

    @Test func pdftotextGivesTheLogicalText() throws {
        let result = try run("pdftotext", ["-enc", "UTF-8", try Self.pdf(), "-"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map { Self.comparable(String($0)) }.filter { !$0.isEmpty }
        try #require(lines.count == 2, "\(lines)")
        // Letter for letter and in order; the only difference allowed is poppler's own ligature reversal.
        let arabic = lines[0]
        #expect(arabic == Self.arabic || arabic == Self.popplerReversingLigatures(Self.arabic),
                "pdftotext: \(arabic.debugDescription)")
        // poppler moves the space between "Lâm" and "إلى" to the other side of the Latin run: compare without spaces.
        #expect(lines[1].filter { !$0.isWhitespace } == Self.mixed.filter { !$0.isWhitespace },
                "pdftotext: \(lines[1].debugDescription)")
    }

    static let hasPdfminer = (try? run("python3", ["-c", "import pdfminer"]).status) == 0

    @Test(.enabled(if: hasPdfminer, "pdfminer.six is not installed (pip install pdfminer.six)"))
    func pdfminerGivesTheLettersInLogicalOrder() throws {
        let result = try run("python3", ["-c", "import sys; from pdfminer.high_level import extract_text; "
                                            + "print(extract_text(sys.argv[1]))", try Self.pdf()])
        #expect(result.status == 0, "\(result.stderr)")
        let text = Self.comparable(result.stdout)
        #expect(text.contains(Self.arabic), "pdfminer: \(text.debugDescription)")
        // No bidi in pdfminer: the mixed line's direction runs come out left to right as drawn; each word is whole.
        for word in Self.mixed.split(separator: " ") {
            #expect(text.split(separator: " ").contains(word), "\(word) in pdfminer's \(text.debugDescription)")
        }
    }

    /// The fixture keeps showing what it documents: the PDF is right (pdfminer reads "سلام" through NFKC) and
    /// pdftotext gives "سلام", or "سالم" while poppler still reverses the ligature.
    @Test func fixtureShowsThePopplerLigatureReversal() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rtl-extraction/salam.pdf").path
        let text = try run("pdftotext", ["-enc", "UTF-8", fixture, "-"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(["سلام", "سالم"].contains(Self.comparable(text.stdout)), "\(text.stdout.debugDescription)")
        if Self.hasPdfminer {
            let miner = try run("python3", ["-c", "import sys; from pdfminer.high_level import extract_text; "
                                                + "print(extract_text(sys.argv[1]))", fixture])
            #expect(Self.comparable(miner.stdout) == "سلام", "\(miner.stdout.debugDescription)")
        }
    }
}
