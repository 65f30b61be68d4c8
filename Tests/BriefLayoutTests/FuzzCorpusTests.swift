// Replays the fuzz harness's committed corpus (Tests/Fixtures/fuzz/corpus/) through `FuzzInput.exercise`.

import BriefLayout
import BriefModel
import BriefScene
import BriefTestSupport
import Foundation
import Testing

@Suite struct FuzzCorpusTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz/corpus")

    /// Every file of the corpus, by name, so each is a test case of its own.
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    /// Per input, in a debug build on a busy 2-core machine; the fuzzer's own limit is 10 s in release with ASan.
    static let limit: Duration = .seconds(20)

    @Test func theCorpusIsThereAndPartOfItLoads() throws {
        #expect(Self.files.count >= 50, "\(Self.corpus.path) holds \(Self.files.count) files")
        // The examples are in it: a corpus where nothing decodes would leave the layouts unfuzzed.
        let loaded = try Self.files.filter { FuzzInput.exercise(try Self.bytes($0), audit: false).loaded }
        #expect(loaded.count >= 10, "only \(loaded.count) corpus files load")
    }

    /// Each input ends (a trap here ends the test run, which is the failure), within `limit`, and keeps
    /// the layout guarantees: the corpus holds no known-broken input (those wait in ../findings/).
    @Test(arguments: files) func replays(_ name: String) throws {
        let bytes = try Self.bytes(name)
        let clock = ContinuousClock()
        var report = FuzzInput.Report()
        let took = clock.measure { report = FuzzInput.exercise(bytes) }
        #expect(took < Self.limit, "\(name) took \(took)")
        #expect(report.layoutProblems.isEmpty, "\(name): \(report.layoutProblems.prefix(3))")
        #expect(!report.modesDisagree, "\(name): YAML and JSON mode read different briefings")
        if report.loaded { #expect(report.scenes >= 1, "\(name): loaded but laid nothing out") }
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
    }
}
