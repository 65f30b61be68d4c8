// Slides into a PowerPoint deck: a new deck of several slides, or slides added to a deck the user already has.

import BriefPPTX
import BriefRender
import ArgumentParser
import BriefKit

extension Run {
    /// The deck of --into, read once per run (its size sets the layout's, then the slides go into it).
    nonisolated(unsafe) private static var openDeck: (path: String, deck: PPTXDeck)?

    /// The deck at `path`, read and checked; a file that is missing or not a readable presentation ends the command.
    static func deck(_ path: String) throws -> (deck: PPTXDeck, size: Size) {
        if let open = openDeck, open.path == path { return (open.deck, Size(width: open.deck.width, height: open.deck.height)) }
        do {
            let deck = try PPTXDeck(bytes: FileReading.read(path: path, limit: Int(PPTXDeck.maximumSize)))
            openDeck = (path, deck)
            return (deck, Size(width: deck.width, height: deck.height))
        } catch let error as PPTXDeckError {
            say("briefkit: \(path): \(error)")
        } catch let error as BriefingLoadError {
            say("briefkit: \(path): " + (error.errors.first?.message ?? "cannot be read")
                + " (--into adds to an existing deck; -o writes a new one)")
        } catch {
            say("briefkit: \(path): cannot read the deck to add to (\(error)); -o writes a new deck instead")
        }
        throw ExitCode.failure
    }

    /// The name that marks the slides of `part` drawn from this run's briefing, so a later run replaces them.
    static func slideMark(_ part: String) -> String {
        let briefing = inputs.first.map { $0.path.split(separator: "/").last.map(String.init) ?? $0.path } ?? "briefing"
        return "BriefKit: \(part) · \(briefing)"
    }

    /// Writes `slides` (named for `part`) into the deck of --into, or as a new deck to -o, atomically; warns about
    /// characters no font can draw.
    static func addToDeck(_ slides: [PPTXSlideContent], part: String, options: DrawingOptions,
                          measurer: PangoMeasurer) throws {
        let mark = slideMark(part)
        var named = slides
        for i in named.indices { named[i].name = slides.count == 1 ? mark : "\(mark) #\(i + 1)" }
        do {
            let bytes: [UInt8]
            if let into = options.into {
                bytes = try deck(into).deck.adding(named, at: options.at, replacing: mark)
            } else {
                bytes = try PPTXOutput.deck(named)
            }
            PhaseTimer.mark("render")
            for scene in slides.map(\.scene) {
                for w in renderWarnings(scene, measurer: measurer) { say("briefkit: warning: \(w)") }
            }
            try AtomicFile.write(bytes, to: options.target, keeping: inputs, whileOpen: testSignal)
            // The next briefing of the run (several --into one deck) adds to the deck as it is now.
            openDeck = nil
            PhaseTimer.mark("write")
        } catch let error as ExitCode {
            throw error
        } catch {
            say("briefkit: \(error)")
            throw ExitCode.failure
        }
    }
}
