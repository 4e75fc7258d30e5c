import Foundation
import Tongxin

/// The page of a form made from a schema's fields (FieldForm): the case story and the
/// member profile. Private fields sit apart in a yellow 内部信息 box, as on the portal.
enum FieldFormPage {
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    struct Setup {
        var title: String
        /// Where the form posts: /__edit/case or /__edit/member.
        var action: String
        var fields: [FormField]
        /// Whose labels: `case` (keys edit.case.title …) or `member`.
        var labels: String
        /// A new file asks for its name (slug).
        var asksSlug = false
        var uploads = false
    }

    static func page(_ form: FieldForm, setup: Setup, session: EditSession, extra: RecordFormPage.Extra, slug: String = "") -> String {
        let problems = extra.problems
        func problem(_ field: String) -> String {
            problems.filter { $0.field == field }.map { "<p class=\"problem\" id=\"problem-\(field)\" role=\"alert\">\(escape($0.message))</p>" }.joined()
        }
        func invalid(_ field: String) -> String {
            problems.contains { $0.field == field } ? " aria-invalid=\"true\" aria-describedby=\"problem-\(field)\"" : ""
        }
        func control(_ field: FormField) -> String {
            let value = form[field.key]
            let label = "<label for=\"f-\(field.key)\">\(escape(L("edit.\(setup.labels).\(field.key)")))</label>"
            let input: String
            switch field.kind {
            case .text, .list:
                input = "<input id=\"f-\(field.key)\" name=\"\(field.key)\" value=\"\(escape(value))\"\(invalid(field.key))>"
            case .date:
                input = "<input id=\"f-\(field.key)\" name=\"\(field.key)\" type=\"date\" value=\"\(escape(value))\"\(invalid(field.key))>"
            case .lines:
                input = "<textarea id=\"f-\(field.key)\" name=\"\(field.key)\" rows=\"\(max(3, value.split(separator: "\n").count + 1))\"\(invalid(field.key))>\n\(escape(value))</textarea>"
            case .longText:
                input = "<textarea id=\"f-\(field.key)\" name=\"\(field.key)\" rows=\"3\"\(invalid(field.key))>\(escape(value))</textarea>"
            case .choice(let options):
                var all = options
                if !value.isEmpty && !all.contains(value) { all.insert(value, at: 0) }
                let items = (["<option value=\"\"></option>"] + all.map { "<option value=\"\(escape($0))\"\($0 == value ? " selected" : "")>\(escape(L("edit.choice.\($0)")))</option>" }).joined()
                input = "<select id=\"f-\(field.key)\" name=\"\(field.key)\"\(invalid(field.key))>\(items)</select>"
            }
            let hint = field.kind == .list ? "<small>\(escape(L("edit.hint.list")))</small>" : field.kind == .lines ? "<small>\(escape(L("edit.data.hint.lines")))</small>" : ""
            return "<div class=\"field\">\(label)\(hint)\(input)\(problem(field.key))</div>"
        }
        let publicFields = setup.fields.filter { !$0.isPrivate }.map(control).joined(separator: "\n")
        let privateFields = setup.fields.filter(\.isPrivate).map(control).joined(separator: "\n")
        let privateBox = privateFields.isEmpty ? "" : "<fieldset class=\"private\"><legend>\(escape(L("edit.private.legend")))</legend><p>\(escape(L("edit.private.note")))</p>\(privateFields)</fieldset>"
        let slugField = setup.asksSlug && form.path == nil ? """
            <div class="field"><label for="f-slug">\(escape(L("edit.field.slug")))</label><small>\(escape(L("edit.hint.slug")))</small>
            <input id="f-slug" name="slug" value="\(escape(slug))"\(invalid("slug"))>\(problem("slug"))</div>
            """ : ""
        let uploads = setup.uploads ? """
            <fieldset><legend>\(escape(L("edit.upload.legend")))</legend><p>\(escape(L("edit.upload.note", UploadedImage.maxBytes / 1024 / 1024)))</p>
            <div class="field"><label for="f-cover-file">\(escape(L("edit.upload.cover")))</label><input id="f-cover-file" name="cover-file" type="file" accept="image/jpeg,image/png,image/gif,image/webp"></div>
            <div class="field"><label for="f-image-file">\(escape(L("edit.upload.image")))</label><input id="f-image-file" name="image-file" type="file" accept="image/jpeg,image/png,image/gif,image/webp"></div>
            <div class="field"><label for="f-image-alt">\(escape(L("edit.upload.alt")))</label><input id="f-image-alt" name="image-alt"></div>
            \(problem("upload"))</fieldset>
            """ : ""
        let general = problems.filter { $0.field == nil }.map { "<li>\(escape($0.message))</li>" }.joined()
        let summary = problems.isEmpty ? "" : "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.form.problems", problems.filter(\.isError).count)))</p>\(general.isEmpty ? "" : "<ul>\(general)</ul>")</div>"
        let stale = extra.current.map { current in
            "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.save.stale")))</p><label for=\"current-text\">\(escape(L("edit.save.currentText")))</label><textarea id=\"current-text\" readonly rows=\"12\">\(escape(current))</textarea></div>"
        } ?? ""
        let history = form.path.map {
            " · <a href=\"/__edit/history?path=\(escape($0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0))\">\(escape(L("edit.history.link")))</a>"
                + " · <a href=\"/__edit/delete?path=\(escape($0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0))\">\(escape(L("edit.delete.link")))</a>"
                + ($0.hasPrefix("cases/") ? " · <a href=\"/__edit/rename?path=\(escape($0.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? $0))\">\(escape(L("edit.rename.link")))</a>" : "")
        } ?? ""
        return EditorPages.layout(title: setup.title, session: session, """
            \(summary)\(stale)\(extra.preview ?? "")
            <p class="path">\(escape(form.path ?? L("edit.record.newFileGeneric")))\(history)</p>
            <form method="post" action="\(setup.action)" class="record" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="csrf" value="\(escape(session.csrf))">
            <input type="hidden" name="path" value="\(escape(form.path ?? ""))">
            <input type="hidden" name="version" value="\(escape(form.version))">
            \(slugField)
            <div class="grid">
            \(publicFields)
            </div>
            \(privateBox)
            <div class="field wide"><label for="f-body">\(escape(L("edit.\(setup.labels).body")))</label><small>\(escape(L("edit.hint.markdown")))</small>
            <textarea id="f-body" name="body" rows="16"\(invalid("body"))>\n\(escape(form.body))</textarea>\(problem("body"))</div>
            \(uploads)
            <p class="actions"><button type="submit">\(escape(L("edit.save")))</button> \(BodyPreview.button)</p>
            </form>
            """)
    }

    static func read(_ body: FormBody, fields: [FormField]) -> FieldForm {
        var form = FieldForm()
        let path = body["path"] ?? ""
        form.path = path.isEmpty ? nil : path
        form.version = body["version"] ?? FileVersion.absent
        for field in fields {
            if let value = body[field.key] { form[field.key] = value }
        }
        form.body = body["body"] ?? ""
        return form
    }

    /// A list of files of one section with a link to each one's form.
    static func list(_ session: EditSession, title: String, newLink: (String, String)?, rows: [(path: String, label: String)], editPath: String, notice: String?) -> String {
        let items = rows.map { row in
            let path = escape(row.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? row.path)
            return "<tr><td>\(escape(row.label))</td><td><a href=\"\(editPath)?path=\(path)\">\(escape(L("edit.home.edit")))</a> · <a href=\"/__edit/history?path=\(path)\">\(escape(L("edit.history.link")))</a></td></tr>"
        }.joined(separator: "\n")
        let button = newLink.map { "<p><a class=\"button\" href=\"\($0.0)\">\(escape($0.1))</a></p>" } ?? ""
        let message = notice.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? ""
        return EditorPages.layout(title: title, session: session, """
            \(message)\(button)
            <div class="scroll"><table><tbody>
            \(items)
            </tbody></table></div>
            """)
    }
}
