import FlyingFox
import Foundation
import Tongxin

/// The forms over the JSON data files (DataFiles): only 管理 opens and saves them.
extension EditorHandler {
    func dataFormPage(_ given: String?, session: EditSession) -> HTTPResponse {
        guard session.account?.may(.policy) == true else { return roleRefused(.policy, session) }
        guard let given, let file = DataFiles.file(given), ContentPath.checkedFile(file.path, contentFolder: content) != nil else { return badPath(session) }
        let text = (try? Data(contentsOf: content.appendingPathComponent(file.path))).map { String(decoding: $0, as: UTF8.self) }
        guard let text, let form = DataForm.reading(text, file: file) else {
            return html(.notFound, EditorPages.message(session, title: L("edit.record.cannotOpen"), L("edit.data.cannotOpen", file.path)))
        }
        return html(.ok, DataFormPage.page(form, file: file, choices: FormChoices.read(content), session: session, state: .init()))
    }

    func saveData(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let file = DataFiles.file(body["path"] ?? "") else { return badPath(session) }
        let form = DataFormPage.read(body, path: file.path)
        let page = { (status: HTTPStatusCode, state: DataFormPage.State) in
            html(status, DataFormPage.page(form, file: file, choices: FormChoices.read(content), session: session, state: state))
        }
        // 添加一行: the same form with one more blank row in that table; nothing saved.
        if let more = body["more"], more.hasPrefix("d"), body["action"] == nil {
            guard account.may(.policy) else { return roleRefused(.policy, session) }
            return page(.ok, .init(more: more))
        }
        switch DataSave.save(form, by: account, contentFolder: content) {
        case .saved(let path, _), .unchanged(let path):
            return Self.redirect(Self.prefix + "data?saved=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))
        case .invalid(let problems):
            return page(.unprocessableContent, .init(problems: problems))
        case .stale(let current):
            return page(.conflict, .init(current: current))
        case .refused(let reason):
            return forbidden(reason, session: session)
        }
    }
}

/// The simple forms of pages, rules and briefs (DocumentForm): only 管理.
extension EditorHandler {
    func documentList(_ session: EditSession, notice: String?) -> HTTPResponse {
        guard session.account?.may(.policy) == true else { return roleRefused(.policy, session) }
        let rows = DocumentForm.sections.flatMap { section in
            ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(section).path)) ?? [])
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { "\(section)/\($0)" }
        }.map { relative -> (path: String, label: String) in
            let text = (try? String(contentsOf: content.appendingPathComponent(relative), encoding: .utf8)) ?? ""
            let title = DocumentForm.reading(text, path: relative)?["title"] ?? ""
            return (relative, title.isEmpty ? relative : "\(title)（\(relative)）")
        }
        return html(.ok, FieldFormPage.list(session, title: L("edit.docs.title"), newLink: nil, rows: rows, editPath: Self.prefix + "doc", notice: notice))
    }

    private func documentSetup(_ path: String) -> FieldFormPage.Setup? {
        DocumentForm.kind(of: path).map { FieldFormPage.Setup(title: L("edit.docs.editTitle", path), action: Self.prefix + "doc", fields: $0.fields, labels: $0.labels) }
    }

    func documentPage(_ given: String?, session: EditSession) -> HTTPResponse {
        guard session.account?.may(.policy) == true else { return roleRefused(.policy, session) }
        guard let given, given.hasSuffix(".md"), let kind = DocumentForm.kind(of: given),
              let path = ContentPath.checked(given, sections: [kind.section], contentFolder: content), let setup = documentSetup(path) else { return badPath(session) }
        let text = (try? Data(contentsOf: content.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
        guard let text, let form = DocumentForm.reading(text, path: path) else {
            return html(.notFound, EditorPages.message(session, title: L("edit.record.cannotOpen"), L("edit.record.cannotOpenDetail", path)))
        }
        return html(.ok, FieldFormPage.page(form, setup: setup, session: session, extra: .init()))
    }

    func saveDocument(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        guard let path = body["path"], let kind = DocumentForm.kind(of: path), let setup = documentSetup(path) else { return badPath(session) }
        let form = FieldFormPage.read(body, fields: kind.fields)
        if body["action"] == "preview" {
            return html(.ok, FieldFormPage.page(form, setup: setup, session: session, extra: .init(preview: BodyPreview.html(form.body, file: path))))
        }
        switch DocumentSave.save(form, by: account, contentFolder: content) {
        case .saved(let path, _), .unchanged(let path):
            return Self.redirect(Self.prefix + "docs?saved=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))
        case .invalid(let problems):
            return html(.unprocessableContent, FieldFormPage.page(form, setup: setup, session: session, extra: .init(problems: problems)))
        case .stale(let current):
            return html(.conflict, FieldFormPage.page(form, setup: setup, session: session, extra: .init(current: current)))
        case .refused(let reason):
            return forbidden(reason, session: session)
        }
    }
}
