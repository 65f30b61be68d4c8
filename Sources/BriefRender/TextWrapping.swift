// How a wrapped text breaks into lines: between words and at soft hyphens, between letters only when some word
// is wider than the line; names kept whole; and, for drawing, soft hyphens written out as what is drawn.

import BriefScene
import CCairoPango

extension TextEngine {
    /// Lays `form` out in the reference `font`, wrapped at `units` (-1: not wrapped), the names at `kept`
    /// unbreakable. Also returns the widest line, for the wrap widths the layout serves (see ``WrapSpan``).
    /// Without `fallingBackToLetters`, such a text is left broken between words only (still reported as
    /// breaking inside a word): for a caller that lays out its hyphenated form next, the costly letter-by-letter
    /// layout (its cost grows with the square of the word's length) would be thrown away.
    func layOut(_ form: PangoText, keeping kept: [Range<Int>], font: FontSpec, units: Int32,
                alignment: TextAlignment, address: Bool, fallingBackToLetters: Bool = true) -> (laid: Laid, widest: Int32) {
        let layout = GObjectRef(pango_layout_new(context.pointer))
        let l = layout.pointer
        pango_layout_set_wrap(l, PANGO_WRAP_WORD)
        pango_layout_set_font_description(l, description(font).pointer)
        pango_layout_set_width(l, units)
        pango_layout_set_alignment(l, alignment.pango(rightToLeft: settings.rightToLeft))
        TextEngine.setAttributes(l, keeping: kept, address: address)
        TextEngine.setText(l, form.text)
        var widest = TextEngine.widest(l)
        var broke = false
        if units >= 0 && widest > units {
            // Some word (or syllable) is wider than the line: only then may this text break between letters.
            // Wrapped narrower, that word is still too wide, so every width this layout serves falls back alike.
            broke = true
            guard fallingBackToLetters else { return (Laid(layout: layout, brokeInsideWord: broke), widest) }
            pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
            widest = TextEngine.widest(l)
        }
        return (Laid(layout: layout, brokeInsideWord: broke), widest)
    }

