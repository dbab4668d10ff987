import QMPAPI

/// iommud's version, as the greeting and `query-version` report it.
public enum IOMMUDVersion {
    public static let major: Int64 = 0
    public static let minor: Int64 = 1
    public static let micro: Int64 = 0

    /// `"0.1.0"`.
    public static let string = "\(major).\(minor).\(micro)"

    /// The `VersionInfo` value: QEMU's shape, iommud's numbers (built once:
    /// `query-version` is the commonest request).
    public static let info = VersionInfo(qemu: VersionTriple(major: major, minor: minor, micro: micro),
                                         package: "iommud \(string)")
}
