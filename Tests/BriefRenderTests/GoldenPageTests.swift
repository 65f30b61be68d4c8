// The example briefing page against a checked-in picture of it: catches a layout or rendering change
// that every geometric test would let through (a block moved, a colour changed, text gone).
//
// After an intended change to the page, look at the new picture and then record it:
//     BRIEFKIT_UPDATE_GOLDEN=1 swift test --filter GoldenPageTests

import BriefKit
import BriefLayout
import BriefTestSupport
import BriefModel
import BriefRender
import Foundation
import Testing

@Suite struct GoldenPageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The example briefings with a recorded page: English, Vietnamese and Arabic (right to left).
    static let examples = ["vietnam-uk-2025", "vietnam-uk-2025.vi", "vietnam-uk-2025.ar"]
    static func golden(_ example: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures/golden/\(example)-a4.png")
    }
    static let golden = golden("vietnam-uk-2025")

    /// Pixels whose channels differ by more than this count as changed (anti-aliasing noise stays under it).
    static let channelTolerance = 40
    /// The share of changed pixels the page may have: 8 of its 501,000, less than one glyph (rendering is
    /// deterministic with the same fonts and libraries; this absorbs a stray anti-aliasing difference).
    static let changedShare = 8.0 / (595 * 842)

    /// The example's page as PNG bytes at 72 dpi (595 × 842 px), with `edit` applied to the briefing first.
    func pageBytes(_ example: String = "vietnam-uk-2025", _ edit: (inout Briefing) -> Void = { _ in }) throws -> [UInt8] {
        var briefing = try BriefingLoader.load(path: Self.root.appendingPathComponent("Examples/\(example).yaml").path)
            .briefing
        edit(&briefing)
        // As the CLI sets the page: the briefing's language, its words and its text settings.
        let language = try LanguageCatalog.language(for: briefing).language
        let measurer = PangoMeasurer(settings: TextSettings(briefing: briefing, language: language, style: .standard))
        let scene = ReportLayout(style: .standard, measurer: measurer, language: language).layout(briefing).scene
        return try Renderer().render(scene, to: .png, reusing: measurer).bytes
    }

    func page(_ edit: (inout Briefing) -> Void = { _ in }) throws -> DecodedPNG {
        try DecodedPNG(pageBytes("vietnam-uk-2025", edit))
    }

    /// The share of pixels that differ beyond the channel tolerance (1 when the sizes differ).
    func changed(_ a: DecodedPNG, _ b: DecodedPNG) -> Double {
        guard a.width == b.width, a.height == b.height else { return 1 }
        var count = 0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let p = a.pixel(x, y), q = b.pixel(x, y)
                if max(abs(p.a - q.a), abs(p.r - q.r), abs(p.g - q.g), abs(p.b - q.b)) > Self.channelTolerance {
                    count += 1
                }
            }
        }
        return Double(count) / Double(a.width * a.height)
    }

    @Test(arguments: examples)
    func examplePageMatchesItsPicture(_ example: String) throws {
        let bytes = try pageBytes(example)
        let path = Self.golden(example)
        if ProcessInfo.processInfo.environment["BRIEFKIT_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: path)
        }
        let page = try DecodedPNG(bytes)
        #expect(page.width == 595 && page.height == 842)
        let golden = try DecodedPNG(Array(Data(contentsOf: path)))
        let share = changed(page, golden)
        #expect(share <= Self.changedShare,
                "\(Int((share * 595 * 842).rounded())) of the page's pixels differ from \(path.path); if the change is meant, look at the page and re-record it (BRIEFKIT_UPDATE_GOLDEN=1)")
    }

    /// The tolerance is tight enough to see small changes: one outcome fewer, or one character more in
    /// the title, does not pass for the recorded page.
    @Test func aSmallChangeIsNotWithinTolerance() throws {
        let golden = try DecodedPNG(Array(Data(contentsOf: Self.golden)))
        let edited = try page { $0.outcomes.removeLast() }
        #expect(changed(edited, golden) > Self.changedShare)
        let retitled = try page { $0.title += "!" }
        #expect(changed(retitled, golden) > Self.changedShare)
    }
}
