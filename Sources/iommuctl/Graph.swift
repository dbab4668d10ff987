import ArgumentParser
import JSON

/// `iommuctl graph`: what the daemon holds, as a tree — its objects (each
/// iommufd object with its IOASes and their mappings, HWPTs and bound
/// devices; memory backends), then the machine by address space (vIOMMU,
/// containers with their devices and mappings, dimms).
struct Graph {
    let session: QMPSession

    /// One line of the tree with its children.
    struct Node {
        var text: String
        var children: [Node] = []
    }

    func print() throws {
        do {
            Swift.print(render(try build()), terminator: "")
        } catch let error as ExitCode {
            throw error
        } catch {
            printError("iommuctl: \(error)")
            throw ExitCode(2)
        }
    }

    func build() throws -> Node {
        let version = try session.query("query-version")?["package"]?.stringValue ?? "iommud"
        let iommufds = try session.query("query-iommufd")?.arrayValue ?? []
        var objects: [Node] = []
        for entry in try session.query("qom-list", object(["path": "/objects"]))?.arrayValue ?? [] {
            guard let name = entry["name"]?.stringValue, let type = entry["type"]?.stringValue,
                  type.hasPrefix("child<") else { continue }
            let kind = String(type.dropFirst(6).dropLast())
            if let iommufd = iommufds.first(where: { $0["id"]?.stringValue == name }) {
                objects.append(iommufdNode(name, iommufd))
            } else if kind.hasPrefix("memory-backend") {
                let size = try session.query("qom-get", object(["path": .string(name), "property": "size"]))?.uint64Value ?? 0
                objects.append(Node(text: "\(name): \(kind), \(bytes(size))"))
            } else {
                objects.append(Node(text: "\(name): \(kind)"))
            }
        }
        let machine = try machineNodes()
        return Node(text: version, children: [
            Node(text: "objects", children: objects.isEmpty ? [Node(text: "(none)")] : objects),
            Node(text: "machine", children: machine.isEmpty ? [Node(text: "(no devices)")] : machine),
        ])
    }

    private func iommufdNode(_ name: String, _ o: JSONValue) -> Node {
        let state = o["connected"]?.boolValue == true ? "/dev/iommu open" : "/dev/iommu closed"
        var node = Node(text: "\(name): iommufd, \(state), \(o["users"]?.int64Value ?? 0) users")
        let hwpts = o["hwpts"]?.arrayValue ?? []
        let devices = o["devices"]?.arrayValue ?? []
        func deviceName(_ id: Int64?) -> String {
            devices.first { $0["dev-id"]?.int64Value == id }?["name"]?.stringValue ?? "dev-id \(id ?? 0)"
        }
        func hwptNode(_ h: JSONValue) -> Node {
            let id = h["hwpt-id"]?.int64Value ?? 0
            var traits = (h["flags"]?.arrayValue ?? []).compactMap(\.stringValue)
            if h["auto"]?.boolValue == true { traits.insert("automatic", at: 0) }
            if h["dirty-tracking"]?.boolValue == true { traits.append("tracking dirty pages") }
            var n = Node(text: "HWPT \(id)" + (traits.isEmpty ? "" : " (\(traits.joined(separator: ", ")))"))
            for child in hwpts where child["pt-id"]?.int64Value == id { n.children.append(hwptNode(child)) }
            for d in devices where d["attached-to"]?.int64Value == id {
                n.children.append(Node(text: "← \(deviceName(d["dev-id"]?.int64Value))"))
            }
            return n
        }
        for ioas in o["ioas"]?.arrayValue ?? [] {
            let id = ioas["ioas-id"]?.int64Value ?? 0
            var n = Node(text: "IOAS \(id)")
            for m in ioas["mappings"]?.arrayValue ?? [] {
                let iova = m["iova"]?.uint64Value ?? 0, size = m["size"]?.uint64Value ?? 0
                let ro = m["readonly"]?.boolValue == true ? ", read-only" : ""
                n.children.append(Node(text: "map \(hex(iova))-\(hex(iova &+ size &- 1)) ← \(m["memdev"]?.stringValue ?? "?")\(ro)"))
            }
            for h in hwpts where h["pt-id"]?.int64Value == id { n.children.append(hwptNode(h)) }
            for d in devices where d["attached-to"]?.int64Value == id {
                n.children.append(Node(text: "← \(deviceName(d["dev-id"]?.int64Value)) (no HWPT)"))
            }
            node.children.append(n)
        }
        for d in devices {
            let attached = d["attached-to"]?.int64Value.map { " → \($0)" } ?? ", detached"
            node.children.append(Node(text: "dev-id \(d["dev-id"]?.int64Value ?? 0): \(d["name"]?.stringValue ?? "?")\(attached)"))
        }
        return node
    }

