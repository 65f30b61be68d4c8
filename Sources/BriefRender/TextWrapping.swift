// How a wrapped text breaks into lines: between words and at soft hyphens, between letters only when some word
// is wider than the line; names kept whole; and, for drawing, each hyphen shown at a line end made real text.

import BriefScene
import CCairoPango

extension TextEngine {
    /// Lays `form` out in the reference `font`, wrapped at `units` (-1: not wrapped), the names at `kept`
    /// unbreakable. Also returns the widest line, for the wrap widths the layout serves (see ``WrapSpan``).
    func layOut(_ form: PangoText, keeping kept: [Range<Int>], font: FontSpec, units: Int32,
                alignment: TextAlignment, address: Bool) -> (laid: Laid, widest: Int32) {
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
            pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
            broke = true
            widest = TextEngine.widest(l)
        }
        return (Laid(layout: layout, brokeInsideWord: broke), widest)
    }

    /// `text` laid out as ``prepare(_:font:wrapWidth:alignment:)`` does, for drawing: each soft hyphen that
    /// ends a line made a real hyphen (see ``showHyphens(_:)``), the lines unchanged.
    func prepareToDraw(_ text: String, font: FontSpec, wrapWidth: Double?,
                       alignment: TextAlignment) -> (layout: OpaquePointer, scale: Double) {
        let prepared = prepare(text, font: font, wrapWidth: wrapWidth, alignment: alignment)
        if wrapWidth != nil { TextEngine.showHyphens(prepared.layout) }
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

    /// Puts a hyphen (U+2010, the glyph Pango draws there) in place of each soft hyphen that ends a line of
    /// `l`: Cairo writes a drawn hyphen into the PDF's text as the U+00AD behind it, which text extraction
    /// would keep. Leaves `l` as it was when no line ends at a soft hyphen, or if the hyphens would change
    /// the lines (they do not: it is the same glyph).
    static func showHyphens(_ l: OpaquePointer) {
        let before = lines(l)
        guard before.count > 1, let chars = pango_layout_get_text(l) else { return }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(chars).assumingMemoryBound(to: UInt8.self),
                                        count: before.last!.end)
        let ends = before.compactMap { line in
            line.wrapped && line.end >= 2 && bytes[line.end - 2] == 0xC2 && bytes[line.end - 1] == 0xAD ? line.end - 2 : nil
        }
        guard !ends.isEmpty else { return }
        var shown: [UInt8] = []
        shown.reserveCapacity(bytes.count + ends.count)
        var from = 0
        for end in ends {
            shown += bytes[from..<end]
            shown += [0xE2, 0x80, 0x90]
            from = end + 2
        }
        shown += bytes[from...]
        let original = Array(bytes)
        // Attributes (kept names) after each hyphen move a byte on: it is a byte longer than the soft one.
        let attributes = pango_layout_get_attributes(l).flatMap { pango_attr_list_copy($0) }
        if let attributes {
            let moved = pango_attr_list_copy(attributes)
            for end in ends.reversed() { pango_attr_list_update(moved, Int32(end), 2, 3) }
            pango_layout_set_attributes(l, moved)
            pango_attr_list_unref(moved)
        }
        setText(l, bytes: shown)
        func moved(_ offset: Int) -> Int { offset + ends.prefix { $0 < offset }.count }
        let after = lines(l)
        let same = after.count == before.count
            && zip(before, after).allSatisfy { moved($0.start) == $1.start && moved($0.end) == $1.end }
        if !same {
            pango_layout_set_attributes(l, attributes)
            setText(l, bytes: original)
        }
        if let attributes { pango_attr_list_unref(attributes) }
    }

    /// Hands UTF-8 `bytes` to Pango.
    private static func setText(_ l: OpaquePointer, bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { pango_layout_set_text(l, $0.baseAddress, Int32($0.count)) }
        }
    }

    /// The lines of `text` as set (tests check line breaks with it), as a reader sees them: a soft hyphen
    /// is left out, or shown as "‐" where it ends a line.
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
