// What `briefkit preview` tells its server process after each render: one line of JSON on the server's input.

import Foundation

/// A picture of the preview page.
package struct PreviewPicture: Sendable, Equatable, Codable {
    /// Its name in the page's addresses, e.g. "report.svg" (letters, digits, '-' and '.', ending .svg or .png).
    package var name: String
    /// The caption under it on the page.
    package var caption: String
    /// The file's bytes (base64 on the wire).
    package var bytes: [UInt8]

    package init(name: String, caption: String, bytes: [UInt8]) {
        self.name = name
        self.caption = caption
        self.bytes = bytes
    }

    private enum CodingKeys: String, CodingKey { case name, caption, bytes }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        caption = try c.decode(String.self, forKey: .caption)
        guard let data = Data(base64Encoded: try c.decode(String.self, forKey: .bytes)) else {
            throw DecodingError.dataCorruptedError(forKey: .bytes, in: c, debugDescription: "not base64")
        }
        bytes = [UInt8](data)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(caption, forKey: .caption)
        try c.encode(Data(bytes).base64EncodedString(), forKey: .bytes)
    }
}

/// One render's outcome: its pictures (nil for a failed render, whose `error` the page shows over the last good
/// pictures), its notes and the time of day.
package struct PreviewMessage: Sendable, Codable {
    package var pictures: [PreviewPicture]?
    package var error: String?
    package var notes: [String]
    package var time: String

    package init(pictures: [PreviewPicture]?, error: String?, notes: [String], time: String) {
        self.pictures = pictures; self.error = error; self.notes = notes; self.time = time
    }

    /// The message as the one line the server reads.
    package func line() throws -> [UInt8] {
        Array(try JSONEncoder().encode(self)) + [UInt8(ascii: "\n")]
    }

    /// The message of one line.
    package init(line: String) throws {
        self = try JSONDecoder().decode(PreviewMessage.self, from: Data(line.utf8))
    }
}
