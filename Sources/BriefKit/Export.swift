// A finished scene into the bytes of any output format: the one list that maps each format to its exporter.

import BriefPPTX
import BriefRender

/// Draws a finished scene into the bytes of `format`: JSON is the scene itself, PowerPoint its shapes as native
/// slide shapes, the rest go through Cairo. `scale` and `dpi` are the PNG's (pixels per point, recorded
/// resolution). `measurer` is the one layout used, so fonts are loaded once.
package func renderFile(_ scene: Scene, format: OutputFormat, scale: Double, dpi: Double? = nil,
                       measurer: PangoMeasurer) throws -> RenderOutput {
    switch format {
    case .json:
        return RenderOutput(bytes: Array(scene.jsonText().utf8), warnings: renderWarnings(scene, measurer: measurer))
    case .pptx:
        return RenderOutput(bytes: try PPTXOutput.render(scene), warnings: renderWarnings(scene, measurer: measurer))
    case .png, .pdf, .svg:
        return try Renderer().render(scene, to: format, scale: scale, dpi: dpi, reusing: measurer)
    }
}

/// One warning per text of `scene` with characters no installed font can draw (Cairo warns as it draws; the
/// other formats need this).
package func renderWarnings(_ scene: Scene, measurer: PangoMeasurer) -> [String] {
    var warnings: [String] = []
    for t in scene.texts {
        let missing = measurer.unknownGlyphCount(t.text, font: t.font)
        if missing > 0 {
            warnings.append("text \"\(t.text)\" has \(missing) character\(missing == 1 ? "" : "s") no installed font can draw")
        }
    }
    return warnings
}