    /// `text` laid out as ``prepare(_:font:wrapWidth:alignment:)`` does, for drawing: its soft hyphens
    /// written out (see ``writeOutSoftHyphens(_:)``), the lines unchanged.
    func prepareToDraw(_ text: String, font: FontSpec, wrapWidth: Double?,
                       alignment: TextAlignment) -> (layout: OpaquePointer, scale: Double) {
        let prepared = prepare(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        TextEngine.writeOutSoftHyphens(prepared.layout)
        return (prepared.layout, prepared.scale)
    }

    /// The widest line of `l`, in Pango units.
    static func widest(_ l: OpaquePointer) -> Int32 {
        var logical = PangoRectangle()
        pango_layout_get_extents(l, nil, &logical)
        return logical.width
    }

    /// No inserted hyphens in an address; no break inside a name at `kept` (byte ranges of the text).
    static func setAttributes(_ l: OpaquePointer, keeping kept: [Range<Int>], address: Bool) {
        guard address || !kept.isEmpty else {
            pango_layout_set_attributes(l, nil)
            return
        }
        let attributes = pango_attr_list_new()
        // A web address broken across lines must not gain a hyphen the reader would copy.
        if address { pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0)) }
        // Breaks forbidden by attribute rather than no-break spaces: a U+00A0 would reach the PDF's text.
        for range in kept {
            guard let attribute = pango_attr_allow_breaks_new(0) else { continue }
            attribute.pointee.start_index = guint(range.lowerBound)
            attribute.pointee.end_index = guint(range.upperBound)
            pango_attr_list_insert(attributes, attribute)
        }
        pango_layout_set_attributes(l, attributes)
        pango_attr_list_unref(attributes)
    }

    /// Each line of `l` as (start, end) in bytes of its text, with whether the next line goes on in the same
    /// paragraph (the line ended at a wrap, not at a paragraph break or the end).
    private static func lines(_ l: OpaquePointer) -> [(start: Int, end: Int, wrapped: Bool)] {
        var lines: [(start: Int, end: Int, wrapped: Bool)] = []
        var node = pango_layout_get_lines_readonly(l)
        while let current = node {
            let line = current.pointee.data.assumingMemoryBound(to: PangoLayoutLine.self).pointee
            if !lines.isEmpty, line.is_paragraph_start == 0 { lines[lines.count - 1].wrapped = true }
            lines.append((Int(line.start_index), Int(line.start_index + line.length), false))
            node = current.pointee.next
        }
        return lines
    }

    /// Replaces each soft hyphen of `l` by what is drawn there: a hyphen-minus where it ends a line (the glyph
    /// Pango draws, of the same width), nothing elsewhere. Cairo writes the text behind each glyph into the PDF,
    /// so a drawn hyphen would come out of text extraction as U+00AD, and so would an unbroken soft hyphen that a
    /// ligature spans ("Of­fice": one "ffi" glyph for "f", U+00AD, "fi"); an unbroken one of its own (an empty
    /// glyph) is left out by Cairo. So `l` is laid out again only for those two, and left as it was if the
    /// lines would change (they do not: the widths are the same).
    static func writeOutSoftHyphens(_ l: OpaquePointer) {
        guard let chars = pango_layout_get_text(l) else { return }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(chars).assumingMemoryBound(to: UInt8.self),
                                        count: strlen(chars))
        let positions = bytes.indices.filter { bytes[$0] == 0xC2 && $0 + 1 < bytes.count && bytes[$0 + 1] == 0xAD }
        guard !positions.isEmpty else { return }
        let before = lines(l)
        let breaks = Set(before.compactMap { $0.wrapped ? $0.end - 2 : nil })
        let clusters = clusterStarts(l)
        guard positions.contains(where: { breaks.contains($0) || !clusters.contains($0) }) else { return }
        var written: [UInt8] = []
        written.reserveCapacity(bytes.count)
        var softHyphens: [(at: Int, shown: Bool)] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAD {
                let shown = breaks.contains(i)
                if shown { written.append(UInt8(ascii: "-")) }
                softHyphens.append((i, shown))
                i += 2
            } else {
                written.append(bytes[i])
                i += 1
            }
        }
        let original = Array(bytes)
        // Attributes (names kept whole) after each soft hyphen move back by the bytes it lost.
        let attributes = pango_layout_get_attributes(l).flatMap { pango_attr_list_copy($0) }
        if let attributes, let moved = pango_attr_list_copy(attributes) {
            for soft in softHyphens.reversed() { pango_attr_list_update(moved, Int32(soft.at), 2, soft.shown ? 1 : 0) }
            pango_layout_set_attributes(l, moved)
            pango_attr_list_unref(moved)
        }
        setText(l, bytes: written)
        func moved(_ offset: Int) -> Int {
            offset - softHyphens.prefix { $0.at < offset }.reduce(0) { $0 + ($1.shown ? 1 : 2) }
        }
        let after = lines(l)
        let same = after.count == before.count
            && zip(before, after).allSatisfy { moved($0.start) == $1.start && moved($0.end) == $1.end }
        if !same {
            pango_layout_set_attributes(l, attributes)
            setText(l, bytes: original)
        }
        if let attributes { pango_attr_list_unref(attributes) }
    }

    /// Where each glyph cluster of `l` starts, in bytes of its text.
    private static func clusterStarts(_ l: OpaquePointer) -> Set<Int> {
        var starts = Set<Int>()
        guard let iter = pango_layout_get_iter(l) else { return starts }
        defer { pango_layout_iter_free(iter) }
        repeat {
            guard let run = pango_layout_iter_get_run_readonly(iter)?.pointee,
                  let item = run.item?.pointee, let glyphs = run.glyphs?.pointee else { continue }
            for g in 0..<Int(glyphs.num_glyphs) { starts.insert(Int(item.offset) + Int(glyphs.log_clusters[g])) }
        } while pango_layout_iter_next_run(iter) != 0
        return starts
    }

    /// Hands UTF-8 `bytes` to Pango.
    private static func setText(_ l: OpaquePointer, bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pango_layout_set_text(l, $0.baseAddress, Int32($0.count)) }
        }
    }

    /// The lines of `text` as measured (tests check line breaks with it): a soft hyphen left out, or shown as
    /// "‐" (U+2010, to tell it from a hyphen of the text) where a line ends at it.
    func lineTexts(_ text: String, font: FontSpec, wrapWidth: Double?, alignment: TextAlignment = .left) -> [String] {
        let l = prepare(text, font: font, wrapWidth: wrapWidth, alignment: alignment).layout
        guard let chars = pango_layout_get_text(l) else { return [] }
        let bytes = Array(String(cString: chars).utf8)
        return TextEngine.lines(l).map { line in
            var scalars = String(decoding: bytes[line.start..<line.end], as: UTF8.self).unicodeScalars
            let breaksThere = line.wrapped && scalars.last == "\u{AD}"
            if breaksThere { scalars.removeLast() }
            var seen = String(String.UnicodeScalarView(scalars.filter { $0 != "\u{AD}" }))
            if breaksThere { seen += "\u{2010}" }
            return seen
        }
    }
}
