// A timeline's `scale:` field: auto (the default) or linear; anything else is refused where it stands.

import BriefModel
import Testing

@Suite struct TimelineScaleFieldTests {
    static func load(_ scale: String?) throws -> Briefing {
        let line = scale.map { "    scale: \($0)\n" } ?? ""
        let text = "title: T\ntimelines:\n  - id: t\n\(line)    events:\n      - { date: 2020, label: A }\n"
        return try BriefingLoader.decode(bytes: Array(text.utf8), file: "t.yaml", json: false).briefing
    }

    @Test func scaleIsReadWithAutoAsTheDefault() throws {
        #expect(try Self.load(nil).timelines[0].scale == .auto)
        #expect(try Self.load("linear").timelines[0].scale == .linear)
        #expect(try Self.load("auto").timelines[0].scale == .auto)
    }

    @Test func anotherScaleIsRefusedWithItsLocation() {
        do {
            _ = try Self.load("log")
            Issue.record("accepted scale: log")
        } catch let error as BriefingLoadError {
            let lines = error.errors.map(\.description)
            #expect(lines.contains { $0.hasPrefix("t.yaml:4:12: timelines[0].scale:") && $0.contains("auto or linear") }, "\(lines)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct MarkerShapeStyleTests {
    static func decode(_ text: String) throws -> Style {
        try StyleLoader.decode(bytes: Array(text.utf8), file: "s.yaml")
    }

    @Test func shapesAreReadAndChecked() throws {
        let s = try Self.decode("name: s\nshapesAlways: true\nmarkerShapes: [diamond, circle]\n")
        #expect(s.shapesAlways && s.markerShapes == [.diamond, .circle])
        #expect(try Self.decode("name: s\n").markerShapes == MarkerShape.allCases, "the default keeps all six")
        for (text, message) in [("markerShapes: [star]\n", "s.yaml:2:16: markerShapes[0]: \"star\" is not a marker shape"),
                                ("markerShapes: []\n", "s.yaml:2:15: markerShapes: needs at least one shape")] {
            do {
                _ = try Self.decode("name: s\n" + text)
                Issue.record("accepted \(text)")
            } catch let error as BriefingLoadError {
                let lines = error.errors.map(\.description)
                #expect(lines.count == 1 && lines[0].hasPrefix(message), "\(lines)")
            }
        }
    }
}
