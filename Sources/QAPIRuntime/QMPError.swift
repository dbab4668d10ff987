import JSON

/// QMP's error classes (QEMU `qapi/error.json`, `QapiErrorClass`).
public enum QMPErrorClass: String, Sendable, CaseIterable {
    case genericError = "GenericError"
    case commandNotFound = "CommandNotFound"
    case deviceNotActive = "DeviceNotActive"
    case deviceNotFound = "DeviceNotFound"
    case kvmMissingCap = "KVMMissingCap"
}

/// An error as a QMP client sees it: a class and a human-readable description.
///
/// Domain errors (errno from an ioctl, a missing object, …) are typed values in
/// their own layers and are turned into a `QMPError` in one place each.
public struct QMPError: Error, Sendable, Equatable, CustomStringConvertible {
    public var errorClass: QMPErrorClass
    public var desc: String
    /// Whether the arguments were rejected before the command ran (missing,
    /// unexpected, mistyped or out-of-range members). QMP does not show this;
    /// JSON-RPC answers such errors with code -32602, "Invalid params".
    public var isInvalidArgument: Bool
    /// The errno name (`"EINVAL"`) when a system call or ioctl failed. Sent as
    /// an extra `"errno"` member of the error object, so clients can branch on
    /// it without parsing `desc` (QMP clients must tolerate extra members).
    public var errno: String?

    public init(_ errorClass: QMPErrorClass, _ desc: String, isInvalidArgument: Bool = false, errno: String? = nil) {
        self.errorClass = errorClass
        self.desc = desc
        self.isInvalidArgument = isInvalidArgument
        self.errno = errno
    }

    /// A `GenericError` with `desc`.
    public static func generic(_ desc: String) -> QMPError { QMPError(.genericError, desc) }

    /// The `{"class": …, "desc": …}` object of an error response, with
    /// `"errno"` when a system call failed.
    public var json: JSONValue {
        var o = JSONObject()
        o.appendUnchecked("class", .string(errorClass.rawValue))
        o.appendUnchecked("desc", .string(desc))
        if let errno { o.appendUnchecked("errno", .string(errno)) }
        return .object(o)
    }

    public var description: String { "\(errorClass.rawValue): \(desc)" }

    // QEMU's input-visitor texts (qapi/qmp/qerror.h and qobject-input-visitor.c).

    /// A GenericError about the arguments themselves.
    public static func invalidArgument(_ desc: String) -> QMPError {
        QMPError(.genericError, desc, isInvalidArgument: true)
    }

    /// `Parameter 'x' is missing`
    public static func missing(_ path: QAPIPath) -> QMPError { .invalidArgument("Parameter '\(path)' is missing") }
    /// `Parameter 'x' is unexpected`
    public static func unexpected(_ path: QAPIPath) -> QMPError { .invalidArgument("Parameter '\(path)' is unexpected") }
    /// `Invalid parameter type for 'x', expected: integer`
    public static func invalidType(_ path: QAPIPath, expected: String) -> QMPError {
        .invalidArgument("Invalid parameter type for '\(path.isRoot ? "null" : path.description)', expected: \(expected)")
    }
    /// `Parameter 'x' expects uint32_t` (QEMU names the C type of narrow integers)
    public static func invalidValue(_ path: QAPIPath, expects: String) -> QMPError {
        .invalidArgument("Parameter '\(path.isRoot ? "null" : path.description)' expects \(expects)")
    }
    /// `Parameter 'x' does not accept value 'v'`
    public static func badEnumValue(_ path: QAPIPath, _ value: String) -> QMPError {
        .invalidArgument("Parameter '\(path.isRoot ? "null" : path.description)' does not accept value '\(value)'")
    }
}
