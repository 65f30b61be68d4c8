// BRIEFKIT_TIMING=1 prints how long each phase took on standard error, for profiling whole runs.

#if canImport(Glibc)
import Glibc
#endif

/// Milliseconds per phase since the last mark, printed only when `BRIEFKIT_TIMING` is set.
enum PhaseTimer {
    nonisolated(unsafe) private static var last = now()
    private static let enabled = getenv("BRIEFKIT_TIMING") != nil

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }

    /// Touches the clock (it starts on first use).
    static func start() { _ = last }

    static func mark(_ phase: String) {
        guard enabled else { return }
        let t = now()
        Run.say("briefkit: timing: \(phase) \(Double(Int((t - last) * 10)) / 10) ms")
        last = t
    }
}
