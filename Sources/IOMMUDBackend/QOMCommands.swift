import JSON
import QAPIRuntime
import QMP
import QMPAPI

/// The object-model commands (schema module `qom`): `object-add`,
/// `object-del`, `qom-list`, `qom-get`, `qom-set`, `qom-list-types`,
/// `qom-list-properties`, with QEMU's errors.
public struct QOMCommands: QomCommands {
    public typealias Context = QMPRequestContext
    let tree: ObjectTree

    public init(tree: ObjectTree) { self.tree = tree }

    public func objectAdd(_ arguments: ObjectOptions, context: QMPRequestContext) throws(QMPError) {
        try tree.add(arguments, context: context)
    }

    public func objectDel(id: String, context: QMPRequestContext) throws(QMPError) {
        try tree.delete(id)
    }

    public func qomList(path: String, context: QMPRequestContext) throws(QMPError) -> [ObjectPropertyInfo] {
        try tree.withState { s throws(QMPError) in
            switch try ObjectTree.resolve(path, in: s) {
            case .container(_, let children):
                return [ObjectPropertyInfo(name: "type", type: "string")]
                    + children.map { ObjectPropertyInfo(name: $0.name, type: $0.type) }
            case .object(let o):
                return (o.typeDescription?.properties ?? []).map { ObjectPropertyInfo(name: $0.name, type: $0.type) }
            }
        }
    }

    public func qomGet(path: String, property: String, context: QMPRequestContext) throws(QMPError) -> JSONValue {
        try tree.withState { s throws(QMPError) in
            let node = try ObjectTree.resolve(path, in: s)
            switch node {
            case .container(let path, let children):
                if property == "type" { return "container" }
                // A child property reads as the child's path.
                if children.contains(where: { $0.name == property }) {
                    return .string(path == "/" ? "/\(property)" : "\(path)/\(property)")
                }
                throw QMPError.generic("Property 'container.\(property)' not found")
            case .object(let o):
                guard let spec = o.typeDescription?.properties.first(where: { $0.name == property }) else {
                    throw QMPError.generic("Property '\(o.typeName).\(property)' not found")
                }
                guard spec.readable else { throw QMPError.generic("Property '\(o.typeName).\(property)' is not readable") }
                return try o.value(of: property)
            }
        }
    }

    public func qomSet(path: String, property: String, value: JSONValue, context: QMPRequestContext) throws(QMPError) {
        try tree.withState { s throws(QMPError) in
            switch try ObjectTree.resolve(path, in: s) {
            case .container:
                throw QMPError.generic("Property 'container.\(property)' not found")
            case .object(let o):
                guard let spec = o.typeDescription?.properties.first(where: { $0.name == property }) else {
                    throw QMPError.generic("Property '\(o.typeName).\(property)' not found")
                }
                guard spec.writable else { throw QMPError.generic("Property '\(o.typeName).\(property)' is not writable") }
                // Writable properties are set at creation (object-add); iommud
                // does not swap an object's kernel resources under its users.
                throw QMPError.generic("cannot change property '\(property)' of \(o.typeName) after creation")
            }
        }
    }

    public func qomListTypes(implements: String?, abstract: Bool?, context: QMPRequestContext) throws(QMPError) -> [ObjectTypeInfo] {
        ObjectTypes.all
            .filter { (abstract ?? false) || !$0.abstract }
            .filter { type in implements.map { ObjectTypes.isA(type.name, $0) } ?? true }
            .map { ObjectTypeInfo(name: $0.name, abstract: $0.abstract ? true : nil, parent: $0.parent) }
    }

    public func qomListProperties(typename: String, context: QMPRequestContext) throws(QMPError) -> [ObjectPropertyInfo] {
        guard let type = ObjectTypes.named(typename) else {
            throw QMPError.generic("Class '\(typename)' not found")
        }
        guard !type.abstract else { throw QMPError.generic("object type '\(typename)' is abstract") }
        return type.properties.map(\.info)
    }
}
