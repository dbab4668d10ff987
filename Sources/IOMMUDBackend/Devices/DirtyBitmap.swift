/// A dirty bitmap of a guest physical range, as the kernel lays one out:
/// one bit per host page, bit n of the range in 64-bit word n / 64.
/// Containers' bitmaps are ORed into it at their page offset.
struct DirtyBitmap {
    /// The bytes one bit stands for: the host page.
    static let pageSize: UInt64 = 4096

    /// Its first guest physical address.
    let start: UInt64
    /// Pages it covers.
    let pages: UInt64
    /// Its words.
    private(set) var words: [UInt64]

    init(start: UInt64, pages: UInt64) {
        self.start = start
        self.pages = pages
        words = Array(repeating: 0, count: Int((pages + 63) / 64))
    }

    /// ORs `bits` (a bitmap of pages from `address`) into this one.
    mutating func or(_ bits: [UInt64], at address: UInt64) {
        let offset = (address - start) / Self.pageSize
        let shift = offset % 64
        var index = Int(offset / 64)
        for word in bits {
            guard index < words.count else { return }
            words[index] |= word << shift
            if shift != 0, index + 1 < words.count { words[index + 1] |= word >> (64 - shift) }
            index += 1
        }
    }

    /// ORs `bits` into `words` word by word, growing it as needed.
    static func or(_ bits: [UInt64], into words: inout [UInt64]) {
        if words.count < bits.count { words += Array(repeating: 0, count: bits.count - words.count) }
        for (index, word) in bits.enumerated() { words[index] |= word }
    }

    /// Dirty pages.
    var dirtyCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// The dirty pages as runs of consecutive addresses, ascending.
    var dirtyRuns: [(address: UInt64, length: UInt64)] {
        var runs: [(address: UInt64, length: UInt64)] = []
        for (index, word) in words.enumerated() where word != 0 {
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 {
                let address = start + UInt64(index * 64 + bit) * Self.pageSize
                if let last = runs.last, last.address + last.length == address {
                    runs[runs.count - 1].length += Self.pageSize
                } else {
                    runs.append((address, Self.pageSize))
                }
            }
        }
        return runs
    }
}
