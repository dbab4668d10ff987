/// A JSON object that keeps its members in insertion order.
///
/// QMP objects are small (a handful of members), so lookup is a linear scan; keeping
/// the order lets iommud print members in schema order, which reads better than
/// QEMU's hash order and is equally valid.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// One `"key": value` pair.
    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue
        public init(key: String, value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The members in order.
    public private(set) var members: [Member]

    /// An empty object.
    public init() { members = [] }

    /// An object with these members; later duplicates replace earlier ones.
    public init(_ members: [Member]) {
        self.members = []
        self.members.reserveCapacity(members.count)
        for m in members { self[m.key] = m.value }
    }

    /// An object of these members in order, for a parser that has already
    /// made sure the keys are distinct.
    init(uncheckedMembers members: [Member]) {
        self.members = members
    }

    /// Number of members.
    public var count: Int { members.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { members.isEmpty }

    /// The member names in order.
    public var keys: [String] { members.map(\.key) }

    /// Reads, replaces, appends or (with `nil`) removes a member.
    public subscript(key: String) -> JSONValue? {
        get {
            for m in members where m.key == key { return m.value }
            return nil
        }
        set {
            if let i = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[i].value = newValue } else { members.remove(at: i) }
            } else if let newValue {
                members.append(Member(key: key, value: newValue))
            }
        }
    }

    /// Makes room for `count` members, so that appending them allocates once.
    public mutating func reserveCapacity(_ count: Int) { members.reserveCapacity(count) }

    /// Appends a member without checking for an existing one with the same key.
    /// For builders that know their keys are distinct (generated encoders).
    public mutating func appendUnchecked(_ key: String, _ value: JSONValue) {
        members.append(Member(key: key, value: value))
    }

    public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}
