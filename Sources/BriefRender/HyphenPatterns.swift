// A hyphenation dictionary's patterns, read once and indexed, so that libhyphen loads for each word only the
// few patterns that can touch it instead of building its automaton of the whole file.

import CHyphen
#if canImport(Glibc)
import Glibc
#endif

/// The lines of a libhyphen `.dic` file, indexed by the first two bytes of each pattern's letters.
///
/// Liang's algorithm gives a word's break points from the patterns whose letters (digits removed) occur in
/// ".word.": no other pattern can change them. libhyphen builds its automaton of every pattern up front (38
/// million instructions for English, 1.2 billion for Debian's 1 MB German file); handing it only the
/// patterns that occur in the word gives the same points for a few thousand.
struct HyphenPatterns: Sendable {
    /// A line of the file: a pattern (with its letters' span in `bytes`) or a directive kept as it is.
    private struct Line: Sendable {
        var range: Range<Int>
        var letters: [UInt8]
        var isDirective: Bool
    }

    private let bytes: [UInt8]
    private let lines: [Line]
    /// Pattern lines by the first one or two bytes of their letters.
    private let index: [UInt16: [Int]]
    /// The directive lines (charset, LEFTHYPHENMIN, NEXTLEVEL…), in file order.
    private let directives: [Int]

    /// The patterns of the file's `bytes`.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var lines: [Line] = [], index: [UInt16: [Int]] = [:], directives: [Int] = []
        var start = 0
        func add(_ end: Int) {
            var range = start..<end
            while let last = range.last, bytes[last] == 13 || bytes[last] == 32 || bytes[last] == 9 { range = range.dropLast() }
            guard !range.isEmpty else { return }
            let first = bytes[range.lowerBound]
            if first == UInt8(ascii: "%") || first == UInt8(ascii: "#") { return }
            // The charset (first line) and keywords are directives; everything else is a pattern.
            if lines.isEmpty || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) {
                directives.append(lines.count)
                lines.append(Line(range: range, letters: [], isDirective: true))
                return
            }
            var letters: [UInt8] = []
            for b in bytes[range] {
                if b == UInt8(ascii: "/") { break } // a non-standard break's replacement follows
                if b < UInt8(ascii: "0") || b > UInt8(ascii: "9") { letters.append(b) }
            }
            guard !letters.isEmpty else { return }
            index[HyphenPatterns.key(letters[...]), default: []].append(lines.count)
            lines.append(Line(range: range, letters: letters, isDirective: false))
        }
        for (i, b) in bytes.enumerated() where b == 10 {
            add(i)
            start = i + 1
        }
        add(bytes.count)
        self.lines = lines; self.index = index; self.directives = directives
    }

    private static func key(_ s: ArraySlice<UInt8>) -> UInt16 {
        UInt16(s[s.startIndex]) << 8 | UInt16(s.count > 1 ? s[s.startIndex + 1] : 0)
    }

    /// A dictionary of the directives and the patterns that occur in ".word." (`word` in the file's charset),
    /// for libhyphen to load; the caller frees it with `hnj_hyphen_free`.
    func dictionary(for word: [UInt8]) -> UnsafeMutablePointer<HyphenDict>? {
        let dotted = [UInt8(ascii: ".")] + word + [UInt8(ascii: ".")]
        var chosen = Set(directives)
        for i in dotted.indices {
            for k in [HyphenPatterns.key(dotted[i...]), HyphenPatterns.key(dotted[i...i])] {
                for n in index[k] ?? [] {
                    let letters = lines[n].letters
                    if letters.count <= dotted.count - i, dotted[i..<(i + letters.count)].elementsEqual(letters) { chosen.insert(n) }
                }
            }
        }
        var text: [UInt8] = []
        for n in chosen.sorted() {
            text += bytes[lines[n].range]
            text.append(10)
        }
        return text.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<HyphenDict>? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return hnj_hyphen_load_file(file)
        }
    }
}
