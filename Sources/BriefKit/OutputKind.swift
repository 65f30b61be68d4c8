// What a file name asks for: a picture format, or the scene itself as JSON.

/// The kinds of file BriefKit writes, chosen by the output's extension.
public enum OutputKind: String, Sendable, CaseIterable {
    case png, pdf, svg, json, pptx

    /// The kind an output path asks for, from its extension (any case); nil for anything else.
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }

    /// ".png, .pdf, .svg, .json or .pptx", for messages.
    public static var extensionList: String {
        let names = allCases.map { "." + $0.rawValue }
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// Draws a finished scene into the bytes of `kind`: JSON is the scene itself, PowerPoint its shapes as native
/// slide shapes, the rest go through Cairo.
/// `measurer` is the one layout used, so fonts are loaded once.
public func renderFile(_ scene: Scene, kind: OutputKind, scale: Double, dpi: Double? = nil,
                       measurer: PangoMeasurer) throws -> RenderOutput {
    switch kind {
    case .json:
        return RenderOutput(bytes: Array(scene.jsonText().utf8), warnings: glyphWarnings(scene, measurer: measurer))
    case .pptx:
        return RenderOutput(bytes: try PPTXOutput.render(scene), warnings: glyphWarnings(scene, measurer: measurer))
    case .png: return try Renderer().render(scene, to: .png(scale: scale, dpi: dpi), reusing: measurer)
    case .pdf: return try Renderer().render(scene, to: .pdf, reusing: measurer)
    case .svg: return try Renderer().render(scene, to: .svg, reusing: measurer)
    }
}

/// One warning per text of `scene` with characters no installed font can draw (for outputs Cairo does not draw).
func glyphWarnings(_ scene: Scene, measurer: PangoMeasurer) -> [String] {
    var warnings: [String] = []
    for t in scene.texts {
        let missing = measurer.unknownGlyphCount(t.text, font: t.font)
        if missing > 0 {
            warnings.append("text \"\(t.text)\" has \(missing) character\(missing == 1 ? "" : "s") no installed font can draw")
        }
    }
    return warnings
}
