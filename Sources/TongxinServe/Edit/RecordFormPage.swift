import Foundation
import Tongxin

/// The 记录单 laid out like 附件2: 编号, 日期及起止时间, 联系地点, 联系人, 联系对象, 方式
/// and 要点, 联系内容, 意见建议, 记录人. Each problem `tongxin check` found is shown
/// under its field. Member fields offer every member by name, pinyin initials and id
/// through a datalist, which browsers filter as one types, without any script.
enum RecordFormPage {
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    struct Extra {
        var problems: [FieldProblem] = []
        var notice: String?
        /// On a refused stale save: the file's text now, shown beside the form's.
        var current: String?
        /// The body rendered for the 预览 button (BodyPreview), HTML.
        var preview: String?
    }

    static func page(_ form: RecordSheet, choices: FormChoices, session: EditSession, extra: Extra) -> String {
        let problems = extra.problems
        func problem(_ field: String) -> String {
            problems.filter { $0.field == field }.map {
                "<p class=\"problem\" id=\"problem-\(field)\" role=\"alert\">\(escape($0.message))</p>"
            }.joined()
        }
        func invalid(_ field: String) -> String {
            problems.contains { $0.field == field } ? " aria-invalid=\"true\" aria-describedby=\"problem-\(field)\"" : ""
        }
        // The office's own wording of the 记录单 where the policy gives one (record_form);
        // the date and the time are separate inputs here, so theirs come from the catalogue.
        func label(_ field: String) -> String {
            let key = field == "body" ? "content" : field
            return RecordForm.fields.contains(key) && key != "date" ? choices.recordLabels.label(key) : L("edit.field.\(field)")
        }
        func text(_ field: String, _ value: String, type: String = "text", list: String? = nil, hint: String? = nil) -> String {
            let listAttribute = list.map { " list=\"\($0)\" autocomplete=\"off\"" } ?? ""
            let hintText = hint.map { "<small>\(escape($0))</small>" } ?? ""
            return """
                <div class="field"><label for="f-\(field)">\(escape(label(field)))</label>\(hintText)
                <input id="f-\(field)" name="\(field)" type="\(type)" value="\(escape(value))"\(listAttribute)\(invalid(field))>\(problem(field))</div>
                """
        }
        func labelOf(_ field: String) -> String { label(field) }
        func select(_ field: String, _ value: String, _ options: [String], name: String? = nil, label: String? = nil) -> String {
            var all = options
            if !value.isEmpty && !all.contains(value) { all.insert(value, at: 0) }
            let items = (["<option value=\"\"></option>"] + all.map { "<option\($0 == value ? " selected" : "")>\(escape($0))</option>" }).joined()
            let fieldName = name ?? field
            return """
                <div class="field"><label for="f-\(fieldName)">\(escape(label ?? labelOf(field)))</label>
                <select id="f-\(fieldName)" name="\(fieldName)"\(invalid(field))>\(items)</select>\(name == nil ? problem(field) : "")</div>
                """
        }
        let topicOptions = form.topics.filter { !choices.topics.contains($0) } + choices.topics
        let topics = topicOptions.enumerated().map { index, topic in
            "<label class=\"check\"><input type=\"checkbox\" name=\"topics\" value=\"\(escape(topic))\"\(form.topics.contains(topic) ? " checked" : "")> \(escape(topic))</label>"
        }.joined(separator: "\n")
        // The rows the record has, and one empty row for a new suggestion.
        let rows = form.suggestions + [SuggestionRow()]
        let suggestions = rows.enumerated().map { index, row in
            """
            <fieldset class="suggestion" id="s\(index)"><legend>\(escape(L("edit.suggestion.legend", index + 1)))</legend>
            <div class="field"><label for="f-s\(index)-text">\(escape(L("edit.suggestion.text")))</label>
            <textarea id="f-s\(index)-text" name="s\(index)-text" rows="2">\(escape(row.text))</textarea></div>
            \(select("suggestions", row.route, choices.routes, name: "s\(index)-route", label: L("edit.suggestion.route")))
            \(select("suggestions", row.status, choices.statuses, name: "s\(index)-status", label: L("edit.suggestion.status")))
            <div class="field"><label for="f-s\(index)-feedback">\(escape(L("edit.suggestion.feedback")))</label>
            <input id="f-s\(index)-feedback" name="s\(index)-feedback" type="date" value="\(escape(row.feedback))"></div>
            <div class="field"><label for="f-s\(index)-handling">\(escape(L("edit.suggestion.handling")))</label>
            <textarea id="f-s\(index)-handling" name="s\(index)-handling" rows="2">\(escape(row.handling))</textarea></div>
            <div class="field"><label for="f-s\(index)-result">\(escape(L("edit.suggestion.result")))</label>
            <textarea id="f-s\(index)-result" name="s\(index)-result" rows="2">\(escape(row.result))</textarea></div>
            <div class="field"><label for="f-s\(index)-filed">\(escape(L("edit.suggestion.filed")))</label>
            <input id="f-s\(index)-filed" name="s\(index)-filed" type="date" value="\(escape(row.filed))"></div>
            </fieldset>
            """
        }.joined(separator: "\n")
        let memberOptions = choices.members.map {
            "<option value=\"\(escape($0.name))\" label=\"\(escape("\($0.name) · \($0.initials) · \($0.id)"))\"></option>"
        }.joined()
        let partyOptions = choices.members.filter(\.isPartyMember).map {
            "<option value=\"\(escape($0.name))\" label=\"\(escape("\($0.name) · \($0.initials) · \($0.id)"))\"></option>"
        }.joined()
        let general = problems.filter { $0.field == nil }.map { "<li>\(escape($0.message))</li>" }.joined()
        let summary = problems.isEmpty ? "" : """
            <div class="problems" role="alert"><p>\(escape(L("edit.form.problems", problems.filter(\.isError).count)))</p>\(general.isEmpty ? "" : "<ul>\(general)</ul>")</div>
            """
        let notice = extra.notice.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? ""
        let stale = extra.current.map { current in
            """
            <div class="problems" role="alert"><p>\(escape(L("edit.save.stale")))</p>
            <label for="current-text">\(escape(L("edit.save.currentText")))</label>
            <textarea id="current-text" readonly rows="12">\(escape(current))</textarea></div>
            """
        } ?? ""
        let history = form.path.map { path in
            " · <a href=\"/__edit/history?path=\(escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))\">\(escape(L("edit.history.link")))</a>"
                + " · <a href=\"/__edit/delete?path=\(escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))\">\(escape(L("edit.delete.link")))</a>"
                + " · <a href=\"/__edit/rename?path=\(escape(path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))\">\(escape(L("edit.rename.link")))</a>"
        } ?? ""
        let title = form.path == nil ? L("edit.record.newTitle") : L("edit.record.editTitle", form.number)
        return EditorPages.layout(title: title, session: session, """
            \(notice)\(summary)\(stale)\(extra.preview ?? "")
            <p class="path">\(escape(form.path ?? L("edit.record.newFile")))\(history)</p>
            <form method="post" action="/__edit/record" class="record" novalidate>
            <input type="hidden" name="csrf" value="\(escape(session.csrf))">
            <input type="hidden" name="path" value="\(escape(form.path ?? ""))">
            <input type="hidden" name="version" value="\(escape(form.version))">
            <datalist id="members">\(memberOptions)</datalist>
            <datalist id="party-members">\(partyOptions)</datalist>
            <div class="grid">
            \(text("number", form.number))
            \(text("date", form.date, type: "date"))
            \(text("time", form.time, hint: L("edit.hint.time")))
            \(text("place", form.place))
            \(text("contactor", form.contactor, list: "party-members", hint: L("edit.hint.member")))
            \(text("contactees", form.contactees, list: "members", hint: L("edit.hint.contactees")))
            \(select("method", form.method, choices.methods))
            \(select("trigger", form.trigger, choices.triggers))
            </div>
            <fieldset class="topics"><legend>\(escape(L("edit.field.topics")))</legend>\(topics)\(problem("topics"))</fieldset>
            <div class="field wide"><label for="f-body">\(escape(label("body")))</label><small>\(escape(L("edit.hint.body")))</small>
            <textarea id="f-body" name="body" rows="14"\(invalid("body"))>\n\(escape(form.body))</textarea>\(problem("body"))</div>
            <h2>\(escape(label("suggestions")))</h2>\(problem("suggestions"))
            \(suggestions)
            \(text("recorder", form.recorder))
            <p class="actions"><button type="submit">\(escape(L("edit.save")))</button> \(BodyPreview.button)</p>
            </form>
            """)
    }

