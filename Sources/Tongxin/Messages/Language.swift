import Foundation

/// The language every message a person reads is written in. Chinese is the office's
/// language and the default; English is for whoever asks for it (`--lang en`, or an
/// English `LANG`/`LC_ALL`/`LC_MESSAGES`).
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// `--lang` wins; otherwise the first locale variable that is set decides, as in
    /// gettext (LC_ALL, LC_MESSAGES, LANG). Anything not English is Chinese: a clerk's
    /// machine set to `C` or `POSIX` by an installer still speaks Chinese.
    public static func chosen(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let option, let language = Language(code: option) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) ?? .zh
        }
        return .zh
    }

    /// "en", "en_GB.UTF-8", "zh_CN.UTF-8", "zh-Hans": the part before `_`, `-` or `.`.
    public init?(code: String) {
        let prefix = code.lowercased().prefix { $0.isLetter }
        switch prefix {
        case "en": self = .en
        case "zh": self = .zh
        default: return nil
        }
    }
}

/// The language of this process, set once by the command line before any work starts.
/// Reads are frequent and from every core, writes happen at start-up.
public enum Messages {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen: Language = .zh

    /// A language for one task and what it calls, over the process's: tests run in
    /// parallel in one process, each in the language it asserts, without touching the
    /// process's. `parallelMap` and `Background` carry it to their threads.
    @TaskLocal public static var override: Language?

    public static var language: Language {
        get {
            if let override { return override }
            lock.lock(); defer { lock.unlock() }
            return chosen
        }
        set { lock.lock(); chosen = newValue; lock.unlock() }
    }

    /// Runs `work` on another thread in the language of the caller's task.
    public static func carried<T>(_ language: Language?, _ work: () throws -> T) rethrows -> T {
        guard let language else { return try work() }
        return try $override.withValue(language, operation: work)
    }
}
