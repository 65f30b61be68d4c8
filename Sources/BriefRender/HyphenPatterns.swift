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
/// patterns that occur in the word gives the same points for a few thousand. Reading the file is one pass
/// into flat arrays (no allocation per line), so that it costs little more than the bytes.
struct HyphenPatterns: Sendable {
    private let bytes: [UInt8]
    /// Each kept line's byte range in `bytes`.
    private let lineStart: [Int32], lineEnd: [Int32]
    /// Each pattern line's letters (digits and a non-standard break's replacement removed) in `letters`;
    /// a directive line has none.
    private let letterStart: [Int32], letterCount: [Int32]
    private let letters: [UInt8]
    /// Pattern lines sorted by the first one or two bytes of their letters, with those keys.
    private let sortedKeys: [UInt16], sortedLines: [Int32]
    /// The directive lines (charset, LEFTHYPHENMIN, NEXTLEVEL…), in file order.
    private let directives: [Int32]

    /// The patterns of the file's `bytes`: one pass, straight-line (this runs once per dictionary per process).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let lineGuess = bytes.count / 8
        var lineStart = [Int32](), lineEnd = [Int32](), letterStart = [Int32](), letterCount = [Int32]()
        lineStart.reserveCapacity(lineGuess); lineEnd.reserveCapacity(lineGuess)
        letterStart.reserveCapacity(lineGuess); letterCount.reserveCapacity(lineGuess)
        var letters = [UInt8](repeating: 0, count: bytes.count)
        var used = 0
        var keys = [UInt64](), directives = [Int32](), pending = [Int32]()
        keys.reserveCapacity(lineGuess); pending.reserveCapacity(lineGuess)
        bytes.withUnsafeBufferPointer { b in
            letters.withUnsafeMutableBufferPointer { out in
                var start = 0
                let count = b.count
                while start < count {
                    var end = start
                    while end < count && b[end] != 10 { end += 1 }
                    var last = end
                    while last > start && (b[last - 1] == 13 || b[last - 1] == 32 || b[last - 1] == 9) { last -= 1 }
                    if last > start && b[start] != UInt8(ascii: "%") && b[start] != UInt8(ascii: "#") {
                        let n = Int32(lineStart.count)
                        lineStart.append(Int32(start)); lineEnd.append(Int32(last))
                        let first = b[start]
                        // The charset (first line) and keywords are directives; everything else is a pattern.
                        if n == 0 || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")) {
                            directives.append(n); letterStart.append(0); letterCount.append(0)
                        } else {
                            let from = used
                            var i = start
                            while i < last && b[i] != UInt8(ascii: "/") { // a non-standard break's replacement follows
                                let c = b[i]
                                if c < UInt8(ascii: "0") || c > UInt8(ascii: "9") { out[used] = c; used += 1 }
                                i += 1
                            }
                            letterStart.append(Int32(from)); letterCount.append(Int32(used - from))
                            if used > from {
                                let key = UInt64(HyphenPatterns.key(out[from], used - from > 1 ? out[from + 1] : 0))
                                keys.append(key << 32 | UInt64(keys.count))
                                pending.append(n)
                            }
                        }
                    }
                    start = end + 1
                }
            }
        }
        // Sorted by key, ties in file order (the low half is the pattern's rank).
        keys.sort()
        self.lineStart = lineStart; self.lineEnd = lineEnd; self.letterStart = letterStart
        self.letterCount = letterCount; self.letters = Array(letters.prefix(used)); self.directives = directives
        sortedKeys = keys.map { UInt16($0 >> 32) }
        sortedLines = keys.map { pending[Int($0 & 0xFFFF_FFFF)] }
    }

    private static func key(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

    /// The pattern lines whose key is `key`.
    private func lines(withKey key: UInt16) -> ArraySlice<Int32> {
        var lo = 0, hi = sortedKeys.count
        while lo < hi { let mid = (lo + hi) / 2; if sortedKeys[mid] < key { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < sortedKeys.count && sortedKeys[end] == key { end += 1 }
        return sortedLines[lo..<end]
    }

    /// A dictionary of the directives and the patterns that occur in ".word." (`word` in the file's charset),
    /// for libhyphen to load; the caller frees it with `hnj_hyphen_free`.
    func dictionary(for word: [UInt8]) -> UnsafeMutablePointer<HyphenDict>? {
        let dotted = [UInt8(ascii: ".")] + word + [UInt8(ascii: ".")]
        var chosen = directives
        for i in dotted.indices {
            let next = i + 1 < dotted.count ? dotted[i + 1] : 0
            for k in [HyphenPatterns.key(dotted[i], next), HyphenPatterns.key(dotted[i], 0)] {
                for n in lines(withKey: k) {
                    let from = Int(letterStart[Int(n)]), count = Int(letterCount[Int(n)])
                    if count <= dotted.count - i, dotted[i..<(i + count)].elementsEqual(letters[from..<(from + count)]) {
                        chosen.append(n)
                    }
                }
            }
        }
        var text: [UInt8] = []
        var previous: Int32 = -1
        for n in chosen.sorted() where n != previous {
            text += bytes[Int(lineStart[Int(n)])..<Int(lineEnd[Int(n)])]
            text.append(10)
            previous = n
        }
        return text.withUnsafeMutableBytes { buffer -> UnsafeMutablePointer<HyphenDict>? in
            guard let file = fmemopen(buffer.baseAddress, buffer.count, "r") else { return nil }
            defer { fclose(file) }
            return hnj_hyphen_load_file(file)
        }
    }
}
