import FlyingFox
import Foundation
import Tongxin

/// 恢复此版本 and 删除: both change a file as a save does (the same roles, checks, stale
/// protection and one commit by the person), and neither rewrites history.
extension EditorHandler {
    /// A record, case or member path as a browser sent it, or one of the data files
    /// with a form; nil otherwise. A deleted file's path is accepted too: its 历史 is
    /// the way back.
    func checkedEditable(_ path: String?) -> String? {
        EditPermission.checkedPath(path, contentFolder: content)
    }

    /// A record, case or member file: the only ones 删除 takes (a data file is edited
    /// row by row in its form, never deleted whole).
    func checkedDeletable(_ path: String?) -> String? {
        guard let path, path.hasSuffix(".md") else { return nil }
        return checkedEditable(path)
    }

    func historyPage(_ path: String, session: EditSession, status: HTTPStatusCode, notice: String? = nil, refusal: String? = nil, problems: [String] = []) -> HTTPResponse {
        let data = try? Data(contentsOf: content.appendingPathComponent(path))
        var state = EditorPages.HistoryState()
        state.deletions = FileHistory.deletions(path, contentFolder: content)
        state.version = FileVersion.of(data)
        state.exists = data != nil
        state.mayRestore = EditPermission.forFile(path).map { session.account?.may($0) == true } ?? false
        state.notice = notice
        state.refusal = refusal
        state.problems = problems
        return html(status, EditorPages.history(session, path: path, commits: FileHistory.commits(path, contentFolder: content), state: state))
    }

    func restore(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let path = checkedEditable(body["path"]) else { return badPath(session) }
        let commit = body["commit"] ?? ""
        switch VersionRestore.restore(path, commit: commit, version: body["version"] ?? "", by: account, contentFolder: content) {
        case .saved(let path, _):
            return Self.redirect(Self.prefix + "history?path=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path) + "&restored=" + String(commit.prefix(10)))
        case .unchanged(let path):
            return historyPage(path, session: session, status: .ok, notice: L("edit.restore.unchanged"))
        case .invalid(let problems):
            return historyPage(path, session: session, status: .unprocessableContent, refusal: L("edit.restore.invalid", problems.count), problems: problems.map(\.message))
        case .stale:
            return historyPage(path, session: session, status: .conflict, refusal: L("edit.restore.stale"))
        case .refused(let reason):
            return historyPage(path, session: session, status: .forbidden, refusal: reason)
        }
    }

    func deletePage(_ given: String?, session: EditSession) -> HTTPResponse {
        removalPage(checkedDeletable(given), session: session) { path, version in
            // The places that still refer to the file are shown before anyone confirms.
            html(.ok, DeletePages.confirm(session, path: path, version: version, blockers: ContentDelete.blockers(path, contentFolder: content)))
        }
    }

    /// The 删除 and 改名 pages start alike: a signed-in person, a path already checked for
    /// the action (nil: refused), a file that is there, and a person who may take it away
    /// (ContentDelete.permitted); `page` draws the form from the path and the file's version.
    func removalPage(_ path: String?, session: EditSession, _ page: (_ path: String, _ version: String) -> HTTPResponse) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let path else { return badPath(session) }
        guard let data = try? Data(contentsOf: content.appendingPathComponent(path)) else {
            return html(.notFound, EditorPages.message(session, title: L("edit.record.cannotOpen"), L("edit.record.cannotOpenDetail", path)))
        }
        if let reason = ContentDelete.permitted(path, by: account, contentFolder: content) { return forbidden(reason, session: session) }
        return page(path, FileVersion.of(data))
    }

    func delete(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let path = checkedDeletable(body["path"]) else { return badPath(session) }
        let version = body["version"] ?? ""
        switch ContentDelete.delete(path, version: version, by: account, contentFolder: content) {
        case .deleted(let path, _):
            return Self.redirect(Self.prefix + "deleted?removed=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? path))
        case .blocked(let problems):
            return html(.conflict, DeletePages.confirm(session, path: path, version: version, blockers: problems))
        case .stale:
            return html(.conflict, EditorPages.message(session, title: L("edit.delete.title", path), L("edit.delete.stale")))
        case .refused(let reason):
            return forbidden(reason, session: session)
        }
    }
}
