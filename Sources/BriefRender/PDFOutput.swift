// PDF: a one-page document with real text, link annotations, reproducible metadata, an outline and its language.

import BriefScene
import CCairoPango

enum PDFOutput {
    static func render(_ scene: Scene, text: TextEngine) throws -> RenderOutput {
        let sink = ByteSink()
        return try withExtendedLifetime(sink) {
            let surface = CairoSurface(cairo_pdf_surface_create_for_stream(cairoWrite, sink.closure,
                                                                           scene.width, scene.height))
            try RenderError.check(surface.status, stage: "creating the PDF")
            setMetadata(scene.metadata, on: surface.pointer)
            var warnings: [String]
            do {
                let cairo = try CairoContext(surface: surface)
                let painter = Painter(cairo: cairo, text: text, tagsLinks: true)
                // cairo 1.16: a full-page paint inside a structure tag fails, and link tags outside one
                // damage the file; so: background first, then everything inside a Document tag.
                painter.paintBackground(scene.background)
                cairo_tag_begin(cairo.pointer, "Document", "")
                try painter.draw(scene.elements)
                cairo_tag_end(cairo.pointer, "Document")
                try RenderError.check(cairo.status, stage: "closing the PDF's structure")
                warnings = painter.warnings
            }
            for bookmark in scene.bookmarks where bookmark.y.isFinite {
                let y = min(max(bookmark.y, 0), scene.height)
                let destination = "page=1 pos=[0 \(SceneNumber.format(y))]"
                _ = cairo_pdf_surface_add_outline(surface.pointer, Int32(CAIRO_PDF_OUTLINE_ROOT), bookmark.title,
                                                  destination, cairo_pdf_outline_flags_t(rawValue: 0))
            }
            try RenderError.check(surface.status, stage: "adding PDF bookmarks")
            try surface.finish(stage: "finishing the PDF")
            guard let language = LanguageTag.recorded(scene.metadata.language) else {
                return RenderOutput(bytes: sink.bytes, warnings: warnings) // no tag, or not one a reader could use
            }
            do {
                return RenderOutput(bytes: try PDFLanguageUpdate.adding(language: language, to: sink.bytes),
                                    warnings: warnings)
            } catch {
                warnings.append("the PDF does not record its language \"\(language)\" (\(error))")
                return RenderOutput(bytes: sink.bytes, warnings: warnings)
            }
        }
    }

    /// Title, subject, author, keywords and both dates: never the clock, so the bytes are reproducible. Without a
    /// subject the description (alt text) is the Subject, so PDF readers and screen readers find it.
    static func setMetadata(_ m: SceneMetadata, on surface: OpaquePointer) {
        func set(_ key: cairo_pdf_metadata_t, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
        set(CAIRO_PDF_METADATA_TITLE, m.title)
        set(CAIRO_PDF_METADATA_SUBJECT, m.subject ?? m.description)
        set(CAIRO_PDF_METADATA_AUTHOR, m.author)
        set(CAIRO_PDF_METADATA_KEYWORDS, m.keywords.joined(separator: ", "))
        set(CAIRO_PDF_METADATA_CREATOR, "BriefKit")
        let date = DocumentDate.iso8601(for: m)
        set(CAIRO_PDF_METADATA_CREATE_DATE, date)
        set(CAIRO_PDF_METADATA_MOD_DATE, date)
    }
}
