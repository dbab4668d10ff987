import ArgumentParser
import IommudClient
import JSON

#if canImport(Glibc)
import Glibc
#endif

/// `iommuctl shell`: one command per line (`NAME key=value…` or
/// `NAME {json}`), replies pretty-printed, events shown as they come;
/// `help [COMMAND]` and `exit` are the shell's own. On a terminal it edits
/// lines, keeps a history (~/.iommuctl_history) and completes command and
/// argument names from the daemon's schema; otherwise it reads standard
/// input and exits with status 1 if any command failed.
struct Shell {
    let session: QMPSession
    let json: Bool

    func run() throws {
        guard let schema = try session.query("query-qmp-schema") else { throw ExitCode(2) }
        let completion = Completion(schema: schema)
        let interactive = isatty(0) == 1 && isatty(1) == 1
        var editor = interactive
            ? LineEditor(prompt: "iommud> ", historyFile: LineEditor.defaultHistoryFile, complete: completion.complete)
            : nil
        var failed = false
        defer { editor?.close() }
        while true {
            let line: String?
            if editor != nil {
                line = editor?.readLine(watching: session.client.descriptor) { printEvents(arriving: true) }
            } else {
                line = Swift.readLine()
            }
            guard let line else { break }
            let words = Self.split(line)
            guard let name = words.first, !name.hasPrefix("#") else { continue }
            switch name {
            case "exit":
                return
            case "help":
                do { try Help.print(words.dropFirst().first) } catch { failed = true }
                continue
            default:
                break
            }
            let arguments: JSONObject
            do {
                arguments = try IOMMUCtlCommand.parseArguments(Array(words.dropFirst()))
            } catch {
                printError("iommuctl: \(error)")
                failed = true
                continue
            }
            let reply: JSONValue
            do {
                reply = try session.execute(name, arguments)
            } catch {
                printError("iommuctl: \(error)")
                throw ExitCode(2)
            }
            if json {
                print(JSONWriter.string(reply, pretty: true))
            } else if let result = reply["return"] {
                print(JSONWriter.string(result, pretty: true))
            }
            if let error = reply["error"] {
                printError(IOMMUCtlCommand.describe(error))
                failed = true
            }
            printEvents(arriving: false)
            if name == "quit" { return }
        }
        if failed && !interactive { throw ExitCode(1) }
    }

    /// Prints the events received so far; with `arriving`, also those
    /// waiting on the socket now (while the shell waits at its prompt).
    private func printEvents(arriving: Bool) {
        if arriving {
            while session.client.hasPending || Self.readable(session.client.descriptor) {
                guard let message = try? session.client.receive() else { break }
                if message["event"] != nil { session.events.append(message) }
            }
        }
        for event in session.events { print(JSONWriter.string(event, pretty: json)) }
        session.events.removeAll()
        fflush(nil)
    }

    private static func readable(_ fd: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) > 0
    }

    /// Splits a line at blanks, keeping what single or double quotes hold
    /// together (`desc='a b'` is one word, without the quotes).
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for ch in line {
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
            } else if ch == "'" || ch == "\"" {
                quote = ch
                inWord = true
            } else if ch == " " || ch == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}

/// Command and argument names from `query-qmp-schema`, for completion.
struct Completion {
    /// Each command's argument names (union branches' included).
    let commands: [String: [String]]

    init(schema: JSONValue) {
        var commands = IommudClient.commandArguments(inSchema: schema)
        commands["help"] = []
        commands["exit"] = []
        self.commands = commands
    }

    /// Candidates for the word being typed at the end of `line`: command
    /// names for the first word, `name=` of the command's arguments after.
    func complete(_ line: String) -> [String] {
        let words = Shell.split(line)
        let typingNewWord = line.last == " " || line.isEmpty
        let current = typingNewWord ? "" : (words.last ?? "")
        if words.count <= 1 && !typingNewWord {
            return commands.keys.filter { $0.hasPrefix(current) }.sorted()
        }
        guard let command = words.first, let arguments = commands[command] else { return [] }
        if command == "help" { return commands.keys.filter { $0.hasPrefix(current) }.sorted() }
        let given = Set(words.dropFirst().compactMap { $0.split(separator: "=").first.map(String.init) })
        return arguments.filter { $0.hasPrefix(current) && !given.contains($0) }.map { $0 + "=" }.sorted()
    }
}
