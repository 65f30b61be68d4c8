// The one thread a library client's text measuring and drawing run on: Pango never runs on two threads at once.

#if canImport(Glibc)
import Glibc
#endif

/// A thread of its own that runs jobs one at a time, in the order they came. Every Pango and Cairo call the
/// library makes for its clients happens here, so any number of tasks may render at once: their jobs queue, and
/// each sees the fonts and measurements the thread keeps warm. (The command line renders on its main thread and
/// does not use this.)
final class PangoThread: @unchecked Sendable {
    static let shared = PangoThread()

    private var lock = pthread_mutex_t()
    private var wake = pthread_cond_t()
    // Guarded by `lock`.
    private var jobs: [() -> Void] = []
    private var started = false

    private init() {
        pthread_mutex_init(&lock, nil)
        pthread_cond_init(&wake, nil)
    }

    /// Runs `body` on the thread and returns its result (or throws its error) to the caller's task.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<T, Error>) in
            enqueue {
                do { done.resume(returning: try body()) } catch { done.resume(throwing: error) }
            }
        }
    }

    private func enqueue(_ job: @escaping () -> Void) {
        pthread_mutex_lock(&lock)
        jobs.append(job)
        if !started {
            started = true
            startThread()
        }
        pthread_cond_signal(&wake)
        pthread_mutex_unlock(&lock)
    }

    private func startThread() {
        let me = Unmanaged.passRetained(self).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            Unmanaged<PangoThread>.fromOpaque(raw).takeRetainedValue().loop()
        }, me)
        precondition(status == 0, "BriefKit could not start its rendering thread (pthread_create: \(status))")
        pthread_detach(thread)
    }

    private func loop() -> Never {
        while true {
            pthread_mutex_lock(&lock)
            while jobs.isEmpty { pthread_cond_wait(&wake, &lock) }
            let job = jobs.removeFirst()
            pthread_mutex_unlock(&lock)
            job()
        }
    }
}
