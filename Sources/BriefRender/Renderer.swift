// The renderer: a Sendable value that turns a Scene into PNG, PDF or SVG bytes.

import BriefScene
import CCairoPango

/// Renders scenes with Cairo (shapes) and Pango (text). Every C object lives inside one `render` call.
///
/// Text is laid out with the same settings as ``PangoMeasurer``, so a label breaks into the same lines
/// on every surface as it did when layout measured it.
package struct Renderer: Sendable {
    /// A renderer; it holds no state.
    package init() {}

    /// Draws `scene` into a complete file of `format` (PNG, PDF or SVG), with this thread's default Pango font
    /// map (fonts stay loaded between renders on one thread), setting text by the scene's text settings.
    /// A PNG has `scene size × scale` pixels (one point is one pixel at scale 1) and records `dpi` in its pHYs
    /// chunk (nil records `72 × scale`); the other formats are in points and ignore both.
    package func render(_ scene: Scene, to format: OutputFormat, scale: Double = 1, dpi: Double? = nil) throws -> RenderOutput {
        try render(scene, to: format, scale: scale, dpi: dpi,
                   text: TextEngine(threadDefaultFontMap: true, settings: scene.metadata.textSettings))
    }

    /// Draws `scene` with the fonts `measurer` has already loaded: the same result as
    /// ``render(_:to:scale:dpi:)``, without loading fonts a second time after layout (the CLI's case). The
    /// measurer's layouts are reused only when it measured with the scene's text settings.
    package func render(_ scene: Scene, to format: OutputFormat, scale: Double = 1, dpi: Double? = nil,
                       reusing measurer: PangoMeasurer) throws -> RenderOutput {
        let settings = scene.metadata.textSettings
        let text = measurer.engine.settings == settings
            ? measurer.engine : TextEngine(sharingFontsOf: measurer.engine, settings: settings)
        return try render(scene, to: format, scale: scale, dpi: dpi, text: text)
    }

    private func render(_ scene: Scene, to format: OutputFormat, scale: Double, dpi: Double?,
                        text: TextEngine) throws -> RenderOutput {
        guard scene.width.isFinite, scene.height.isFinite, scene.width > 0, scene.height > 0 else {
            throw RenderError.invalidSize("the canvas is \(scene.width) × \(scene.height) points")
        }
        switch format {
        case .png: return try PNGOutput.render(scene, scale: scale, dpi: dpi, text: text)
        case .pdf: return try PDFOutput.render(scene, text: text)
        case .svg: return try SVGOutput.render(scene, text: text)
        case .json, .pptx: throw RenderError.notDrawn(format)
        }
    }
}
