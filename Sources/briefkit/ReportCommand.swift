// `briefkit report`: the one-page briefing (title band, summary, figures, outcomes, timeline, pillars, sources).

import ArgumentParser
import BriefKit

struct ReportCommand: RenderCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Make the one-page briefing: everything in the file on exactly one page.",
        discussion: """
        The page follows a report template (see `briefkit templates`; the page size comes from it): a \
        title band in the style's primary colour, then summary and key figures beside the timeline (down \
        its column) and the sources (linked in PDF), the outcomes, the pillar diagram and a footer. Blocks \
        without data are left out. When the content is too much for one page, type shrinks to the style's \
        minimum and then the lowest-priority content is cut with a "+N more" line (and the type grows \
        back as far as those cuts allow); every cut is named on standard error.

        Example:
          briefkit report Examples/vietnam-uk-2025.yaml -o briefing.pdf --template letter
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json); several, or folders of them, with --out-dir.",
                                 valueName: "FILE"))
    var files: [String]

    @Option(help: ArgumentHelp("A template name from Reports/ (see `briefkit templates`), or a template file's path: "
                               + "a value with a '/' or ending in .yaml, .yml or .json is a path (default: a4; slide with --into, at the "
                               + "deck's size).", valueName: "NAME|PATH"))
    var template: String?

    @Option(help: ArgumentHelp("Which timeline the page shows, by its id (default: the first).", valueName: "ID"))
    var timeline: String?

    @OptionGroup var options: DrawingOptions
    @OptionGroup var batch: BatchOptions

    static let defaultName = "{stem}.pdf"

    // Not options of a report (its template sets the page), but a user coming from `timeline` will try
    // them: accepted here, unlisted, only to say what to do instead.
    @Option(help: .hidden) var size: String?
    @Option(help: .hidden) var width: String?
    @Option(help: .hidden) var height: String?

    func validate() throws {
        try validateInputs()
        if size != nil || width != nil || height != nil {
            throw ValidationError("--size, --width and --height do not apply to a report: the page size comes from its "
                                  + "template; pick another with --template (`briefkit templates` lists them)")
        }
    }

    func render(_ file: String) throws {
        let loaded = try Run.briefing(file)
        let briefing = loaded.briefing
        let style = try Run.style(for: options)
        var page = try Run.template(template ?? (options.into == nil ? "a4" : "slide"))
        if let deck = options.into {
            // The page is the deck's slide, whatever the template's own size.
            let size = try Run.deck(deck).size
            page.width = size.width
            page.height = size.height
        }
        try options.checkPixels(Size(width: page.width, height: page.height), lower: "pick a template with a smaller page")
        let (language, measurer) = try Run.measuring(briefing, style: style, warming: true)
        PhaseTimer.mark("read briefing, style, template and language")
        let result = try Run.layout(.report(template: page, timeline: timeline), of: loaded, file: file, style: style,
                                    measurer: measurer, language: language)[0].result
        PhaseTimer.mark("layout")
        try Run.finish(result, options: options, measurer: measurer, part: "report")
    }
}
