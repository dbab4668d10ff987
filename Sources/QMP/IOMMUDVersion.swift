import QMPAPI

/// iommud's version, as the greeting and `query-version` report it.
public enum IOMMUDVersion {
    public static let major: Int64 = 0
    public static let minor: Int64 = 1
    public static let micro: Int64 = 0

    /// `"0.1.0"`.
    public static var string: String { "\(major).\(minor).\(micro)" }

    /// The `VersionInfo` value: QEMU's shape, iommud's numbers.
    public static var info: VersionInfo {
        VersionInfo(qemu: VersionTriple(major: major, minor: minor, micro: micro), package: "iommud \(string)")
    }
}
