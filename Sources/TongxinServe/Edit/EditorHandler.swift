import FlyingFox
import Foundation
import Tongxin

/// What `tongxin edit` adds to the preview: who may sign in and from where.
public struct EditorOptions: Sendable {
    /// The accounts file (EditAccounts); outside the content folder.
    public var accounts: URL
    /// Origins a form may be posted from (`http://127.0.0.1:8080`, or the office web
    /// server's `https://…` in front of it). The bound address's own are added.
    public var origins: [String] = []
    /// Adds `Secure` to the cookie: set when the office's web server adds TLS in front.
    public var secureCookie = false
    public var loginLimit = 5
    public var loginWindow: TimeInterval = 15 * 60

    public init(accounts: URL) { self.accounts = accounts }
}

/// Answers every request while the editor is on: the editor's pages under /__edit/,
/// and the preview itself, both only to a signed-in person. Every POST must carry the
/// session's CSRF token and come from an allowed Origin.
struct EditorHandler: HTTPHandler {
    let site: SiteHandler
    let content: URL
    let accounts: EditAccounts
    let sessions: SessionStore
    let throttle: LoginThrottle
    let origins: OriginList
    let secureCookie: Bool
    var language: Language? = Messages.override

    static let prefix = "/__edit/"
    static let cookieName = "tongxin_edit"
    // Room for an 8 MB picture and the form around it.
    static let maxFormBytes = 10 * 1024 * 1024

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let language = self.language ?? Messages.language
        return try await Messages.$override.withValue(language) {
            try await route(request)
        }
    }

    private func route(_ request: HTTPRequest) async throws -> HTTPResponse {
        let path = request.path
        let session = sessions.session(Self.cookie(request))
        if path == Self.prefix + "editor.css" && request.method == .GET {
            return Self.respond(.ok, type: "text/css; charset=utf-8", Data(EditorStyle.css.utf8))
        }
        if path == Self.prefix + "editor.js" && request.method == .GET {
            return Self.respond(.ok, type: "text/javascript; charset=utf-8", Data(EditorScript.javascript.utf8))
        }
        if path == Self.prefix + "login" {
            return request.method == .POST ? try await login(request, session: session) : loginPage(session: session, error: nil, status: .ok)
        }
        guard let session, session.account != nil else {
            if request.method == .GET || request.method == .HEAD {
                return Self.redirect(Self.prefix + "login")
            }
            return forbidden(L("edit.security.signIn"), session: nil)
        }
        guard path.hasPrefix(Self.prefix) || path == "/__edit" else {
            return try await site.handleRequest(request)
        }
        switch (request.method, path) {
        case (.GET, Self.prefix), (.GET, "/__edit"):
            return html(.ok, EditorPages.home(session, records: recentRecords(), choices: FormChoices.read(content), notice: notice(request)))
        case (.GET, Self.prefix + "record/new"):
            guard session.account?.may(.records) == true else { return forbidden(L("edit.role.refused", EditPermission.records.roles.sorted().map(\.rawValue).joined(separator: "、")), session: session) }
            let form = RecordSheet.blank(today: Day.today(), contentFolder: content)
            return html(.ok, RecordFormPage.page(form, choices: FormChoices.read(content), session: session, extra: .init()))
        case (.GET, Self.prefix + "record"):
            guard let relative = checkedRecordPath(request.query["path"]) else { return badPath(session) }
            guard let data = try? Data(contentsOf: content.appendingPathComponent(relative)),
                  let form = RecordSheet.reading(String(decoding: data, as: UTF8.self), path: relative) else {
                return html(.notFound, EditorPages.message(session, title: L("edit.record.cannotOpen"), L("edit.record.cannotOpenDetail", relative)))
            }
            return html(.ok, RecordFormPage.page(form, choices: FormChoices.read(content), session: session, extra: .init()))
        case (.GET, Self.prefix + "suggestions"):
            guard session.account?.may(.records) == true else { return roleRefused(.records, session) }
            return html(.ok, EditorPages.suggestions(session, records: recentRecords(limit: Int.max), choices: FormChoices.read(content)))
        case (.GET, Self.prefix + "cases"), (.GET, Self.prefix + "members"):
            let isCases = path.hasSuffix("cases")
            guard session.account?.may(isCases ? .cases : .members) == true else { return roleRefused(isCases ? .cases : .members, session) }
            let section = isCases ? "cases" : "members"
            let rows = files(in: section).map { relative -> (path: String, label: String) in
                let text = (try? String(contentsOf: content.appendingPathComponent(relative), encoding: .utf8)) ?? ""
                let form = isCases ? CaseForm.reading(text, path: relative) : MemberForm.reading(text, path: relative)
                return (relative, form.map { isCases ? $0["title"] : $0["name"] } ?? relative)
            }
            let newLink = isCases ? (Self.prefix + "case/new", L("edit.nav.newCase")) : (Self.prefix + "member/new", L("edit.nav.newMember"))
            return html(.ok, FieldFormPage.list(session, title: L(isCases ? "edit.nav.cases" : "edit.nav.members"), newLink: newLink, rows: rows, editPath: Self.prefix + (isCases ? "case" : "member"), notice: notice(request)))
        case (.GET, Self.prefix + "case/new"), (.GET, Self.prefix + "member/new"):
            let isCase = path.hasSuffix("case/new")
            guard session.account?.may(isCase ? .cases : .members) == true else { return roleRefused(isCase ? .cases : .members, session) }
            var form = FieldForm()
            if isCase { form["audience"] = "internal"; form["date"] = Day.today().iso }
            return html(.ok, FieldFormPage.page(form, setup: setup(isCase: isCase, new: true), session: session, extra: .init()))
        case (.GET, Self.prefix + "case"), (.GET, Self.prefix + "member"):
            let isCase = path.hasSuffix("case")
            guard session.account?.may(isCase ? .cases : .members) == true else { return roleRefused(isCase ? .cases : .members, session) }
            guard let relative = checkedPath(request.query["path"], section: isCase ? "cases" : "members") else { return badPath(session) }
            let text = (try? Data(contentsOf: content.appendingPathComponent(relative))).map { String(decoding: $0, as: UTF8.self) }
            guard let text, let form = isCase ? CaseForm.reading(text, path: relative) : MemberForm.reading(text, path: relative) else {
                return html(.notFound, EditorPages.message(session, title: L("edit.record.cannotOpen"), L("edit.record.cannotOpenDetail", relative)))
            }
            return html(.ok, FieldFormPage.page(form, setup: setup(isCase: isCase, new: false), session: session, extra: .init()))
        case (.GET, Self.prefix + "version"):
            guard let relative = checkedEditable(request.query["path"]),
                  let commit = request.query["commit"], let text = FileHistory.text(relative, at: commit, contentFolder: content) else { return badPath(session) }
            return html(.ok, EditorPages.version(session, path: relative, commit: commit, text: text))
        case (.GET, Self.prefix + "data"):
            guard session.account?.may(.policy) == true else { return roleRefused(.policy, session) }
            return html(.ok, DataFormPage.list(session, notice: request.query["saved"].map { L("edit.save.done", $0) }))
        case (.GET, Self.prefix + "data/form"):
            return dataFormPage(request.query["path"], session: session)
        case (.GET, Self.prefix + "docs"):
            return documentList(session, notice: request.query["saved"].map { L("edit.save.done", $0) })
        case (.GET, Self.prefix + "doc"):
            return documentPage(request.query["path"], session: session)
        case (.GET, Self.prefix + "history"):
            guard let relative = checkedEditable(request.query["path"]) else { return badPath(session) }
            let restored = request.query["restored"].flatMap { $0.count <= 10 && $0.allSatisfy(\.isHexDigit) ? $0 : nil }
            return historyPage(relative, session: session, status: .ok, notice: restored.map { L("edit.restore.done", $0) })
        case (.GET, Self.prefix + "delete"):
            return deletePage(request.query["path"], session: session)
        case (.GET, Self.prefix + "rename"):
            return renamePage(request.query["path"], session: session)
        case (.GET, Self.prefix + "deleted"):
            let removed = checkedEditable(request.query["removed"])
            return html(.ok, DeletePages.deleted(session, files: FileHistory.deletedFiles(sections: EditPermission.editableSections, contentFolder: content), removed: removed))
        case (.POST, _):
            let (body, refusal) = try await checkedPost(request, session: session)
            if let refusal { return refusal }
            guard let body else { return forbidden(L("edit.security.csrf"), session: session) }
            switch path {
            case Self.prefix + "logout":
                sessions.end(session.token)
                var response = Self.redirect(Self.prefix + "login")
                response.headers[.setCookie] = cookie("", maxAge: 0)
                return response
            case Self.prefix + "record":
                return saveRecord(body, session: session)
            case Self.prefix + "case", Self.prefix + "member":
                return saveFieldForm(body, isCase: path.hasSuffix("case"), session: session)
            case Self.prefix + "data":
                return saveData(body, session: session)
            case Self.prefix + "doc":
                return saveDocument(body, session: session)
            case Self.prefix + "restore":
                return restore(body, session: session)
            case Self.prefix + "delete":
                return delete(body, session: session)
            case Self.prefix + "rename":
                return rename(body, session: session)
            default:
                return html(.notFound, EditorPages.message(session, title: "404", L("edit.notFound")))
            }
        default:
            return html(.notFound, EditorPages.message(session, title: "404", L("edit.notFound")))
        }
    }

    // MARK: - signing in

    private func loginPage(session: EditSession?, error: String?, status: HTTPStatusCode) -> HTTPResponse {
        // A session before signing in carries the login form's CSRF token.
        let anonymous = session?.account == nil ? session ?? sessions.create(for: nil) : sessions.create(for: nil)
        var response = html(status, EditorPages.login(csrf: anonymous.csrf, error: error))
        response.headers[.setCookie] = cookie(anonymous.token)
        return response
    }

    private func login(_ request: HTTPRequest, session: EditSession?) async throws -> HTTPResponse {
        guard let session else { return forbidden(L("edit.security.csrf"), session: nil) }
        let (body, refusal) = try await checkedPost(request, session: session)
        if let refusal { return refusal }
        guard let body else { return forbidden(L("edit.security.csrf"), session: nil) }
        let login = body["login"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let keys = ["login:" + login, "address:" + Self.address(request)]
        let wait = throttle.wait(keys)
        if wait > 0 {
            return loginPage(session: session, error: L("edit.login.throttled", (wait + 59) / 60), status: .tooManyRequests)
        }
        let account: EditAccount?
        do {
            account = try accounts.verify(login: login, password: body["password"] ?? "")
        } catch {
            return loginPage(session: session, error: error.description, status: .internalServerError)
        }
        guard let account else {
            throttle.failed(keys)
            return loginPage(session: session, error: L("edit.login.failed"), status: .unauthorized)
        }
        throttle.succeeded(login)
        sessions.end(session.token)
        let signedIn = sessions.create(for: account)
        var response = Self.redirect(Self.prefix)
        response.headers[.setCookie] = cookie(signedIn.token)
        return response
    }

    // MARK: - saving

    private func saveRecord(_ body: FormBody, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        let form = RecordFormPage.read(body)
        if let path = form.path, checkedRecordPath(path) == nil { return badPath(session) }
        let choices = FormChoices.read(content)
        if body["action"] == "preview" {
            return html(.ok, RecordFormPage.page(form, choices: choices, session: session, extra: .init(preview: BodyPreview.html(form.body, file: form.path ?? "records"))))
        }
        switch RecordSave.save(form, by: account, contentFolder: content) {
        case .saved(let path, _), .unchanged(let path):
            return Self.redirect(Self.prefix + "?saved=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))
        case .invalid(let problems):
            return html(.unprocessableContent, RecordFormPage.page(form, choices: choices, session: session, extra: .init(problems: problems)))
        case .stale(let current):
            return html(.conflict, RecordFormPage.page(form, choices: choices, session: session, extra: .init(current: current)))
        case .refused(let reason):
            return html(.forbidden, RecordFormPage.page(form, choices: choices, session: session, extra: .init(problems: [FieldProblem(field: nil, message: reason, isError: true)])))
        }
    }

    private func setup(isCase: Bool, new: Bool) -> FieldFormPage.Setup {
        isCase
            ? FieldFormPage.Setup(title: L(new ? "edit.nav.newCase" : "edit.case.editTitle"), action: Self.prefix + "case", fields: CaseForm.fields, labels: "case", asksSlug: true, uploads: true)
            : FieldFormPage.Setup(title: L(new ? "edit.nav.newMember" : "edit.member.editTitle"), action: Self.prefix + "member", fields: MemberForm.fields, labels: "member", asksSlug: true)
    }

    private func saveFieldForm(_ body: FormBody, isCase: Bool, session: EditSession) -> HTTPResponse {
        guard let account = session.account else { return forbidden(L("edit.security.signIn"), session: session) }
        let form = FieldFormPage.read(body, fields: isCase ? CaseForm.fields : MemberForm.fields)
        if let path = form.path, checkedPath(path, section: isCase ? "cases" : "members") == nil { return badPath(session) }
        let slug = body["slug"]?.trimmingCharacters(in: .whitespaces)
        if body["action"] == "preview" {
            let preview = BodyPreview.html(form.body, file: form.path ?? (isCase ? "cases" : "members"))
            return html(.ok, FieldFormPage.page(form, setup: setup(isCase: isCase, new: form.path == nil), session: session, extra: .init(preview: preview), slug: slug ?? ""))
        }
        let outcome: SaveOutcome
        if isCase {
            var uploads: [CaseUpload] = []
            for file in body.files where file.field == "cover-file" || file.field == "image-file" {
                do {
                    let image = try UploadedImage(filename: file.filename, data: file.data)
                    let alt = body["image-alt"].flatMap { $0.isEmpty ? nil : $0 } ?? form["title"]
                    uploads.append(CaseUpload(use: file.field == "cover-file" ? .cover : .body(alt: alt), image: image))
                } catch {
                    let problem = FieldProblem(field: "upload", message: error.description, isError: true)
                    return html(.unprocessableContent, FieldFormPage.page(form, setup: setup(isCase: true, new: form.path == nil), session: session, extra: .init(problems: [problem]), slug: slug ?? ""))
                }
            }
            outcome = CaseSave.save(form, slug: slug, uploads: uploads, by: account, contentFolder: content)
        } else {
            outcome = MemberSave.save(form, id: slug, by: account, contentFolder: content)
        }
        let page = { (status: HTTPStatusCode, extra: RecordFormPage.Extra) in
            html(status, FieldFormPage.page(form, setup: setup(isCase: isCase, new: form.path == nil), session: session, extra: extra, slug: slug ?? ""))
        }
        switch outcome {
        case .saved(let path, _), .unchanged(let path):
            return Self.redirect(Self.prefix + (isCase ? "cases" : "members") + "?saved=" + (path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? path))
        case .invalid(let problems):
            return page(.unprocessableContent, .init(problems: problems))
        case .stale(let current):
            return page(.conflict, .init(current: current))
        case .refused(let reason):
            return page(.forbidden, .init(problems: [FieldProblem(field: nil, message: reason, isError: true)]))
        }
    }

    /// What a list page says after a save (`?saved=`) or a rename (`?renamed=`).
    private func notice(_ request: HTTPRequest) -> String? {
        request.query["saved"].map { L("edit.save.done", $0) } ?? request.query["renamed"].map { L("edit.rename.done", $0) }
    }

    private func files(in section: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent(section).path)) ?? [])
            .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted().map { "\(section)/\($0)" }
    }

    private func checkedPath(_ path: String?, section: String) -> String? {
        guard let path, path.hasSuffix(".md") else { return nil }
        return ContentPath.checked(path, sections: [section], contentFolder: content)
    }

    func roleRefused(_ permission: EditPermission, _ session: EditSession) -> HTTPResponse {
        forbidden(L("edit.role.refused", permission.roles.sorted().map(\.rawValue).joined(separator: "、")), session: session)
    }

    private func recentRecords(limit: Int = 60) -> [EditorPages.RecordRow] {
        let records = content.appendingPathComponent("records")
        let years = ((try? FileManager.default.contentsOfDirectory(atPath: records.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted(by: >)
        var rows: [EditorPages.RecordRow] = []
        for year in years {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: records.appendingPathComponent(year).path)) ?? [])
                .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted(by: >)
            for name in names {
                let relative = "records/\(year)/\(name)"
                guard let text = try? String(contentsOf: content.appendingPathComponent(relative), encoding: .utf8),
                      let form = RecordSheet.reading(text, path: relative) else { continue }
                rows.append(.init(path: relative, form: form))
                if rows.count >= limit { return rows }
            }
        }
        return rows
    }

    // MARK: - the guards

    private func checkedRecordPath(_ path: String?) -> String? {
        guard let path, path.hasSuffix(".md") else { return nil }
        return ContentPath.checked(path, sections: ["records"], contentFolder: content)
    }

    /// The form's fields when the POST comes from an allowed Origin with the session's
    /// CSRF token; otherwise the refusal.
    private func checkedPost(_ request: HTTPRequest, session: EditSession) async throws -> (FormBody?, HTTPResponse?) {
        let origin = request.headers[HTTPHeader("Origin")]
        guard let origin, origins.contains(origin) else {
            return (nil, forbidden(L("edit.security.origin"), session: session))
        }
        if let length = request.headers[.contentLength].flatMap(Int.init), length > Self.maxFormBytes {
            return (nil, html(.payloadTooLarge, EditorPages.message(session, title: "413", L("edit.security.tooLarge", Self.maxFormBytes / 1024 / 1024))))
        }
        let data = try await request.bodyData
        guard data.count <= Self.maxFormBytes else {
            return (nil, html(.payloadTooLarge, EditorPages.message(session, title: "413", L("edit.security.tooLarge", Self.maxFormBytes / 1024 / 1024))))
        }
        let body = FormBody(data, contentType: request.headers[.contentType])
        guard let token = body["csrf"], Self.constantTimeEqual(token, session.csrf) else {
            return (nil, forbidden(L("edit.security.csrf"), session: session))
        }
        return (body, nil)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    func badPath(_ session: EditSession) -> HTTPResponse {
        html(.badRequest, EditorPages.message(session, title: "400", L("edit.path.refused")))
    }

    func forbidden(_ reason: String, session: EditSession?) -> HTTPResponse {
        html(.forbidden, EditorPages.message(session, title: "403", reason))
    }

    func html(_ status: HTTPStatusCode, _ page: String) -> HTTPResponse {
        Self.respond(status, type: "text/html; charset=utf-8", Data(page.utf8))
    }

    static func respond(_ status: HTTPStatusCode, type: String, _ body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [
            .contentType: type, .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
            HTTPHeader("X-Frame-Options"): "DENY",
            HTTPHeader("Referrer-Policy"): "same-origin",
            HTTPHeader("Content-Security-Policy"): "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
        ], body: body)
    }

    static func redirect(_ location: String) -> HTTPResponse {
        var response = respond(.seeOther, type: "text/plain; charset=utf-8", Data())
        response.headers[.location] = location
        return response
    }

    private func cookie(_ value: String, maxAge: Int? = nil) -> String {
        var parts = ["\(Self.cookieName)=\(value)", "Path=/", "HttpOnly", "SameSite=Strict"]
        if let maxAge { parts.append("Max-Age=\(maxAge)") }
        if secureCookie { parts.append("Secure") }
        return parts.joined(separator: "; ")
    }

    static func cookie(_ request: HTTPRequest) -> String? {
        guard let header = request.headers[.cookie] else { return nil }
        for part in header.split(separator: ";") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            if pair.count == 2 && pair[0] == cookieName { return String(pair[1]) }
        }
        return nil
    }

    static func address(_ request: HTTPRequest) -> String {
        switch request.remoteAddress {
        case .ip4(let host, _)?, .ip6(let host, _)?: host
        case .unix(let path)?: path
        case nil: "?"
        }
    }
}

extension EditorHandler {
    /// Refuses an accounts file inside the content folder (it would be committed and
    /// built) or one that cannot be read.
    init(site: SiteHandler, options: EditorOptions, content: URL, origins: OriginList) throws {
        let accounts = EditAccounts(options.accounts)
        let file = options.accounts.standardizedFileURL.resolvingSymlinksInPath().path
        let folder = content.standardizedFileURL.resolvingSymlinksInPath().path
        if file.hasPrefix(folder + "/") { throw EditAccountError.inContent(options.accounts.path) }
        guard try !accounts.accounts().isEmpty else { throw EditAccountError.noAccounts(options.accounts.path) }
        guard ContentCommit.isRepository(content) else { throw EditAccountError.notRepository(content.path) }
        self.init(site: site, content: content.standardizedFileURL, accounts: accounts, sessions: SessionStore(),
                  throttle: LoginThrottle(limit: options.loginLimit, window: options.loginWindow), origins: origins, secureCookie: options.secureCookie)
    }
}
