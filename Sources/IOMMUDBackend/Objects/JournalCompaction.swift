import JSON

/// Which changes of the state journal still matter: the journal's garbage
/// collection.
///
/// Changes are grouped by the objects and devices they name (an `iommufd`,
/// a `memdev`, the `id` an `object-add` or `device_add` creates, any other
/// string that is the id of one alive at that point), each life of a reused
/// id counted apart. A group all of whose objects and devices were deleted
/// since — a VM's iommufd object, memory, DIMMs and devices, made and torn
/// down — left nothing behind for the rest to depend on: kernel ids are
/// numbered per iommufd object, and what such a group did to the others
/// (mapping its memory into their address spaces) it undid before its
/// objects could be deleted. Dropping it changes no object that is left.
/// Changes that name nothing (`x-exit-preconfig`), set a global option
/// (`iommufd-option` `rlimit-mode`), add a vIOMMU or a device without an id
/// keep their group whatever happens to it.
enum JournalCompaction {
    /// vIOMMUs shape the devices behind them without being named by them.
    static let globalDrivers: Set<String> = ["intel-iommu", "virtio-iommu-pci", "virtio-iommu"]

    private enum Space: Hashable { case object, device }

    private struct Key: Hashable {
        let space: Space
        let name: String
        let life: Int
    }

    /// `records` (`{"execute", "arguments", …}`, oldest first) without the
    /// groups of changes whose every object and device has been deleted.
    static func live(_ records: [JSONValue]) -> [JSONValue] {
        var lives: [Space: [String: Int]] = [.object: [:], .device: [:]]
        var alive: Set<Key> = []
        var firstRecord: [Key: Int] = [:]
        var parent = Array(records.indices)
        var pinned = Set<Int>()

        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func join(_ a: Int, _ b: Int) { parent[root(a)] = root(b) }
        func current(_ space: Space, _ name: String) -> Key? {
            guard let life = lives[space]?[name] else { return nil }
            let key = Key(space: space, name: name, life: life)
            return alive.contains(key) ? key : nil
        }

        for (index, record) in records.enumerated() {
            guard case .string(let command)? = record["execute"], case .object(let arguments)? = record["arguments"] else {
                pinned.insert(index)
                continue
            }
            var keys: [Key] = []
            for text in strings(in: .object(arguments)) {
                keys += [current(.object, text), current(.device, text)].compactMap { $0 }
            }
            let id = arguments["id"]?.stringValue
            switch command {
            case "object-add", "device_add":
                let space: Space = command == "object-add" ? .object : .device
                if command == "device_add",
                   id == nil || arguments["driver"]?.stringValue.map(globalDrivers.contains) == true
                {
                    pinned.insert(index)
                }
                if let id {
                    let life = (lives[space]?[id] ?? 0) + 1
                    lives[space]?[id] = life
                    let key = Key(space: space, name: id, life: life)
                    alive.insert(key)
                    keys.append(key)
                }
            case "object-del", "device_del":
                if let id, let key = current(command == "object-del" ? .object : .device, id) {
                    alive.remove(key)
                }
            case "iommufd-option" where arguments["option"]?.stringValue == "rlimit-mode":
                pinned.insert(index)
            default:
                break
            }
            if keys.isEmpty { pinned.insert(index) }
            for key in keys {
                if let first = firstRecord[key] { join(index, first) } else { firstRecord[key] = index }
            }
        }
        // A group is kept when it holds a pinned change or an object or
        // device still alive.
        var kept = Set(pinned.map(root))
        for key in alive { if let first = firstRecord[key] { kept.insert(root(first)) } }
        return records.indices.filter { kept.contains(root($0)) }.map { records[$0] }
    }

    /// Every string in `value`, members and elements included.
    private static func strings(in value: JSONValue) -> [String] {
        switch value {
        case .string(let text): return [text]
        case .array(let elements): return elements.flatMap(strings)
        case .object(let members): return members.flatMap { strings(in: $0.value) }
        default: return []
        }
    }
}
