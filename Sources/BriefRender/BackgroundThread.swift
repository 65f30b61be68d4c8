// One way to start start-up work on a thread of its own (fonts, the language, a dictionary).

#if canImport(Glibc)
import Glibc
#endif

/// A detached or joinable POSIX thread running one closure: start-up work that overlaps the main thread's
/// (Dispatch's pool would add its own start-up cost to a process that lives tens of milliseconds).
package enum BackgroundThread {
    private final class Work: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }

    /// Runs `body` on a new thread; returns a closure that waits for it, or nil when no thread could start
    /// (the caller then simply does the work when it needs it). Without `joinable` the thread is detached.
    @discardableResult
    package static func start(joinable: Bool = false, _ body: @escaping @Sendable () -> Void) -> (@Sendable () -> Void)? {
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().body()
            return nil
        }, work)
        guard started == 0 else {
            Unmanaged<Work>.fromOpaque(work).release()
            return nil
        }
        guard joinable else {
            pthread_detach(thread)
            return nil
        }
        let running = thread
        return { pthread_join(running, nil) }
    }
}
