import Foundation
import Tongxin

/// The editor's HTML: plain forms that work without JavaScript and on a phone, styled
/// by /__edit/editor.css (no external assets). Every value is escaped.
enum EditorPages {
    static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    static func layout(title: String, session: EditSession?, _ content: String) -> String {
        var bar = ""
        if let session, let account = session.account {
            bar = """
                <p class="who">\(escape(L("edit.signedInAs", account.name, account.roleNames)))</p>
                <nav><a href="/__edit/">\(escape(L("edit.nav.home")))</a> <a href="/__edit/record/new">\(escape(L("edit.nav.newRecord")))</a> <a href="/__edit/suggestions">\(escape(L("edit.suggestions.title")))</a> <a href="/__edit/cases">\(escape(L("edit.nav.cases")))</a> <a href="/__edit/members">\(escape(L("edit.nav.members")))</a> <a href="/__edit/data">\(escape(L("edit.data.title")))</a> <a href="/__edit/docs">\(escape(L("edit.docs.title")))</a> <a href="/">\(escape(L("edit.nav.preview")))</a></nav>
                <form method="post" action="/__edit/logout" class="logout"><input type="hidden" name="csrf" value="\(escape(session.csrf))"><button type="submit">\(escape(L("edit.logout")))</button></form>
                """
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) — \(escape(L("edit.product")))</title>
            <link rel="stylesheet" href="/__edit/editor.css"><script src="/__edit/editor.js" defer></script></head>
            <body>
            <header class="bar"><p class="product">\(escape(L("edit.product")))</p>\(bar)</header>
            <main>
            <h1>\(escape(title))</h1>
            \(content)
            </main>
            </body>
            </html>

            """
    }

    static func login(csrf: String, error: String?) -> String {
        let problem = error.map { "<p class=\"problem\" role=\"alert\">\(escape($0))</p>" } ?? ""
        return layout(title: L("edit.login.title"), session: nil, """
            \(problem)
            <form method="post" action="/__edit/login" class="login">
            <input type="hidden" name="csrf" value="\(escape(csrf))">
            <label for="login">\(escape(L("edit.login.name")))</label>
            <input id="login" name="login" autocomplete="username" required autofocus>
            <label for="password">\(escape(L("edit.login.password")))</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">\(escape(L("edit.login.submit")))</button>
            </form>
            """)
    }

    struct RecordRow {
        var path: String
        var form: RecordSheet
    }

    static func home(_ session: EditSession, records: [RecordRow], choices: FormChoices, notice: String?) -> String {
        let rows = records.map { row in
            let contactees = row.form.contacteeList.map { choices.display($0) }.joined(separator: "、")
            let path = escape(row.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? row.path)
            return "<tr><td>\(escape(row.form.number))</td><td>\(escape(row.form.date))</td><td>\(escape(choices.display(row.form.contactor)))</td><td>\(escape(contactees))</td>"
                + "<td><a href=\"/__edit/record?path=\(path)\">\(escape(L("edit.home.edit")))</a> · <a href=\"/__edit/history?path=\(path)\">\(escape(L("edit.history.link")))</a></td></tr>"
        }.joined(separator: "\n")
        let message = notice.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? ""
        return layout(title: L("edit.home.title"), session: session, """
            \(message)
            <p><a class="button" href="/__edit/record/new">\(escape(L("edit.nav.newRecord")))</a></p>
            <h2>\(escape(L("edit.home.records")))</h2>
            <p><a href="/__edit/deleted">\(escape(L("edit.deleted.title")))</a></p>
            <div class="scroll"><table>
            <thead><tr><th>\(escape(L("edit.field.number")))</th><th>\(escape(L("edit.field.date")))</th><th>\(escape(L("edit.field.contactor")))</th><th>\(escape(L("edit.field.contactees")))</th><th></th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table></div>
            """)
    }

    /// Suggestions still open (not 已反馈), oldest first, each linked to its row in its
    /// record's form, where the window writes 处理意见, 处理情况 and the dates.
    static func suggestions(_ session: EditSession, records: [RecordRow], choices: FormChoices) -> String {
        var rows: [String] = []
        for record in records.sorted(by: { $0.form.date < $1.form.date }) {
            for (index, suggestion) in record.form.suggestions.enumerated() where suggestion.status != "已反馈" {
                let path = escape(record.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? record.path)
                let contactees = record.form.contacteeList.map { choices.display($0) }.joined(separator: "、")
                rows.append("<tr><td>\(escape(record.form.date))</td><td>\(escape(contactees))</td><td>\(escape(suggestion.text))</td><td>\(escape(suggestion.route))</td><td>\(escape(suggestion.status.isEmpty ? "—" : suggestion.status))</td>"
                    + "<td><a href=\"/__edit/record?path=\(path)#s\(index)\">\(escape(L("edit.suggestions.followUp")))</a></td></tr>")
            }
        }
        return layout(title: L("edit.suggestions.title"), session: session, """
            <p>\(escape(L("edit.suggestions.note", rows.count)))</p>
            <div class="scroll"><table>
            <thead><tr><th>\(escape(L("edit.field.date")))</th><th>\(escape(L("edit.field.contactees")))</th><th>\(escape(L("edit.suggestion.text")))</th><th>\(escape(L("edit.suggestion.route")))</th><th>\(escape(L("edit.suggestion.status")))</th><th></th></tr></thead>
            <tbody>
            \(rows.joined(separator: "\n"))
            </tbody></table></div>
            """)
    }

    /// What the 历史 page shows besides the commits.
    struct HistoryState {
        /// The commits that deleted the file (nothing to read or restore there).
        var deletions: Set<String> = []
        /// FileVersion of the file now (`new` when deleted): a restore made from this page
        /// is refused when the file changed since.
        var version = FileVersion.absent
        var exists = true
        /// Whether the person may change this kind of file (and so restore it).
        var mayRestore = false
        var notice: String?
        /// Why a restore was refused, and where (a refused version's errors).
        var refusal: String?
        var problems: [String] = []
    }

    /// A file's commits, newest first; every older version has a 恢复此版本 button (a
    /// POST with the CSRF token) for a person who may save that kind of file.
    static func history(_ session: EditSession, path: String, commits: [FileCommit], state: HistoryState) -> String {
        let encoded = escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path)
        let rows = commits.enumerated().map { index, commit in
            let deleted = state.deletions.contains(commit.hash)
            let link = deleted ? "<code>\(escape(String(commit.hash.prefix(10))))</code>"
                : "<a href=\"/__edit/version?path=\(encoded)&amp;commit=\(escape(commit.hash))\"><code>\(escape(String(commit.hash.prefix(10))))</code></a>"
            let action: String
            if deleted {
                action = escape(L("edit.restore.deletedHere"))
            } else if index == 0 && state.exists {
                action = escape(L("edit.restore.current"))
            } else if state.mayRestore {
                action = """
                    <form method="post" action="/__edit/restore" class="inline"><input type="hidden" name="csrf" value="\(escape(session.csrf))">\
                    <input type="hidden" name="path" value="\(escape(path))"><input type="hidden" name="commit" value="\(escape(commit.hash))">\
                    <input type="hidden" name="version" value="\(escape(state.version))"><button type="submit">\(escape(L("edit.restore.button")))</button></form>
                    """
            } else {
                action = ""
            }
            return "<tr><td>\(escape(commit.date))</td><td>\(escape(commit.author))</td><td>\(escape(commit.subject))</td><td>\(link)</td><td>\(action)</td></tr>"
        }.joined(separator: "\n")
        let empty = commits.isEmpty ? "<p>\(escape(L("edit.history.none")))</p>" : ""
        let deleted = !state.exists && !commits.isEmpty ? "<p class=\"notice\">\(escape(L("edit.history.deleted")))</p>" : ""
        let notice = state.notice.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? ""
        let problems = state.refusal.map { refusal in
            "<div class=\"problems\" role=\"alert\"><p>\(escape(refusal))</p>" + (state.problems.isEmpty ? "" : "<ul>" + state.problems.map { "<li>\(escape($0))</li>" }.joined() + "</ul>") + "</div>"
        } ?? ""
        let role = state.mayRestore ? "" : "<p>\(escape(L("edit.restore.noRole")))</p>"
        return layout(title: L("edit.history.title", path), session: session, """
            \(notice)\(problems)\(deleted)
            <p>\(escape(L("edit.history.restore")))</p>
            \(role)\(empty)
            <div class="scroll"><table>
            <thead><tr><th>\(escape(L("edit.history.date")))</th><th>\(escape(L("edit.history.author")))</th><th>\(escape(L("edit.history.subject")))</th><th>\(escape(L("edit.history.commit")))</th><th>\(escape(L("edit.restore.column")))</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table></div>
            """)
    }

    /// One earlier version of a file, to read or copy back into the form.
    static func version(_ session: EditSession, path: String, commit: String, text: String) -> String {
        layout(title: L("edit.version.title", path, String(commit.prefix(10))), session: session, """
            <p>\(escape(L("edit.version.note", String(commit.prefix(10)), path)))</p>
            <label for="version-text">\(escape(L("edit.version.text")))</label>
            <textarea id="version-text" readonly rows="24">\(escape(text))</textarea>
            """)
    }

    static func message(_ session: EditSession?, title: String, _ text: String) -> String {
        layout(title: title, session: session, "<p class=\"problem\" role=\"alert\">\(escape(text))</p><p><a href=\"/__edit/\">\(escape(L("edit.nav.home")))</a></p>")
    }
}

extension FormChoices {
    /// A member reference as a person reads it: the name for an id.
    func display(_ reference: String) -> String {
        members.first { $0.id == reference }?.name ?? reference
    }
}
