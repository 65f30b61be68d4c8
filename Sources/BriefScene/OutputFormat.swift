// The one list of file formats a scene is exported to; each format's exporter is a single entry point of its own.

/// The kinds of file BriefKit writes, chosen by the output's extension: PNG, PDF and SVG through Cairo
/// (BriefRender), the scene itself as JSON (BriefScene), PowerPoint as native shapes (BriefPPTX).
public enum OutputFormat: String, Sendable, Hashable, CaseIterable {
    /// A PNG picture, drawn by Cairo.
    case png
    /// A PDF document with its text, fonts, bookmarks and alt text.
    case pdf
    /// An SVG picture with its text as text.
    case svg
    /// The laid-out scene: every element with its position (the format in scene-format.md).
    case json
    /// A PowerPoint presentation of native, editable shapes.
    case pptx

    /// The format an output path asks for, from its extension (any case); nil for anything else.
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
