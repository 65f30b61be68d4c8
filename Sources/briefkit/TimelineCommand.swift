// `briefkit timeline`: one timeline of a briefing file as PNG, PDF, SVG or scene JSON.

import ArgumentParser
import BriefKit

struct TimelineCommand: BriefingRenderer {
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
        guard !briefing.timelines.isEmpty else {
            throw Run.refuse(loaded, "timelines", file: file, "nothing to draw: the file has no timelines (add a `timelines:` section)")
        }
        let timeline: Timeline
        if let id {
            guard let t = briefing.timelines.first(where: { $0.id == id }) else {
                throw Run.refuse(loaded, "timelines", file: file, Run.noTimeline(id, in: briefing))
            }
            timeline = t
        } else {
            timeline = briefing.timelines[0]
        }
        let style = try Run.style(for: options)
        let size = try canvas.canvas(default: Size(width: 960, height: 400), drawing: options)
        let (language, settings) = try Run.language(for: briefing, style: style)
        let measurer = Run.measurer(settings)
        PhaseTimer.mark("style, language and fonts")
        let result = TimelineLayout(style: style, measurer: measurer, language: language)
            .layout(timeline, size: size, orientation: orientation, title: timeline.title ?? briefing.title)
        PhaseTimer.mark("layout")
        try Run.finish(result, options: options, measurer: measurer, part: "timeline \(timeline.id)")
    }
}

extension TimelineOrientation: ExpressibleByArgument {}
