// `briefkit pillars`: the temple diagram of a briefing's cooperation pillars.

import ArgumentParser
import BriefKit

struct PillarsCommand: RenderCommand {
    static let configuration = CommandConfiguration(
        commandName: "pillars",
        abstract: "Draw the pillar (temple) diagram: a roof over the cooperation pillars on a stepped foundation.",
        discussion: """
        Columns are equal, their titles share one size; each column lists its items and the outcomes whose \
        `pillar` names it (marked by kind) unless --no-outcomes. Many columns break into tiers rather than \
        shrink below the style's smallest type; anything cut is named on standard error. The default canvas \
        is 960×540 pt (16:9).
        """)

    @Argument(help: ArgumentHelp("The briefing file (.yaml, .yml or .json); several, or folders of them, with --out-dir.",
                                 valueName: "FILE"))
    var files: [String]

    @Flag(help: "Leave the outcomes out of the columns.")
    var noOutcomes = false

    @OptionGroup var canvas: CanvasOptions
    @OptionGroup var options: DrawingOptions
    @OptionGroup var batch: BatchOptions

    static let defaultName = "{stem}-pillars.png"

    func validate() throws { try validateInputs() }

    func render(_ file: String) throws {
        let loaded = try Run.briefing(file)
        let briefing = loaded.briefing
        let style = try Run.style(for: options)
        let size = try canvas.canvas(default: Size(width: 960, height: 540), drawing: options)
        let (language, measurer) = try Run.measuring(briefing, style: style, warming: true)
        let result = try Run.layout(.pillars(size: size, showOutcomes: !noOutcomes), of: loaded, file: file,
                                    style: style, measurer: measurer, language: language)[0].result
        try Run.finish(result, options: options, measurer: measurer, part: "pillars")
    }
}
