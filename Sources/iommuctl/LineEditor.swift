#if canImport(Glibc)
import Glibc
#endif

/// A small line editor for the shell on a terminal: insert and delete at
/// the cursor, ←/→, Home/End (and ^A/^E), ↑/↓ through the history, ^U to
/// clear, ^C to drop the line, ^D on an empty line to leave, Tab to
/// complete. The terminal stays in raw mode (no echo, no line discipline,
/// output processing kept) from the first line read until ``close()``, so
/// nothing typed ahead while a reply prints is lost or turned into an
/// end-of-file the editor never sees.
struct LineEditor {
    let prompt: String
    let historyFile: String?
    let complete: (String) -> [String]
    private(set) var history: [String] = []
    /// The terminal's settings before raw mode, restored by ``close()``.
    private var saved: termios?

    /// Most lines kept in the history file.
    static let historyLimit = 1000

    /// `~/.iommuctl_history`, when HOME is set.
    static var defaultHistoryFile: String? {
        getenv("HOME").map { String(cString: $0) + "/.iommuctl_history" }
    }

    init(prompt: String, historyFile: String?, complete: @escaping (String) -> [String]) {
        self.prompt = prompt
        self.historyFile = historyFile
        self.complete = complete
        if let historyFile, let f = fopen(historyFile, "r") {
            defer { fclose(f) }
            while let line = Self.readLine(f) { if !line.isEmpty { history.append(line) } }
        }
    }

    /// Reads one line; nil at ^D on an empty line (or end of input). While
    /// it waits, `onReadable` runs whenever `watching` can be read (the
    /// daemon sent an event); the line is drawn again after it.
    mutating func readLine(watching: Int32, onReadable: () -> Void) -> String? {
        if saved == nil {
            var original = termios()
            guard tcgetattr(0, &original) == 0 else { return Swift.readLine() }
            var raw = original
            raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
            raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
            raw.c_cc.6 = 1  // VMIN: a byte at a time
            raw.c_cc.5 = 0  // VTIME
            tcsetattr(0, TCSANOW, &raw)
            saved = original
        }

        var buffer: [Character] = []
        var cursor = 0
        var browsing = history.count
        redraw(buffer, cursor)
        while true {
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watching, events: Int16(POLLIN), revents: 0)]
            guard poll(&fds, 2, -1) > 0 else { continue }
            if fds[1].revents != 0 && fds[0].revents == 0 {
                write("\r\u{1b}[K")
                onReadable()
                if fds[1].revents & Int16(POLLHUP) != 0 { return nil }
                redraw(buffer, cursor)
                continue
            }
            guard let byte = readByte() else { return nil }
            switch byte {
            case 13, 10:  // Enter
                write("\r\n")
                let line = String(buffer)
                remember(line)
                return line
            case 4:  // ^D
                if buffer.isEmpty { write("\r\n"); return nil }
                if cursor < buffer.count { buffer.remove(at: cursor) }
            case 3:  // ^C
                write("^C\r\n")
                buffer = []
                cursor = 0
            case 127, 8:  // Backspace
                if cursor > 0 { buffer.remove(at: cursor - 1); cursor -= 1 }
            case 1: cursor = 0  // ^A
            case 5: cursor = buffer.count  // ^E
            case 21: buffer.removeSubrange(0..<cursor); cursor = 0  // ^U
            case 9:  // Tab
                let (completed, shown) = completion(String(buffer[0..<cursor]))
                if let completed {
                    let rest = buffer[cursor...]
                    buffer = Array(completed) + rest
                    cursor = completed.count
                }
                if let shown { write("\r\n" + shown + "\r\n") }
            case 27:  // escape sequences: arrows, Home, End, Delete
                guard let b1 = readByte(), b1 == UInt8(ascii: "[") || b1 == UInt8(ascii: "O"), let b2 = readByte() else { break }
                switch b2 {
                case UInt8(ascii: "A"):
                    if browsing > 0 { browsing -= 1; buffer = Array(history[browsing]); cursor = buffer.count }
                case UInt8(ascii: "B"):
                    if browsing < history.count { browsing += 1 }
                    buffer = browsing < history.count ? Array(history[browsing]) : []
                    cursor = buffer.count
                case UInt8(ascii: "C"): cursor = min(cursor + 1, buffer.count)
                case UInt8(ascii: "D"): cursor = max(cursor - 1, 0)
                case UInt8(ascii: "H"): cursor = 0
                case UInt8(ascii: "F"): cursor = buffer.count
                case UInt8(ascii: "3"):
                    _ = readByte()  // "~"
                    if cursor < buffer.count { buffer.remove(at: cursor) }
                default: break
                }
            default:
                if byte >= 32 {
                    buffer.insert(Character(Unicode.Scalar(byte)), at: cursor)
                    cursor += 1
                }
            }
            redraw(buffer, cursor)
        }
    }

    /// Gives the terminal its settings back.
    mutating func close() {
        guard var original = saved else { return }
        tcsetattr(0, TCSANOW, &original)
        saved = nil
    }

    /// What Tab does with `before` (the line up to the cursor): the line
    /// completed as far as the candidates agree, and the candidates to
    /// show when more than one is left.
    private func completion(_ before: String) -> (String?, String?) {
        let candidates = complete(before)
        guard !candidates.isEmpty else { return (nil, nil) }
        let typed = before.last == " " || before.isEmpty ? "" : (Shell.split(before).last ?? "")
        var common = candidates[0]
        for c in candidates.dropFirst() {
            while !c.hasPrefix(common) { common.removeLast() }
        }
        let stem = String(before.dropLast(typed.count))
        let completed = stem + common + (candidates.count == 1 && !common.hasSuffix("=") ? " " : "")
        return (completed, candidates.count > 1 ? candidates.joined(separator: "  ") : nil)
    }

    private mutating func remember(_ typed: String) {
        var line = typed
        while line.last == " " { line.removeLast() }
        guard !line.isEmpty, history.last != line else { return }
        history.append(line)
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        guard let historyFile, let f = fopen(historyFile, "a") else { return }
        fputs(line + "\n", f)
        fclose(f)
    }

    private func redraw(_ buffer: [Character], _ cursor: Int) {
        let back = buffer.count - cursor
        write("\r\u{1b}[K" + prompt + String(buffer) + (back > 0 ? "\u{1b}[\(back)D" : ""))
    }

    private func write(_ s: String) {
        let bytes = Array(s.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(1, $0.baseAddress, $0.count) }
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return read(0, &byte, 1) == 1 ? byte : nil
    }

    private static func readLine(_ f: UnsafeMutablePointer<FILE>) -> String? {
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        guard getline(&line, &capacity, f) >= 0, let line else { return nil }
        var text = String(cString: line)
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
