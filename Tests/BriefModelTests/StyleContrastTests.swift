// Legibility on load: every shipped style passes, a low-contrast style is refused by name and ratio, grayscale steps.

import Foundation
import Testing
@testable import BriefModel
import BriefScene

@Suite struct StyleContrastTests {
    func errors(_ text: String, file: String = "Styles/bad.yaml") -> [String] {
        do {
            _ = try StyleLoader.decode(bytes: Array(text.utf8), file: file)
            return []
        } catch let error as BriefingLoadError {
            return error.errors.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test(arguments: ["default", "dark", "print", "high-contrast", "slides"])
    func everyShippedStyleLoads(_ name: String) throws {
        let loaded = try StyleLoader.loadWithWarnings(path: Fixture.path("Styles/\(name).yaml"))
        #expect(loaded.warnings == [])
        #expect(loaded.style.name == name)
        #expect(StyleContrast.problems(loaded.style) == [])
    }

    @Test func theShippedFolderHoldsTheFiveStyles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixture.path("Styles"))
        for name in ["default", "dark", "print", "high-contrast", "slides"] { #expect(files.contains(name + ".yaml")) }
    }

    @Test func printIsGrayscaleAndSlidesHasLargeType() throws {
        let print = try StyleLoader.load(path: Fixture.path("Styles/print.yaml"))
        #expect(print.grayscale)
        let slides = try StyleLoader.load(path: Fixture.path("Styles/slides.yaml"))
        #expect(slides.sizes.body >= 2 * Style.standard.sizes.body)
    }

    @Test func lowContrastMutedTextIsRefusedWithThePairAndTheRatio() {
        #expect(errors("colors: {muted: \"#AAAAAA\"}") == [
            "Styles/bad.yaml:1:1: colors: muted #AAAAAA on background #FFFFFF has contrast 2.32:1; body text needs 4.5:1",
            "Styles/bad.yaml:1:1: colors: muted #AAAAAA on band #EEF2F7 has contrast 2.06:1; body text needs 4.5:1"])
    }

    @Test func everyTextPairIsChecked() {
        let text = """
        colors:
          primary: "#7F7F7F"
          accent: "#FF8080"
        """
        let found = errors(text)
        #expect(found.count == 4, "\(found)")
        #expect(found.contains { $0.contains("accent #FF8080 on background #FFFFFF") })
        #expect(found.contains { $0.contains("onPrimary #FFFFFF on primary #7F7F7F") })
        #expect(found.contains { $0.contains("primary #7F7F7F on background #FFFFFF") })
        #expect(found.contains { $0.contains("primary #7F7F7F on band #EEF2F7") })
        #expect(errors("colors: {band: \"#9AA0A6\"}").first?.contains("muted #5F6368 on band #9AA0A6") == true)
    }

    @Test func translucentTextIsJudgedAsDrawn() {
        // Black at 20% on white is a pale grey.
        #expect(errors("colors: {text: \"#00000033\"}").first?.contains("text #00000033 on background") == true)
        #expect(errors("colors: {text: \"#000000CC\"}") == [])
    }

    @Test func largeMinimumTypeNeedsOnly3To1() {
        let sizes = "sizes: {minimum: 18, small: 18, body: 20, heading: 24, title: 30}\n"
        // #858585 is about 3.7:1 on white and 3.3:1 on the band: enough for large text, not for body text.
        #expect(errors(sizes + "colors: {muted: \"#858585\"}") == [])
        #expect(errors("colors: {muted: \"#858585\"}").first?.hasSuffix("body text needs 4.5:1") == true)
        #expect(errors(sizes + "colors: {muted: \"#AAAAAA\"}").first
                == "Styles/bad.yaml:1:1: colors: muted #AAAAAA on background #FFFFFF has contrast 2.32:1; large text needs 3:1")
    }

    @Test func grayscaleStylesNeedLuminanceStepsBetweenNeighbouringGroups() {
        let close = "colors: {categorical: [\"#000000\", \"#0072B2\", \"#D55E00\"]}\n"
        #expect(errors(close) == [])  // not a grayscale style: no rule
        let found = errors("grayscale: true\n" + close)
        #expect(found == ["Styles/bad.yaml:1:1: colors: categorical colours 2 (#0072B2) and 3 (#D55E00) differ in "
                          + "luminance by 0.06; a grayscale style needs at least 0.10 between consecutive group colours"])
        #expect(errors("grayscale: true\ncolors: {categorical: [\"#000000\", \"#5C5C5C\", \"#8E8E8E\"]}") == [])
    }

    @Test func grayscaleMustBeABoolean() {
        #expect(errors("grayscale: sometimes").first?.contains("grayscale: expected true or false") == true)
    }
}
