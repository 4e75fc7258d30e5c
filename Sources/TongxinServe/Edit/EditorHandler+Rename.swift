import FlyingFox
import Foundation
import Tongxin

/// 改名 of a record or a case: a page asking the new name, then one `git mv` commit
/// (ContentRename), refused with the located places while other content names the file.
extension EditorHandler {
    private func checkedRenamable(_ path: String?) -> String? {
        guard let path, path.hasSuffix(".md") else { return nil }
        return ContentPath.checked(path, sections: ContentRename.sections, contentFolder: content)
    }

    func renamePage(_ given: String?, session: EditSession) -> HTTPResponse {
        removalPage(checkedRenamable(given), session: session) { path, version in
            html(.ok, RenamePage.page(session, path: path, version: version, name: ((path as NSString).lastPathComponent as NSString).deletingPathExtension))
        }
    }

    func rename(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let path = checkedRenamable(body["path"]) else { return badPath(session) }
        let version = body["version"] ?? ""
        let name = (body["name"] ?? "").trimmingCharacters(in: .whitespaces)
        switch ContentRename.rename(path, to: name, version: version, by: account, contentFolder: content) {
        case .renamed(let target, _):
            let list = target.hasPrefix("cases/") ? "cases" : ""
            return Self.redirect(Self.prefix + list + "?renamed=" + (target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? target))
        case .invalid(let reason):
            return html(.unprocessableContent, RenamePage.page(session, path: path, version: version, name: name, problem: reason))
        case .blocked(let problems):
            return html(.conflict, RenamePage.page(session, path: path, version: version, name: name, blockers: problems))
        case .stale:
            return html(.conflict, EditorPages.message(session, title: L("edit.rename.title", path), L("edit.rename.stale")))
        case .refused(let reason):
            return forbidden(reason, session: session)
        }
    }
}

enum RenamePage {
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    static func page(_ session: EditSession, path: String, version: String, name: String, problem: String? = nil, blockers: [FieldProblem] = []) -> String {
        let encoded = escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path)
        let blocked = blockers.isEmpty ? "" : "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.rename.blocked", blockers.count)))</p><ul>"
            + blockers.map { "<li>\(escape($0.message))</li>" }.joined() + "</ul></div>"
        let invalid = problem == nil ? "" : " aria-invalid=\"true\" aria-describedby=\"problem-name\""
        let message = problem.map { "<p class=\"problem\" id=\"problem-name\" role=\"alert\">\(escape($0))</p>" } ?? ""
        return EditorPages.layout(title: L("edit.rename.title", path), session: session, """
            \(blocked)
            <p class="path">\(escape(path)) · <a href="\(DeletePages.editLink(path))">\(escape(L("edit.rename.cancel")))</a> · <a href="/__edit/history?path=\(encoded)">\(escape(L("edit.history.link")))</a></p>
            <p>\(escape(L("edit.rename.note")))</p>
            <form method="post" action="/__edit/rename" class="rename">
            <input type="hidden" name="csrf" value="\(escape(session.csrf))">
            <input type="hidden" name="path" value="\(escape(path))">
            <input type="hidden" name="version" value="\(escape(version))">
            <div class="field"><label for="f-name">\(escape(L("edit.rename.name")))</label>
            <input id="f-name" name="name" value="\(escape(name))"\(invalid)>\(message)</div>
            <p class="actions"><button type="submit">\(escape(L("edit.rename.button")))</button></p>
            </form>
            """)
    }
}
