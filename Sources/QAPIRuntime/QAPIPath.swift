/// Where a value sits inside a command's arguments, printed as QEMU names it in
/// errors: members dotted (`a.b`), list elements indexed (`a[0]`).
public struct QAPIPath: Sendable, CustomStringConvertible, Equatable {
    private var text: String

    /// The arguments object itself.
    public static let root = QAPIPath(text: "")

    private init(text: String) { self.text = text }

    /// Whether this is the arguments object itself.
    public var isRoot: Bool { text.isEmpty }

    /// The path of member `name` of this object.
    public func member(_ name: String) -> QAPIPath {
        QAPIPath(text: text.isEmpty ? name : text + "." + name)
    }

    /// The path of element `index` of this list.
    public func element(_ index: Int) -> QAPIPath {
        QAPIPath(text: text + "[\(index)]")
    }

    public var description: String { text }
}
