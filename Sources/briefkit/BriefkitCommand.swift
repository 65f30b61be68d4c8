// The briefkit command line: subcommands, shared options and the run that turns a file into a picture.

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
        if bk_launch_fontconfig_started() != 0 {
            FontSystem.adopt(waitingWith: { bk_launch_wait_fontconfig() })
        } else {
            FontSystem.warmUp()
        }
        runSubcommand(Array(CommandLine.arguments.dropFirst()))
        // Success (a failure exits inside): leave without the libraries' teardown at exit, which frees
        // nothing the system would not, after flushing what was printed.
        fflush(nil)
        _exit(0)
    }

    /// Runs `briefkit NAME ARGS…` by parsing ARGS as NAME's own arguments (its `_superCommandName` keeps
    /// its usage reading "briefkit NAME"). Parsing through the whole command tree also parses the root's
    /// and checks for a completion-script request first: a sixth of drawing a timeline, on the main
    /// thread while fontconfig starts. Anything but a plain run of a subcommand (help, a mistake, no
    /// subcommand, a completion script) goes through the whole tree, so every message reads as it did.
    private static func runSubcommand(_ arguments: [String]) {
        guard let name = arguments.first,
              let type = configuration.subcommands.first(where: { $0._commandName == name }),
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
          briefkit validate Examples/*.yaml
        """,
        subcommands: [TimelineCommand.self, PillarsCommand.self, ReportCommand.self, DescribeCommand.self,
                      ValidateCommand.self, StylesCommand.self, TemplatesCommand.self])
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
        "The file to write; its extension (.png, .pdf, .svg, .json) picks the format.", valueName: "OUT"))
    var output: String

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG pixels per point (default 2: crisp on screens and slides).", valueName: "N"))
    var scale: Double?

    @Option(parsing: .unconditional, help: ArgumentHelp("PNG resolution in dots per inch: sets the scale to N/72 and records N in the file "
                               + "(pHYs), so 300 prints at its true size. Not with --scale.", valueName: "N"))
    var dpi: Double?

    @Option(help: ArgumentHelp("transparent (no background; PNG with alpha) or a colour #RRGGBB "
                               + "(default: the style's background).", valueName: "transparent|#RRGGBB"))
    var background: BackgroundOption?

    @Option(help: ArgumentHelp("A style name from Styles/ (see `briefkit styles`) or a style file's path.",
                               valueName: "NAME|PATH"))
    var style: String = "default"

    /// PNG pixels per point: from --dpi, else --scale, else 2.
    var pixelsPerPoint: Double { dpi.map { $0 / 72 } ?? scale ?? 2 }

    func validate() throws {
        guard OutputKind(path: output) != nil else {
            throw ValidationError("cannot tell the format of '\(output)': end it in \(OutputKind.extensionList)")
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

    /// PNGs are capped at 400 megapixels.
    func checkPixels(_ s: Size) throws {
        let ppp = pixelsPerPoint
        if OutputKind(path: output) == .png && s.width * s.height * ppp * ppp > 400_000_000 {
            throw ValidationError("a \(Int(s.width * ppp))×\(Int(s.height * ppp)) px PNG is too large; lower --scale or the size")
        }
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
    /// Prints to standard error.
    static func say(_ line: String) {
        var stderr = StandardError()
        print(line, to: &stderr)
    }

    /// Loads a briefing, printing its warnings; a broken file ends the command with its errors.
    static func briefing(_ path: String) throws -> Briefing {
        do {
            let loaded = try BriefingLoader.load(path: path)
            for w in loaded.warnings { say(w.description) }
            return loaded.briefing
        } catch let error as BriefingLoadError {
            say(error.listing)
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
        do {
            let loaded = try StyleCatalog.load(nameOrPath)
            for w in loaded.warnings { say(w.description) }
            return loaded.style
        } catch let error as BriefingLoadError {
            say(error.listing)
            throw ExitCode.failure
        } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
        }
    }

    /// Prints the layout's notices, renders the scene and writes it atomically.
    static func finish(_ result: LayoutResult, options: DrawingOptions, measurer: PangoMeasurer) throws {
        for n in result.notices { say("briefkit: note: \(n)") }
        guard let kind = OutputKind(path: options.output) else { throw ExitCode.failure }
        var scene = result.scene
        if case .transparent = options.background { scene.background = nil }
        do {
            let out = try renderFile(scene, kind: kind, scale: options.pixelsPerPoint, dpi: options.dpi,
                                     measurer: measurer)
            PhaseTimer.mark("render")
            for w in out.warnings { say("briefkit: warning: \(w)") }
            try AtomicFile.write(out.bytes, to: options.output)
            PhaseTimer.mark("write")
        } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
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
