import Posix

/// The kernel's `iova_bitmap` as 6.12.118 fills it: bit n of the caller's
/// bitmap stands for `iova + (n << ffs(page_size))`. A record reaching
/// outside `[iova, iova + length)` is dropped and remembered as EPROTO (the
/// first error wins); bits whose bitmap word cannot be read or written are
/// lost without an error (the kernel cannot pin that bitmap page, and
/// `iova_bitmap_set` returns quietly).
struct SimIOVABitmap {
    let iova: UInt64
    let length: UInt64
    let shift: UInt64
    let data: UInt64
    /// Bits to OR into the caller's words, by word index.
    private var words: [UInt64: UInt64] = [:]
    /// The first record that did not fit: EPROTO.
    private(set) var error: Errno?

    init(iova: UInt64, length: UInt64, pageSize: UInt64, data: UInt64) {
        self.iova = iova
        self.length = length
        shift = UInt64(pageSize.trailingZeroBitCount)
        self.data = data
    }

    /// `iova_bitmap_set`: marks `[start, start + length)`.
    mutating func set(_ start: UInt64, length recorded: UInt64) {
        guard recorded != 0, recorded <= length, start >= iova, start - iova <= length - recorded else {
            if error == nil { error = .EPROTO }
            return
        }
        var bit = (start - iova) >> shift
        let lastBit = (start - iova + (recorded - 1)) >> shift
        while bit <= lastBit {
            words[bit / 64, default: 0] |= 1 << (bit % 64)
            bit += 1
        }
    }

    /// Writes the recorded bits into the caller's memory (the kernel writes
    /// them as it goes, so they stay written when the walk fails later).
    func writeOut() {
        for index in words.keys.sorted() {
            guard let bits = words[index] else { continue }
            let address = data &+ index &* 8
            guard let current = try? UserMemory.load(address, as: UInt64.self) else { continue }
            try? UserMemory.store(UInt64(littleEndian: current) | bits, at: address)
        }
    }
}
