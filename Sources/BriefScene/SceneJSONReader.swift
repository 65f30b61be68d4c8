// Reads back the scene JSON that Scene.jsonText() writes, so renderers can be tested from hand-written fixtures.

import Foundation

/// Why a scene JSON text could not be read; `path` names the offending field, e.g. `elements[3].box`.
package struct SceneJSONError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The field, as `elements[3].box`; empty for the document as a whole.
    package var path: String
    /// What is wrong with it.
    package var message: String

    /// An error at `path`.
    package init(path: String, message: String) { self.path = path; self.message = message }

    /// `scene JSON <path>: <message>`.
    package var description: String { path.isEmpty ? "scene JSON: \(message)" : "scene JSON \(path): \(message)" }
}

extension Scene {
    /// Parses `briefkit-scene/1` JSON (scene-format.md) as written by ``jsonText()``.
    ///
    /// Numbers come back as written (the writer rounds to 2 decimals). Text needs `font`, `color` and
    /// `origin` to be drawable; a missing `origin` is taken as the top-left of `box`.
    package init(jsonText: String) throws {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: Data(jsonText.utf8))
        } catch {
            throw SceneJSONError(path: "", message: "not valid JSON (\(error))")
        }
        let r = try JSONObject(root, path: "")
        if let format = try r.optionalString("format"), format != "briefkit-scene/1" {
            throw SceneJSONError(path: "format", message: "expected \"briefkit-scene/1\", found \"\(format)\"")
        }
        if let unit = try r.optionalString("unit"), unit != "pt" {
            throw SceneJSONError(path: "unit", message: "expected \"pt\", found \"\(unit)\"")
        }
        let background: Color? = try r.isNull("background") ? nil : r.optionalColor("background") ?? .white
        var metadata = SceneMetadata()
        if let m = try r.optionalObject("metadata") {
            metadata = SceneMetadata(title: try m.optionalString("title") ?? "",
                                     subject: try m.optionalString("subject"),
                                     author: try m.optionalString("author"),
                                     keywords: try m.optionalArray("keywords")?.enumerated().map { i, v in
                                         try JSONObject.string(v, path: "metadata.keywords[\(i)]")
                                     } ?? [],
                                     description: try m.optionalString("description"),
                                     date: try m.optionalString("date"),
                                     language: try m.optionalString("language"),
                                     rightToLeft: try m.optionalBool("rightToLeft") ?? false,
                                     hyphenate: try m.optionalBool("hyphenate") ?? true,
                                     keepTogether: try m.optionalArray("keepTogether")?.enumerated().map { i, v in
                                         try JSONObject.string(v, path: "metadata.keepTogether[\(i)]")
                                     } ?? [])
        }
        let bookmarks = try (r.optionalArray("bookmarks") ?? []).enumerated().map { i, v in
            let b = try JSONObject(v, path: "bookmarks[\(i)]")
            return Bookmark(title: try b.string("title"), y: try b.number("y"))
        }
        let elements = try (r.optionalArray("elements") ?? []).enumerated().map { i, v in
            try Scene.element(JSONObject(v, path: "elements[\(i)]"))
        }
        self.init(width: try r.number("width"), height: try r.number("height"), background: background,
                  elements: elements, bookmarks: bookmarks, metadata: metadata)
    }

    private static func element(_ e: JSONObject) throws -> Element {
        let kind = try e.string("kind")
        let role = try e.optionalString("role") ?? ""
        switch kind {
        case "text":
            let box = try e.rect("box")
            let f = try e.object("font")
            let weightName = try f.optionalString("weight") ?? "regular"
            guard let weight = FontWeight(rawValue: weightName) else {
                throw SceneJSONError(path: f.path + ".weight", message: "unknown weight \"\(weightName)\"")
            }
            let font = FontSpec(family: try f.string("family"), size: try f.number("size"), weight: weight,
                                italic: try f.optionalBool("italic") ?? false)
            let alignName = try e.optionalString("align") ?? "left"
            guard let alignment = TextAlignment(rawValue: alignName) else {
                throw SceneJSONError(path: e.path + ".align", message: "unknown alignment \"\(alignName)\"")
            }
            let origin = try e.optionalPoint("origin") ?? Point(box.x, box.y)
            return .text(TextElement(role: role, text: try e.string("text"), font: font,
                                     color: try e.optionalColor("color") ?? .black, alignment: alignment,
                                     wrapWidth: try e.optionalNumber("wrapWidth"), origin: origin, box: box,
                                     elided: try e.optionalBool("elided") ?? false, link: try e.optionalString("link")))
        case "circle", "rect":
            let shape = ShapeElement(role: role, box: try e.rect("box"), fill: try e.optionalColor("fill"),
                                     stroke: try e.stroke(), cornerRadius: try e.optionalNumber("cornerRadius") ?? 0)
            return kind == "circle" ? .circle(shape) : .rect(shape)
        case "line":
            let points = try e.array("points").enumerated().map { i, v in
                try JSONObject.point(v, path: e.path + ".points[\(i)]")
            }
            guard let stroke = try e.stroke() else {
                throw SceneJSONError(path: e.path + ".stroke", message: "a line needs a stroke colour")
            }
            return .line(LineElement(role: role, points: points, stroke: stroke))
        case "path":
            let commands = try SVGPathParser.parse(try e.string("d"), path: e.path + ".d")
            return .path(PathElement(role: role, commands: commands, fill: try e.optionalColor("fill"),
                                     stroke: try e.stroke()))
        default:
            throw SceneJSONError(path: e.path + ".kind", message: "unknown or unsupported kind \"\(kind)\"")
        }
    }
}

