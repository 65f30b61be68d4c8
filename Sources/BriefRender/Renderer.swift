// The renderer: a Sendable value that turns a Scene into PNG, PDF or SVG bytes.

import BriefScene
import CCairoPango

/// Renders scenes with Cairo (shapes) and Pango (text). Every C object lives inside one `render` call.
///
/// Text is laid out with the same settings as ``PangoMeasurer``, so a label breaks into the same lines
/// on every surface as it did when layout measured it.
public struct Renderer: Sendable {
    /// A renderer; it holds no state.
    public init() {}

    /// Draws `scene` into a complete file of `format`.
    public func render(_ scene: Scene, to format: OutputFormat) throws -> RenderOutput {
        guard scene.width.isFinite, scene.height.isFinite, scene.width > 0, scene.height > 0 else {
            throw RenderError.invalidSize("the canvas is \(scene.width) × \(scene.height) points")
        }
        // This thread's default font map: fonts stay loaded between renders on one thread.
        let text = TextEngine(threadDefaultFontMap: true)
        switch format {
        case .png(let scale, let dpi): return try PNGOutput.render(scene, scale: scale, dpi: dpi, text: text)
        case .pdf: return try PDFOutput.render(scene, text: text)
        case .svg: return try SVGOutput.render(scene, text: text)
        }
    }
}
