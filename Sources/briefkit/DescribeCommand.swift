// `briefkit describe`: the alt text of each diagram in a briefing file, one line each.

import BriefLayout
import ArgumentParser
import BriefKit

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: "Print the alt text (a text description) of each diagram in a briefing file.",
        discussion: """
        One line per diagram: `timeline ID: …` for each timeline (or only the one --id names) and \
        `pillars: …` for the pillar diagram, the same text the PDF (Subject), SVG (<desc>) and scene JSON \
        carry. The pillars text is that of the diagram at its default size and style (or --style), since \
        it names what the drawing shows.

        Example:
          briefkit describe Examples/vietnam-uk-2025.yaml --id partnerships
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json).", valueName: "FILE"))
    var file: String

    @Option(help: ArgumentHelp("Describe only the timeline with this id.", valueName: "ID"))
    var id: String?

    @Option(help: ArgumentHelp("A style name or path, for the pillar diagram's layout.", valueName: "NAME|PATH"))
    var style: String = "default"

    func run() throws {
        let loaded = try Run.briefing(file)
        let briefing = loaded.briefing
        var timelines = briefing.timelines
        if let id {
            timelines = timelines.filter { $0.id == id }
            guard !timelines.isEmpty else {
                throw Run.refuse(loaded, "timelines", file: file, Drawing.unknownTimeline(id, in: briefing).message)
            }
        }
        let style = try Run.style(style)
        let (language, settings) = try Run.language(for: briefing, style: style)
        for t in timelines { print("timeline \(t.id): " + TimelineLayout.describe(t, in: language)) }
        guard id == nil, let pillars = briefing.pillars else {
            if timelines.isEmpty {
                Run.say("\(file): nothing to describe: the file has no timelines and no `pillars:` section")
                throw ExitCode.failure
            }
            return
        }
        let measurer = Run.measurer(settings)
        let scene = PillarsLayout(style: style, measurer: measurer, language: language)
            .layout(pillars, outcomes: briefing.outcomes, size: Size(width: 960, height: 540), showOutcomes: true,
                    parties: briefing.parties).scene
        if let text = scene.metadata.description { print("pillars: " + text) }
    }
}
