// The renderer's public vocabulary: results and errors.

import BriefScene
import CCairoPango

/// The bytes of a rendered file and anything worth telling the user about it.
package struct RenderOutput: Sendable, Hashable {
    /// The complete file.
    package var bytes: [UInt8]
    /// Problems that did not stop rendering, e.g. characters no installed font can draw.
    package var warnings: [String]

    /// A result of `bytes` and `warnings`.
    package init(bytes: [UInt8], warnings: [String]) {
        self.bytes = bytes; self.warnings = warnings
    }
}

/// Why a scene could not be rendered.
package enum RenderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The canvas or the requested pixel size is empty, not finite or too large.
    case invalidSize(String)
    /// An element carries a coordinate that is not a finite number.
    case invalidElement(index: Int, detail: String)
    /// Cairo reported an error status.
    case cairo(stage: String, message: String)
    /// The PNG encoder failed (zlib or memory error code).
    case pngEncoding(code: Int32)
    /// The format is not one Cairo draws (JSON and PowerPoint have exporters of their own).
    case notDrawn(OutputFormat)

    package var description: String {
        switch self {
        case .invalidSize(let detail): "cannot render: \(detail)"
        case .invalidElement(let index, let detail): "cannot render element \(index): \(detail)"
        case .cairo(let stage, let message): "Cairo failed while \(stage): \(message)"
        case .pngEncoding(let code): "PNG encoding failed (zlib error \(code))"
        case .notDrawn(let format): "Cairo does not draw .\(format.rawValue) files"
        }
    }

    /// Throws `.cairo` unless `status` is success.
    static func check(_ status: cairo_status_t, stage: String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(stage: stage, message: String(cString: cairo_status_to_string(status)))
        }
    }
}
