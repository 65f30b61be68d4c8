// The briefkit command line: subcommands, shared options and the run that turns a file into a picture.

import BriefLayout
import BriefPPTX
import BriefRender
import ArgumentParser
import BriefKit
import CBriefkitLaunch
#if canImport(Glibc)
import Glibc
#endif

@main
struct Briefkit: ParsableCommand {
    /// Starts the phase clock before argument parsing, so `BRIEFKIT_TIMING` reports start-up too, and
    /// makes sure fontconfig's set-up is under way (CBriefkitLaunch starts it before `main`), so that it
    /// overlaps parsing and reading.
    static func main() {
        PhaseTimer.start()
        // An interrupted write (Ctrl-C, kill, a closed terminal) removes its temporary file.
        AtomicFile.removeTemporaryFilesOnSignals()
        if bk_launch_fontconfig_started() != 0 {
            FontSystem.adopt(waitingWith: { bk_launch_wait_fontconfig() })
        } else {
            FontSystem.warmUp()
        }
        LanguageCatalog.preload()
        runSubcommand(Array(CommandLine.arguments.dropFirst()))
        // Success (a failure exits inside): leave without the libraries' teardown at exit, which frees
        // nothing the system would not, after flushing what was printed.
        fflush(nil)
        _exit(0)
    }

    /// Runs `briefkit NAME ARGS…` by parsing ARGS as NAME's own arguments. Parsing through the whole command
    /// tree also parses the root's and checks for a completion-script request first: a sixth of drawing a
    /// timeline, on the main thread while fontconfig starts. Anything but a plain run of a subcommand (help, a
    /// mistake, no subcommand, a completion script) goes through the whole tree, so every message and usage
    /// reads "briefkit NAME" as it always did; only public API is used (the subcommands name themselves).
    private static func runSubcommand(_ arguments: [String]) {
        guard let name = arguments.first,
              let type = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              let parsed = try? type.parseAsRoot(Array(arguments.dropFirst())),
              Swift.type(of: parsed) == type else {
            return main(nil)
        }
        var command = parsed
        // As through the whole tree, a failure of the run is reported by the root command.
        do { try command.run() } catch { exit(withError: error) }
    }

    static let configuration = CommandConfiguration(
        commandName: "briefkit",
        abstract: "Turn a briefing file about a diplomatic relationship into diagrams and a one-page briefing.",
        discussion: """
        A briefing file is YAML (or JSON, by its .json extension) with a title, timelines, pillars, \
        outcomes, figures and sources. The output format comes from the output file's extension: \
        .png, .pdf, .svg, .json for the laid-out scene, or .pptx (one PowerPoint slide of editable shapes).

        Examples:
          briefkit timeline Examples/vietnam-uk-2025.yaml -o partners.png
          briefkit timeline Examples/vietnam-uk-2025.yaml -o partners.pdf --width 600 --height 280
          briefkit pillars Examples/vietnam-uk-2025.yaml -o pillars.png
          briefkit deck Examples/vietnam-uk-2025.yaml -o briefing.pptx
          briefkit timeline Examples/vietnam-uk-2025.yaml --into our-deck.pptx
          briefkit report briefings/ --out-dir pages/ --keep-going
          briefkit validate Examples/*.yaml
          briefkit init my-briefing.yaml

        Every field of the briefing file: docs/format.md (in the repository, next to the README).
        """,
        subcommands: [TimelineCommand.self, PillarsCommand.self, ReportCommand.self, DeckCommand.self, DescribeCommand.self,
                      ValidateCommand.self, InitCommand.self, SchemaCommand.self, WatchCommand.self, PreviewCommand.self,
                      StylesCommand.self, TemplatesCommand.self, LanguagesCommand.self])
}

