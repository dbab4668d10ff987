#if canImport(Glibc)
import Glibc
#endif

/// A Linux release, major and minor (`6.12`, `7.3`): what decides which
/// iommufd ioctls a kernel has. The simulated kernel answers as the release
/// it is set to; the host kernel's comes from `uname -r`.
public struct KernelVersion: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }

    /// Parses `"6.12"`, `"7.3.4"` or a `uname -r` such as
    /// `"7.3.4-iommufd-vm"`: the first two numbers. Nil for anything else.
    public init?(_ text: String) {
        let numbers = text.split(separator: "-", maxSplits: 1).first?.split(separator: ".") ?? []
        guard numbers.count >= 2, let major = Int(numbers[0]), let minor = Int(numbers[1]),
            major >= 0, minor >= 0
        else { return nil }
        self.init(major, minor)
    }

    public var description: String { "\(major).\(minor)" }

    public static func < (a: KernelVersion, b: KernelVersion) -> Bool {
        (a.major, a.minor) < (b.major, b.minor)
    }

    /// Linux 6.12, the simulated kernel's default: the proving ground's
    /// first kernel (Debian 12's backports and security suites).
    public static let linux6_12 = KernelVersion(6, 12)
    /// The first release with `IOMMU_IOAS_MAP_FILE` and
    /// `IOMMU_IOAS_CHANGE_PROCESS` (and VIOMMU_ALLOC/VDEVICE_ALLOC, which the
    /// simulated kernel does not model).
    public static let linux6_13 = KernelVersion(6, 13)

    /// Whether this release has ``IOASMapFile`` and ``IOASChangeProcess``.
    public var hasFileMappings: Bool { self >= .linux6_13 }

    /// The running kernel's release (`uname -r`), or nil when it cannot be
    /// read or parsed.
    public static var running: KernelVersion? {
        var name = utsname()
        guard uname(&name) == 0 else { return nil }
        let release = withUnsafeBytes(of: &name.release) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
        return KernelVersion(release)
    }
}
