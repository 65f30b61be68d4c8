// Groups beyond colour: marker shapes when a style has fewer colours than groups (always in print and
// high contrast), the same in the legend and on the axis; groups differing only in case are one.

import BriefKit
import BriefLayout
import BriefModel
import BriefRender
import BriefScene
import BriefTestSupport
import Testing

@Suite struct GroupEncodingTests {
    static func timeline(groups: [String]) -> Timeline {
        Timeline(id: "g", title: "Groups", events: groups.enumerated().map { i, g in
            TimelineEvent(date: BriefDate(parsing: "\(1950 + 8 * i)")!, label: "Event \(i)", group: g)
        })
    }

    /// Each legend entry's swatch as (kind, fill, path points), in legend order, with its name.
    static func legend(_ scene: Scene) -> [String] {
        scene.elements.compactMap { e -> String? in
            switch e {
            case .circle(let s) where s.role == "legend-marker": return "circle \(s.fill.map { "\($0)" } ?? "")"
            case .rect(let s) where s.role == "legend-marker": return "rect \(s.fill.map { "\($0)" } ?? "")"
            case .path(let p) where p.role == "legend-marker": return "path\(p.commands.count) \(p.fill.map { "\($0)" } ?? "")"
            default: return nil
            }
        }
    }

    static func scene(_ t: Timeline, style: String) throws -> LayoutResult {
        let s = try StyleCatalog.load(style).style
        return TimelineLayout(style: s, measurer: PangoMeasurer()).layout(t, size: Size(width: 960, height: 400))
    }

    @Test("every shipped style tells six groups apart in the legend, and the markers match it",
          arguments: ["default", "print", "high-contrast", "dark", "slides"])
    func sixGroupsAreDistinct(_ style: String) throws {
        let t = Self.timeline(groups: ["Europe", "Bilateral", "Culture", "Trade", "Security", "Crisis diplomacy"])
        let result = try Self.scene(t, style: style)
        let swatches = Self.legend(result.scene)
        #expect(swatches.count == 6)
        #expect(Set(swatches).count == 6, "\(style): \(swatches)")
        // Markers take their group's shape: as many of each kind on the axis as in the legend.
        let kinds = { (roles: Set<String>) in result.scene.elements.filter { roles.contains($0.role) }.map(\.kind).sorted() }
        #expect(kinds(["marker", "marker-highlight"]) == kinds(["legend-marker"]), "\(style)")
        #expect(result.scene.audit().filter { $0.kind != .elided }.isEmpty, "\(result.scene.audit())")
    }

    @Test("in print, six groups differ by shape alone, not only by a shade of grey")
    func printShapesAloneTellSixGroupsApart() throws {
        let t = Self.timeline(groups: ["Europe", "Bilateral", "Culture", "Trade", "Security", "Crisis diplomacy"])
        // The outline alone (kind and corner count): triangles up and down differ in where their apex points.
        let shapes = try Self.scene(t, style: "print").scene.elements.compactMap { e -> String? in
            guard e.role == "legend-marker" else { return nil }
            if case .path(let p) = e, case .move(let apex)? = p.commands.first {
                return "path\(p.commands.count) \(apex.y < e.bounds.midY ? "up" : "down")"
            }
            return "\(e.kind)"
        }
        #expect(shapes.count == 6 && Set(shapes).count == 6, "\(shapes)")
    }

    @Test("print and high contrast always use shapes; the default style only past its colours")
    func shapesWhenColourIsNotEnough() throws {
        let three = Self.timeline(groups: ["A", "B", "C"])
        #expect(try Self.legend(Self.scene(three, style: "default").scene).allSatisfy { $0.hasPrefix("circle") })
        for style in ["print", "high-contrast"] {
            let kinds = try Set(Self.legend(Self.scene(three, style: style).scene).map { $0.split(separator: " ")[0] })
            #expect(kinds.count == 3, "\(style): \(kinds)")
        }
        let palette = try StyleCatalog.load("default").style.colors.categorical.count
        let many = Self.timeline(groups: (0...palette).map { "Group \($0)" })
        let swatches = try Self.legend(Self.scene(many, style: "default").scene)
        #expect(Set(swatches).count == palette + 1, "\(swatches)")
        #expect(swatches.contains { !$0.hasPrefix("circle") })
    }

    @Test("groups that differ only in case or spaces are one group, with a notice")
    func caseVariantsMerge() throws {
        let t = Self.timeline(groups: ["trade", "Trade ", "Europe", "TRADE"])
        let result = try Self.scene(t, style: "default")
        #expect(result.scene.texts.filter { $0.role == "legend" }.map(\.text) == ["trade", "Europe"])
        #expect(result.notices.contains { $0.contains("\"trade\"") && $0.contains("differ only in case") }, "\(result.notices)")
        #expect(Self.legend(result.scene).count == 2)
    }
}
