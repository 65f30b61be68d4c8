// Web addresses made safe to link to: only http, https and mailto, percent-encoded down to plain URL characters.

/// A link a drawing may carry (a PDF link annotation), checked and percent-encoded.
///
/// A briefing file is often written by someone else, and a PDF viewer acts on a link's target: so only web
/// pages and mail addresses become links, and the target is written with nothing but unreserved and reserved
/// URL characters (RFC 3986) minus `'`, `(`, `)` and `\`, every other byte as `%XX`. Such a target needs no
/// escaping in a PDF string or in a Cairo tag attribute, so no text of the file can end either one early.
package enum LinkTarget {
    /// The schemes that become links.
    package static let schemes = ["http", "https", "mailto"]

    /// Why `address` cannot be a link, or nil when it can.
    package static func problem(_ address: String) -> String? {
        guard let colon = address.firstIndex(of: ":") else {
            return "has no scheme: write the whole address, e.g. https://www.example.org/page"
        }
        let scheme = address[..<colon]
        guard let first = scheme.unicodeScalars.first, isLetter(first),
              scheme.unicodeScalars.allSatisfy({ isLetter($0) || isDigit($0) || "+-.".unicodeScalars.contains($0) })
        else { return "has no scheme: write the whole address, e.g. https://www.example.org/page" }
        let name = scheme.lowercased()
        guard schemes.contains(name) else {
            return "uses the scheme '\(name):', which is never made a link (only http, https and mailto are)"
        }
        let rest = address[address.index(after: colon)...]
        if name == "mailto" {
            return rest.isEmpty ? "names no mail address after 'mailto:'" : nil
        }
        guard rest.hasPrefix("//") else { return "is not a web address (expected \(name)://host/…)" }
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if host.isEmpty || host.hasPrefix("@") || host.hasPrefix(":") { return "names no host after '\(name)://'" }
        return nil
    }

    /// The link target for `address`: percent-encoded as described above; nil when `problem(address)` is not nil.
    package static func encoded(_ address: String) -> String? {
        guard problem(address) == nil else { return nil }
        let bytes = Array(address.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for (i, b) in bytes.enumerated() {
            // An existing escape stays as it is; a lone % is itself escaped.
            let isEscape = b == 0x25 && i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])
            if isEscape || (b != 0x25 && isPlain(b)) {
                out.append(b)
            } else {
                out += [0x25, hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether every byte of `target` is one `encoded` leaves as it is (what a renderer may pass on unescaped).
    package static func isEncoded(_ target: String) -> Bool {
        encoded(target) == target
    }

    /// Letters, digits and the URL characters that need no escaping anywhere we write a target.
    private static func isPlain(_ b: UInt8) -> Bool {
        if (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { return true }
        return "-._~:/?#[]@!$&*+,;=".utf8.contains(b)
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
}
