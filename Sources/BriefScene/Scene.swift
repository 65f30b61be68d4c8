// The scene: every element of a diagram or page with its final geometry, in paint order.

/// A line's paint: colour, width and optional dash pattern.
package struct Stroke: Sendable, Hashable {
    package var color: Color
    package var width: Double
    package var dash: [Double]

    package init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color; self.width = width; self.dash = dash
    }
}

/// A piece of text laid out by the layout module: what to draw, where, and how it was measured.
package struct TextElement: Sendable, Hashable {
    package var role: String
    /// The exact string drawn (already cut by layout when it had to be elided).
    package var text: String
    package var font: FontSpec
    package var color: Color
    package var alignment: TextAlignment
    /// The width lines were broken to; nil for one line.
    package var wrapWidth: Double?
    /// Where the text engine's layout origin goes on the canvas.
    package var origin: Point
    /// The logical extent on the canvas (scene-format.md `box`).
    package var box: Rect
    /// True when layout had to cut the text to make it fit.
    package var elided: Bool
    /// A URI the text links to (PDF link annotation), if any.
    package var link: String?

    package init(role: String, text: String, font: FontSpec, color: Color, alignment: TextAlignment = .left,
                wrapWidth: Double? = nil, origin: Point, box: Rect, elided: Bool = false, link: String? = nil) {
        self.role = role; self.text = text; self.font = font; self.color = color; self.alignment = alignment
        self.wrapWidth = wrapWidth; self.origin = origin; self.box = box; self.elided = elided; self.link = link
    }

    /// Lays out `text` with `measurer` so that its logical box's top-left lands at `topLeft`.
    package init(role: String, text: String, font: FontSpec, color: Color, alignment: TextAlignment = .left,
                wrapWidth: Double? = nil, topLeft: Point, metrics: TextMetrics, elided: Bool = false,
                link: String? = nil) {
        let origin = Point(topLeft.x - metrics.logical.x, topLeft.y - metrics.logical.y)
        self.init(role: role, text: text, font: font, color: color, alignment: alignment, wrapWidth: wrapWidth,
                  origin: origin,
                  box: Rect(x: topLeft.x, y: topLeft.y, width: metrics.width, height: metrics.height),
                  elided: elided, link: link)
    }
}

/// A filled and/or stroked shape.
package struct ShapeElement: Sendable, Hashable {
    package var role: String
    package var box: Rect
    package var fill: Color?
    package var stroke: Stroke?
    /// Corner radius for rectangles; ignored for circles.
    package var cornerRadius: Double

    package init(role: String, box: Rect, fill: Color? = nil, stroke: Stroke? = nil, cornerRadius: Double = 0) {
        self.role = role; self.box = box; self.fill = fill; self.stroke = stroke; self.cornerRadius = cornerRadius
    }
}

/// An open polyline.
package struct LineElement: Sendable, Hashable {
    package var role: String
    package var points: [Point]
    package var stroke: Stroke

    package init(role: String, points: [Point], stroke: Stroke) {
        self.role = role; self.points = points; self.stroke = stroke
    }
}

/// A general vector path, filled and/or stroked.
package struct PathElement: Sendable, Hashable {
    package var role: String
    package var commands: [PathCommand]
    package var fill: Color?
    package var stroke: Stroke?

    package init(role: String, commands: [PathCommand], fill: Color? = nil, stroke: Stroke? = nil) {
        self.role = role; self.commands = commands; self.fill = fill; self.stroke = stroke
    }

    /// The bounding box of the path's points (control points included).
    package var bounds: Rect {
        var xs: [Double] = [], ys: [Double] = []
        for c in commands {
            switch c {
            case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
            case .curve(let a, let b, let p):
                xs += [a.x, b.x, p.x]; ys += [a.y, b.y, p.y]
            case .close: break
            }
        }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return .zero }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}

/// One thing to draw.
package enum Element: Sendable, Hashable {
    case text(TextElement)
    case circle(ShapeElement)
    case rect(ShapeElement)
    case line(LineElement)
    case path(PathElement)

    /// scene-format.md `kind`.
    package var kind: String {
        switch self {
        case .text: "text"
        case .circle: "circle"
        case .rect: "rect"
        case .line: "line"
        case .path: "path"
        }
    }

    package var role: String {
        switch self {
        case .text(let t): t.role
        case .circle(let s), .rect(let s): s.role
        case .line(let l): l.role
        case .path(let p): p.role
        }
    }

    /// The extent the element covers, strokes included.
    package var bounds: Rect {
        switch self {
        case .text(let t): return t.box
        case .circle(let s), .rect(let s):
            let half = (s.stroke?.width ?? 0) / 2
            return s.box.insetBy(dx: -half, dy: -half)
        case .line(let l):
            let xs = l.points.map(\.x), ys = l.points.map(\.y)
            guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return .zero }
            return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        case .path(let p):
            let half = (p.stroke?.width ?? 0) / 2
            return p.bounds.insetBy(dx: -half, dy: -half)
        }
    }
}

