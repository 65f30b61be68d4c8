// Collects the bytes Cairo's PDF and SVG surfaces stream out.

import CCairoPango

/// A growing byte buffer that Cairo writes into through `cairoWrite`.
final class ByteSink {
    var bytes: [UInt8] = []

    init(reserving capacity: Int = 64 * 1024) { bytes.reserveCapacity(capacity) }

    /// The opaque pointer handed to Cairo as the write closure (valid while the sink lives).
    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// Cairo's `cairo_write_func_t`: appends `length` bytes to the ByteSink behind `closure`.
let cairoWrite: cairo_write_func_t = { closure, data, length in
    guard let closure else { return CAIRO_STATUS_WRITE_ERROR }
    let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
    if let data, length > 0 {
        sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
    }
    return CAIRO_STATUS_SUCCESS
}
