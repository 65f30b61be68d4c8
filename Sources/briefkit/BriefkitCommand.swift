// The briefkit command line: subcommands, shared options and the run that turns a file into a picture.

import ArgumentParser
import BriefKit
#if canImport(Glibc)
import Glibc
#endif

@main
struct Briefkit: ParsableCommand {
    /// Starts the phase clock before argument parsing, so `BRIEFKIT_TIMING` reports start-up too, and
    /// fontconfig's set-up, so that it overlaps parsing and reading.
    static func main() {
        PhaseTimer.start()
        FontSystem.warmUp()
        main(nil)
    }

    static let configuration = CommandConfiguration(
        commandName: "briefkit",
        abstract: "Turn a briefing file about a diplomatic relationship into diagrams and a one-page briefing.",
        discussion: """
        A briefing file is YAML (or JSON, by its .json extension) with a title, timelines, pillars, \
        outcomes, figures and sources. The output format comes from the output file's extension: \
        .png, .pdf, .svg, or .json for the laid-out scene.

        Examples:
          briefkit timeline Examples/vietnam-uk-2025.yaml -o partners.png
          briefkit timeline Examples/vietnam-uk-2025.yaml -o partners.pdf --width 600 --height 280
          briefkit pillars Examples/vietnam-uk-2025.yaml -o pillars.png
          briefkit validate Examples/*.yaml
        """,
        subcommands: [TimelineCommand.self, PillarsCommand.self, ReportCommand.self, ValidateCommand.self, StylesCommand.self,
                      TemplatesCommand.self])
}

/// Options every drawing command shares.
struct DrawingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "The file to write; its extension (.png, .pdf, .svg, .json) picks the format.", valueName: "OUT"))
    var output: String

    @Option(help: ArgumentHelp("Canvas width in points (1 pt = 1 px at --scale 1).", valueName: "PT"))
    var width: Double?

    @Option(help: ArgumentHelp("Canvas height in points.", valueName: "PT"))
    var height: Double?

    @Option(help: ArgumentHelp("PNG pixels per point (default 2: crisp on screens and slides).", valueName: "N"))
    var scale: Double = 2

    @Option(help: ArgumentHelp("A style name from Styles/ (see `briefkit styles`) or a style file's path.",
                               valueName: "NAME|PATH"))
    var style: String = "default"

    func validate() throws {
        guard OutputKind(path: output) != nil else {
            throw ValidationError("cannot tell the format of '\(output)': end it in \(OutputKind.extensionList)")
        }
        for (name, value) in [("--width", width), ("--height", height)] {
            if let v = value, !(v.isFinite && v >= 50 && v <= 20_000) {
                throw ValidationError("\(name) must be between 50 and 20000 points (got \(v))")
            }
        }
        guard scale.isFinite, scale > 0, scale <= 16 else {
            throw ValidationError("--scale must be above 0 and at most 16 (got \(scale))")
        }
    }

    /// The canvas, from the options or the diagram's default; PNGs are capped at 400 megapixels.
    func canvas(default size: Size) throws -> Size {
        let s = Size(width: width ?? size.width, height: height ?? size.height)
        if OutputKind(path: output) == .png && s.width * s.height * scale * scale > 400_000_000 {
            throw ValidationError("a \(Int(s.width * scale))×\(Int(s.height * scale)) px PNG is too large; lower --scale or the size")
        }
        return s
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
            for w in error.warnings { say(w.description) }
            say(error.description)
            throw ExitCode.failure
        }
    }

    static func style(_ nameOrPath: String) throws -> Style {
        do {
            let loaded = try StyleCatalog.load(nameOrPath)
            for w in loaded.warnings { say(w.description) }
            return loaded.style
        } catch let error as BriefingLoadError {
            say(error.description)
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
        do {
            let out = try renderFile(result.scene, kind: kind, scale: options.scale, measurer: measurer)
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
