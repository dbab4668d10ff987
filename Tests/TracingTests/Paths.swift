#if canImport(Glibc)
import Glibc
#endif

/// Paths inside the repository, found from this file's location so tests run
/// from any working directory.
enum Paths {
    /// The repository root.
    static let root: String = {
        var path = #filePath
        for _ in 0..<3 {  // Tests/TracingTests/Paths.swift
            if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
        }
        return path
    }()

    /// `Tests/TracingTests/Fixtures/<relative>`, relative to the root.
    static func fixture(_ relative: String) -> String { "Tests/TracingTests/Fixtures/" + relative }

    /// The regular files in `directory`, sorted.
    static func files(in directory: String, suffix: String = "") -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if entry.pointee.d_type == UInt8(DT_REG), name.hasSuffix(suffix) { names.append(name) }
        }
        return names.sorted()
    }
}
