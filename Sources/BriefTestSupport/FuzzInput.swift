// One fuzz input through decoder and layouts: the body of the libFuzzer harness (Fuzz/) and of its corpus replay test.

import BriefKit
import BriefLayout
import BriefModel
import BriefRender
import BriefScene

/// Runs arbitrary bytes through `BriefingLoader.decode` and, when they load, through every layout.
///
/// Both the fuzzer (`Fuzz/`, `Scripts/fuzz.sh`) and the regression test over `Tests/Fixtures/fuzz/corpus/`
/// call `exercise`, so a committed reproducer replays exactly what the fuzzer ran.
public enum FuzzInput {
    /// What one input did; a crash or a hang is the finding, this only describes a normal end.
    public struct Report: Sendable, Hashable {
        /// Whether YAML decoding (or JSON, for input that looks like JSON) accepted the bytes.
        public var loaded = false
        /// Whether JSON mode was tried too (the first non-blank byte is `{` or `[`).
        public var triedJSON = false
        /// Scenes laid out: each timeline twice (across and down), the pillars, the report page.
        public var scenes = 0
        /// `Scene.audit()` problems other than elisions that a notice announces; not a crash, but a broken
        /// layout guarantee (scene-format.md) that strict mode turns into one.
        public var layoutProblems: [String] = []
        /// Set when YAML and JSON mode both accepted the bytes but read different briefings.
        public var modesDisagree = false

        public init() {}
    }

    /// The canvases of the CLI's defaults (a 960×400 timeline, a 960×540 temple) plus a tall one, so the
    /// vertical timeline runs as well.
    static let timelineSizes = [Size(width: 960, height: 400), Size(width: 420, height: 720)]
    static let pillarsSize = Size(width: 960, height: 540)

    /// Decodes `bytes` (YAML always; JSON as well when they start like JSON, since JSON mode refuses the
    /// rest at once) and lays out everything that loaded with `measurer`, auditing each scene when `audit`.
    package static func exercise(_ bytes: [UInt8], measurer: any TextMeasurer = FixedMeasurer(),
                                audit: Bool = true) -> Report {
        var report = Report()
        let yaml = try? BriefingLoader.decode(bytes: bytes, file: "fuzz.yaml", json: false)
        var json: LoadedBriefing? = nil
        if looksLikeJSON(bytes) {
            report.triedJSON = true
            json = try? BriefingLoader.decode(bytes: bytes, file: "fuzz.json", json: true)
        }
        if let a = yaml?.briefing, let b = json?.briefing, a != b { report.modesDisagree = true }
        guard let briefing = yaml?.briefing ?? json?.briefing else { return report }
        report.loaded = true

        var results: [(name: String, result: LayoutResult)] = []
        let language = (try? LanguageCatalog.language(for: briefing))?.language ?? TestLanguages.english
        let timelines = TimelineLayout(style: .standard, measurer: measurer, language: language)
        for (i, timeline) in briefing.timelines.enumerated() {
            for size in timelineSizes {
                let result = timelines.layout(timeline, size: size, title: timeline.title ?? briefing.title)
                results.append(("timelines[\(i)] \(Int(size.width))x\(Int(size.height))", result))
            }
        }
        if let pillars = briefing.pillars {
            results.append(("pillars", PillarsLayout(style: .standard, measurer: measurer, language: language)
                .layout(pillars, outcomes: briefing.outcomes, size: pillarsSize, parties: briefing.parties)))
        }
        // The built-in A4 template: the same as Reports/a4.yaml without reading the disk on every input.
        results.append(("report a4", ReportLayout(style: .standard, measurer: measurer, language: language).layout(briefing, template: .a4)))
        report.scenes = results.count

        if audit {
            for (name, result) in results {
                for p in result.scene.audit() where p.kind != .elided || result.notices.isEmpty {
                    report.layoutProblems.append("\(name): \(p)")
                }
            }
        }
        return report
    }

    /// The measurer a harness names: `pango` for the real one (slower, and it sees what Pango makes of odd
    /// text), anything else for `FixedMeasurer`.
    package static func measurer(named name: String?) -> any TextMeasurer {
        name == "pango" ? PangoMeasurer() : FixedMeasurer()
    }

    /// The measurer a harness outside this package names (see ``measurer(named:)``), opaque: measurers are not
    /// part of BriefKit's public surface.
    public struct Measurer: @unchecked Sendable {
        let measurer: any TextMeasurer
        /// `pango` for the real measurer, anything else (or nil) for the fixed-advance one.
        public init(named name: String?) { measurer = FuzzInput.measurer(named: name) }
    }

    /// ``exercise(_:measurer:audit:)`` for a harness outside this package.
    public static func exercise(_ bytes: [UInt8], with measurer: Measurer) -> Report {
        exercise(bytes, measurer: measurer.measurer)
    }

    /// True when the first byte after blanks (and a UTF-8 byte-order mark) opens a JSON object or array.
    static func looksLikeJSON(_ bytes: [UInt8]) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        guard let first = rest.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
