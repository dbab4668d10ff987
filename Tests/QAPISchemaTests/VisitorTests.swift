import QAPISchema
import Testing

/// The walk every backend is built on: source order, modules announced before
/// their definitions, free-form docs where they were written.
@Suite struct VisitorTests {
    struct Recorder: SchemaVisitor {
        var log: [String] = []
        mutating func visitModule(_ module: String) { log.append("module \(module)") }
        mutating func visitFreeDoc(_ doc: DocComment) { log.append("doc") }
        mutating func visitEnum(_ type: EnumType) { log.append("enum \(type.name)") }
        mutating func visitStruct(_ type: ObjectType) { log.append("struct \(type.name)") }
        mutating func visitUnion(_ type: ObjectType) { log.append("union \(type.name)") }
        mutating func visitAlternate(_ type: AlternateType) { log.append("alternate \(type.name)") }
        mutating func visitCommand(_ command: Command) { log.append("command \(command.name)") }
        mutating func visitEvent(_ event: Event) { log.append("event \(event.name)") }
        mutating func visitEnd() { log.append("end") }
    }

    static func walk(_ files: [String: String]) throws -> [String] {
        let schema = try SchemaChecker.load(path: "main.json") { path in
            guard let text = files[path] else { throw SchemaReadError(message: "no such file") }
            return text
        }
        var recorder = Recorder()
        schema.visit(&recorder)
        return recorder.log
    }

    @Test func walksInSourceOrderAcrossIncludes() throws {
        let log = try Self.walk([
            "main.json": """
                ##
                # = Title
                ##
                { 'enum': 'Color', 'data': ['red'] }
                { 'include': 'sub.json' }
                { 'command': 'paint', 'data': { 'c': 'Color' } }
                """,
            "sub.json": """
                { 'struct': 'Point', 'data': { 'x': 'int' } }
                { 'union': 'Shape', 'base': { 'kind': 'Color' }, 'discriminator': 'kind', 'data': { 'red': 'Point' } }
                { 'alternate': 'IntOrStr', 'data': { 'i': 'int', 's': 'str' } }
                { 'event': 'PAINTED' }
                """,
        ])
        #expect(log == [
            "module main", "doc", "enum Color",
            "module sub", "struct Point", "union Shape", "alternate IntOrStr", "event PAINTED",
            "module main", "command paint", "end",
        ])
    }
}