/// The canvas of a diagram (`timeline`, `pillars`); a report's page comes from its template instead.
/// Numbers are read whatever they look like (`--width -5` is a width, told its range, not a missing value).
struct CanvasOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: ArgumentHelp("Canvas width in points (1 pt = 1 px at --scale 1).", valueName: "PT"))
    var width: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("Canvas height in points.", valueName: "PT"))
    var height: Double?

    @Option(help: ArgumentHelp(
        "The canvas: slide (960×540 pt, 16:9), slide-4x3 (720×540), a4, a4-landscape, letter, square (720×720), "
            + "or WxH with a unit pt (default), in, mm or px (PNG pixels at the chosen --scale or --dpi), "
            + "e.g. 1920x1080px. Not with --width/--height.", valueName: "SIZE"))
    var size: SizeOption?

    func validate() throws {
        if size != nil && (width != nil || height != nil) {
            throw ValidationError("--size sets both sides of the canvas; give either --size or --width/--height, not both")
        }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let v = value, !(v.isFinite && v >= 50 && v <= 20_000) {
                throw ValidationError("\(name) must be between 50 and 20000 points (got \(DrawingOptions.format(v)))")
            }
        }
    }

    /// The canvas, from the options or the diagram's default (`--size … px` counts PNG pixels at the
    /// drawing's scale), checked against the limits.
    func canvas(default fallback: Size, drawing: DrawingOptions) throws -> Size {
        if let deck = drawing.into {
            guard size == nil, width == nil, height == nil else {
                // Said here, not thrown: a ValidationError after parsing would print the root command's usage.
                Run.say("briefkit: error: --into draws at the deck's own slide size; leave out --size, --width and --height")
                throw ExitCode.validationFailure
            }
            return try Run.deck(deck).size
        }
        let s = size?.points(pixelsPerPoint: drawing.pixelsPerPoint)
            ?? Size(width: width ?? fallback.width, height: height ?? fallback.height)
        if size != nil {
            for (name, v) in [("--size width", s.width), ("--size height", s.height)]
            where !(v.isFinite && v >= 50 && v <= 20_000) {
                throw ValidationError("\(name) must be between 50 and 20000 points (got \(DrawingOptions.format(v)))")
            }
        }
        try drawing.checkPixels(s)
        return s
    }
}

