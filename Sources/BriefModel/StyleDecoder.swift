// Walks a style file's node tree over a base style: every key is optional and overrides the base.

import BriefScene
import Yams

/// Key names of a style file, as Styles/README.md documents them.
enum StyleFields {
    static let root = ["name", "description", "extends", "fontFamily", "grayscale", "hyphenate", "markerShapes", "shapesAlways",
                       "sizes", "colors", "lines", "spacing"]
    static let sizes = ["title", "heading", "body", "small", "minimum"]
    static let colors = ["background", "text", "muted", "axis", "grid", "accent", "primary", "onPrimary", "band",
                         "categorical"]
    static let lines = ["axis", "leader", "tick", "border"]
    static let spacing = ["unit", "marginFraction", "marker"]
}

/// The ranges a style's numbers must fall in: every size a layout may be asked to set text at, and lines and
/// spacing that leave a diagram room to draw (a 1e308-point title once kept `pillars` searching for ever).
enum StyleBounds {
    /// Type sizes, in points.
    static let size: ClosedRange<Double> = 1...200
    /// Line widths, in points (only the upper bound; any positive width is allowed).
    static let line: ClosedRange<Double> = 0...24
    /// The spacing unit and the marker's size, in points (only the upper bound).
    static let spacing: ClosedRange<Double> = 0...72
}

/// Applies one style file's keys to a base style, then checks the result.
struct StyleDecoder {
    let reader: NodeReader

    /// Where each key set by this file was written, by path (`sizes.body`), for the cross-checks.
    private final class Marks {
        var byPath: [String: Mark] = [:]
    }
    private let marks = Marks()

    /// The `extends` value of a style file's root mapping, read without reporting anything.
    static func extendsName(_ root: Node) -> (name: String, mark: Mark?)? {
        guard case .mapping(let mapping) = root, let node = mapping["extends"],
              case .scalar(let scalar) = node, !scalar.string.isEmpty else { return nil }
        return (scalar.string, scalar.mark)
    }

    /// `base` with this file's keys applied; nil after errors.
    func decode(_ root: Node, over base: Style, defaultName: String) throws -> Style? {
        guard let top = try reader.fields(root, "", known: StyleFields.root, what: "a mapping of style keys") else {
            return nil
        }
        var style = base
        style.name = try reader.optionalText(top, "name") ?? defaultName
        style.description = try reader.optionalText(top, "description", as: .note) ?? base.description
        _ = try reader.optionalText(top, "extends")
        if let family = try reader.optionalText(top, "fontFamily") { style.fontFamily = family }
        if let grayscale = try reader.bool(top, "grayscale") { style.grayscale = grayscale }
        if let hyphenate = try reader.bool(top, "hyphenate") { style.hyphenate = hyphenate }
        if let always = try reader.bool(top, "shapesAlways") { style.shapesAlways = always }
        if let node = top["markerShapes"], !reader.isNull(node), let shapes = try reader.list(top, "markerShapes") {
            var read: [MarkerShape] = []
            for item in shapes {
                guard let text = try reader.text(item.node, item.path) else { continue }
                if let shape = MarkerShape(rawValue: text) { read.append(shape) } else {
                    let names = MarkerShape.allCases.map(\.rawValue).joined(separator: ", ")
                    try reader.error(item.node.mark, item.path, "\(MessageText.quoted(text)) is not a marker shape (\(names))")
                }
            }
            // A wrong item has said why; a list with none gets its own message.
            if shapes.isEmpty { try reader.error(node.mark, "markerShapes", "needs at least one shape") }
            if !read.isEmpty { style.markerShapes = read }
        }
        if let sizes = try group(top, "sizes", StyleFields.sizes) {
            try set(&style.sizes.title, sizes, "title")
            try set(&style.sizes.heading, sizes, "heading")
            try set(&style.sizes.body, sizes, "body")
            try set(&style.sizes.small, sizes, "small")
            try set(&style.sizes.minimum, sizes, "minimum")
        }
        if let colors = try group(top, "colors", StyleFields.colors) {
            try set(&style.colors.background, colors, "background")
            try set(&style.colors.text, colors, "text")
            try set(&style.colors.muted, colors, "muted")
            try set(&style.colors.axis, colors, "axis")
            try set(&style.colors.grid, colors, "grid")
            try set(&style.colors.accent, colors, "accent")
            try set(&style.colors.primary, colors, "primary")
            try set(&style.colors.onPrimary, colors, "onPrimary")
            try set(&style.colors.band, colors, "band")
            try categorical(&style.colors.categorical, colors)
        }
        if let lines = try group(top, "lines", StyleFields.lines) {
            try set(&style.lines.axis, lines, "axis")
            try set(&style.lines.leader, lines, "leader")
            try set(&style.lines.tick, lines, "tick")
            try set(&style.lines.border, lines, "border")
        }
        if let spacing = try group(top, "spacing", StyleFields.spacing) {
            try set(&style.spacing.unit, spacing, "unit")
            try set(&style.spacing.marginFraction, spacing, "marginFraction")
            try set(&style.spacing.marker, spacing, "marker")
        }
        guard reader.errors.isEmpty else { return nil }
        try check(style, fallback: top.mark)
        if reader.errors.isEmpty {
            // Legibility is judged on the finished palette, so only once everything else holds.
            for problem in StyleContrast.problems(style) { try reader.error(top.mark, "colors", problem) }
        }
        return style
    }

