import JSON
import QAPIRuntime

/// An object created with `object-add`, living at `/objects/<id>`.
///
/// Objects are touched only under the backend's lock.
class BackendObject {
    let id: String
    /// The QOM type name.
    var typeName: String { "object" }

    init(id: String) { self.id = id }

    /// The type's description (properties for `qom-list`).
    var typeDescription: ObjectTypeDescription? { ObjectTypes.named(typeName) }

    /// Reads a readable property; the caller has checked it exists and is readable.
    func value(of property: String) throws(QMPError) -> JSONValue {
        guard property == "type" else { throw QMPError.generic("Property '\(typeName).\(property)' not found") }
        return .string(typeName)
    }

    /// Why the object cannot be deleted now, or `nil` when it can.
    var busyReason: String? { nil }

    /// Releases what the object holds (descriptors, memory); called once, when deleted.
    func finalize() {}
}