/// Options every drawing command shares: the output file and how it is drawn.
struct DrawingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write; its extension (.png, .pdf, .svg, .json, .pptx) picks the format.", valueName: "OUT"))
    var output: String?

    @Option(help: ArgumentHelp("Instead of -o: add the slide to this existing PowerPoint deck, at its own slide size "
                               + "and on its blank layout, replacing the slide this command added before.",
                               valueName: "DECK.pptx"))
    var into: String?

    @Option(help: ArgumentHelp("With --into: the position of the new slide, 1 for the first (default: where the "
                               + "replaced slide was, else after the last).", valueName: "N"))
    var at: Int?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG pixels per point (default 2: crisp on screens and slides).", valueName: "N"))
    var scale: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG resolution in dots per inch: sets the scale to N/72 and records N in the file "
                               + "(pHYs), so 300 prints at its true size. Not with --scale.", valueName: "N"))
    var dpi: Double?

    @Option(help: ArgumentHelp("transparent (no background; PNG with alpha) or a colour #RRGGBB "
                               + "(default: the style's background).", valueName: "transparent|#RRGGBB"))
    var background: BackgroundOption?

    @Option(help: ArgumentHelp("A style name from Styles/ (see `briefkit styles`), or a style file's path: a value "
                               + "with a '/' or ending in .yaml, .yml or .json is a path.", valueName: "NAME|PATH"))
    var style: String = "default"

    /// PNG pixels per point: from --dpi, else --scale, else 2.
    var pixelsPerPoint: Double { dpi.map { $0 / 72 } ?? scale ?? 2 }

    /// The file written: the output, or the deck added to.
    var target: String { output ?? into ?? "" }

    /// The format written (PowerPoint for --into).
    var format: OutputFormat? { into != nil ? .pptx : output.flatMap { OutputFormat(path: $0) } }

    func validate() throws {
        switch (output, into) {
        case (nil, nil): break // --out-dir names the outputs (see RenderCommand.validateInputs)
        case (.some, .some): throw ValidationError("-o writes a new file and --into adds to a deck: give one of them")
        case (.some(let output), nil):
            guard OutputFormat(path: output) != nil else {
                throw ValidationError("cannot tell the format of '\(output)': end it in \(OutputFormat.extensionList)")
            }
            if at != nil { throw ValidationError("--at places a slide in the deck of --into; it does not apply to -o") }
        case (nil, .some(let deck)):
            guard OutputFormat(path: deck) == .pptx else {
                throw ValidationError("--into adds slides to a PowerPoint deck: '\(deck)' does not end in .pptx")
            }
            if let at, at < 1 { throw ValidationError("--at counts slides from 1 (got \(at))") }
        }
        if dpi != nil && scale != nil {
            throw ValidationError("--dpi and --scale both set the PNG's pixels per point (scale = dpi / 72); give one")
        }
        if let scale, !(scale.isFinite && scale > 0 && scale <= 16) {
            throw ValidationError("--scale must be above 0 and at most 16 (got \(DrawingOptions.format(scale)))")
        }
        if let dpi, !(dpi.isFinite && dpi >= 1 && dpi <= 1152) {
            throw ValidationError("--dpi must be between 1 and 1152 (got \(DrawingOptions.format(dpi)))")
        }
    }

    /// The most pixels a PNG may have: 40 megapixels (A4 at 600 dpi is 34.8). Cairo draws a PNG into a whole
    /// picture in memory, 4 bytes a pixel, so this keeps a run at the limit near 200 MiB (measured: 183 MiB).
    static let maximumPixels = 40_000_000.0

    /// Refuses a PNG over `maximumPixels` (before any layout), saying how to stay within it; `lower` names
    /// what sets the size (the canvas options, or a report's template).
    func checkPixels(_ s: Size, lower: String = "make the canvas smaller (--size, --width, --height)") throws {
        let ppp = pixelsPerPoint
        let pixels = s.width * ppp * (s.height * ppp)
        guard format == .png, pixels > Self.maximumPixels else { return }
        let fitting = (Self.maximumPixels / (s.width * s.height)).squareRoot()
        let scale = (fitting * 100).rounded(.down) / 100
        Run.say("briefkit: a \(Int(s.width * ppp))×\(Int(s.height * ppp)) px PNG (\(Self.format((pixels / 1e5).rounded(.up) / 10)) "
            + "megapixels) is over the limit of \(Int(Self.maximumPixels / 1e6)) megapixels; lower --scale or --dpi "
            + "(at most --scale \(Self.format(scale)) or --dpi \(Int((fitting * 72).rounded(.down))) at "
            + "\(Self.format(s.width))×\(Self.format(s.height)) pt), \(lower), "
            + "or write .pdf or .svg, which have no pixels")
        throw ExitCode.failure
    }

    /// `style` with the --background colour, so halos and strokes drawn in the background colour match it.
    func applyBackground(to style: Style) -> Style {
        guard case .color(let c) = background else { return style }
        var s = style
        s.colors.background = c
        return s
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String((v * 100).rounded() / 100)
    }
}

/// Reports, exit codes and the write at the end of every drawing command.
enum Run {
    /// Every file the command has read (briefing, styles, template): the output may replace none of them.
    /// Only the main thread runs a command.
    nonisolated(unsafe) static var inputs: [InputFile] = []

    /// Where `say` writes while `briefkit watch` collects a render's messages for its one line (nil: stderr).
    nonisolated(unsafe) static var captured: [String]?

    /// While `briefkit preview` draws into memory: what `finish` drew, in place of writing it (see `drawing`).
    nonisolated(unsafe) private static var drawn: [UInt8]?
    nonisolated(unsafe) private static var drawsInMemory = false

    /// Runs a drawing command with its output kept in memory instead of written to its file; the bytes.
    static func drawing(_ command: () throws -> Void) throws -> [UInt8] {
        drawsInMemory = true
        defer { drawsInMemory = false; drawn = nil }
        try command()
        guard let drawn else { throw ExitCode.failure }
        return drawn
    }

    /// Prints to standard error (or, while watching, keeps the line for the render's summary).
    static func say(_ line: String) {
        if captured != nil { captured!.append(line); return }
        var stderr = StandardError()
        print(line, to: &stderr)
    }

