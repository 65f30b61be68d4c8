// `briefkit deck`: the whole briefing as a PowerPoint presentation of editable slides.

import BriefPPTX
import ArgumentParser
import BriefKit

struct DeckCommand: RenderCommand {
    static let configuration = CommandConfiguration(
        commandName: "deck",
        abstract: "Make a presentation of the whole briefing: title, summary, timelines, pillars, outcomes, sources.",
        discussion: """
        Writes a PowerPoint deck (16:9 unless --size says otherwise) whose slides are native, editable shapes: \
        text boxes with the real text at fixed sizes (no autofit), shapes for markers, bars and rules, alt text \
        on each slide, and speaker notes holding the summary and the sources. A part the briefing has no data \
        for gets no slide. With --into the slides are added to an existing deck at its own size instead, \
        replacing the ones an earlier run added from the same briefing.

        Examples:
          briefkit deck Examples/vietnam-uk-2025.yaml -o briefing.pptx
          briefkit deck Examples/vietnam-uk-2025.yaml --into our-deck.pptx --at 3
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json); several, or folders of them, with --out-dir.",
                                 valueName: "FILE"))
    var files: [String]

    @OptionGroup var canvas: CanvasOptions
    @OptionGroup var options: DrawingOptions
    @OptionGroup var batch: BatchOptions

    static let defaultName = "{stem}.pptx"

    func validate() throws {
        try validateInputs()
        for name in [options.output, batch.name].compactMap({ $0 }) where OutputFormat(path: name) != .pptx {
            throw ValidationError("a deck is a PowerPoint file: end \(name == options.output ? "-o" : "--name") in .pptx "
                                  + "(or add it to a deck with --into)")
        }
    }

    func render(_ file: String) throws {
        let loaded = try Run.briefing(file)
        let briefing = loaded.briefing
        let style = try Run.style(for: options)
        let size = try canvas.canvas(default: Size(width: 960, height: 540), drawing: options)
        let (language, measurer) = try Run.measuring(briefing, style: style, warming: true)
        PhaseTimer.mark("read briefing, style and language")
        let pages = try Run.layout(.deck(size: size), of: loaded, file: file, style: style, measurer: measurer,
                                   language: language)
        PhaseTimer.mark("layout")
        for n in pages.flatMap(\.result.notices) { Run.say("briefkit: note: \(n)") }
        let date = SourceDate.fromEnvironment()
        let slides = pages.map { PPTXSlideContent(scene: SourceDate.stamp($0.result.scene, with: date), notes: $0.notes) }
        try Run.addToDeck(slides, part: "deck", options: options, measurer: measurer)
    }
}
