/// The number of 1 bits in `bytes` (a dirty bitmap, or part of one).
///
/// Zero words are skipped before counting: a bitmap is mostly zeros, and
/// without POPCNT in the baseline x86-64 target each count is a dozen
/// instructions. Any alignment and length.
func oneBits(in bytes: UnsafeRawBufferPointer) -> Int {
    guard let base = bytes.baseAddress else { return 0 }
    var total = 0
    var i = 0
    while i < bytes.count, Int(bitPattern: base + i) % 8 != 0 {
        total += bytes[i].nonzeroBitCount
        i += 1
    }
    let words = (bytes.count - i) / 8
    let wordBase = (base + i).assumingMemoryBound(to: UInt64.self)
    for k in 0..<words where wordBase[k] != 0 { total &+= wordBase[k].nonzeroBitCount }
    i += words * 8
    while i < bytes.count {
        total += bytes[i].nonzeroBitCount
        i += 1
    }
    return total
}
