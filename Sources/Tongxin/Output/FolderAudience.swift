import Foundation

/// Which audience an output folder was built for, in a mark beside it
/// (`.public.audience` for `public/`): every writer — build, preview, publish — reads
/// it under the folder's lock before writing, and a folder built for one audience is
/// never updated by a command for the other (`serve --output public-site` after a
/// public build would otherwise put records into the public folder). A folder without
/// a mark (built before marks existed, or new) takes the audience of its first writer.
enum FolderAudience {
    static func mark(of target: URL) -> URL {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).audience")
    }

    /// Throws when `target` exists and was built for another audience.
    static func check(_ target: URL, for audience: Audience) throws {
        guard let text = try? String(contentsOf: mark(of: target), encoding: .utf8),
              let built = Audience(rawValue: text.trimmingCharacters(in: .whitespacesAndNewlines)),
              FileManager.default.fileExists(atPath: target.path) else { return }
        if built != audience {
            throw OutputError.otherAudience(target.path, built: name(built), now: name(audience))
        }
    }

    static func record(_ target: URL, audience: Audience) throws {
        let url = mark(of: target)
        guard (try? String(contentsOf: url, encoding: .utf8)) != audience.rawValue + "\n" else { return }
        try Data((audience.rawValue + "\n").utf8).write(to: url, options: .atomic)
    }

    private static func name(_ audience: Audience) -> String {
        switch audience {
        case .internal: L("audience.internal")
        case .public: L("audience.public")
        }
    }
}
