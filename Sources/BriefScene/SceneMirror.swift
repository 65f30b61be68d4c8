// A right-to-left page: the scene mirrored left for right, with its text still reading as written.

extension Scene {
    /// The scene mirrored about its vertical centre line: what stood at the left edge stands at the right
    /// (columns, bullets, figure bars, axes, the header's parties), paths and lines reflect, and text keeps its
    /// glyphs: each text box moves to its mirrored place. Bookmarks keep their heights. Mirroring twice gives the
    /// scene back.
    package func mirrored() -> Scene {
        var copy = self
        copy.elements = elements.map { $0.mirrored(width: width) }
        return copy
    }
}

extension Element {
    /// The element reflected about x = width / 2.
    package func mirrored(width w: Double) -> Element {
        func flip(_ p: Point) -> Point { Point(w - p.x, p.y) }
        func flip(_ r: Rect) -> Rect { Rect(x: w - r.maxX, y: r.y, width: r.width, height: r.height) }
        switch self {
        case .text(var t):
            // The box moves to its mirrored place; the glyphs and the alignment stay. Alignment is the start of
            // each paragraph's own direction (see the text engine), so Arabic lines stay flush right and a Latin
            // paragraph flush left inside the box it was measured with.
            let dx = (w - t.box.maxX) - t.box.minX
            t.origin.x += dx
            t.box = t.box.offsetBy(dx: dx, dy: 0)
            return .text(t)
        case .circle(var s): s.box = flip(s.box); return .circle(s)
        case .rect(var s): s.box = flip(s.box); return .rect(s)
        case .line(var l): l.points = l.points.map(flip); return .line(l)
        case .path(var p):
            p.commands = p.commands.map { c in
                switch c {
                case .move(let a): .move(flip(a))
                case .line(let a): .line(flip(a))
                case .curve(let a, let b, let c): .curve(flip(a), flip(b), flip(c))
                case .close: .close
                }
            }
            return .path(p)
        }
    }
}
