// Dictionary hyphenation with libhyphen: which dictionary a language tag picks, each file loaded once per process.

import BriefScene
import CHyphen
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the words of one language may break, from a libhyphen dictionary (TeX patterns in an OpenOffice
/// `.dic` file, as Debian's `hyphen-*` packages install them in /usr/share/hyphen).
final class Hyphenator: Sendable {
    /// The dictionary file, symbolic links resolved.
    let path: String
    /// The file's patterns, indexed: libhyphen loads each word's own few (see ``HyphenPatterns``); nil for a
    /// KOI8-R file, which is loaded whole (`Found.whole`): the subset gave Russian words points the whole
    /// automaton does not, a difference not understood yet, and that file is small (15 million instructions).
    private let patterns: HyphenPatterns?
    private struct Whole: @unchecked Sendable { let pointer: UnsafeMutablePointer<HyphenDict> }
    /// Break points by word, found once, and what finding them has cost; libhyphen is not documented as
    /// thread-safe: one word at a time.
    private let found: Mutex<Found>
    private struct Found {
        var points: [[Unicode.Scalar]: [Int]] = [:]
        /// Bytes of the words given their own pattern subsets so far.
        var subsetBytes = 0
        /// The whole dictionary: a KOI8-R file's from the start, any other's once the subsets have cost more
        /// than loading it would (see below).
        var whole: Whole?
        var triedWhole = false
    }
    /// Past this many bytes of words hyphenated one subset at a time, the whole dictionary is loaded and
    /// used for the rest: a subset costs about its word's length squared, so a file of thousands of
    /// distinct long words (a feed's, a hostile one's) would otherwise spend seconds building subsets, while
    /// a page of ordinary prose never gets here.
    static let subsetBudget = 40_000
    /// The dictionary's byte for each letter above ASCII when it is in an 8-bit charset; nil for UTF-8.
    private let eightBit: [UInt32: UInt8]?

    private init(path: String, patterns: HyphenPatterns?, whole: UnsafeMutablePointer<HyphenDict>?, eightBit: [UInt32: UInt8]?) {
        self.path = path; self.patterns = patterns; self.eightBit = eightBit
        found = Mutex(Found(whole: whole.map(Whole.init)))
    }

    deinit { found.withLock { if let whole = $0.whole { hnj_hyphen_free(whole.pointer) } } }

    // MARK: choosing and loading

    /// Languages that break lines between words by their own rules (Pango's UAX #14 for Chinese, Japanese,
    /// Korean and Vietnamese syllables, libthai for Thai) or are not hyphenated (Arabic): no dictionary.
    private static let noDictionary: Set<String> = ["vi", "zh", "ja", "ko", "th", "ar"]
    /// The dictionary of a language whose tag names no region with one of its own.
    private static let defaults = ["en": "en_US", "fr": "fr", "de": "de_DE", "es": "es_ES", "ru": "ru_RU", "id": "id_ID"]
    private static let folders = ["/usr/share/hyphen", "/usr/local/share/hyphen"]
    /// Larger files are not read (Debian's largest, German, is 1.1 MB).
    static let largestDictionary = 8 * 1024 * 1024

    /// Dictionaries by file (en-AU and en-GB share one), and nil for a file that would not load.
    private static let loaded = Mutex<[String: Hyphenator?]>([:])

    /// The hyphenator for a BCP 47 tag ("en-GB", "fr", "pt-BR"); nil for none said, a language without
    /// dictionary hyphenation, or no dictionary installed. Loads its dictionary the first time it is asked for.
    static func forLanguage(_ tag: String?) -> Hyphenator? {
        guard let path = dictionaryPath(for: tag) else { return nil }
        return loaded.withLock { cache in
            if let known = cache[path] { return known }
            let made = load(path)
            cache[path] = made
            return made
        }
    }

    /// Starts loading the dictionary of `tag` on a background thread and returns at once, so that the load
    /// (a few million instructions, see HyphenPatterns) overlaps other work; the first text that needs the
    /// dictionary waits for it, and it is loaded once whichever thread gets there first.
    static func warmUp(language tag: String?) {
        guard dictionaryPath(for: tag) != nil else { return }
        BackgroundThread.start { _ = Hyphenator.forLanguage(tag) }
    }

    /// The dictionary file for `tag`: the region's own first (en-GB → hyph_en_GB.dic, fr-CA → hyph_fr_CA.dic),
    /// else the language's default (en → en_US, de → de_DE…), else `hyph_<language>.dic`; only an installed
    /// file, with symbolic links resolved.
    static func dictionaryPath(for tag: String?) -> String? {
        guard let parsed = tag.flatMap(LanguageTag.init) else { return nil }
        let language = parsed.language
        guard !noDictionary.contains(language) else { return nil }
        var names: [String] = []
        if let region = parsed.region { names.append("\(language)_\(region)") }
        names.append(defaults[language] ?? language)
        for folder in folders {
            for name in names {
                if let path = resolved("\(folder)/hyph_\(name).dic") { return path }
            }
        }
        return nil
    }

    private static func resolved(_ path: String) -> String? {
        guard access(path, R_OK) == 0, let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Loads `path`, uncached (``forLanguage(_:)`` keeps one per file); nil when it is too large, in a charset
    /// this platform cannot convert to, or unreadable.
    static func load(_ path: String) -> Hyphenator? {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) <= largestDictionary,
              let charset = firstLine(path) else { return nil }
        var eightBit: [UInt32: UInt8]? = nil
        if charset.uppercased() != "UTF-8" {
            guard let table = bytesOfLetters(charset) else { return nil }
            eightBit = table
        }
        if charset.uppercased() == "KOI8-R" {
            guard let dictionary = hnj_hyphen_load(path) else { return nil }
            return Hyphenator(path: path, patterns: nil, whole: dictionary, eightBit: eightBit)
        }
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        guard fread(&bytes, 1, bytes.count, file) == bytes.count else { return nil }
        return Hyphenator(path: path, patterns: HyphenPatterns(bytes), whole: nil, eightBit: eightBit)
    }

    /// A dictionary's first line: the charset its patterns are written in ("UTF-8", "ISO8859-1", "KOI8-R").
    private static func firstLine(_ path: String) -> String? {
        guard let file = fopen(path, "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 64)
        guard fgets(&line, Int32(line.count), file) != nil else { return nil }
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return String(text.filter { !$0.isWhitespace })
    }

    /// The byte of each non-ASCII character of an 8-bit `charset`, by its Unicode scalar value (through iconv).
    private static func bytesOfLetters(_ charset: String) -> [UInt32: UInt8]? {
        #if canImport(Glibc)
        let converter = iconv_open("UTF-32LE", charset)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var table: [UInt32: UInt8] = [:]
        for byte in UInt8(0x80)...UInt8(0xFF) {
            var input: [CChar] = [CChar(bitPattern: byte)]
            var output = [UInt32](repeating: 0, count: 2)
            var inLeft = 1, outLeft = 8
            let converted = input.withUnsafeMutableBufferPointer { inBuffer in
                output.withUnsafeMutableBytes { outBuffer in
                    var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                    var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    return iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                }
            }
            if converted != Int(bitPattern: UInt(bitPattern: -1)), outLeft == 4 { table[output[0]] = byte }
        }
        return table
        #else
        return nil
        #endif
    }

    // MARK: hyphenating

    /// Where `word` (lower-case, nothing but letters) may break by the dictionary: the indices of the scalars a
    /// break may go before. Empty for a word with a letter the dictionary's charset lacks, or over 100 bytes.
    func points(_ word: [Unicode.Scalar]) -> [Int] {
        found.withLock { memory in
            if let known = memory.points[word] { return known }
            let points = hyphenate(word, &memory)
            if memory.points.count >= 100_000 { memory.points.removeAll(keepingCapacity: true) }
            memory.points[word] = points
            return points
        }
    }

    /// True once the words given subsets have passed ``subsetBudget`` and the whole dictionary serves the rest.
    var usesWholeDictionary: Bool { found.withLock { $0.whole != nil } }

    /// `word` in the dictionary's charset; nil when a letter is not in it.
    func encoded(_ word: [Unicode.Scalar]) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in word {
            if let eightBit {
                guard let byte = scalar.isASCII ? UInt8(scalar.value) : eightBit[scalar.value] else { return nil }
                bytes.append(byte)
            } else {
                bytes += UTF8.encode(scalar)!
            }
        }
        return bytes
    }

    private func hyphenate(_ word: [Unicode.Scalar], _ memory: inout Found) -> [Int] {
        guard let encoded = encoded(word), word.count > 1, encoded.count <= 100 else { return [] }
        let size = Int32(encoded.count)
        let bytes = encoded.map { CChar(bitPattern: $0) } + [0] // libhyphen also reads the word as a C string
        // libhyphen marks a break after character i with an odd hyphens[i] (characters, not bytes, for UTF-8).
        var hyphens = [CChar](repeating: 0, count: Int(size) + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
        var positions: UnsafeMutablePointer<Int32>? = nil
        var cuts: UnsafeMutablePointer<Int32>? = nil
        // Called under `found`'s lock: one word at a time.
        if memory.whole == nil, !memory.triedWhole, memory.subsetBytes > Hyphenator.subsetBudget {
            memory.triedWhole = true
            memory.whole = hnj_hyphen_load(path).map(Whole.init)
        }
        let own = memory.whole == nil ? patterns?.dictionary(for: encoded) : nil
        if own != nil { memory.subsetBytes += encoded.count }
        defer { if let own { hnj_hyphen_free(own) } }
        guard let dictionary = own ?? memory.whole?.pointer else { return [] }
        _ = hnj_hyphen_hyphenate2(dictionary, bytes, size, &hyphens, nil, &replacements, &positions, &cuts)
        var points: [Int] = []
        for i in 0..<(word.count - 1) where hyphens[i] & 1 == 1 {
            // A non-standard break (German "Schiff-fahrt" from "Schiffahrt") changes letters: no soft hyphen can.
            if let replacements, replacements[i] != nil { continue }
            points.append(i + 1)
        }
        if let replacements {
            for i in 0..<Int(size) { free(replacements[i]) }
            free(replacements)
        }
        free(positions); free(cuts)
        return points
    }
}
