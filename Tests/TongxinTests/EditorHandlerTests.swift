import FlyingFox
import Foundation
import Testing
@testable import Tongxin
@testable import TongxinServe

/// The HTTP side of `tongxin edit`, driven through its handler (no socket): sign-in,
/// sessions, CSRF tokens, Origin checks, the login throttle, roles and paths.
@Suite(.language(.en)) struct EditorHandlerTests {
    static let origin = "http://127.0.0.1:8080"

    /// A signed-out browser: keeps the cookie the handler sets.
    final class Browser: @unchecked Sendable {
        let handler: EditorHandler
        var cookie: String?
        init(_ handler: EditorHandler) { self.handler = handler }

        func send(_ method: HTTPMethod, _ target: String, form: [(String, String)] = [], origin: String? = EditorHandlerTests.origin) async throws -> HTTPResponse {
            var headers = HTTPHeaders()
            if let cookie { headers[.cookie] = "tongxin_edit=\(cookie)" }
            if let origin { headers[HTTPHeader("Origin")] = origin }
            let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
            let parts = target.split(separator: "?", maxSplits: 1)
            let query = parts.count > 1 ? parts[1].split(separator: "&").map { pair -> HTTPRequest.QueryItem in
                let halves = pair.split(separator: "=", maxSplits: 1)
                return .init(name: String(halves[0]), value: halves.count > 1 ? String(halves[1]).removingPercentEncoding ?? "" : "")
            } : []
            let request = HTTPRequest(method: method, version: .http11, path: String(parts[0]), query: query, headers: headers, body: HTTPBodySequence(data: Data(body.utf8)))
            let response = try await handler.handleRequest(request)
            if let set = response.headers[.setCookie], let value = set.split(separator: ";").first?.split(separator: "=", maxSplits: 1).last {
                cookie = value.isEmpty ? nil : String(value)
            }
            return response
        }

        /// A `multipart/form-data` POST, as a form with a file input sends it.
        func sendMultipart(_ target: String, fields: [(String, String)], file: (field: String, name: String, data: Data)) async throws -> HTTPResponse {
            let boundary = "----tongxin\(UUID().uuidString)"
            var body = Data()
            for (name, value) in fields {
                body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
            }
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
            body += file.data + Data("\r\n--\(boundary)--\r\n".utf8)
            var headers = HTTPHeaders()
            if let cookie { headers[.cookie] = "tongxin_edit=\(cookie)" }
            headers[HTTPHeader("Origin")] = EditorHandlerTests.origin
            headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
            let request = HTTPRequest(method: .POST, version: .http11, path: target, query: [], headers: headers, body: HTTPBodySequence(data: body))
            return try await handler.handleRequest(request)
        }

        func page(_ response: HTTPResponse) async throws -> String {
            String(decoding: try await response.bodyData, as: UTF8.self)
        }

        func csrf(_ page: String) -> String {
            guard let range = page.range(of: "name=\"csrf\" value=\"") else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }

        /// Signs in; returns the CSRF token of the signed-in session.
        func signIn(_ login: String, _ password: String) async throws -> HTTPResponse {
            let form = try await page(send(.GET, "/__edit/login"))
            return try await send(.POST, "/__edit/login", form: [("csrf", csrf(form)), ("login", login), ("password", password)])
        }

        func token() async throws -> String { csrf(try await page(send(.GET, "/__edit/"))) }

        static func encode(_ text: String) -> String {
            text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
        }
    }

    static func handler(_ site: TestSite, limit: Int = 5) throws -> EditorHandler {
        let accounts = site.folder.appendingPathComponent("accounts")
        let file = EditAccounts(accounts)
        try file.set(login: "wang", name: "王某", roles: [.entry], password: "record-pass")
        try file.set(login: "xuan", name: "宣传某", roles: [.publicity], password: "case-pass1")
        var options = EditorOptions(accounts: accounts)
        options.loginLimit = limit
        let origins = OriginList([origin])
        let preview = SiteHandler(root: site.output, state: PreviewState())
        return try EditorHandler(site: preview, options: options, content: site.content, origins: origins)
    }

    static func make(_ site: TestSite, limit: Int = 5) throws -> Browser {
        Browser(try handler(site, limit: limit))
    }

    @Test func everyPageNeedsASignedInPerson() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        site.build()
        let browser = try Self.make(site)
        for path in ["/", "/__edit/", "/__edit/record/new", "/members/"] {
            let response = try await browser.send(.GET, path)
            #expect(response.statusCode == .seeOther, "\(path)")
            #expect(response.headers[.location] == "/__edit/login")
        }
        let login = try await browser.send(.GET, "/__edit/login")
        let cookie = try #require(login.headers[.setCookie])
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        #expect(try await browser.send(.GET, "/").statusCode == .ok)
        let home = try await browser.page(browser.send(.GET, "/__edit/"))
        #expect(home.contains("王某"))
    }

    @Test func postsWithoutTheTokenOrFromAnotherOriginAreRefused() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site)
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        let token = try await browser.token()
        let fields = [("number", "2026-002"), ("date", "2026-11-20"), ("contactor", "张三"), ("contactees", "李四"), ("method", "走访看望"), ("place", "会议室"), ("recorder", "办公室"), ("body", "谈了。"), ("version", "new")]
        #expect(try await browser.send(.POST, "/__edit/record", form: fields).statusCode == .forbidden)
        #expect(try await browser.send(.POST, "/__edit/record", form: [("csrf", (token.hasPrefix("0") ? "1" : "0") + token.dropFirst())] + fields).statusCode == .forbidden)
        #expect(try await browser.send(.POST, "/__edit/record", form: [("csrf", token)] + fields, origin: nil).statusCode == .forbidden)
        #expect(try await browser.send(.POST, "/__edit/record", form: [("csrf", token)] + fields, origin: "http://evil.example").statusCode == .forbidden)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
        let saved = try await browser.send(.POST, "/__edit/record", form: [("csrf", token)] + fields)
        #expect(saved.statusCode == .seeOther)
        #expect(Git.run(["log", "-1", "--format=%an"], in: site.folder)?.trimmed == "王某")
        // 历史 lists the commit; its link shows the text as it was.
        let path = "records/2026/2026-11-20-li-si.md"
        let history = try await browser.page(browser.send(.GET, "/__edit/history?path=\(Browser.encode(path))"))
        #expect(history.contains("王某") && history.contains("contact record 2026-002"))
        let commit = try #require(Git.run(["rev-parse", "HEAD"], in: site.folder)?.trimmed)
        let version = try await browser.page(browser.send(.GET, "/__edit/version?path=\(Browser.encode(path))&commit=\(commit)"))
        #expect(version.contains("谈了。"))
        #expect(try await browser.send(.GET, "/__edit/version?path=\(Browser.encode(path))&commit=HEAD~1").statusCode == .badRequest)
    }

    @Test func failedLoginsAreLimited() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site, limit: 3)
        for _ in 0..<3 {
            #expect(try await browser.signIn("wang", "guess").statusCode == .unauthorized)
        }
        // Now even the right password waits.
        let blocked = try await browser.signIn("wang", "record-pass")
        #expect(blocked.statusCode == .tooManyRequests)
        #expect(try await browser.page(blocked).contains("Too many wrong passwords"))
        // The login form itself needs its token.
        #expect(try await browser.send(.POST, "/__edit/login", form: [("login", "xuan"), ("password", "case-pass1")]).statusCode == .forbidden)
    }

    @Test func pathsLeavingTheRecordsAreRefused() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site)
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        for path in ["../accounts", "records/../../accounts", "records/2026/../../site.json", "/etc/passwd", "members/zhang-san.md"] {
            let encoded = Browser.encode(path)
            #expect(try await browser.send(.GET, "/__edit/record?path=\(encoded)").statusCode == .badRequest, "\(path)")
        }
        #expect(try await browser.send(.GET, "/__edit/history?path=\(Browser.encode("../accounts"))").statusCode == .badRequest)
        let token = try await browser.token()
        let response = try await browser.send(.POST, "/__edit/record", form: [("csrf", token), ("path", "../site.json"), ("version", "new"), ("number", "1")])
        #expect(response.statusCode == .badRequest)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
    }

    @Test func aPublicityAccountCannotWriteRecords() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site)
        #expect(try await browser.signIn("xuan", "case-pass1").statusCode == .seeOther)
        #expect(try await browser.send(.GET, "/__edit/record/new").statusCode == .forbidden)
        let token = try await browser.token()
        let fields = [("csrf", token), ("number", "2026-002"), ("date", "2026-11-20"), ("contactor", "张三"), ("contactees", "李四"), ("method", "走访看望"), ("place", "会议室"), ("recorder", "办公室"), ("body", "谈了。"), ("version", "new")]
        #expect(try await browser.send(.POST, "/__edit/record", form: fields).statusCode == .forbidden)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
    }

    @Test func anHTMLPageNamedJPGIsRefusedAndAReviewerPublishes() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site)
        #expect(try await browser.signIn("xuan", "case-pass1").statusCode == .seeOther)
        let token = try await browser.token()
        let fields = [("csrf", token), ("path", ""), ("version", "new"), ("slug", "story"), ("title", "一个案例"), ("date", "2026-06-01"), ("audience", "internal"), ("body", "正文。")]
        let html = Data("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".utf8)
        let refused = try await browser.sendMultipart("/__edit/case", fields: fields, file: ("cover-file", "photo.jpg", html))
        #expect(refused.statusCode == .unprocessableContent)
        #expect(try await browser.page(refused).contains("photo.jpg"))
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
        // Public needs a reviewer: refused for 宣传 through the form too.
        let publicFields = fields.map { $0.0 == "audience" ? ("audience", "public") : $0 }
        let notReviewer = try await browser.sendMultipart("/__edit/case", fields: publicFields, file: ("cover-file", "", Data()))
        #expect(notReviewer.statusCode == .unprocessableContent)
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
        let saved = try await browser.sendMultipart("/__edit/case", fields: fields, file: ("cover-file", "photo.png", EditorCaseTests.png))
        #expect(saved.statusCode == .seeOther)
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("assets/images/case-story-1.png").path))
    }

    @Test func thePreviewButtonRendersTheTextAndSavesNothing() async throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let browser = try Self.make(site)
        #expect(try await browser.signIn("wang", "record-pass").statusCode == .seeOther)
        let token = try await browser.token()
        let fields = [("csrf", token), ("action", "preview"), ("number", "2026-002"), ("date", "2026-11-20"), ("contactor", "张三"), ("contactees", "李四"),
                      ("method", "走访看望"), ("place", "会议室"), ("recorder", "办公室"), ("body", "谈了**很多**。<script>alert(1)</script>"), ("version", "new")]
        let response = try await browser.send(.POST, "/__edit/record", form: fields)
        #expect(response.statusCode == .ok)
        let page = try await browser.page(response)
        #expect(page.contains("<strong>很多</strong>"))
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(Git.run(["status", "--porcelain", "--", "content"], in: site.folder) == "")
    }

    @Test func multipartBodiesAreReadOnlyWhenWellFormed() {
        let good = Data("--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.png\"\r\nContent-Type: image/png\r\n\r\n\u{1}\u{2}\r\n--b--\r\n".utf8)
        let parsed = MultipartBody.parse(good, boundary: "b")
        #expect(parsed.fields.map(\.0) == ["csrf"] && parsed.fields.first?.1 == "abc")
        #expect(parsed.files.map(\.filename) == ["x.png"] && parsed.files.first?.data == Data([1, 2]))
        // Cut short, or without the part's headers: nothing at all, so no token either.
        #expect(MultipartBody.parse(good.prefix(40), boundary: "b").fields.isEmpty)
        #expect(MultipartBody.parse(Data("--b\r\nabc\r\n--b--".utf8), boundary: "b").fields.isEmpty)
        #expect(MultipartBody.boundary(contentType: "multipart/form-data; boundary=\"xyz\"") == "xyz")
        #expect(MultipartBody.boundary(contentType: "application/x-www-form-urlencoded") == nil)
    }

    @Test func loginPagesCannotFillTheSessionStore() {
        let store = SessionStore()
        for _ in 0..<(SessionStore.maxAnonymous + 500) { _ = store.create(for: nil) }
        #expect(store.count <= SessionStore.maxAnonymous)
        let signedIn = store.create(for: EditAccount(login: "wang", name: "王某", roles: [.entry], hash: ""))
        for _ in 0..<(SessionStore.maxAnonymous + 10) { _ = store.create(for: nil) }
        #expect(store.session(signedIn.token)?.account?.login == "wang")
    }

    @Test func anAccountsFileInsideTheContentIsRefused() throws {
        let site = try EditorTests.repositorySite()
        defer { site.remove() }
        let inside = site.content.appendingPathComponent("accounts")
        try EditAccounts(inside).set(login: "wang", name: "王某", roles: [.entry], password: "record-pass")
        #expect(throws: EditAccountError.self) {
            try EditorHandler(site: SiteHandler(root: site.output, state: PreviewState()), options: EditorOptions(accounts: inside), content: site.content, origins: OriginList([]))
        }
    }

    @Test func anotherAddressThanLoopbackNeedsTheEditor() async throws {
        let site = try TestSite()
        defer { site.remove() }
        let options = PreviewOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.folder.appendingPathComponent("preview"))
        await #expect(throws: PreviewError.self) {
            let server = try await PreviewServer.start(options, port: 0, host: "0.0.0.0")
            await server.stop()
        }
    }
}
