// The library's entry point: a briefing in, the bytes of a picture out, safe to call from any number of tasks.

import BriefLayout
import BriefPPTX
import BriefRender
import Synchronization

/// The bytes of a rendered file, what was cut or adjusted to make it, and its alt text.
public struct RenderedFile: Sendable {
    /// The complete file.
    public var bytes: [UInt8]
    /// Its format.
    public var format: OutputFormat
    /// What the layout cut or shrank to fit, one line each (the command line prints them as `note:`).
    public var notices: [String]
    /// Problems that did not stop the render, such as characters no installed font can draw.
    public var warnings: [String]
    /// The picture's description (alt text), in the briefing's language.
    public var description: String?

    /// Writes the file to `path` atomically: a temporary file beside it, renamed over it when complete, so a
    /// failure leaves any earlier file at `path` as it was.
    ///
    /// - Parameter path: Where to write, as a path; its folder must exist.
    /// - Throws: ``FileWriteError`` naming the path and the system's reason.
    public func write(to path: String) throws {
        try AtomicFile.write(bytes, to: path)
    }
}

/// Renders briefings for a Swift program, as the `briefkit` command line does (it lays out through the same
/// ``Drawing``):
///
/// ```swift
/// let briefing = try BriefingLoader.load(path: "Examples/vietnam-uk-2025.yaml").briefing
/// let page = try await BriefKitRenderer().render(briefing, .report(), as: .pdf)
/// try page.write(to: "briefing.pdf")
/// ```
///
/// Any number of tasks may render at once and get the bytes a single-threaded run would: the text measuring and
/// drawing of every render runs on one thread of BriefKit's own, one render after another (Pango must not run
/// on two threads at once), while loading the style and language happens in the caller's task. That thread keeps
/// its fonts and measurements, so the renders after the first start warm.
public struct BriefKitRenderer: Sendable {
    /// The look: `Style.standard` unless set (``StyleCatalog/load(_:)`` loads a shipped style by name).
    public var style: Style
    /// PNG pixels per point (2: crisp on screens and slides).
    public var scale: Double = 2
    /// The resolution a PNG records, in dots per inch (nil: 72 × scale).
    public var dpi: Double?
    /// The document date for a briefing without a date of its own, ISO 8601 (`SourceDate.fromEnvironment()`
    /// reads SOURCE_DATE_EPOCH; the library itself never reads the environment).
    public var documentDate: String?

    /// A renderer drawing in `style`.
    ///
    /// - Parameter style: The look; `Style.standard` (the shipped `default` style) unless given.
    public init(style: Style = .standard) { self.style = style }

    /// A renderer drawing in the style `nameOrPath` (a shipped style, see ``StyleCatalog``, or a style file).
    ///
    /// - Parameter nameOrPath: A shipped style's name (`default`, `print`, `dark`, …) or a style file's path.
    /// - Throws: ``StyleNotFound`` for an unknown name; a located `BriefingLoadError` for a broken style file.
    public init(styleNamed nameOrPath: String) throws { self.init(style: try StyleCatalog.load(nameOrPath).style) }

    /// The bytes of `drawing` of `briefing` in `format`. A deck is PowerPoint only; throws
    /// ``Drawing/NothingToDraw`` when the briefing lacks what the drawing shows, and the renderer's errors.
    ///
    /// - Parameters:
    ///   - briefing: The briefing, loaded by `BriefingLoader` or built in code.
    ///   - drawing: What to draw: a timeline, the pillars, the report or a deck.
    ///   - format: The file format; ``Drawing/deck(size:)`` is `.pptx` only.
    /// - Returns: The file's bytes, with the layout's notices, warnings and the alt text.
    public func render(_ briefing: Briefing, _ drawing: Drawing, as format: OutputFormat) async throws -> RenderedFile {
        if case .deck = drawing, format != .pptx {
            throw Drawing.NothingToDraw(key: "", message: "a deck is a PowerPoint file: render it as .pptx")
        }
        let language = try LanguageCatalog.language(for: briefing).language
        let settings = TextSettings(briefing: briefing, language: language, style: style)
        let (style, scale, dpi, date) = (self.style, self.scale, self.dpi, documentDate)
        return try await PangoThread.shared.run {
            Self.inPango.enter()
            defer { Self.inPango.leave() }
            let measurer = Self.measurer(settings)
            let pages = try drawing.layout(briefing, style: style, measurer: measurer, language: language)
            let scenes = pages.map { SourceDate.stamp($0.result.scene, with: date) }
            let notices = pages.flatMap(\.result.notices)
            if format == .pptx, case .deck = drawing {
                let slides = zip(scenes, pages).map { PPTXSlideContent(scene: $0, notes: $1.notes) }
                return RenderedFile(bytes: try PPTXOutput.deck(slides), format: format, notices: notices,
                                    warnings: scenes.flatMap { renderWarnings($0, measurer: measurer) },
                                    description: scenes.first?.metadata.description)
            }
            let out = try renderFile(scenes[0], format: format, scale: scale, dpi: dpi, measurer: measurer)
            return RenderedFile(bytes: out.bytes, format: format, notices: notices, warnings: out.warnings,
                                description: scenes[0].metadata.description)
        }
    }

    /// How many renders are measuring or drawing at this moment, and the most there ever were: tests check
    /// that it never passes one.
    package static let inPango = Occupancy()

    /// The rendering thread's measurers, kept from one render to the next. Only ``PangoThread`` uses them.
    nonisolated(unsafe) private static let measurers = MeasurerCache(keeping: 16)

    private static func measurer(_ settings: TextSettings) -> PangoMeasurer { measurers.measurer(settings) }
}

/// A count of callers inside a section, and its highest value.
package final class Occupancy: Sendable {
    private let state = Mutex((now: 0, most: 0))

    package func enter() { state.withLock { $0.now += 1; $0.most = max($0.most, $0.now) } }
    package func leave() { state.withLock { $0.now -= 1 } }
    /// The most callers that were ever inside at once.
    package var most: Int { state.withLock { $0.most } }
}
