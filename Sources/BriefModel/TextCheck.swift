// Checks raw bytes before YAML sees them: size cap, UTF-8, NUL and other characters YAML refuses.

/// The first problem found in a file's bytes, located by 1-based line and column (in Unicode scalars).
struct TextProblem: Sendable, Equatable {
    var line: Int
    var column: Int
    var message: String
}

enum TextCheck {
    /// The largest input file accepted, in bytes (32 MiB).
    static let maximumBytes = 32 * 1024 * 1024

    /// Decodes `bytes` as UTF-8, or reports the first byte sequence or character that makes it not text.
    /// A leading byte-order mark is allowed (libyaml skips it).
    static func decode(_ bytes: [UInt8]) -> Result<String, TextProblemError> {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1, column = 1, first = true, previousWasCR = false
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if let problem = refusal(scalar, first: first) {
                    return .failure(TextProblemError(problem: TextProblem(line: line, column: column, message: problem)))
                }
                first = false
                if scalar == "\n" {
                    if !previousWasCR { line += 1 }
                    column = 1
                } else if scalar == "\r" {
                    line += 1; column = 1
                } else {
                    column += 1
                }
                previousWasCR = scalar == "\r"
            case .emptyInput:
                break loop
            case .error:
                return .failure(TextProblemError(problem: TextProblem(
                    line: line, column: column, message: "is not UTF-8 text (invalid byte sequence)")))
            }
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// Why libyaml would refuse this character, or nil when it is allowed.
    /// YAML allows tab, line breaks, printable ASCII, NEL, U+00A0…U+D7FF, U+E000…U+FFFD (a BOM only first)
    /// and U+10000 upwards.
    private static func refusal(_ scalar: Unicode.Scalar, first: Bool) -> String? {
        let v = scalar.value
        if v == 0 { return "is not UTF-8 text (contains a NUL byte; is it a binary file?)" }
        if v == 0xFEFF { return first ? nil : "contains a byte-order mark (U+FEFF) inside the text" }
        let allowed = v == 0x09 || v == 0x0A || v == 0x0D || (0x20...0x7E).contains(v) || v == 0x85
            || (0xA0...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
        if allowed { return nil }
        let hex = String(v, radix: 16, uppercase: true)
        return "is not UTF-8 text (contains control character U+" + String(repeating: "0", count: max(0, 4 - hex.count))
            + hex + ")"
    }
}

/// A `TextProblem` as an error, so `TextCheck.decode` can return a `Result`.
struct TextProblemError: Error, Sendable {
    var problem: TextProblem
}
