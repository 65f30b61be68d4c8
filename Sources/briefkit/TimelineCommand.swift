// `briefkit timeline`: one timeline of a briefing file as PNG, PDF, SVG or scene JSON.

import ArgumentParser
import BriefKit

struct TimelineCommand: RenderCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw a timeline: every event at its true date, labels that never overlap.",
        discussion: """
        Events on the same date share a marker; highlighted events are drawn in the accent colour and bold; \
        groups get colours and a legend; periods are pale bands. When labels cannot all fit even at the \
        style's smallest type, the rest stay as markers and the command says so on standard error.
        The default canvas is 960×400 pt (horizontal); a tall canvas (height over 1.15 × width) gets a vertical \
        timeline unless --orientation says otherwise.
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json); several, or folders of them, with --out-dir.",
                                 valueName: "FILE"))
    var files: [String]

    @Option(help: ArgumentHelp("Which timeline to draw, by its id (default: the first).", valueName: "ID"))
    var id: String?

    @Option(help: ArgumentHelp("horizontal or vertical (default: from the canvas shape).", valueName: "WAY"))
    var orientation: TimelineOrientation?

    @OptionGroup var canvas: CanvasOptions
    @OptionGroup var options: DrawingOptions
    @OptionGroup var batch: BatchOptions

    static let defaultName = "{stem}.png"

    func validate() throws { try validateInputs() }

    func render(_ file: String) throws {
        PhaseTimer.mark("arguments")
        let loaded = try Run.briefing(file)
        let briefing = loaded.briefing
        PhaseTimer.mark("read briefing")
        let style = try Run.style(for: options)
        let size = try canvas.canvas(default: Size(width: 960, height: 400), drawing: options)
        let (language, measurer) = try Run.measuring(briefing, style: style, warming: false)
        PhaseTimer.mark("style, language and fonts")
        let result = try Run.layout(.timeline(id: id, size: size, orientation: orientation), of: loaded, file: file,
                                    style: style, measurer: measurer, language: language)[0].result
        PhaseTimer.mark("layout")
        try Run.finish(result, options: options, measurer: measurer, part: "timeline \(id ?? briefing.timelines[0].id)")
    }
}

extension TimelineOrientation: ExpressibleByArgument {}
