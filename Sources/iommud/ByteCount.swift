import ArgumentParser

/// A size on the command line: bytes, or a number with a binary suffix
/// K, M or G (KiB, MiB, GiB; `256M`, `16MiB`, `1G`).
struct ByteCount: ExpressibleByArgument, CustomStringConvertible {
    /// The size in bytes.
    var bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        var digits = Substring(argument)
        var unit = 1
        for (suffixes, scale) in [(["KiB", "K"], 1 << 10), (["MiB", "M"], 1 << 20), (["GiB", "G"], 1 << 30)] {
            if let suffix = suffixes.first(where: { argument.hasSuffix($0) }) {
                digits = digits.dropLast(suffix.count)
                unit = scale
                break
            }
        }
        guard let n = Int(digits), n >= 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: unit)
        guard !overflow else { return nil }
        self.bytes = bytes
    }

    /// The shortest exact spelling: `256M`, `1536K`, `1000`.
    var description: String {
        for (suffix, scale) in [("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10)] where bytes >= scale && bytes % scale == 0 {
            return "\(bytes / scale)\(suffix)"
        }
        return "\(bytes)"
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