    private func machineNodes() throws -> [Node] {
        let containers = try session.query("query-vfio")?.arrayValue ?? []
        var devices: [(id: String, type: String, space: String)] = []
        for entry in try session.query("qom-list", object(["path": "/machine/peripheral"]))?.arrayValue ?? [] {
            guard let name = entry["name"]?.stringValue, let type = entry["type"]?.stringValue,
                  type.hasPrefix("child<") else { continue }
            let space = try property(name, "address-space")?.stringValue ?? "system"
            devices.append((name, String(type.dropFirst(6).dropLast()), space))
        }
        var spaces: [String] = []
        for space in devices.map(\.space) + containers.compactMap({ $0["address-space"]?.stringValue })
        where !spaces.contains(space) {
            spaces.append(space)
        }
        var nodes: [Node] = []
        for space in spaces {
            var node = Node(text: "address space \(space)")
            for d in devices where d.space == space && (d.type == "intel-iommu" || d.type == "virtio-iommu-pci") {
                node.children.append(Node(text: "\(d.id): \(d.type) (vIOMMU)"))
            }
            for c in containers where c["address-space"]?.stringValue == space {
                let backend = c["backend"]?.stringValue ?? "?"
                var detail = backend
                if let object = c["iommufd"]?.stringValue { detail += " via \(object), IOAS \(c["ioas-id"]?.int64Value ?? 0)" }
                if let groups = c["groups"]?.arrayValue { detail += ", groups \(groups.compactMap(\.int64Value).map(String.init).joined(separator: " "))" }
                if c["dirty-tracking"]?.boolValue == true { detail += ", tracking dirty pages" }
                var n = Node(text: "\(c["id"]?.stringValue ?? "container"): \(detail)")
                for id in (c["devices"]?.arrayValue ?? []).compactMap(\.stringValue) {
                    let host = try property(id, "host")?.stringValue ?? "passed descriptor"
                    let hwpt = try property(id, "hwpt")?.int64Value.map { ", HWPT \($0)" } ?? ""
                    n.children.append(Node(text: "\(id): vfio-pci \(host)\(hwpt)"))
                }
                for m in c["mappings"]?.arrayValue ?? [] {
                    let iova = m["iova"]?.uint64Value ?? 0, size = m["size"]?.uint64Value ?? 0
                    n.children.append(Node(text: "maps \(hex(iova))-\(hex(iova &+ size &- 1))"))
                }
                node.children.append(n)
            }
            for d in devices where d.space == space && d.type == "pc-dimm" {
                let memdev = try property(d.id, "memdev")?.stringValue ?? "?"
                let addr = try property(d.id, "addr")?.uint64Value ?? 0
                node.children.append(Node(text: "\(d.id): pc-dimm \(memdev) at \(hex(addr))"))
            }
            nodes.append(node)
        }
        return nodes
    }

    private func property(_ id: String, _ name: String) throws -> JSONValue? {
        let reply = try session.execute("qom-get", object(["path": .string("/machine/peripheral/" + id), "property": .string(name)]))
        guard let value = reply["return"], value != .null else { return nil }
        return value
    }

    /// The tree with box-drawing branches.
    func render(_ root: Node) -> String {
        var out = root.text + "\n"
        func walk(_ children: [Node], _ prefix: String) {
            for (i, child) in children.enumerated() {
                let last = i == children.count - 1
                out += prefix + (last ? "└── " : "├── ") + child.text + "\n"
                walk(child.children, prefix + (last ? "    " : "│   "))
            }
        }
        walk(root.children, "")
        return out
    }

    private func hex(_ v: UInt64) -> String { "0x" + String(v, radix: 16) }

    private func bytes(_ n: UInt64) -> String {
        for (unit, shift) in [("GiB", 30), ("MiB", 20), ("KiB", 10)] where n >= 1 << UInt64(shift) && n % (1 << UInt64(shift)) == 0 {
            return "\(n >> UInt64(shift)) \(unit)"
        }
        return "\(n) bytes"
    }
}