    /// The files read so far (briefing, events files, styles, template): what `briefkit watch` watches.
    static var inputPaths: [String] { inputs.map(\.path) }

    /// Writes a text file atomically (a file `briefkit` makes that is not a drawing); a failure ends the command.
    static func write(_ text: String, to path: String) throws {
        do { try AtomicFile.write(Array(text.utf8), to: path, keeping: inputs) } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
        }
    }

    /// Forgets the files read, before a new render reads them again.
    static func forgetInputs() { inputs = [] }

    /// Loads a briefing, printing its warnings; a broken file ends the command with its errors.
    static func briefing(_ path: String) throws -> LoadedBriefing {
        inputs.append(InputFile(path, role: "the briefing"))
        let loaded = try ending { try BriefingLoader.load(path: path) }
        for file in loaded.dataFiles { inputs.append(InputFile(file, role: "an events file of the briefing")) }
        for w in loaded.warnings { say(w.description) }
        return loaded
    }

    /// Ends the command with an error about the top-level `key` of the briefing at `file` (located where the
    /// key was written, when it was).
    static func refuse(_ loaded: LoadedBriefing, _ key: String, file: String, _ message: String) -> ExitCode {
        say(loaded.problem(with: key, file: file, message).description)
        return ExitCode.failure
    }

    /// The pages of `drawing` of the briefing loaded from `file`; a briefing without what it shows ends the
    /// command with the problem located at the field at fault.
    static func layout(_ drawing: Drawing, of loaded: LoadedBriefing, file: String, style: Style,
                       measurer: PangoMeasurer, language: Language) throws -> [Drawing.Page] {
        do {
            return try drawing.layout(loaded.briefing, style: style, measurer: measurer, language: language)
        } catch let problem as Drawing.NothingToDraw {
            throw refuse(loaded, problem.key, file: file, problem.message)
        }
    }

    /// The briefing's language (its warnings printed: an unknown tag falls back to English) and the text
    /// settings its pictures are measured and drawn with.
    static func language(for briefing: Briefing, style: Style) throws -> (Language, TextSettings) {
        let loaded = try ending { try LanguageCatalog.language(for: briefing) }
        for w in loaded.warnings { say(w.description) }
        let language = loaded.language
        return (language, TextSettings(briefing: briefing, language: language, style: style))
    }

    /// The measurers of this run, kept from one briefing to the next (see `MeasurerCache`).
    nonisolated(unsafe) private static let measurers = MeasurerCache(keeping: 1)

    /// The measurer for text set with `settings`: the previous briefing's when it had the same settings, so that a
    /// run over many briefings loads fonts and measures a shared word (a heading, a month, a tick) once.
    static func measurer(_ settings: TextSettings) -> PangoMeasurer { measurers.measurer(settings) }

    /// The briefing's language and the measurer its pictures are laid out with; `warming` starts loading the
    /// language's hyphenation dictionary beside the rest of the work (narrow columns are where a word needs it).
    static func measuring(_ briefing: Briefing, style: Style, warming: Bool) throws -> (Language, PangoMeasurer) {
        let (language, settings) = try self.language(for: briefing, style: style)
        if warming { PangoMeasurer.warmUp(settings) }
        return (language, measurer(settings))
    }

    /// Runs a loader; a refused file ends the command with its listing, any other failure with its message.
    private static func ending<T>(_ load: () throws -> T) throws -> T {
        do {
            return try load()
        } catch let error as BriefingLoadError {
            say(error.listing)
            throw ExitCode.failure
        } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
        }
    }

    /// The style of `options`, with its --background; a colour too pale or dark for the text is warned about.
    static func style(for options: DrawingOptions) throws -> Style {
        let base = try style(options.style)
        let style = options.applyBackground(to: base)
        if style != base {
            for problem in StyleContrast.problems(style) { say("briefkit: warning: --background: \(problem)") }
        }
        return style
    }

    /// Loads a style by name or path, printing its warnings; a broken style ends the command.
    static func style(_ nameOrPath: String) throws -> Style {
        let loaded = try ending { try StyleCatalog.load(nameOrPath) }
        for w in loaded.warnings { say(w.description) }
        for (i, file) in loaded.files.enumerated() {
            inputs.append(InputFile(file, role: i == 0 ? "the style" : "a style that \(loaded.files[i - 1]) extends"))
        }
        warnAboutFonts(loaded)
        return loaded.style
    }

    /// Loads a report template by name or path, printing its warnings; a broken template ends the command.
    static func template(_ nameOrPath: String) throws -> ReportTemplate {
        let loaded = try ending { try TemplateCatalog.load(nameOrPath) }
        for w in loaded.warnings { say(w.description) }
        for file in loaded.files { inputs.append(InputFile(file, role: "the template")) }
        return loaded.template
    }

    /// Warns, at the style file's `fontFamily`, when no family of that list is installed (text then falls back
    /// to whatever fontconfig picks). Only a family a style file sets is looked up, once.
    static func warnAboutFonts(_ loaded: LoadedStyle) {
        guard let place = loaded.fontFamilyPlace else { return }
        let family = loaded.style.fontFamily
        let check = FontSystem.check(families: family)
        guard check.noneInstalled else { return }
        let named = check.missing.map { "'\($0)'" }.joined(separator: ", ")
        let instead = check.fallback.map { "'\($0)'" } ?? "no font at all"
        say(Diagnostic(severity: .warning, file: place.file, line: place.line, column: place.column, path: "fontFamily",
                       message: "no installed font has \(check.missing.count == 1 ? "the family" : "any of the families") \(named); "
                           + "text is drawn in \(instead) instead (`fc-list : family` lists the installed ones)")
            .description)
    }

    /// Prints the layout's notices, renders the scene and writes it atomically, unless the output is one of
    /// the files read (or, inside `drawing`, keeps it in memory).
    /// With --into, the slide goes into the deck in place of the one marked `part` (what the command drew, e.g.
    /// "timeline partners") that an earlier run added from the same briefing.
    static func finish(_ result: LayoutResult, options: DrawingOptions, measurer: PangoMeasurer, part: String) throws {
        for n in result.notices { say("briefkit: note: \(n)") }
        guard let kind = options.format, let output = options.output ?? options.into else { throw ExitCode.failure }
        var scene = SourceDate.stamp(result.scene, with: SourceDate.fromEnvironment())
        if case .transparent = options.background { scene.background = nil }
        if options.into != nil {
            return try addToDeck([PPTXSlideContent(scene: scene, notes: scene.metadata.description)], part: part,
                                 options: options, measurer: measurer)
        }
        do {
            let out = try renderFile(scene, format: kind, scale: options.pixelsPerPoint, dpi: options.dpi,
                                     measurer: measurer)
            PhaseTimer.mark("render")
            for w in out.warnings { say("briefkit: warning: \(w)") }
            if drawsInMemory {
                drawn = out.bytes
            } else {
                try AtomicFile.write(out.bytes, to: output, keeping: inputs, whileOpen: testSignal)
                PhaseTimer.mark("write")
            }
        } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
        }
    }

    /// Tests' hook: `BRIEFKIT_TEST_SIGNAL_DURING_WRITE=N` raises signal N halfway through writing the output.
    static var testSignal: (() -> Void)? {
        guard let value = getenv("BRIEFKIT_TEST_SIGNAL_DURING_WRITE"), let n = Int32(String(cString: value)) else {
            return nil
        }
        return {
            // As a signal from outside would come: even when the process started with it blocked (test runners'
            // threads block signals, and a child inherits that).
            var set = sigset_t()
            sigemptyset(&set)
            sigaddset(&set, n)
            pthread_sigmask(SIG_UNBLOCK, &set, nil)
            _ = raise(n)
        }
    }
}

/// Standard error as a TextOutputStream.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        var s = string
        // File descriptor 2 directly: the C `stderr` global is not concurrency-safe in Swift 6.
        s.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress, buffer.count) }
    }
}