    // MARK: Reading keys

    private func group(_ top: Fields, _ key: String, _ known: [String]) throws -> Fields? {
        guard let node = top[key], !reader.isNull(node) else { return nil }
        return try reader.fields(node, top.path(key), known: known, what: "a mapping of \(key)")
    }

    private func set(_ value: inout Double, _ fields: Fields, _ key: String) throws {
        guard let number = try reader.number(fields, key) else { return }
        value = number
        if let mark = fields[key]?.mark { marks.byPath[fields.path(key)] = mark }
    }

    private func set(_ value: inout Color, _ fields: Fields, _ key: String) throws {
        if let color = try reader.color(fields, key, alpha: true) { value = color }
    }

    private func categorical(_ value: inout [Color], _ fields: Fields) throws {
        guard let node = fields["categorical"], !reader.isNull(node),
              let items = try reader.list(fields, "categorical") else { return }
        var colors: [Color] = []
        var bad = false
        for item in items {
            guard let text = try reader.text(item.node, item.path) else {
                bad = true
                if reader.isNull(item.node) {
                    try reader.error(item.node.mark, item.path, "no colour given; write colours in quotes, "
                                        + "e.g. - \"#0072B2\" (an unquoted # starts a YAML comment)")
                }
                continue
            }
            let lengthOK = text.utf8.count == 7 || text.utf8.count == 9
            guard lengthOK, let color = Color(hex: text) else {
                bad = true
                try reader.error(item.node.mark, item.path, "\"\(text)\" is not a colour (expected #RRGGBB or #RRGGBBAA)")
                continue
            }
            colors.append(color)
        }
        if colors.count < 3, !bad {
            try reader.error(node.mark, fields.path("categorical"),
                             "needs at least 3 colours (found \(colors.count))")
        }
        value = colors
    }

    // MARK: Checks on the merged style

    private func check(_ style: Style, fallback: Mark?) throws {
        func mark(_ path: String) -> Mark? { marks.byPath[path] ?? fallback }
        let sizes: [(String, Double)] = [("minimum", style.sizes.minimum), ("small", style.sizes.small),
                                          ("body", style.sizes.body), ("heading", style.sizes.heading),
                                          ("title", style.sizes.title)]
        for (key, value) in sizes where !StyleBounds.size.contains(value) {
            try reader.error(mark("sizes.\(key)"), "sizes.\(key)", "must be a size from \(format(StyleBounds.size.lowerBound)) "
                                + "to \(format(StyleBounds.size.upperBound)) points (found \(format(value)))")
        }
        for (lower, upper) in zip(sizes, sizes.dropFirst()) where lower.1 > 0 && upper.1 > 0 && lower.1 > upper.1 {
            // Point at whichever of the two this file set (the later one when both).
            let path = marks.byPath["sizes.\(upper.0)"] != nil ? "sizes.\(upper.0)" : "sizes.\(lower.0)"
            try reader.error(mark(path), path, "sizes must grow minimum ≤ small ≤ body ≤ heading ≤ title, but "
                                + "\(lower.0) is \(format(lower.1)) and \(upper.0) is \(format(upper.1))")
        }
        let lengths: [(String, Double, ClosedRange<Double>)] = [
            ("lines.axis", style.lines.axis, StyleBounds.line), ("lines.leader", style.lines.leader, StyleBounds.line),
            ("lines.tick", style.lines.tick, StyleBounds.line), ("lines.border", style.lines.border, StyleBounds.line),
            ("spacing.unit", style.spacing.unit, StyleBounds.spacing),
            ("spacing.marker", style.spacing.marker, StyleBounds.spacing)]
        for (path, value, bounds) in lengths where value <= 0 || value > bounds.upperBound {
            try reader.error(mark(path), path, "must be above 0 and at most \(format(bounds.upperBound)) points "
                                + "(found \(format(value)))")
        }
        let margin = style.spacing.marginFraction
        if !(margin >= 0 && margin < 0.5) {
            try reader.error(mark("spacing.marginFraction"), "spacing.marginFraction",
                             "must be at least 0 and less than 0.5 (a fraction of the page's short side; found "
                                + "\(format(margin)))")
        }
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
