import JSON
import QAPIRuntime
import QMPAPI

/// The command line's `--object` and `--device` options, in QEMU's
/// `-object`/`-device` syntax: key=value text (``QAPIKeyval``, the first
/// key implied: `qom-type`, `driver`) or a JSON object.  Each is parsed and
/// typed when the command line is read, and realized in order through an
/// in-process monitor (`object-add`, `device_add`) before any client is
/// accepted, so a daemon starts fully configured.
public struct StartupConfiguration: Sendable {
    /// Which option an item came from.
    public enum Option: String, Sendable {
        case object, device

        /// The command that realizes it.
        public var command: String { self == .object ? "object-add" : "device_add" }
        /// The key a leading value without `=` stands for.
        public var impliedKey: String { self == .object ? "qom-type" : "driver" }
        /// The argument type in the schema.
        var argumentType: QAPIKeyvalType { QAPIKeyvalSchema.commands[command] ?? .object("") }
    }

    /// One option, parsed and typed.
    public struct Item: Sendable {
        public var option: Option
        /// The text as given, for messages.
        public var text: String
        /// The command's arguments.
        public var arguments: JSONObject
    }

    /// What an option asked for instead of an item: `help` lists the types
    /// or drivers, `TYPE,help` the properties of one.
    public enum Help: Sendable, Equatable {
        case types(Option)
        case properties(Option, String)
    }

    /// The items in command-line order.
    public private(set) var items: [Item] = []

    public init() {}

    /// A failed option: `--object TEXT: DESC`, as QEMU prints
    /// `-object TEXT: DESC`.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var option: Option
        public var text: String
        public var error: QMPError
        public var description: String { "--\(option.rawValue) \(text): \(error.desc)" }
    }

    /// Parses and types one option's text and appends it.
    ///
    /// - Returns: the help asked for, if the text was `help` or `TYPE,help`
    ///   (nothing is appended then).
    @discardableResult
    public mutating func add(_ option: Option, _ text: String) throws(Failure) -> Help? {
        let arguments: JSONObject
        do {
            if text.first == "{" {
                arguments = try Self.json(text)
            } else {
                let parsed = try QAPIKeyval.parse(text, impliedKey: option.impliedKey)
                if parsed.help {
                    guard case .string(let type)? = parsed.object[option.impliedKey] else { return .types(option) }
                    return .properties(option, type)
                }
                let typed = try QAPIKeyvalSchema.input.convert(.object(parsed.object), as: option.argumentType)
                arguments = typed.objectValue ?? parsed.object
            }
        } catch {
            throw Failure(option: option, text: text, error: error)
        }
        items.append(Item(option: option, text: text, arguments: arguments))
        return nil
    }

    /// A JSON option: an object, its types strict (as QEMU reads a JSON
    /// `-object`).
    private static func json(_ text: String) throws(QMPError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONStreamParser.parse(text)
        } catch {
            throw QMPError.invalidArgument(error.isSyntaxError ? "JSON parse error, \(error.description)" : error.description)
        }
        guard case .object(let o) = value else { throw QMPError.invalidArgument("JSON value is not an object") }
        return o
    }

    /// Runs every item through `dispatcher` as one monitor that has
    /// negotiated capabilities: the objects, then the devices, each in
    /// command-line order (as QEMU creates `-object`s before `-device`s);
    /// stops at the first failure.
    public func realize(with dispatcher: QMPDispatcher) throws(Failure) {
        let session = QMPSession(dispatcher: dispatcher)
        try? session.negotiate(enable: [])
        for item in items.filter({ $0.option == .object }) + items.filter({ $0.option == .device }) {
            do {
                _ = try dispatcher.run(item.option.command, arguments: item.arguments, session: session)
            } catch {
                throw Failure(option: item.option, text: item.text, error: error)
            }
        }
    }

    /// Ends the machine's prelaunch phase (`x-exit-preconfig`), as a daemon
    /// started without `--preconfig` does once its command line is
    /// realized: later devices are hotplugged.
    public static func finishBuilding(with dispatcher: QMPDispatcher) throws(QMPError) {
        let session = QMPSession(dispatcher: dispatcher)
        try? session.negotiate(enable: [])
        _ = try dispatcher.run("x-exit-preconfig", arguments: JSONObject(), session: session)
    }

    /// The text `help` prints: the types an option creates, or one type's
    /// properties with their value syntax.
    public static func helpText(_ help: Help) -> String {
        switch help {
        case .types(let option):
            let values = argumentObject(option)?.tagValues ?? []
            let title = option == .object ? "List of user creatable objects:" : "Available devices:"
            return ([title] + values.map { "  " + $0 }).joined(separator: "\n") + "\n"
        case .properties(let option, let type):
            guard let object = argumentObject(option), object.tagValues.contains(type) else {
                return "There is no \(option == .object ? "object type" : "device driver") '\(type)'\n"
                    + helpText(.types(option))
            }
            let members = object.members(for: type, in: QAPIKeyvalSchema.types).filter { $0.name != option.impliedKey }
            let lines = members.map { m in "  \(m.name)=<\(syntax(m.type))>\(m.optional ? "" : " (required)")" }
            return ([type + " options:"] + lines).joined(separator: "\n") + "\n"
        }
    }

    private static func argumentObject(_ option: Option) -> QAPIKeyvalObject? {
        guard case .object(let name) = option.argumentType else { return nil }
        return QAPIKeyvalSchema.types[name]
    }

    private static func syntax(_ type: QAPIKeyvalType) -> String {
        switch type {
        case .string: return "str"
        case .signed: return "int"
        case .unsigned: return "uint64"
        case .size: return "size"
        case .boolean: return "bool"
        case .number: return "number"
        case .list(let e): return syntax(e) + " list"
        case .object: return "object"
        case .alternate: return "alternate"
        }
    }
}
