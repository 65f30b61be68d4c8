// The one painter: draws every scene element onto a Cairo context, whatever the surface.

import BriefScene
import CCairoPango

/// Draws a scene's elements in paint order with Cairo, and its text with Pango.
final class Painter {
    private let cairo: CairoContext
    private let text: TextEngine
    /// True on PDF surfaces: emit link tags for linked text.
    private let tagsLinks: Bool
    private(set) var warnings: [String] = []

    init(cairo: CairoContext, text: TextEngine, tagsLinks: Bool) {
        self.cairo = cairo; self.text = text; self.tagsLinks = tagsLinks
    }

    private var cr: OpaquePointer { cairo.pointer }

    /// Paints the whole canvas with `color`; nothing for a transparent background.
    func paintBackground(_ color: Color?) {
        guard let color else { return }
        setSource(color)
        cairo_paint(cr)
    }

    /// Draws every element, in order; throws on a non-finite coordinate or a Cairo error.
    func draw(_ elements: [Element]) throws {
        for (index, element) in elements.enumerated() {
            guard element.isFinite else {
                throw RenderError.invalidElement(index: index, detail: "\(element.kind) \"\(element.role)\" has a coordinate that is not a finite number")
            }
            switch element {
            case .text(let t): drawText(t)
            case .circle(let s): drawEllipse(s)
            case .rect(let s): drawRect(s)
            case .line(let l): drawLine(l)
            case .path(let p): drawPath(p)
            }
        }
        try RenderError.check(cairo.status, stage: "drawing the scene")
    }

    // MARK: text

    private func drawText(_ t: TextElement) {
        let (layout, scale) = text.prepareToDraw(t.text, font: t.font, wrapWidth: t.wrapWidth, alignment: t.alignment)
        let unknown = text.unknownGlyphs(layout)
        if unknown > 0 {
            let noun = unknown == 1 ? "character" : "characters"
            warnings.append("text \"\(t.text)\" has \(unknown) \(noun) no installed font can draw")
        }
        // Only a checked, percent-encoded target reaches Cairo, which copies it into the PDF unescaped: whatever
        // the scene holds (a scene can be read from a file), no character of it can end the string early.
        let link = tagsLinks ? t.link.flatMap(LinkTarget.encoded) : nil
        if let link { cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri='\(link)'") }
        setSource(t.color)
        cairo_save(cr)
        cairo_translate(cr, t.origin.x, t.origin.y)
        cairo_scale(cr, scale, scale) // the layout is at the reference size (see TextEngine)
        cairo_move_to(cr, 0, 0)
        pango_cairo_show_layout(cr, layout)
        cairo_restore(cr)
        if link != nil { cairo_tag_end(cr, CAIRO_TAG_LINK) }
        cairo_new_path(cr)
    }

    // MARK: shapes

    private func drawEllipse(_ s: ShapeElement) {
        let b = s.box
        guard b.width > 0, b.height > 0 else { return }
        cairo_new_path(cr)
        cairo_save(cr)
        cairo_translate(cr, b.midX, b.midY)
        cairo_scale(cr, b.width / 2, b.height / 2)
        cairo_arc(cr, 0, 0, 1, 0, 2 * Double.pi)
        cairo_close_path(cr)
        cairo_restore(cr)
        fillAndStroke(fill: s.fill, stroke: s.stroke)
    }

    private func drawRect(_ s: ShapeElement) {
        let b = s.box
        cairo_new_path(cr)
        let r = min(max(s.cornerRadius, 0), b.width / 2, b.height / 2)
        if r > 0 {
            let halfPi = Double.pi / 2
            cairo_new_sub_path(cr)
            cairo_arc(cr, b.maxX - r, b.minY + r, r, -halfPi, 0)
            cairo_arc(cr, b.maxX - r, b.maxY - r, r, 0, halfPi)
            cairo_arc(cr, b.minX + r, b.maxY - r, r, halfPi, 2 * halfPi)
            cairo_arc(cr, b.minX + r, b.minY + r, r, 2 * halfPi, 3 * halfPi)
            cairo_close_path(cr)
        } else {
            cairo_rectangle(cr, b.x, b.y, b.width, b.height)
        }
        fillAndStroke(fill: s.fill, stroke: s.stroke)
    }

    private func drawLine(_ l: LineElement) {
        guard let first = l.points.first, l.points.count >= 2 else { return }
        cairo_new_path(cr)
        cairo_move_to(cr, first.x, first.y)
        for p in l.points.dropFirst() { cairo_line_to(cr, p.x, p.y) }
        fillAndStroke(fill: nil, stroke: l.stroke)
    }

    private func drawPath(_ p: PathElement) {
        cairo_new_path(cr)
        for command in p.commands {
            switch command {
            case .move(let a): cairo_move_to(cr, a.x, a.y)
            case .line(let a): cairo_line_to(cr, a.x, a.y)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(cr)
            }
        }
        fillAndStroke(fill: p.fill, stroke: p.stroke)
    }

    /// Fills the current path, then strokes it; clears the path.
    private func fillAndStroke(fill: Color?, stroke: Stroke?) {
        if let fill, fill.alpha > 0 {
            setSource(fill)
            cairo_fill_preserve(cr)
        }
        if let stroke, stroke.width > 0, stroke.color.alpha > 0 {
            setSource(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            let dashes = stroke.dash.filter { $0 >= 0 }
            if dashes.isEmpty || dashes.allSatisfy({ $0 == 0 }) {
                cairo_set_dash(cr, nil, 0, 0)
            } else {
                cairo_set_dash(cr, dashes, Int32(dashes.count), 0)
            }
            cairo_stroke_preserve(cr)
        }
        cairo_new_path(cr)
    }

    private func setSource(_ c: Color) {
        cairo_set_source_rgba(cr, c.red, c.green, c.blue, c.alpha)
    }
}

extension Element {
    /// True when every coordinate and size of the element is a finite number.
    var isFinite: Bool {
        func ok(_ p: Point) -> Bool { p.x.isFinite && p.y.isFinite }
        func ok(_ r: Rect) -> Bool { r.x.isFinite && r.y.isFinite && r.width.isFinite && r.height.isFinite }
        func ok(_ s: Stroke?) -> Bool { s.map { $0.width.isFinite && $0.dash.allSatisfy(\.isFinite) } ?? true }
        switch self {
        case .text(let t): return ok(t.origin) && t.font.size.isFinite && (t.wrapWidth?.isFinite ?? true)
        case .circle(let s), .rect(let s): return ok(s.box) && ok(s.stroke) && s.cornerRadius.isFinite
        case .line(let l): return l.points.allSatisfy(ok) && ok(l.stroke)
        case .path(let p):
            return ok(p.stroke) && p.commands.allSatisfy { c in
                switch c {
                case .move(let a), .line(let a): ok(a)
                case .curve(let a, let b, let c): ok(a) && ok(b) && ok(c)
                case .close: true
                }
            }
        }
    }
}
