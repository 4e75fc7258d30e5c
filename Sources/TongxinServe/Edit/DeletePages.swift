import Foundation
import Tongxin

/// The pages of deleting a file: the confirmation (or, while other content refers to
/// the file, the places that do), and the list of deleted files with the way back.
enum DeletePages {
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }
    private static func encoded(_ path: String) -> String { escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path) }

    /// The form page the file is edited on, to go back to.
    static func editLink(_ path: String) -> String {
        switch EditPermission.forFile(path) {
        case .records?: "/__edit/record?path=\(encoded(path))"
        case .cases?: "/__edit/case?path=\(encoded(path))"
        case .policy?: DataFiles.file(path) != nil ? "/__edit/data/form?path=\(encoded(path))" : "/__edit/doc?path=\(encoded(path))"
        default: "/__edit/member?path=\(encoded(path))"
        }
    }

    /// `blockers`: the errors deleting would cause; with any, no delete button.
    static func confirm(_ session: EditSession, path: String, version: String, blockers: [FieldProblem], notice: String? = nil) -> String {
        let back = "<a href=\"\(editLink(path))\">\(escape(L("edit.delete.cancel")))</a>"
        let body: String
        if blockers.isEmpty {
            body = """
                <p>\(escape(L("edit.delete.confirm")))</p>
                <form method="post" action="/__edit/delete">
                <input type="hidden" name="csrf" value="\(escape(session.csrf))">
                <input type="hidden" name="path" value="\(escape(path))">
                <input type="hidden" name="version" value="\(escape(version))">
                <p><button type="submit">\(escape(L("edit.delete.button")))</button> \(back)</p>
                </form>
                """
        } else {
            body = "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.delete.blocked", blockers.count)))</p><ul>"
                + blockers.map { "<li>\(escape($0.message))</li>" }.joined() + "</ul></div><p>\(back)</p>"
        }
        let message = notice.map { "<p class=\"problem\" role=\"alert\">\(escape($0))</p>" } ?? ""
        return EditorPages.layout(title: L("edit.delete.title", path), session: session, """
            \(message)
            <p class="path">\(escape(path)) · <a href="/__edit/history?path=\(encoded(path))">\(escape(L("edit.history.link")))</a></p>
            \(body)
            """)
    }

    /// `removed`: the file just deleted, named in the notice with a link to its 历史.
    static func deleted(_ session: EditSession, files: [(path: String, commit: FileCommit)], removed: String?) -> String {
        let rows = files.map { file in
            "<tr><td>\(escape(file.path))</td><td>\(escape(file.commit.date))</td><td>\(escape(file.commit.author))</td>"
                + "<td><a href=\"/__edit/history?path=\(encoded(file.path))\">\(escape(L("edit.history.link")))</a></td></tr>"
        }.joined(separator: "\n")
        let message = removed.map { "<p class=\"notice\" role=\"status\">\(escape(L("edit.delete.done", $0))) <a href=\"/__edit/history?path=\(encoded($0))\">\(escape(L("edit.history.link")))</a></p>" } ?? ""
        let empty = files.isEmpty ? "<p>\(escape(L("edit.deleted.none")))</p>" : ""
        return EditorPages.layout(title: L("edit.deleted.title"), session: session, """
            \(message)
            <p>\(escape(L("edit.deleted.note")))</p>
            \(empty)
            <div class="scroll"><table>
            <thead><tr><th>\(escape(L("edit.deleted.file")))</th><th>\(escape(L("edit.history.date")))</th><th>\(escape(L("edit.history.author")))</th><th></th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table></div>
            """)
    }
}