    /// The form as the browser posted it; suggestion rows are numbered s0-, s1- ….
    static func read(_ body: FormBody) -> RecordSheet {
        var form = RecordSheet()
        let path = body["path"] ?? ""
        form.path = path.isEmpty ? nil : path
        form.version = body["version"] ?? FileVersion.absent
        form.number = (body["number"] ?? "").trimmingCharacters(in: .whitespaces)
        form.date = (body["date"] ?? "").trimmingCharacters(in: .whitespaces)
        form.time = (body["time"] ?? "").trimmingCharacters(in: .whitespaces)
        form.place = (body["place"] ?? "").trimmingCharacters(in: .whitespaces)
        form.contactor = (body["contactor"] ?? "").trimmingCharacters(in: .whitespaces)
        form.contactees = body["contactees"] ?? ""
        form.method = body["method"] ?? ""
        form.topics = body.all("topics")
        form.trigger = body["trigger"] ?? ""
        form.recorder = (body["recorder"] ?? "").trimmingCharacters(in: .whitespaces)
        form.body = body["body"] ?? ""
        var index = 0
        while let text = body["s\(index)-text"] {
            form.suggestions.append(SuggestionRow(text: text.trimmingCharacters(in: .whitespacesAndNewlines), route: body["s\(index)-route"] ?? "", status: body["s\(index)-status"] ?? "", feedback: body["s\(index)-feedback"] ?? "",
                handling: (body["s\(index)-handling"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                result: (body["s\(index)-result"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines), filed: body["s\(index)-filed"] ?? ""))
            index += 1
            if index > 200 { break }
        }
        return form
    }
}
