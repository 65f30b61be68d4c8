// PangoMeasurer: real Pango measurement behaves as layout expects.

import BriefRender
import BriefScene
import Testing

@Suite struct PangoMeasurerTests {
    let measurer = PangoMeasurer()

    @Test func widthGrowsWithText() {
        let short = measurer.measure("China", font: sans)
        let long = measurer.measure("China and the United Kingdom", font: sans)
        #expect(short.width > 10)
        #expect(long.width > short.width * 3)
        #expect(short.lineCount == 1)
        #expect(abs(short.height - long.height) < 0.01)
        #expect(short.baseline > 0 && short.baseline < short.height)
    }

    @Test func sizeScalesWidth() {
        let small = measurer.measure("Partnership", font: sans)
        let big = measurer.measure("Partnership", font: sans.sized(24))
        // Unhinted metrics: twice the size is twice the width (to rounding in Pango units).
        #expect(abs(big.width - 2 * small.width) < 0.05)
    }

    @Test func boldIsWider() {
        #expect(measurer.measure("Partnership", font: sans.weighted(.bold)).width
                > measurer.measure("Partnership", font: sans).width)
    }

    @Test func wrappingGivesMoreLines() {
        let text = "The two governments announced that relations would be raised to a Comprehensive Strategic Partnership."
        let one = measurer.measure(text, font: sans)
        let wrapped = measurer.measure(text, font: sans, wrapWidth: 150)
        #expect(one.lineCount == 1)
        #expect(wrapped.lineCount >= 4)
        #expect(wrapped.width <= 150.01)
        #expect(abs(wrapped.height - Double(wrapped.lineCount) * one.height) < 0.5)
    }

    @Test func longWordBreaksBetweenCharacters() {
        let m = measurer.measure("Supercalifragilisticexpialidocious", font: sans, wrapWidth: 60)
        #expect(m.lineCount >= 3)
        #expect(m.width <= 60.01)
    }

    @Test func newlinesMakeLines() {
        #expect(measurer.measure("China\nMay 2008", font: sans).lineCount == 2)
    }

    @Test func vietnameseMeasuresWithRealGlyphs() {
        let text = "Việt Nam, Tô Lâm, Hà Nội"
        let m = measurer.measure(text, font: sans)
        #expect(m.width > measurer.measure("Viet Nam", font: sans).width)
        #expect(measurer.unknownGlyphCount(text, font: sans) == 0)
        // Stacked diacritics (ệ) are taller than plain letters but stay on one line.
        #expect(m.lineCount == 1)
    }

    @Test func centredWrappedTextHasXOffset() {
        let centred = measurer.measure("Tô Lâm", font: sans, wrapWidth: 200, alignment: .center)
        let left = measurer.measure("Tô Lâm", font: sans, wrapWidth: 200, alignment: .left)
        let right = measurer.measure("Tô Lâm", font: sans, wrapWidth: 200, alignment: .right)
        #expect(left.logical.x == 0)
        #expect(abs(centred.logical.x - (200 - centred.width) / 2) < 0.05)
        #expect(abs(right.logical.x - (200 - right.width)) < 0.05)
    }

    @Test func unknownGlyphsAreCounted() {
        // Supplementary private-use characters: no font covers them (LibreOffice's OpenSymbol covers the BMP ones).
        #expect(measurer.unknownGlyphCount("\u{F0000}\u{F0001}\u{10FFFD}", font: sans) == 3)
        #expect(measurer.unknownGlyphCount("plain", font: sans) == 0)
        // Linear B has a font here (fonts-noto-core): fallback, not an unknown glyph.
        #expect(measurer.unknownGlyphCount("\u{10000}\u{10001}", font: sans) == 0)
    }

    @Test func resolvedFamily() {
        #expect(measurer.resolvedFamily(for: FontSpec(family: "Noto Sans", size: 10)) == "Noto Sans")
        #expect(measurer.resolvedFamily(for: FontSpec(family: "DejaVu Sans", size: 10)) == "DejaVu Sans")
        let missing = measurer.resolvedFamily(for: FontSpec(family: "No Such Family 123", size: 10))
        #expect(missing != nil && missing != "No Such Family 123")
    }

    @Test func cachedAnswersEqualFreshOnes() {
        let a = measurer.measure("Malaysia", font: sans, wrapWidth: 80, alignment: .center)
        _ = measurer.measure("Something else entirely", font: sans.sized(9))
        let b = measurer.measure("Malaysia", font: sans, wrapWidth: 80, alignment: .center)
        #expect(a == b)
        #expect(PangoMeasurer().measure("Malaysia", font: sans, wrapWidth: 80, alignment: .center) == a)
    }
}

@Suite struct PangoMeasurerEdgeTests {
    @Test func oddWidthsAndSizesDoNotCrash() {
        let m = PangoMeasurer()
        #expect(m.measure("a b c", font: sans, wrapWidth: .nan).lineCount == 1)
        #expect(m.measure("a b c", font: sans, wrapWidth: .infinity).lineCount == 1)
        #expect(m.measure("a b c", font: sans, wrapWidth: 1e300).lineCount == 1)
        #expect(m.measure("a b c", font: sans, wrapWidth: -5).lineCount >= 3)
        #expect(m.measure("", font: sans).width == 0)
        #expect(m.measure("x", font: sans.sized(.nan)).lineCount == 1)
        #expect(m.measure("x", font: sans.sized(-3)).lineCount == 1)
    }
}

/// One-line text is measured at a reference size and scaled; the wrapped path measures at the real
/// size, so a very wide wrap width gives the exact answer to compare with.
@Test(arguments: [7.0, 8.0, 9.5, 12.0, 15.0, 31.0])
func scaledOneLineMeasurementMatchesTheRealSize(size: Double) {
    let measurer = PangoMeasurer()
    for text in ["United Kingdom", "Việt Nam – Tô Lâm", "September 2023", "ประเทศไทย Thailand", "E1234"] {
        for weight in [FontWeight.regular, .bold] {
            let font = FontSpec(family: "Noto Sans, DejaVu Sans", size: size, weight: weight)
            let scaled = measurer.measure(text, font: font)
            let exact = measurer.measure(text, font: font, wrapWidth: 100_000)
            #expect(exact.lineCount == 1)
            #expect(abs(scaled.width - exact.width) < 0.05, "\(text) at \(size): \(scaled.width) vs \(exact.width)")
            #expect(abs(scaled.height - exact.height) < 0.05, "\(text) at \(size): \(scaled.height) vs \(exact.height)")
        }
    }
}
