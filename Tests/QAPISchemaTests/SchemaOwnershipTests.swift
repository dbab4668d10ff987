import QAPISchema
import Testing

/// The schema owns its types and the links between types are unowned, so a
/// recursive schema is freed with the schema. Before, every link was strong:
/// a struct holding a list of itself, or two structs naming each other, made
/// cycles that were never freed (LeakSanitizer in fuzz-qapi-schema).
@Suite struct SchemaOwnershipTests {
    static let recursive = """
        { 'enum': 'Kind', 'data': [ 'leaf', 'tree' ] }
        { 'struct': 'Node', 'data': { 'name': 'str', '*children': [ 'Node' ], '*up': 'Parent' } }
        { 'struct': 'Parent', 'data': { 'node': 'Node' } }
        { 'struct': 'Base', 'data': { 'kind': 'Kind' } }
        { 'union': 'Shape', 'base': 'Base', 'discriminator': 'kind',
          'data': { 'tree': 'Node' } }
        { 'alternate': 'NodeOrName', 'data': { 'node': 'Node', 'name': 'str' } }
        { 'command': 'walk', 'data': { 'shape': 'Shape', 'start': 'NodeOrName' }, 'returns': [ 'Node' ] }
        """

    static func load() throws -> Schema {
        try SchemaChecker.load(path: "main.json") { path in
            guard path == "main.json" else { throw SchemaReadError(message: "no such file") }
            return recursive
        }
    }

    @Test func linksResolveWhileTheSchemaLives() throws {
        let schema = try Self.load()
        let node = try #require(schema.type(named: "Node") as? ObjectType)
        let parent = try #require(schema.type(named: "Parent") as? ObjectType)
        let children = try #require(node.members.first { $0.name == "children" }?.type as? ArrayType)
        #expect(children.element === node)
        #expect(node.members.first { $0.name == "up" }?.type === parent)
        #expect(parent.members.first?.type === node)
        let shape = try #require(schema.type(named: "Shape") as? ObjectType)
        #expect(shape.base === schema.type(named: "Base"))
        #expect(shape.variants?.tag.name == "kind")
        #expect(shape.variants?.tagType === schema.type(named: "Kind"))
        #expect(shape.variants?.branch(for: "tree")?.type === node)
        let alternate = try #require(schema.type(named: "NodeOrName") as? AlternateType)
        #expect(alternate.branches.map(\.name) == ["node", "name"])
        #expect(alternate.branches.first?.type === node)
    }

    @Test func aRecursiveSchemaIsFreedWithItsSchema() throws {
        weak var schema: Schema?
        weak var node: SchemaType?
        weak var parent: SchemaType?
        weak var nodeList: SchemaType?
        weak var shape: SchemaType?
        weak var alternate: SchemaType?
        weak var walk: Command?
        do {
            let loaded = try Self.load()
            schema = loaded
            node = loaded.type(named: "Node")
            parent = loaded.type(named: "Parent")
            nodeList = loaded.type(named: "NodeList")
            shape = loaded.type(named: "Shape")
            alternate = loaded.type(named: "NodeOrName")
            walk = loaded.commands.first
            #expect(node != nil && parent != nil && nodeList != nil && shape != nil && alternate != nil)
            #expect(walk != nil)
        }
        #expect(schema == nil)
        #expect(node == nil)
        #expect(parent == nil)
        #expect(nodeList == nil)
        #expect(shape == nil)
        #expect(alternate == nil)
        #expect(walk == nil)
    }
}
