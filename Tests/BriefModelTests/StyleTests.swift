// Style files: default.yaml equals Style.standard, `extends` fills missing keys, and every check fires.

import Foundation
import Testing
@testable import BriefModel
import BriefScene

@Suite struct StyleTests {
    /// Writes `files` (name → text) into a new folder and returns it.
    func folder(_ files: [String: String]) throws -> URL {
        let url = try Fixture.temporaryFolder()
        for (name, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
        return url
    }

    func styleErrors(_ text: String, file: String = "s.yaml") -> [String] {
        do {
            _ = try StyleLoader.decode(bytes: Array(text.utf8), file: file)
            return []
        } catch let error as BriefingLoadError {
            return error.errors.map(\.description)
        } catch {
            return ["unexpected: \(error)"]
        }
    }

    @Test func defaultYAMLEqualsTheBuiltInStandard() throws {
        let loaded = try StyleLoader.loadWithWarnings(path: Fixture.path("Styles/default.yaml"))
        #expect(loaded.warnings == [])
        #expect(loaded.style == Style.standard)
        #expect(loaded.style.sizes == Style.standard.sizes)
        #expect(loaded.style.colors.categorical.map(\.hex) == Style.standard.colors.categorical.map(\.hex))
    }

    @Test func anEmptyMappingIsTheStandardStyleWithTheFilesName() throws {
        let style = try StyleLoader.decode(bytes: Array("{}".utf8), file: "Styles/plain.yaml")
        var expected = Style.standard
        expected.name = "plain"
        #expect(style == expected)
    }

    @Test func extendsDefaultOverridesOnlyTheGivenKeys() throws {
        let text = """
        name: red
        extends: default
        sizes: {title: 20}
        colors:
          accent: "#800000CC"
          categorical: ["#000000", "#111111", "#222222"]
        """
        let style = try StyleLoader.decode(bytes: Array(text.utf8), file: "/nonexistent-folder/red.yaml")
        var expected = Style.standard
        expected.name = "red"
        expected.sizes.title = 20
        expected.colors.accent = Color(hex: "#800000CC")!
        expected.colors.categorical = ["#000000", "#111111", "#222222"].map { Color(hex: $0)! }
        #expect(style == expected)
    }

    @Test func extendsFindsAStyleInTheSameFolderAndChains() throws {
        let url = try folder([
            "base.yaml": "description: Base\nfontFamily: Serif\nsizes: {body: 10}\n",
            "middle.yaml": "extends: base\nlines: {axis: 2}\n",
            "top.yml": "extends: middle.yaml\nname: top\nspacing: {unit: 5}\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        let style = try StyleLoader.load(path: url.appendingPathComponent("top.yml").path)
        var expected = Style.standard
        expected.name = "top"
        expected.description = "Base"
        expected.fontFamily = "Serif"
        expected.sizes.body = 10
        expected.lines.axis = 2
        expected.spacing.unit = 5
        #expect(style == expected)
    }

    @Test func extendsDefaultPrefersADefaultFileInTheFolder() throws {
        let url = try folder(["default.yaml": "fontFamily: Folder Sans\n", "mine.yaml": "extends: default\n"])
        defer { try? FileManager.default.removeItem(at: url) }
        let style = try StyleLoader.load(path: url.appendingPathComponent("mine.yaml").path)
        #expect(style.fontFamily == "Folder Sans")
        #expect(style.name == "mine")
    }

    @Test func extendsProblems() throws {
        let url = try folder([
            "a.yaml": "extends: b\n",
            "b.yaml": "extends: a\n",
            "lost.yaml": "name: lost\nextends: nowhere\n",
            "broken.yaml": "sizes: {body: -1}\n",
            "child.yaml": "extends: broken\n",
        ])
        defer { try? FileManager.default.removeItem(at: url) }
        func errors(_ name: String) -> [String] {
            do {
                _ = try StyleLoader.load(path: url.appendingPathComponent(name).path)
                return []
            } catch let error as BriefingLoadError {
                return error.errors.map(\.description)
            } catch { return ["unexpected \(error)"] }
        }
        let a = url.appendingPathComponent("a.yaml").path, b = url.appendingPathComponent("b.yaml").path
        #expect(errors("a.yaml") == [
            "\(a):1:10: extends: the style 'b' it extends (\(b)) has errors",
            "\(b):1:10: extends: style 'a' extends itself in a loop (a → b → a)",
        ])
        #expect(errors("lost.yaml").count == 1)
        #expect(errors("lost.yaml").first?.hasPrefix("\(url.appendingPathComponent("lost.yaml").path):2:10: extends: "
                                                    + "no style 'nowhere' next to this file (looked for ") == true)
        let broken = url.appendingPathComponent("broken.yaml").path
        #expect(errors("child.yaml") == [
            "\(url.appendingPathComponent("child.yaml").path):1:10: extends: the style 'broken' it extends "
                + "(\(broken)) has errors",
            "\(broken):1:15: sizes.body: must be a size from 1 to 200 points (found -1)",
        ])
    }

    @Test func sizesMustBePositiveAndGrow() throws {
        #expect(styleErrors("sizes: {minimum: 0}\n") == [
            "s.yaml:1:18: sizes.minimum: must be a size from 1 to 200 points (found 0)",
        ])
        #expect(styleErrors("sizes:\n  small: 10\n") == [
            "s.yaml:2:10: sizes.small: sizes must grow minimum ≤ small ≤ body ≤ heading ≤ title, but small is 10 "
                + "and body is 9.5",
        ])
        #expect(styleErrors("sizes:\n  heading: 16\n") == [
            "s.yaml:2:12: sizes.heading: sizes must grow minimum ≤ small ≤ body ≤ heading ≤ title, but heading is 16 "
                + "and title is 15",
        ])
        #expect(styleErrors("sizes: {body: big}\n") == ["s.yaml:1:15: sizes.body: \"big\" is not a number"])
        #expect(styleErrors("sizes: {body: .nan}\n") == ["s.yaml:1:15: sizes.body: \".nan\" is not a number"])
        #expect(styleErrors("sizes: {title: 20, heading: 14, body: 10, small: 8, minimum: 8}\n") == [])
    }

    @Test func coloursMustBeHexWithOptionalAlpha() throws {
        #expect(styleErrors("colors:\n  text: \"#12345\"\n  band: \"#11223344\"\n  grid: blue\n") == [
            "s.yaml:2:9: colors.text: \"#12345\" is not a colour (expected #RRGGBB or #RRGGBBAA)",
            "s.yaml:4:9: colors.grid: \"blue\" is not a colour (expected #RRGGBB or #RRGGBBAA)",
        ])
        #expect(styleErrors("colors:\n  accent: #FF0000\n") == [
            "s.yaml:2:3: colors.accent: no colour given; write it in quotes, e.g. accent: \"#DA251D\" "
                + "(an unquoted # starts a YAML comment)",
        ])
    }

    @Test func atLeastThreeCategoricalColours() throws {
        #expect(styleErrors("colors:\n  categorical: [\"#000000\", \"#FFFFFF\"]\n") == [
            "s.yaml:2:16: colors.categorical: needs at least 3 colours (found 2)",
        ])
        #expect(styleErrors("colors:\n  categorical: [\"#000000\", \"#FFFFFF\", nope]\n") == [
            "s.yaml:2:39: colors.categorical[2]: \"nope\" is not a colour (expected #RRGGBB or #RRGGBBAA)",
        ])
        #expect(styleErrors("colors:\n  categorical:\n    - #000000\n    - \"#111111\"\n    - \"#222222\"\n") == [
            "s.yaml:3:6: colors.categorical[0]: no colour given; write colours in quotes, e.g. - \"#0072B2\" "
                + "(an unquoted # starts a YAML comment)",
        ])
    }

    @Test func linesSpacingAndMargins() throws {
        #expect(styleErrors("lines: {axis: 0}\nspacing: {marginFraction: 0.5, marker: -2}\n") == [
            "s.yaml:1:15: lines.axis: must be above 0 and at most 24 points (found 0)",
            "s.yaml:2:27: spacing.marginFraction: must be at least 0 and less than 0.5 (a fraction of the page's "
                + "short side; found 0.5)",
            "s.yaml:2:40: spacing.marker: must be above 0 and at most 72 points (found -2)",
        ])
    }

    @Test func unknownStyleKeysAreWarnings() throws {
        let loaded = try StyleLoader.decodeWithWarnings(bytes: Array("colours: {}\nsizes: {tittle: 3}\n".utf8),
                                                        file: "s.yaml")
        #expect(loaded.warnings.map(\.description) == [
            "s.yaml:1:1: warning: unknown field 'colours' (did you mean 'colors'?)",
            "s.yaml:2:9: warning: sizes: unknown field 'tittle' (did you mean 'title'?)",
        ])
        #expect(loaded.style == { var s = Style.standard; s.name = "s"; return s }())
    }

    @Test func styleFilesHaveTheSameRobustness() throws {
        #expect(styleErrors("") == ["s.yaml:1:1: file is empty: expected a mapping of style keys"])
        #expect(styleErrors("- a\n") == ["s.yaml:1:1: expected a mapping of style keys, found a list"])
        #expect(styleErrors("sizes: [1]\n") == ["s.yaml:1:8: sizes: expected a mapping of sizes, found a list"])
    }
}