/// A PDF outline entry: a named block of the page and the y where it starts.
package struct Bookmark: Sendable, Hashable {
    package var title: String
    package var y: Double
    package init(title: String, y: Double) { self.title = title; self.y = y }
}

/// Document facts carried into file metadata (PDF info, SVG title/desc).
package struct SceneMetadata: Sendable, Hashable {
    package var title: String
    package var subject: String?
    package var author: String?
    package var keywords: [String]
    /// A text description of the picture (alt text).
    package var description: String?
    /// The document's date as `YYYY-MM-DDTHH:MM:SS` (never the clock: from the briefing or SOURCE_DATE_EPOCH).
    package var date: String?
    /// The language of the picture's text as a BCP 47 tag ("vi", "en-GB", "ar"): recorded in every format
    /// (PDF /Lang, SVG xml:lang, PPTX lang) and used by the text engine (glyph variants, hyphenation, direction).
    package var language: String?
    /// Whether the page's own writing runs right to left (Arabic, Hebrew, Persian, Urdu): the base direction
    /// of every paragraph that does not start with a strong character of its own.
    package var rightToLeft: Bool
    /// Whether words may be broken at dictionary hyphenation points (`hyphenate: false` turns it off).
    package var hyphenate: Bool
    /// Names (parties, leaders) the text engine keeps on one line where they fit (see ``TextSettings``).
    package var keepTogether: [String]

    package init(title: String = "", subject: String? = nil, author: String? = nil, keywords: [String] = [],
                description: String? = nil, date: String? = nil, language: String? = nil,
                rightToLeft: Bool = false, hyphenate: Bool = true, keepTogether: [String] = []) {
        self.title = title; self.subject = subject; self.author = author; self.keywords = keywords
        self.description = description; self.date = date; self.language = language
        self.rightToLeft = rightToLeft; self.hyphenate = hyphenate; self.keepTogether = keepTogether
    }

    /// The text settings the scene was laid out with.
    package var textSettings: TextSettings { TextSettings(self) }
}

/// Everything a renderer needs: canvas size in points, background, elements in paint order.
package struct Scene: Sendable, Hashable {
    package var width: Double
    package var height: Double
    /// nil for a transparent canvas.
    package var background: Color?
    package var elements: [Element]
    package var bookmarks: [Bookmark]
    package var metadata: SceneMetadata

    package init(width: Double, height: Double, background: Color? = .white, elements: [Element] = [],
                bookmarks: [Bookmark] = [], metadata: SceneMetadata = SceneMetadata()) {
        self.width = width; self.height = height; self.background = background; self.elements = elements
        self.bookmarks = bookmarks; self.metadata = metadata
    }

    package var canvas: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    package mutating func append(_ element: Element) { elements.append(element) }

    /// The scene's elements moved by (dx, dy): how a page composes block scenes.
    package func translatedElements(dx: Double, dy: Double) -> [Element] {
        elements.map { $0.translated(dx: dx, dy: dy) }
    }

    package var texts: [TextElement] {
        elements.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }
}

extension Point {
    package func translated(dx: Double, dy: Double) -> Point { Point(x + dx, y + dy) }
}

extension Element {
    /// The same element moved by (dx, dy).
    package func translated(dx: Double, dy: Double) -> Element {
        switch self {
        case .text(var t):
            t.origin = t.origin.translated(dx: dx, dy: dy); t.box = t.box.offsetBy(dx: dx, dy: dy)
            return .text(t)
        case .circle(var s): s.box = s.box.offsetBy(dx: dx, dy: dy); return .circle(s)
        case .rect(var s): s.box = s.box.offsetBy(dx: dx, dy: dy); return .rect(s)
        case .line(var l): l.points = l.points.map { $0.translated(dx: dx, dy: dy) }; return .line(l)
        case .path(var p):
            p.commands = p.commands.map { c in
                switch c {
                case .move(let a): .move(a.translated(dx: dx, dy: dy))
                case .line(let a): .line(a.translated(dx: dx, dy: dy))
                case .curve(let a, let b, let c): .curve(a.translated(dx: dx, dy: dy), b.translated(dx: dx, dy: dy),
                                                         c.translated(dx: dx, dy: dy))
                case .close: .close
                }
            }
            return .path(p)
        }
    }
}
