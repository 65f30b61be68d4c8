// libFuzzer's entry point: each input goes through `FuzzInput.exercise` (decoder, every layout, the audit).

import BriefTestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

/// BRIEFKIT_FUZZ_MEASURER=pango lays out with the real Pango measurer instead of the fixed-width one. One
/// measurer for the whole process, so its caches work as in the CLI; libFuzzer calls in from one thread only.
nonisolated(unsafe) private let measurer = FuzzInput.Measurer(named: environment("BRIEFKIT_FUZZ_MEASURER"))

/// With BRIEFKIT_FUZZ_STRICT=1 a broken layout guarantee or a YAML/JSON disagreement is a finding too;
/// by default only crashes, hangs and memory blow-ups are.
private let strict = environment("BRIEFKIT_FUZZ_STRICT") == "1"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let report = FuzzInput.exercise(bytes, with: measurer)
    if strict {
        // A trap (not a thrown error), so libFuzzer keeps the input as a crash with this message.
        if report.modesDisagree { fatalError("YAML and JSON mode read different briefings") }
        if let first = report.layoutProblems.first {
            fatalError("layout guarantee broken (\(report.layoutProblems.count) problems): \(first)")
        }
    }
    return 0
}
