import QAPIGen
import QAPISchema
import Testing

#if canImport(Glibc)
import Glibc
#endif

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
        try Self.assertNoDrift(QAPIGenerator.daemon)
    }

    /// The golden output of the schema that uses every feature: the Swift compiled
    /// as QAPITestAPI (exercised by GeneratedCodeTests) and its Markdown.
    @Test func allFeaturesSchemaMatchesCommittedOutput() throws {
        let generator = QAPIGenerator(
            schemaPath: "Tests/Fixtures/qapi/good/all-features.json",
            swiftOutput: "Tests/Support/QAPITestAPI/Generated",
            docsOutput: "Tests/Fixtures/qapi/good/all-features.md")
        try Self.assertNoDrift(generator)
        // One Swift file per schema module (the included one is named after its
        // path), the dispatch table, introspection, the keyval types, and the reference.
        let paths = try generator.generate(root: RepositoryPaths.root).map(\.path)
        #expect(paths == [
            "Tests/Support/QAPITestAPI/Generated/QAPI+AllFeatures.swift",
            "Tests/Support/QAPITestAPI/Generated/QAPI+SubExtra.swift",
            "Tests/Support/QAPITestAPI/Generated/QAPIDispatch.swift",
            "Tests/Support/QAPITestAPI/Generated/QAPIIntrospection.swift",
            "Tests/Support/QAPITestAPI/Generated/QAPIKeyvalSchema.swift",
            "Tests/Fixtures/qapi/good/all-features.md",
        ])
        // Nothing else (a stale file from an earlier generation) is compiled with them.
        let swiftFiles = paths.filter { $0.hasSuffix(".swift") }.map { String($0.split(separator: "/").last!) }
        #expect(Self.files(in: RepositoryPaths.root + "/Tests/Support/QAPITestAPI/Generated") == swiftFiles.sorted())
    }

    /// The names of the regular files in `directory`, sorted.
    static func files(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if entry.pointee.d_type == UInt8(DT_REG) { names.append(name) }
        }
        return names.sorted()
    }
}
