// Starting fontconfig early: its set-up (reading configuration and font caches) overlaps argument
// parsing and file reading instead of delaying the first measurement.

import CCairoPango
#if canImport(Glibc)
import Glibc
#endif

/// The process's font system.
public enum FontSystem {
    /// Begins loading fontconfig's configuration and caches on a background thread and returns at once.
    /// Harmless to call more than once or not at all: fontconfig initialises itself once, thread-safely,
    /// and anything that needs fonts before this finishes simply waits for it.
    public static func warmUp() {
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { _ in
            _ = FcInit()
            return nil
        }, nil)
        if started == 0 { pthread_detach(thread) }
    }
}
