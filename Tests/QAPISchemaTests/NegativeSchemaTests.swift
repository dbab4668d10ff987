#if canImport(Glibc)
import Glibc
#endif
import QAPISchema
import Testing

/// Schemas that must be rejected, in the spirit of QEMU's `tests/qapi-schema/*.err`:
/// each `Tests/Fixtures/qapi/bad/NAME.json` that has a `NAME.err` next to it must
/// fail with exactly that diagnostic. Files without an `.err` are helpers (included
/// by a case) and are not loaded on their own.
@Suite struct NegativeSchemaTests {
    static let directory = RepositoryPaths.fixture("bad")

    /// Names (without `.json`) of the cases, sorted.
    static let cases: [String] = {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard file.hasSuffix(".json") else { continue }
            let name = String(file.dropLast(5))
            if access(directory + "/" + name + ".err", F_OK) == 0 { names.append(name) }
        }
        return names.sorted()
    }()

    static func expected(_ name: String) throws -> String {
        var text = try SchemaParser.readFromDisk(directory + "/" + name + ".err")
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    @Test(arguments: cases)
    func rejects(_ name: String) throws {
        let expected = try Self.expected(name)
        let directory = Self.directory
        do {
            _ = try SchemaChecker.load(path: name + ".json") { relative in
                try SchemaParser.readFromDisk(directory + "/" + relative)
            }
            Issue.record("\(name).json was accepted; expected:\n\(expected)")
        } catch {
            #expect(error.description == expected, "\(name).json")
        }
    }

    @Test func thereAreEnoughCases() {
        #expect(Self.cases.count >= 60, "found \(Self.cases.count) cases in \(Self.directory)")
    }
}
