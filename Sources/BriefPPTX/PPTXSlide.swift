// A scene as PresentationML shapes: text boxes with the real text, ellipses, rectangles and custom-geometry paths.

import BriefScene
import Foundation

/// Writes the one slide of a PowerPoint deck: every scene element as a native, editable shape inside one group
/// whose alt text (`descr`) is the scene's description. Units are EMU (1 pt = 12,700 EMU).
struct PPTXSlide {
    let scene: Scene
    /// The slide's name, marking it as one BriefKit added.
    let name: String?
    /// The language marks of the text (lang, altLang, rtl).
    private let language: PPTXLanguage
    private var nextID = 3
    private var shapes: [String] = []

    init(scene: Scene, name: String? = nil) { self.scene = scene; self.name = name; language = PPTXLanguage(scene.metadata) }

    /// Points to EMU.
    static func emu(_ points: Double) -> Int { Int((points * 12_700).rounded()) }

    /// The slide part (ppt/slides/slideN.xml).
    mutating func xml() -> String {
        for element in scene.elements { append(element) }
        let w = PPTXSlide.emu(scene.width), h = PPTXSlide.emu(scene.height)
        let background = scene.background.map {
            "<p:bg><p:bgPr>\(PPTXSlide.solidFill($0))<a:effectLst/></p:bgPr></p:bg>"
        } ?? ""
        let title = scene.metadata.title.isEmpty ? "Diagram" : scene.metadata.title
        let descr = scene.metadata.description.map { " descr=\"\(xmlEscaped($0))\"" } ?? ""
        let named = name.map { " name=\"\(xmlEscaped($0))\"" } ?? ""
        return PPTXXML.header + "<p:sld \(PPTXXML.namespaces)><p:cSld\(named)>" + background + "<p:spTree>"
            + "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"
            + "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
            + "<p:grpSp><p:nvGrpSpPr><p:cNvPr id=\"2\" name=\"\(xmlEscaped(title))\"\(descr)/><p:cNvGrpSpPr/><p:nvPr/>"
            + "</p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(w)\" cy=\"\(h)\"/>"
            + "<a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"\(w)\" cy=\"\(h)\"/></a:xfrm></p:grpSpPr>"
            + shapes.joined() + "</p:grpSp></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    // MARK: Elements

    private mutating func append(_ element: Element) {
        switch element {
        case .text(let t): text(t)
        case .circle(let s): shape(s, geometry: "<a:prstGeom prst=\"ellipse\"><a:avLst/></a:prstGeom>")
        case .rect(let s):
            let short = min(s.box.width, s.box.height)
            if s.cornerRadius > 0, short > 0 {
                let adj = Int(min(50_000, s.cornerRadius / short * 100_000).rounded())
                shape(s, geometry: "<a:prstGeom prst=\"roundRect\"><a:avLst><a:gd name=\"adj\" fmla=\"val \(adj)\"/>"
                        + "</a:avLst></a:prstGeom>")
            } else {
                shape(s, geometry: "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>")
            }
        case .line(let l):
            guard let first = l.points.first else { return }
            path(role: l.role, commands: [.move(first)] + l.points.dropFirst().map { .line($0) }, fill: nil,
                 stroke: l.stroke)
        case .path(let p): path(role: p.role, commands: p.commands, fill: p.fill, stroke: p.stroke)
        }
    }

    private mutating func shape(_ s: ShapeElement, geometry: String) {
        let fill = s.fill.map(PPTXSlide.solidFill) ?? "<a:noFill/>"
        add("<p:sp>" + nonVisual(s.role) + "<p:spPr>" + PPTXSlide.xfrm(s.box) + geometry + fill + PPTXSlide.line(s.stroke)
            + "</p:spPr></p:sp>")
    }

    private mutating func path(role: String, commands: [PathCommand], fill: Color?, stroke: Stroke?) {
        var points: [Point] = []
        for c in commands {
            switch c {
            case .move(let p), .line(let p): points.append(p)
            case .curve(let a, let b, let p): points += [a, b, p]
            case .close: break
            }
        }
        guard let x0 = points.map(\.x).min(), let y0 = points.map(\.y).min(),
              let x1 = points.map(\.x).max(), let y1 = points.map(\.y).max() else { return }
        let box = Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        // A straight horizontal or vertical line has no extent across; one EMU keeps the geometry well defined.
        let w = max(1, PPTXSlide.emu(box.width)), h = max(1, PPTXSlide.emu(box.height))
        func pt(_ p: Point) -> String {
            "<a:pt x=\"\(PPTXSlide.emu(p.x - x0))\" y=\"\(PPTXSlide.emu(p.y - y0))\"/>"
        }
        var d = ""
        for c in commands {
            switch c {
            case .move(let p): d += "<a:moveTo>\(pt(p))</a:moveTo>"
            case .line(let p): d += "<a:lnTo>\(pt(p))</a:lnTo>"
            case .curve(let a, let b, let p): d += "<a:cubicBezTo>\(pt(a))\(pt(b))\(pt(p))</a:cubicBezTo>"
            case .close: d += "<a:close/>"
            }
        }
        let geometry = "<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\"/>"
            + "<a:pathLst><a:path w=\"\(w)\" h=\"\(h)\"\(fill == nil ? " fill=\"none\"" : "")>\(d)</a:path></a:pathLst>"
            + "</a:custGeom>"
        let xfrm = "<a:xfrm><a:off x=\"\(PPTXSlide.emu(x0))\" y=\"\(PPTXSlide.emu(y0))\"/><a:ext cx=\"\(w)\" cy=\"\(h)\"/></a:xfrm>"
        add("<p:sp>" + nonVisual(role) + "<p:spPr>" + xfrm + geometry + (fill.map(PPTXSlide.solidFill) ?? "<a:noFill/>")
            + PPTXSlide.line(stroke) + "</p:spPr></p:sp>")
    }

