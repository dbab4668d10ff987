/// Paths inside the repository, found from this file's location so tests run from
/// any working directory without Foundation.
enum RepositoryPaths {
    /// The repository root.
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 {  // Tests/QAPISchemaTests/RepositoryPaths.swift
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()

    static func fixture(_ relative: String) -> String { root + "/Tests/Fixtures/qapi/" + relative }
}
