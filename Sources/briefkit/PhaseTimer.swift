// BRIEFKIT_TIMING=1 prints how long each phase took on standard error, for profiling whole runs: wall
// time, and the main thread's processor time in it (less when it waited, for fontconfig say).

#if canImport(Glibc)
import Glibc
#endif

/// Milliseconds per phase since the last mark, printed only when `BRIEFKIT_TIMING` is set.
enum PhaseTimer {
    nonisolated(unsafe) private static var last = (wall: clock(CLOCK_MONOTONIC), cpu: clock(CLOCK_THREAD_CPUTIME_ID))
    private static let enabled = getenv("BRIEFKIT_TIMING") != nil

    /// Milliseconds on the clock `id` (monotonic by default), for timings elsewhere in the command line too.
    static func clock(_ id: clockid_t = CLOCK_MONOTONIC) -> Double {
        var t = timespec()
        clock_gettime(id, &t)
        return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1_000_000
    }

    /// Touches the clock (it starts on first use).
    static func start() { _ = last }

    static func mark(_ phase: String) {
        guard enabled else { return }
        let now = (wall: clock(CLOCK_MONOTONIC), cpu: clock(CLOCK_THREAD_CPUTIME_ID))
        func ms(_ v: Double) -> String { String(Double(Int(v * 10)) / 10) }
        Run.say("briefkit: timing: \(phase) \(ms(now.wall - last.wall)) ms (main thread busy \(ms(now.cpu - last.cpu)) ms)")
        last = now
    }
}
