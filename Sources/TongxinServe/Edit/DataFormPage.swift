import Foundation
import Tongxin

/// The page of a JSON data file's form, generated from its fields (DataFiles): a value
/// is an input, a group a fieldset, a list of objects a table with one row per item, a
/// 删除此行 box on each and always one blank row at the end (添加一行 adds another
/// without saving), so rows come and go without any script. Each problem sits under
/// its value, or under its row. 保存 comes first as well as last: it is the button the
/// Enter key presses, not a table's 添加一行.
enum DataFormPage {
    private static func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    struct State {
        var problems: [FieldProblem] = []
        /// On a refused stale save: the file's text now.
        var current: String?
        /// The table whose 添加一行 was pressed: it shows one more blank row.
        var more: String?
    }

    static func page(_ form: DataForm, file: DataFile, choices: FormChoices, session: EditSession, state: State) -> String {
        let renderer = Renderer(form: form, choices: choices, state: state)
        let general = state.problems.filter { $0.field == nil }.map { "<li>\(escape($0.message))</li>" }.joined()
        let summary = state.problems.isEmpty ? "" : "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.form.problems", state.problems.filter(\.isError).count)))</p>\(general.isEmpty ? "" : "<ul>\(general)</ul>")</div>"
        let stale = state.current.map { current in
            "<div class=\"problems\" role=\"alert\"><p>\(escape(L("edit.save.stale")))</p><label for=\"current-text\">\(escape(L("edit.save.currentText")))</label><textarea id=\"current-text\" readonly rows=\"12\">\(escape(current))</textarea></div>"
        } ?? ""
        let encoded = escape(file.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? file.path)
        return EditorPages.layout(title: L("edit.data.editTitle", L(file.titleKey)), session: session, """
            \(summary)\(stale)
            <p class="path">\(escape(file.path)) · <a href="/__edit/history?path=\(encoded)">\(escape(L("edit.history.link")))</a></p>
            <form method="post" action="/__edit/data" class="record data" novalidate>
            <input type="hidden" name="csrf" value="\(escape(session.csrf))">
            <input type="hidden" name="path" value="\(escape(file.path))">
            <input type="hidden" name="version" value="\(escape(form.version))">
            \(renderer.datalists())
            <p class="actions"><button type="submit" name="action" value="save">\(escape(L("edit.save")))</button></p>
            \(renderer.render(file.root.kind, name: "d", label: ""))
            <p class="actions"><button type="submit" name="action" value="save">\(escape(L("edit.save")))</button></p>
            </form>
            """)
    }

    /// The form as posted: `d.…` values, `x.…` rows ticked for removal, `n.…` each
    /// table's row count in the file the form was opened on.
    static func read(_ body: FormBody, path: String) -> DataForm {
        var form = DataForm(path: path)
        form.version = body["version"] ?? FileVersion.absent
        for (name, _) in body.pairs where name.hasPrefix("d.") && name.count <= 200 {
            form.values[name] = body[name] ?? ""
        }
        for (name, value) in body.pairs {
            if name.hasPrefix("x.") && value == "1" { form.removed.insert(String(name.dropFirst(2))) }
            if name.hasPrefix("n."), let count = Int(value), (0...DataForm.maxRows).contains(count) { form.rowCounts[String(name.dropFirst(2))] = count }
        }
        return form
    }

    /// A list of the data files, each with its form and its 历史.
    static func list(_ session: EditSession, notice: String?) -> String {
        let rows = DataFiles.all.map { file in
            let path = escape(file.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? file.path)
            return "<tr><td>\(escape(L(file.titleKey)))</td><td><code>\(escape(file.path))</code></td><td><a href=\"/__edit/data/form?path=\(path)\">\(escape(L("edit.home.edit")))</a> · <a href=\"/__edit/history?path=\(path)\">\(escape(L("edit.history.link")))</a></td></tr>"
        }.joined(separator: "\n")
        let message = notice.map { "<p class=\"notice\" role=\"status\">\(escape($0))</p>" } ?? ""
        return EditorPages.layout(title: L("edit.data.title"), session: session, """
            \(message)<p>\(escape(L("edit.data.note")))</p>
            <div class="scroll"><table><tbody>
            \(rows)
            </tbody></table></div>
            """)
    }
}

/// Writes the inputs of one form.
private struct Renderer {
    let form: DataForm
    let choices: FormChoices
    let state: DataFormPage.State

    private func escape(_ text: String) -> String { HTMLEscape.escape(text) }

    private func problems(_ name: String) -> [FieldProblem] { state.problems.filter { $0.field == name } }

    private func problemText(_ name: String) -> String {
        problems(name).map { "<p class=\"problem\" id=\"problem-\(escape(name))\" role=\"alert\">\(escape($0.message))</p>" }.joined()
    }

    private func invalid(_ name: String) -> String {
        problems(name).isEmpty ? "" : " aria-invalid=\"true\" aria-describedby=\"problem-\(escape(name))\""
    }

    func render(_ kind: DataField.Kind, name: String, label: String) -> String {
        switch kind {
        case .group(let group):
            let values = group.fields.filter(\.isValue).map { field in
                let child = name + "." + field.key
                let hint = self.hint(field.kind).map { "<small>\(escape($0))</small>" } ?? ""
                return "<div class=\"field\"><label for=\"f-\(escape(child))\">\(escape(L(group.labelKey(field.key))))</label>\(hint)\(input(field, name: child, aria: nil))\(problemText(child))</div>"
            }.joined(separator: "\n")
            let nested = group.fields.filter { !$0.isValue }.map { render($0.kind, name: name + "." + $0.key, label: L(group.labelKey($0.key))) }.joined(separator: "\n")
            let inside = (values.isEmpty ? "" : "<div class=\"grid\">\n\(values)\n</div>\n") + nested
            return name == "d" ? inside : "<fieldset><legend>\(escape(label))</legend>\(problemText(name))\n\(inside)</fieldset>"
        case .rows(let group):
            return table(group, name: name, label: label)
        default:
            return ""
        }
    }