/// Any JSON value, decoded without Foundation's type bridging (so `true` never reads as 1).
private enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }
}

/// A JSON object with typed, path-reporting accessors.
private struct JSONObject {
    let fields: [String: JSONValue]
    let path: String

    init(_ value: JSONValue, path: String) throws {
        guard case .object(let fields) = value else {
            throw SceneJSONError(path: path, message: "expected an object")
        }
        self.fields = fields; self.path = path
    }

    private func at(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    private func value(_ key: String) -> JSONValue? {
        guard let v = fields[key] else { return nil }
        if case .null = v { return nil }
        return v
    }

    func isNull(_ key: String) -> Bool {
        if case .null = fields[key] { return true }
        return false
    }

    static func number(_ v: JSONValue, path: String) throws -> Double {
        guard case .number(let d) = v, d.isFinite else {
            throw SceneJSONError(path: path, message: "expected a number")
        }
        return d
    }

    static func string(_ v: JSONValue, path: String) throws -> String {
        guard case .string(let s) = v else { throw SceneJSONError(path: path, message: "expected a string") }
        return s
    }

    static func point(_ v: JSONValue, path: String) throws -> Point {
        guard case .array(let a) = v, a.count == 2 else {
            throw SceneJSONError(path: path, message: "expected [x, y]")
        }
        return Point(try number(a[0], path: path + "[0]"), try number(a[1], path: path + "[1]"))
    }

    func number(_ key: String) throws -> Double {
        guard let v = value(key) else { throw SceneJSONError(path: at(key), message: "missing number") }
        return try JSONObject.number(v, path: at(key))
    }

    func optionalNumber(_ key: String) throws -> Double? {
        try value(key).map { try JSONObject.number($0, path: at(key)) }
    }

    func string(_ key: String) throws -> String {
        guard let v = value(key) else { throw SceneJSONError(path: at(key), message: "missing string") }
        return try JSONObject.string(v, path: at(key))
    }

    func optionalString(_ key: String) throws -> String? {
        try value(key).map { try JSONObject.string($0, path: at(key)) }
    }

    func optionalBool(_ key: String) throws -> Bool? {
        guard let v = value(key) else { return nil }
        guard case .bool(let b) = v else { throw SceneJSONError(path: at(key), message: "expected true or false") }
        return b
    }

    func array(_ key: String) throws -> [JSONValue] {
        guard let v = try optionalArray(key) else { throw SceneJSONError(path: at(key), message: "missing array") }
        return v
    }

    func optionalArray(_ key: String) throws -> [JSONValue]? {
        guard let v = value(key) else { return nil }
        guard case .array(let a) = v else { throw SceneJSONError(path: at(key), message: "expected an array") }
        return a
    }

    func object(_ key: String) throws -> JSONObject {
        guard let v = value(key) else { throw SceneJSONError(path: at(key), message: "missing object") }
        return try JSONObject(v, path: at(key))
    }

    func optionalObject(_ key: String) throws -> JSONObject? {
        try value(key).map { try JSONObject($0, path: at(key)) }
    }

    func optionalPoint(_ key: String) throws -> Point? {
        try value(key).map { try JSONObject.point($0, path: at(key)) }
    }

    func rect(_ key: String) throws -> Rect {
        guard let v = value(key) else { throw SceneJSONError(path: at(key), message: "missing [x, y, width, height]") }
        guard case .array(let a) = v, a.count == 4 else {
            throw SceneJSONError(path: at(key), message: "expected [x, y, width, height]")
        }
        let n = try a.enumerated().map { i, x in try JSONObject.number(x, path: at(key) + "[\(i)]") }
        return Rect(x: n[0], y: n[1], width: n[2], height: n[3])
    }

    func optionalColor(_ key: String) throws -> Color? {
        guard let s = try optionalString(key) else { return nil }
        guard let c = Color(hex: s) else {
            throw SceneJSONError(path: at(key), message: "expected #RRGGBB or #RRGGBBAA, found \"\(s)\"")
        }
        return c
    }

    /// `stroke` (colour), `strokeWidth` (default 1) and `dash`; nil without a stroke colour.
    func stroke() throws -> Stroke? {
        guard let color = try optionalColor("stroke") else { return nil }
        let dash = try (optionalArray("dash") ?? []).enumerated().map { i, v in
            try JSONObject.number(v, path: at("dash") + "[\(i)]")
        }
        return Stroke(color: color, width: try optionalNumber("strokeWidth") ?? 1, dash: dash)
    }
}

/// Parses the path data that ``svgPathData(_:)`` writes: absolute `M`, `L`, `C` and `Z` commands.
enum SVGPathParser {
    static func parse(_ d: String, path: String) throws -> [PathCommand] {
        var tokens = d.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" })[...]
        var commands: [PathCommand] = []
        func point() throws -> Point {
            guard let xs = tokens.popFirst(), let ys = tokens.popFirst(), let x = Double(xs), let y = Double(ys),
                  x.isFinite, y.isFinite else {
                throw SceneJSONError(path: path, message: "expected two numbers in path data")
            }
            return Point(x, y)
        }
        while let token = tokens.popFirst() {
            switch token {
            case "M": commands.append(.move(try point()))
            case "L": commands.append(.line(try point()))
            case "C": commands.append(.curve(try point(), try point(), try point()))
            case "Z", "z": commands.append(.close)
            default: throw SceneJSONError(path: path, message: "unsupported path command \"\(token)\"")
            }
        }
        return commands
    }
}
