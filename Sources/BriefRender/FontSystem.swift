// Starting fontconfig early: its set-up (reading configuration and font caches) overlaps argument
// parsing and file reading instead of delaying the first measurement.

import CCairoPango
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The process's font system.
public enum FontSystem {
    /// How to wait for the warm-up under way, until someone has waited for it.
    private static let warming = Mutex<(@Sendable () -> Void)?>(nil)

    /// Begins loading fontconfig's configuration and caches on a background thread and returns at once.
    /// Harmless to call more than once or not at all.
    public static func warmUp() {
        warming.withLock { wait in
            guard wait == nil else { return }
            var thread = pthread_t()
            guard pthread_create(&thread, nil, { _ in _ = FcInit(); return nil }, nil) == 0 else { return }
            let started = thread
            wait = { pthread_join(started, nil) }
        }
    }

    /// Takes over a warm-up started elsewhere (the command starts one before `main`): `ready()` then waits
    /// for it with `wait`. Ignored when a warm-up is already under way.
    public static func adopt(waitingWith wait: @escaping @Sendable () -> Void) {
        warming.withLock { current in
            if current == nil { current = wait }
        }
    }

    /// Waits for a warm-up in progress. Fontconfig does not serialise its first initialisation: a
    /// second thread asking for fonts meanwhile would load everything again in parallel and throw one
    /// copy away, so whatever needs fonts first waits here.
    static func ready() {
        warming.withLock { wait in
            guard let pending = wait else { return }
            pending()
            wait = nil
        }
    }
}
