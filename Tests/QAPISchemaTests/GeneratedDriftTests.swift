import QAPIGen
import QAPISchema
import Testing

/// The committed generated files must be exactly what the generator produces
/// from the committed schema; otherwise someone edited one without the other.
@Suite struct GeneratedDriftTests {
    static func assertNoDrift(_ generator: QAPIGenerator) throws {
        let files = try generator.generate(root: RepositoryPaths.root)
        #expect(!files.isEmpty)
        for file in files {
            let committed = try? SchemaParser.readFromDisk(RepositoryPaths.root + "/" + file.path)
            #expect(committed == file.contents, "\(file.path) differs from a fresh generation; run 'make gen'")
        }
    }

    @Test func daemonSchemaMatchesCommittedOutput() throws {
        try Self.assertNoDrift(QAPIGenerator())
    }
}
