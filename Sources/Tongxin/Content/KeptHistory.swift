import Foundation

/// The content's git history as the last build read it, kept inside the repository's
/// own folder (`.git/tongxin-history`): never committed, never in an output folder, so
/// never published. The next build reads only the commits made since (GitHistory.load).
/// A file that is missing, unreadable or of another format is ignored: the whole log is
/// read, as before it existed.
enum KeptHistory {
    static let name = "tongxin-history"
    private static let format = "tongxin-history 1"

    static func read(_ url: URL) -> GitHistory? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 3, lines[0] == format, !lines[1].isEmpty else { return nil }
        var changes: [String: GitHistory.Change] = [:]
        for line in lines.dropFirst(3) where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let date = Day(parsing: String(fields[1])) else { return nil }
            changes[String(fields[0])] = GitHistory.Change(date: date, author: String(fields[2]))
        }
        return GitHistory(changes: changes, availability: .available, head: String(lines[1]), prefix: String(lines[2]))
    }

    /// Written whole and swapped in; not kept when a name holds a tab or a line break
    /// (the next build then reads the whole log).
    static func write(_ history: GitHistory, to url: URL) {
        guard let head = history.head else { return }
        var text = format + "\n" + head + "\n" + history.prefix + "\n"
        for (path, change) in history.changes.sorted(by: { $0.key < $1.key }) {
            guard !(path + change.author).contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return }
            text += path + "\t" + change.date.iso + "\t" + change.author + "\n"
        }
        try? Data(text.utf8).write(to: url, options: .atomic)
    }
}
