import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

/// `iommud --config FILE`: the command line's options, one per line, as
/// `KEY = VALUE` (KEY an option's long name without `--`; a flag takes
/// `true`/`false`, or stands alone), `#` starting a comment line. A key
/// may repeat where its option does (`qmp`, `object`, `device`, `trace`…).
/// The command line overrides the file: a key given there drops every
/// line of that key. Each line is checked as the command line would be; a
/// bad one names its line.
enum ConfigFile {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The arguments with the file's options first, unless there is no
    /// `--config`.
    static func merge(_ arguments: [String]) throws(Failure) -> [String] {
        guard let path = configPath(arguments) else { return arguments }
        let given = Set(arguments.compactMap(optionName))
        var merged: [String] = []
        for (number, line) in try lines(of: path) {
            let text = String(line.drop { $0 == " " || $0 == "\t" })
            if text.isEmpty || text.hasPrefix("#") { continue }
            let key: String, value: String?
            if let eq = text.firstIndex(of: "=") {
                key = trim(text[..<eq])
                value = trim(text[text.index(after: eq)...])
            } else {
                key = trim(text[...])
                value = nil
            }
            guard !key.isEmpty, !key.hasPrefix("-"), key != "config" else {
                throw Failure(description: "--config \(path):\(number): '\(text)' is not KEY = VALUE (a long option without '--')")
            }
            if given.contains(key) { continue }
            let tokens = try tokens(key: key, value: value, at: "\(path):\(number)")
            merged += tokens
        }
        return merged + arguments
    }

    /// The options one line stands for, checked by parsing them alone.
    private static func tokens(key: String, value: String?, at place: String) throws(Failure) -> [String] {
        let option = key.count == 1 ? "-" + key : "--" + key
        let truth: [String: Bool] = ["true": true, "yes": true, "on": true, "false": false, "no": false, "off": false]
        if value == nil || truth[value ?? ""] != nil, (try? IOMMUDCommand.parse([option])) != nil {
            return value.flatMap { truth[$0] } ?? true ? [option] : []
        }
        guard let value else { throw Failure(description: "--config \(place): '\(key)' needs a value") }
        do {
            _ = try IOMMUDCommand.parse([option, value])
        } catch {
            let message = IOMMUDCommand.message(for: error)
            if message.contains("Unknown option") {
                throw Failure(description: "--config \(place): unknown key '\(key)'")
            }
            throw Failure(description: "--config \(place): \(message)")
        }
        return [option, value]
    }

    private static func configPath(_ arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() {
            if a == "--config", i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix("--config=") { return String(a.dropFirst("--config=".count)) }
        }
        return nil
    }

    /// `--qmp=x` and `--qmp` → `qmp`; `-D` → `D`.
    private static func optionName(_ argument: String) -> String? {
        if argument.hasPrefix("--") {
            return String(argument.dropFirst(2).prefix { $0 != "=" })
        }
        if argument.hasPrefix("-"), argument.count == 2 { return String(argument.dropFirst()) }
        return nil
    }

    private static func trim(_ s: Substring) -> String {
        var t = s.drop { $0 == " " || $0 == "\t" }
        while t.last == " " || t.last == "\t" || t.last == "\r" { t = t.dropLast() }
        return String(t)
    }

    private static func lines(of path: String) throws(Failure) -> [(Int, Substring)] {
        guard let f = fopen(path, "r") else {
            throw Failure(description: "--config \(path): \(String(cString: strerror(errno)))")
        }
        defer { fclose(f) }
        var text: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&chunk, 1, chunk.count, f)
            if n <= 0 { break }
            text += chunk[0..<n]
            guard text.count <= 1 << 20 else { throw Failure(description: "--config \(path): larger than 1 MiB") }
        }
        let string = String(decoding: text, as: UTF8.self)
        return string.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { ($0.offset + 1, $0.element) }
    }
}
