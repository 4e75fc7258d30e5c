import Foundation

/// `tongxin hooks install`: a pre-commit hook that runs `tongxin check`, so a commit
/// with broken content never reaches the repository from this clone.
public enum Hooks {
    public static func installPreCommit(content: URL, theme: URL, executable: URL, force: Bool) throws -> URL {
        let repository = try GitRepository(containing: content)
        let hooks = URL(fileURLWithPath: try repository.git(["rev-parse", "--git-path", "hooks"]), relativeTo: repository.root).standardizedFileURL
        try FileManager.default.createDirectory(at: hooks, withIntermediateDirectories: true)
        let hook = hooks.appendingPathComponent("pre-commit")
        if FileManager.default.fileExists(atPath: hook.path) && !force {
            let existing = (try? String(contentsOf: hook, encoding: .utf8)) ?? ""
            if !existing.contains(marker) { throw HookError.exists(hook.path) }
        }
        let script = """
            #!/bin/sh
            \(marker)
            # Refuses a commit whose staged content (the index, not the working files) does
            # not pass the check or would publish a phone number; see README.md.
            exec \(shellQuote(executable.path)) check --staged --quiet --content \(shellQuote(relative(content, to: repository.root))) --theme \(shellQuote(relative(theme, to: repository.root)))

            """
        try script.write(to: hook, atomically: true, encoding: .utf8)
        chmod(hook.path, 0o755)
        return hook
    }

    static let marker = "# installed by tongxin hooks install"

    static func relative(_ url: URL, to root: URL) -> String {
        let path = url.standardizedFileURL.path, base = root.standardizedFileURL.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }

    static func shellQuote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

public enum HookError: Error, CustomStringConvertible {
    case exists(String)

    public var description: String {
        switch self {
        case .exists(let path): L("hook.exists", path)
        }
    }
}
