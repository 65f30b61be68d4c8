// `briefkit watch`: re-renders the report (or a diagram) whenever the briefing, an events CSV it names, or its
// style or template changes, in the same process, so nothing starts up again between saves.

import ArgumentParser
import BriefKit

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch", _superCommandName: "briefkit",
        abstract: "Render OUT now and again after every save of the briefing, its CSV, style or template.",
        discussion: """
        Renders the one-page report (or, with --diagram, the first timeline or the pillars) and then waits. \
        Each change to a file the render read is followed by a new render, written atomically, and one line on \
        standard error: the time it took and its notes, or the error with its location (the last good OUT \
        stays as it was). Stop it with Ctrl-C.

        Example:
          briefkit watch my-briefing.yaml -o briefing.pdf
        """)

    enum Diagram: String, ExpressibleByArgument, CaseIterable { case report, timeline, pillars }

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("What to render: report (default), timeline or pillars.", valueName: "KIND"))
    var diagram: Diagram = .report

    @Option(help: ArgumentHelp("The report template, by name or path (see `briefkit templates`).", valueName: "NAME|PATH"))
    var template: String = "a4"

    @Option(help: ArgumentHelp("The timeline to show, by its id (default: the first).", valueName: "ID"))
    var timeline: String?

    @OptionGroup var options: DrawingOptions

    func run() throws {
        try RenderLoop.run { Run.say(renderOnce()) }
    }

    /// The drawing options as the render command reads them.
    private var arguments: [String] {
        var a = [file] + (options.into.map { ["--into", $0] } ?? ["-o", options.target]) + ["--style", options.style]
        if let at = options.at { a += ["--at", String(at)] }
        if let scale = options.scale { a += ["--scale", String(scale)] }
        if let dpi = options.dpi { a += ["--dpi", String(dpi)] }
        if let background = options.background { a += ["--background", background.argument] }
        return a
    }

    /// One render, its messages gathered into a single line.
    private func renderOnce() -> String {
        let attempt = RenderLoop.attempt {
            switch diagram {
            case .report:
                try ReportCommand.parse(arguments + ["--template", template] + (timeline.map { ["--timeline", $0] } ?? [])).run()
            case .timeline:
                try TimelineCommand.parse(arguments + (timeline.map { ["--id", $0] } ?? [])).run()
            case .pillars:
                try PillarsCommand.parse(arguments).run()
            }
        }
        let clock = RenderLoop.clockTime()
        if attempt.failed {
            return "briefkit: \(clock) \(options.target) not updated (kept the last good one): "
                + attempt.problems.joined(separator: "; ")
        }
        return "briefkit: \(clock) wrote \(options.target) in \(attempt.milliseconds) ms"
            + (attempt.notes.isEmpty ? "" : "; " + attempt.notes.joined(separator: "; "))
    }
}
