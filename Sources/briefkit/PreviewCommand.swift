// `briefkit preview`: a page on 127.0.0.1 with the report and every diagram of a briefing, rendered again after
// every save (the loop of `briefkit watch`) and swapped into the open page through server-sent events.

import ArgumentParser
import BriefKit
import BriefPreviewWire

struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview", _superCommandName: "briefkit",
        abstract: "Show the report and every diagram in a browser page that updates itself after every save.",
        discussion: """
        Serves, on 127.0.0.1 only, a page with the one-page report, each timeline (by its id) and the pillars, \
        drawn as SVG. Each save of the briefing, an events CSV it names, its style or template is followed by a \
        new render in the same process (as with `briefkit watch`), and the open page swaps the pictures in, \
        told through server-sent events (GET /events: one `render` event per render). A save with an error \
        shows the error, with its file, line and column, over the last good pictures. Open the address it \
        prints first (http://127.0.0.1:8765/ unless --port says otherwise); one line on standard error follows \
        per render. Stop it with Ctrl-C.

        Examples:
          briefkit preview my-briefing.yaml
          briefkit preview my-briefing.yaml --port 0 --template letter
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("The port on 127.0.0.1 (0: a free one, printed at start).", valueName: "N"))
    var port: UInt16 = 8765

    @Option(help: ArgumentHelp("The report template, by name or path (see `briefkit templates`).", valueName: "NAME|PATH"))
    var template: String = "a4"

    @Option(help: ArgumentHelp("The style, by name or path (see `briefkit styles`).", valueName: "NAME|PATH"))
    var style: String = "default"

    func run() throws {
        let server = try PreviewServerProcess(file: file, port: port)
        Run.say("briefkit: preview of \(file) at http://127.0.0.1:\(server.port)/ (Ctrl-C to stop)")
        // Every render on this thread, one at a time (Pango is never on two threads); the server shows the results.
        var version = 0
        try RenderLoop.run {
            version += 1
            Run.say(renderOnce(version, into: server))
        }
    }

    /// One render of every picture, sent to the server, and its line.
    private func renderOnce(_ version: Int, into server: PreviewServerProcess) -> String {
        var pictures: [PreviewPicture] = []
        let attempt = RenderLoop.attempt { pictures = try renderPictures() }
        let clock = RenderLoop.clockTime()
        if attempt.failed {
            server.send(PreviewMessage(pictures: nil, error: attempt.problems.joined(separator: "\n"), notes: [], time: clock))
            return "briefkit: \(clock) render \(version) failed (the page keeps the last good pictures): "
                + attempt.problems.joined(separator: "; ")
        }
        server.send(PreviewMessage(pictures: pictures, error: nil, notes: attempt.notes, time: clock))
        let timelines = pictures.filter { $0.name.hasPrefix("timeline-") }.count
        let drawn = ["report"] + (timelines == 0 ? [] : ["\(timelines) timeline\(timelines == 1 ? "" : "s")"])
            + (pictures.contains { $0.name == "pillars.svg" } ? ["pillars"] : [])
        return "briefkit: \(clock) render \(version): \(drawn.joined(separator: ", ")) in \(attempt.milliseconds) ms"
            + (attempt.notes.isEmpty ? "" : "; " + attempt.notes.joined(separator: "; "))
    }

    /// The report, each timeline and the pillars (those the file has), drawn by their own commands into memory.
    private func renderPictures() throws -> [PreviewPicture] {
        let briefing = try Run.briefing(file).briefing
        let look = ["--style", style]
        var pictures = [try draw("report.svg", caption: "The one-page report (template \(template))",
                                 ReportCommand.self, ["--template", template] + look)]
        for timeline in briefing.timelines {
            pictures.append(try draw("timeline-\(timeline.id).svg",
                                     caption: "Timeline \(timeline.id): \(timeline.title ?? briefing.title)",
                                     TimelineCommand.self, ["--id", timeline.id] + look))
        }
        if briefing.pillars != nil {
            pictures.append(try draw("pillars.svg", caption: "Pillars", PillarsCommand.self, look))
        }
        return pictures
    }

    private func draw(_ name: String, caption: String, _ command: any ParsableCommand.Type,
                      _ options: [String]) throws -> PreviewPicture {
        var parsed = try command.parse([file, "-o", name] + options)
        return PreviewPicture(name: name, caption: caption, bytes: try Run.drawing { try parsed.run() })
    }
}
