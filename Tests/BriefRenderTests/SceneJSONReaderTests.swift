// The scene JSON reader: round trips with the writer, reads hand-written fixtures, reports bad input by path.

import BriefRender
import BriefScene
import Testing

/// A hand-written scene in scene-format.md's shape, as a fixture for rendering without layout.
let fixtureJSON = #"""
{
  "format": "briefkit-scene/1",
  "width": 320, "height": 160, "unit": "pt",
  "background": "#FAFAF7",
  "metadata": {"title": "Fixture", "description": "A marker, a leader and a label.", "date": "2025-10-29"},
  "bookmarks": [{"title": "Timeline", "y": 40}],
  "elements": [
    {"kind": "rect", "role": "band", "box": [0, 60, 320, 30], "fill": "#E8EEF5"},
    {"kind": "line", "role": "axis", "points": [[10, 75], [310, 75]], "stroke": "#666666", "strokeWidth": 1},
    {"kind": "line", "role": "leader", "points": [[160, 75], [160, 40]], "stroke": "#666666", "strokeWidth": 0.75, "dash": [2, 2]},
    {"kind": "circle", "role": "marker", "box": [154, 69, 12, 12], "fill": "#D62728", "stroke": "#FFFFFF", "strokeWidth": 1.5},
    {"kind": "path", "role": "roof", "d": "M 10 150 L 60 120 C 80 110 100 110 110 150 Z", "fill": "#E69F0080"},
    {"kind": "text", "role": "label", "text": "Tô Lâm in London", "box": [80, 20, 160, 17], "elided": false,
     "font": {"family": "Noto Sans, DejaVu Sans", "size": 12, "weight": "bold"}, "color": "#1A1A1A",
     "align": "center", "origin": [80, 20], "wrapWidth": 160, "link": "https://www.gov.uk/"}
  ]
}
"""#

@Suite struct SceneJSONReaderTests {
    @Test func roundTripsTheWriter() throws {
        let scene = sampleScene()
        let json = scene.jsonText()
        let read = try Scene(jsonText: json)
        #expect(read.jsonText() == json)
        #expect(read.metadata == scene.metadata)
        #expect(read.bookmarks == scene.bookmarks)
        #expect(read.elements.count == scene.elements.count)
        #expect(read.elements.map(\.kind) == scene.elements.map(\.kind))
        #expect(read.texts.map(\.link) == scene.texts.map(\.link))
        #expect(try Scene(jsonText: Scene(width: 10, height: 10, background: nil).jsonText()).background == nil)
    }

    @Test func readsAHandWrittenFixture() throws {
        let scene = try Scene(jsonText: fixtureJSON)
        #expect(scene.width == 320 && scene.height == 160)
        #expect(scene.background == Color(hex: "#FAFAF7"))
        #expect(scene.bookmarks == [Bookmark(title: "Timeline", y: 40)])
        #expect(scene.elements.map(\.kind) == ["rect", "line", "line", "circle", "path", "text"])
        guard case .line(let leader) = scene.elements[2] else { Issue.record("not a line"); return }
        #expect(leader.stroke.dash == [2, 2] && leader.stroke.width == 0.75)
        guard case .path(let roof) = scene.elements[4] else { Issue.record("not a path"); return }
        #expect(roof.commands == [.move(Point(10, 150)), .line(Point(60, 120)),
                                  .curve(Point(80, 110), Point(100, 110), Point(110, 150)), .close])
        #expect(roof.fill?.alpha == Double(0x80) / 255)
        let label = try #require(scene.texts.first)
        #expect(label.font == FontSpec(family: "Noto Sans, DejaVu Sans", size: 12, weight: .bold))
        #expect(label.alignment == .center && label.wrapWidth == 160 && label.link == "https://www.gov.uk/")
    }

    @Test func fixtureRendersToEveryFormat() throws {
        let scene = try Scene(jsonText: fixtureJSON)
        let renderer = Renderer()
        let png = try DecodedPNG(renderer.render(scene, to: .png).bytes)
        #expect(png.pixel(160, 75) == (255, 0xD6, 0x27, 0x28), "marker centre")
        #expect(png.pixel(300, 10) == (255, 0xFA, 0xFA, 0xF7), "background")
        let pdf = try temporaryFile(renderer.render(scene, to: .pdf).bytes, name: "fixture.pdf")
        #expect(try run("qpdf", ["--check", pdf]).status == 0)
        #expect(try run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).stdout.contains("Tô Lâm in London"))
        #expect(try run("pdfinfo", ["-url", pdf]).stdout.contains("https://www.gov.uk/"))
        let svg = try temporaryFile(renderer.render(scene, to: .svg).bytes, name: "fixture.svg")
        #expect(try run("rsvg-convert", ["--format=png", "--output=\(svg).png", svg]).status == 0)
    }

    @Test func reportsWhereInputIsWrong() {
        func error(_ json: String) -> String {
            do { _ = try Scene(jsonText: json); return "no error" } catch { return "\(error)" }
        }
        #expect(error("{") .hasPrefix("scene JSON: not valid JSON"))
        #expect(error(#"{"width": 10}"#) == "scene JSON height: missing number")
        #expect(error(#"{"width": 10, "height": true}"#) == "scene JSON height: expected a number")
        #expect(error(#"{"width": 1, "height": 1, "elements": [{"kind": "image", "role": "logo"}]}"#)
                == "scene JSON elements[0].kind: unknown or unsupported kind \"image\"")
        #expect(error(#"{"width": 1, "height": 1, "elements": [{"kind": "rect", "box": [1, 2, 3]}]}"#)
                == "scene JSON elements[0].box: expected [x, y, width, height]")
        #expect(error(#"{"width": 1, "height": 1, "elements": [{"kind": "rect", "box": [0, 0, 1, 1], "fill": "red"}]}"#)
                == "scene JSON elements[0].fill: expected #RRGGBB or #RRGGBBAA, found \"red\"")
        #expect(error(#"{"width": 1, "height": 1, "elements": [{"kind": "path", "d": "M 0 0 Q 1 1 2 2"}]}"#)
                == "scene JSON elements[0].d: unsupported path command \"Q\"")
        #expect(error(#"{"format": "other/2", "width": 1, "height": 1}"#)
                == "scene JSON format: expected \"briefkit-scene/1\", found \"other/2\"")
    }
}
