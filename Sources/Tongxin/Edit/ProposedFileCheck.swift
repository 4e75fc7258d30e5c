import Foundation

/// Runs `tongxin check`'s own loader and validator on the site as it would be with one
/// file replaced, before anything is written: the content is mirrored (hard links, so
/// nothing is copied) into a scratch folder, the proposed text put in place, and the
/// problems of that file returned. Problems of other files are not the form's to fix.
public enum ProposedFileCheck {
    /// `extra`: files the same save adds (an uploaded cover), relative to the content folder.
    public static func problems(text: String, at relative: String, extra: [String: Data] = [:], contentFolder: URL) -> [Diagnostic] {
        siteProblems(replacing: relative, with: text, extra: extra, contentFolder: contentFolder).filter { $0.location.file == relative }
    }

    /// The problems of the file itself, and the errors the change would cause in other
    /// files that they do not have now: a data file is named from everywhere (a
    /// committee taken out of organization.json, a method out of the policy).
    public static func problemsHereAndElsewhere(text: String, at relative: String, contentFolder: URL) -> (here: [Diagnostic], elsewhere: [Diagnostic]) {
        let after = siteProblems(replacing: relative, with: text, contentFolder: contentFolder)
        let here = after.filter { $0.location.file == relative }
        let others = after.filter { $0.location.file != relative && $0.severity == .error }
        guard !others.isEmpty else { return (here, []) }
        let (site, loadProblems) = ContentLoader.load(contentFolder: contentFolder)
        let before = Set(loadProblems.hasErrors ? loadProblems.sorted : loadProblems.sorted + Validator.check(site).1.sorted)
        return (here, others.filter { !before.contains($0) })
    }

    /// The errors the site would have without `relative` (a file about to be deleted)
    /// that it does not have now: the records, assignments or briefs that still name
    /// it, each at its own file:line:column. Errors already there are not this
    /// deletion's doing and are left out.
    public static func errorsWithout(_ relative: String, contentFolder: URL) -> [Diagnostic] {
        let after = siteProblems(replacing: relative, with: nil, contentFolder: contentFolder).filter { $0.severity == .error }
        guard !after.isEmpty else { return [] }
        let (site, loadProblems) = ContentLoader.load(contentFolder: contentFolder)
        let before = Set(loadProblems.hasErrors ? loadProblems.sorted : loadProblems.sorted + Validator.check(site).1.sorted)
        return after.filter { !before.contains($0) }
    }

    /// The errors the site would have with `relative` moved to `target` that it does
    /// not have now (the moved file's own, read as at its old place, are not new).
    public static func errorsMoving(_ relative: String, to target: String, data: Data, contentFolder: URL) -> [Diagnostic] {
        let after = siteProblems(replacing: relative, with: nil, extra: [target: data], contentFolder: contentFolder).filter { $0.severity == .error }
        guard !after.isEmpty else { return [] }
        let (site, loadProblems) = ContentLoader.load(contentFolder: contentFolder)
        let before = Set(loadProblems.hasErrors ? loadProblems.sorted : loadProblems.sorted + Validator.check(site).1.sorted)
        return after.filter { diagnostic in
            var atOldPlace = diagnostic
            if diagnostic.location.file == target { atOldPlace.location.file = relative }
            return !before.contains(atOldPlace)
        }
    }

    /// Every problem of the site with `relative` replaced by `text` (nil: left out).
    private static func siteProblems(replacing relative: String, with text: String?, extra: [String: Data] = [:], contentFolder: URL) -> [Diagnostic] {
        let scratch = scratchFolder(for: contentFolder)
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try mirror(contentFolder.standardizedFileURL, into: scratch, skipping: relative)
            if let text {
                let target = scratch.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: target)
            }
            for (path, data) in extra {
                let file = scratch.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
        } catch {
            return [.error(SourceLocation(file: relative), L("edit.checkFailed", "\(error)"))]
        }
        let (site, loadProblems) = ContentLoader.load(contentFolder: scratch)
        var all = loadProblems
        if !loadProblems.hasErrors {
            all.append(contentsOf: Validator.check(site).1)
        }
        return all.sorted
    }

    /// Beside git's own files when the content is in a repository (the same disk, so
    /// hard links work, and never seen by `git status` or the preview's watcher).
    private static func scratchFolder(for contentFolder: URL) -> URL {
        let name = "tongxin-edit-check-\(UUID().uuidString)"
        if let gitDir = Git.run(["rev-parse", "--absolute-git-dir"], in: contentFolder)?.trimmingCharacters(in: .whitespacesAndNewlines), !gitDir.isEmpty {
            return URL(fileURLWithPath: gitDir).appendingPathComponent(name)
        }
        return FileManager.default.temporaryDirectory.appendingPathComponent(name)
    }

    private static func mirror(_ source: URL, into target: URL, skipping skipped: String) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        guard let walker = manager.enumerator(atPath: source.path) else { return }
        while let relative = walker.nextObject() as? String {
            let from = source.appendingPathComponent(relative)
            let to = target.appendingPathComponent(relative)
            var info = stat()
            guard lstat(from.path, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try manager.createDirectory(at: to, withIntermediateDirectories: true)
            case S_IFREG:
                if relative == skipped { continue }
                if link(from.path, to.path) != 0 { try manager.copyItem(at: from, to: to) }
            default:
                // A symbolic link stays one, so the check reports it as `check` does.
                if let destination = try? manager.destinationOfSymbolicLink(atPath: from.path) {
                    try manager.createSymbolicLink(atPath: to.path, withDestinationPath: destination)
                }
            }
        }
    }
}
