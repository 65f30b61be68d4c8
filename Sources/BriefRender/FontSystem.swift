// Starting fontconfig early: its set-up (reading configuration and font caches) overlaps argument
// parsing and file reading instead of delaying the first measurement.

import CCairoPango
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The process's font system.
public enum FontSystem {
    /// The warm-up thread until someone has waited for it.
    private static let warming = Mutex<pthread_t?>(nil)

    /// Begins loading fontconfig's configuration and caches on a background thread and returns at once.
    /// Harmless to call more than once or not at all.
    public static func warmUp() {
        warming.withLock { running in
            guard running == nil else { return }
            var thread = pthread_t()
            if pthread_create(&thread, nil, { _ in _ = FcInit(); return nil }, nil) == 0 { running = thread }
        }
    }

    /// Waits for a warm-up in progress. Fontconfig does not serialise its first initialisation: a
    /// second thread asking for fonts meanwhile would load everything again in parallel and throw one
    /// copy away, so whatever needs fonts first waits here.
    static func ready() {
        warming.withLock { running in
            guard let thread = running else { return }
            pthread_join(thread, nil)
            running = nil
        }
    }
}