    private mutating func text(_ t: TextElement) {
        let language = self.language
        let lines = t.text.split(separator: "\n", omittingEmptySubsequences: false)
        // The scene's `left` is the start of the paragraph's own direction, as the text engine draws it (see
        // TextAlignment.pango(rightToLeft:)): the right edge of an Arabic paragraph. PowerPoint's `algn` is the edge.
        func edge(_ rightToLeft: Bool) -> TextAlignment {
            switch (t.alignment, rightToLeft) {
            case (.center, _): .center
            case (.left, false), (.right, true): .left
            case (.right, false), (.left, true): .right
            }
        }
        var box = t.box
        let wraps = t.wrapWidth != nil
        if wraps {
            // PowerPoint measures a little differently: 3% of slack keeps its line breaks where Pango put them.
            let extra = box.width * 0.03
            switch edge(lines.first.map(language.isRightToLeft) ?? false) {
            case .left: box.width += extra
            case .center: box.x -= extra / 2; box.width += extra
            case .right: box.x -= extra; box.width += extra
            }
        }
        let family = xmlEscaped(t.font.family.split(separator: ",").first.map {
            $0.trimmingCharacters(in: .whitespaces) } ?? "Noto Sans")
        let size = min(400_000, max(100, Int((t.font.size * 100).rounded())))
        func run(_ r: PPTXLanguage.Run) -> String {
            let alt = r.altLang.map { " altLang=\"\($0)\"" } ?? ""
            return "<a:r><a:rPr lang=\"\(language.tag)\"\(alt) sz=\"\(size)\" b=\"\(t.font.weight == .bold ? 1 : 0)\" "
                + "i=\"\(t.font.italic ? 1 : 0)\" dirty=\"0\">" + PPTXSlide.solidFill(t.color)
                + "<a:latin typeface=\"\(family)\"/><a:ea typeface=\"\(family)\"/><a:cs typeface=\"\(family)\"/></a:rPr>"
                + "<a:t>\(xmlEscaped(r.text))</a:t></a:r>"
        }
        let paragraphs = lines.map { line in
            let rtl = language.isRightToLeft(line)
            let align = switch edge(rtl) { case .left: "l"; case .center: "ctr"; case .right: "r" }
            return "<a:p><a:pPr algn=\"\(align)\"\(rtl ? " rtl=\"1\"" : "")/>" + language.runs(line).map(run).joined()
                + "</a:p>"
        }
        add("<p:sp><p:nvSpPr><p:cNvPr id=\"\(takeID())\" name=\"\(xmlEscaped(t.role))\"/><p:cNvSpPr txBox=\"1\"/>"
            + "<p:nvPr/></p:nvSpPr><p:spPr>" + PPTXSlide.xfrm(box) + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
            + "<a:noFill/></p:spPr><p:txBody><a:bodyPr wrap=\"\(wraps ? "square" : "none")\" lIns=\"0\" tIns=\"0\" "
            + "rIns=\"0\" bIns=\"0\" anchor=\"t\"><a:noAutofit/></a:bodyPr><a:lstStyle/>" + paragraphs.joined()
            + "</p:txBody></p:sp>")
    }

    // MARK: Pieces

    private mutating func takeID() -> Int { defer { nextID += 1 }; return nextID }

    private mutating func nonVisual(_ role: String) -> String {
        "<p:nvSpPr><p:cNvPr id=\"\(takeID())\" name=\"\(xmlEscaped(role))\"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>"
    }

    private mutating func add(_ xml: String) { shapes.append(xml) }

    private static func xfrm(_ r: Rect) -> String {
        "<a:xfrm><a:off x=\"\(emu(r.x))\" y=\"\(emu(r.y))\"/><a:ext cx=\"\(max(0, emu(r.width)))\" "
            + "cy=\"\(max(0, emu(r.height)))\"/></a:xfrm>"
    }

    static func solidFill(_ c: Color) -> String {
        let rgb = String(c.withAlpha(1).hex.dropFirst())
        guard c.alpha < 1 else { return "<a:solidFill><a:srgbClr val=\"\(rgb)\"/></a:solidFill>" }
        let alpha = Int((max(0, c.alpha) * 100_000).rounded())
        return "<a:solidFill><a:srgbClr val=\"\(rgb)\"><a:alpha val=\"\(alpha)\"/></a:srgbClr></a:solidFill>"
    }

    private static func line(_ stroke: Stroke?) -> String {
        guard let stroke, stroke.width > 0 else { return "<a:ln><a:noFill/></a:ln>" }
        var dash = ""
        if stroke.dash.count >= 2 {
            let pairs = stride(from: 0, to: stroke.dash.count - 1, by: 2).map { i in
                "<a:ds d=\"\(Int(stroke.dash[i] / stroke.width * 100_000))\" "
                    + "sp=\"\(Int(stroke.dash[i + 1] / stroke.width * 100_000))\"/>"
            }
            dash = "<a:custDash>" + pairs.joined() + "</a:custDash>"
        }
        return "<a:ln w=\"\(emu(stroke.width))\">" + solidFill(stroke.color) + dash + "</a:ln>"
    }
}
