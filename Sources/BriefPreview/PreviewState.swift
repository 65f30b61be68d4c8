// What the preview shows: the last good render's pictures, the latest render's outcome, and who listens for the next.

import BriefPreviewWire
import Foundation

/// One picture of a render, served from memory at `/picture/NAME`.
extension PreviewPicture {
    var mediaType: String { name.hasSuffix(".png") ? "image/png" : "image/svg+xml" }
}

struct PreviewSnapshot: Sendable {
    /// Renders so far (0: none yet); each render, good or not, is one more.
    var version = 0
    /// The render the pictures come from (0: none yet).
    var picturesVersion = 0
    var pictures: [PreviewPicture] = []
    /// The latest render's error with its location, or nil when it was good.
    var error: String?
    /// The latest render's warnings and notes.
    var notes: [String] = []
    /// When the latest render finished, HH:MM:SS.
    var time = ""
}

/// The state the server reads and the render loop writes; safe from any thread (the renderer publishes from its
/// own, the server reads from its tasks). Each publication goes to every open `/events` stream.
package final class PreviewState: @unchecked Sendable {
    /// What the page's header names: the briefing file as given.
    package let file: String
    private let lock = NSLock()
    private var current = PreviewSnapshot()
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextListener = 0

    package init(file: String) { self.file = file }

    /// A good render: its pictures replace the shown ones. Returns the render's version.
    @discardableResult
    package func rendered(_ pictures: [PreviewPicture], notes: [String], time: String) -> Int {
        publish { s in
            s.pictures = pictures
            s.picturesVersion = s.version
            s.error = nil
            s.notes = notes
            s.time = time
        }
    }

    /// A failed render: `error` (located) is shown over the last good pictures. Returns the render's version.
    @discardableResult
    package func failed(_ error: String, notes: [String], time: String) -> Int {
        publish { s in
            s.error = error
            s.notes = notes
            s.time = time
        }
    }

    /// The latest state.
    var snapshot: PreviewSnapshot { lock.withLock { current } }

    /// A stream of event-stream messages: the latest render's at once (when there was one), then one per render.
    func listen() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream.makeStream(of: [UInt8].self, bufferingPolicy: .bufferingNewest(8))
        let id: Int = lock.withLock {
            let id = nextListener
            nextListener += 1
            listeners[id] = continuation
            if current.version > 0 { continuation.yield(PreviewEvents.message(current)) }
            return id
        }
        continuation.onTermination = { [weak self] _ in self?.forget(id) }
        return stream
    }

    /// Drops a closed stream's continuation (released after the lock, in case releasing it ends a stream).
    private func forget(_ id: Int) {
        let gone = lock.withLock { listeners.removeValue(forKey: id) }
        _ = gone
    }

    /// Applies `change` as the next render and tells every listener, in order (under the lock, so two
    /// publications never reach a stream swapped).
    private func publish(_ change: (inout PreviewSnapshot) -> Void) -> Int {
        lock.withLock {
            current.version += 1
            change(&current)
            let message = PreviewEvents.message(current)
            for (id, listener) in listeners {
                if case .terminated = listener.yield(message) { listeners.removeValue(forKey: id) }
            }
            return current.version
        }
    }
}