    private func table(_ group: DataGroup, name: String, label: String) -> String {
        let existing = form.rowCounts[name] ?? 0
        let count = form.rowCount(name) + 1 + (state.more == name ? 1 : 0)
        let head = "<tr><th scope=\"col\">#</th>" + group.fields.map { "<th scope=\"col\">\(escape(L(group.labelKey($0.key))))</th>" }.joined() + "<th scope=\"col\">\(escape(L("edit.data.removeRow")))</th></tr>"
        let rows = (0..<count).map { index -> String in
            let row = "\(name).\(index)"
            let cells = group.fields.map { field -> String in
                let cell = row + "." + field.key
                let aria = L("edit.data.cellLabel", L(group.labelKey(field.key)), index + 1)
                return "<td>\(input(field, name: cell, aria: aria))\(problemText(cell))</td>"
            }.joined()
            let remove = index < existing
                ? "<td><label class=\"check\"><input type=\"checkbox\" name=\"x.\(escape(row))\" value=\"1\"\(form.removed.contains(row) ? " checked" : "")> \(escape(L("edit.data.removeRow")))</label></td>"
                : "<td><small>\(escape(L("edit.data.newRow")))</small></td>"
            let rowProblems = problems(row).isEmpty ? "" : "<tr><td colspan=\"\(group.fields.count + 2)\">\(problemText(row))</td></tr>"
            return "<tr id=\"row-\(escape(row))\"\(problems(row).isEmpty ? "" : " class=\"invalid\"")><th scope=\"row\">\(index + 1)</th>\(cells)\(remove)</tr>\(rowProblems)"
        }.joined(separator: "\n")
        return """
            <fieldset class="rows" id="t-\(escape(name))"><legend>\(escape(label))</legend>\(problemText(name))
            <input type="hidden" name="n.\(escape(name))" value="\(existing)">
            <div class="scroll"><table><thead>\(head)</thead><tbody>
            \(rows)
            </tbody></table></div>
            <p><button type="submit" name="more" value="\(escape(name))" class="secondary">\(escape(L("edit.data.addRow")))</button></p>
            </fieldset>
            """
    }

    private func hint(_ kind: DataField.Kind) -> String? {
        switch kind {
        case .list: L("edit.data.hint.list")
        case .lines: L("edit.data.hint.lines")
        default: nil
        }
    }

    private func input(_ field: DataField, name: String, aria: String?) -> String {
        let value = form[name]
        let id = "f-\(escape(name))"
        let common = "id=\"\(id)\" name=\"\(escape(name))\"" + (aria.map { " aria-label=\"\(escape($0))\"" } ?? "") + invalid(name)
        let list = field.picker.map { " list=\"\($0.rawValue)\" autocomplete=\"off\"" } ?? ""
        switch field.kind {
        case .number:
            return "<input \(common) inputmode=\"numeric\" value=\"\(escape(value))\">"
        case .date:
            // A date the browser's picker cannot show stays text, so that it is not emptied.
            let type = value.isEmpty || Day(parsing: value)?.iso == value ? "date" : "text"
            return "<input \(common) type=\"\(type)\" value=\"\(escape(value))\">"
        case .bool:
            var options = [("", ""), ("true", L("edit.data.yes")), ("false", L("edit.data.no"))]
            if !options.contains(where: { $0.0 == value }) { options.append((value, value)) }
            return "<select \(common)>" + options.map { "<option value=\"\(escape($0.0))\"\($0.0 == value ? " selected" : "")>\(escape($0.1))</option>" }.joined() + "</select>"
        case .lines:
            let lines = value.split(separator: "\n").count
            return "<textarea \(common) rows=\"\(max(3, lines + 1))\">\n\(escape(value))</textarea>"
        default:
            return "<input \(common) value=\"\(escape(value))\"\(list)>"
        }
    }

    /// The lists the pickers offer: members by id with their name and pinyin initials
    /// (the record form's choices), and ids of the policy and the organisation.
    func datalists() -> String {
        func member(_ choice: MemberChoice) -> String {
            "<option value=\"\(escape(choice.id))\" label=\"\(escape("\(choice.name) · \(choice.initials) · \(choice.id)"))\"></option>"
        }
        func ids(_ choices: [IDChoice]) -> String {
            choices.map { "<option value=\"\(escape($0.id))\" label=\"\(escape("\($0.name) · \($0.id)"))\"></option>" }.joined()
        }
        let lists: [(DataField.Picker, String)] = [
            (.members, choices.members.map(member).joined()),
            (.partyMembers, choices.members.filter(\.isPartyMember).map(member).joined()),
            (.contactees, choices.members.map(member).joined() + ids(choices.units)),
            (.assignmentKinds, ids(choices.assignmentKinds)),
            (.triggers, ids(choices.triggerKinds)),
            (.units, ids(choices.units)),
        ]
        return lists.map { "<datalist id=\"\($0.0.rawValue)\">\($0.1)</datalist>" }.joined(separator: "\n")
    }
}
