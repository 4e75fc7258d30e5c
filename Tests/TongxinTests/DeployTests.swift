import Foundation
import Testing
@testable import Tongxin

/// The pieces of `tongxin deploy`; tests/server/run.py runs the whole with nginx.
@Suite struct DeployTests {
    static func config(allow: [String] = []) -> NginxConfig {
        var config = NginxConfig(internalSite: .init(root: "/srv/tongxin/internal", listen: "80", serverName: "portal.example"),
                                 publicSite: .init(root: "/srv/tongxin/public", listen: "80", serverName: "www.example"),
                                 policy: ContentSecurityPolicy(errorStyleHashes: ["sha256-abc="]))
        config.allow = allow
        return config
    }

    /// FIPS 180-4 examples (checked against coreutils sha256sum).
    @Test func sha256MatchesTheStandardVectors() {
        let hex = { (text: String) in SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func theErrorPagesAreBuiltIntoBothSitesAndTheirStyleHashIsInThePolicy() throws {
        let site = try TestSite()
        defer { site.remove() }
        #expect(site.build().wrote)
        let page = try site.page("401.html")
        #expect(page.contains("需要登录") && !page.contains("<script") && !page.contains("style=\""))
        #expect(try site.page("404.html").contains("页面不存在") && site.page("403.html").contains("无权访问"))
        let blocks = ContentSecurityPolicy.styleBlocks(in: page)
        #expect(blocks.count == 1)
        let hashes = try ContentSecurityPolicy.errorStyleHashes(theme: TestSite.theme, content: site.content)
        #expect(hashes == ["sha256-" + Data(SHA256.digest(Array(blocks[0].utf8))).base64EncodedString()])

        var options = BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: site.folder.appendingPathComponent("public-site"), audience: .public)
        options.search = .off
        #expect(BuildPipeline.run(options).wrote)
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("public-site/404.html").path))
    }

    @Test func aThemeWithoutErrorPagesKeepsNginxsOwn() throws {
        let theme = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("templates"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: theme) }
        #expect(try ContentSecurityPolicy.errorStyleHashes(theme: theme, content: nil) == nil)
        var config = Self.config()
        config.errorPages = false
        let text = try config.text()
        #expect(!text.contains("error_page") && !text.contains("401.html"))
        #expect(text.contains("auth_basic_user_file"))
    }

    @Test func aSiteTemplateWithATagInItsStyleIsRefused() throws {
        let site = try TestSite()
        defer { site.remove() }
        try site.write("templates/error.mustache", "<style>body { color: {{colour}}; }</style>")
        #expect(throws: DeployError.self) { try ContentSecurityPolicy.errorStyleHashes(theme: TestSite.theme, content: site.content) }
    }

    @Test func theConfigurationGuardsEveryLocation() throws {
        let text = try Self.config(allow: ["10.0.0.0/8", "192.168.1.7"]).text()
        let servers = text.components(separatedBy: "\nserver {").dropFirst()
        #expect(servers.count == 2)
        let (internalServer, publicServer) = (servers.first!, servers.last!)
        #expect(internalServer.contains("auth_basic_user_file /etc/nginx/tongxin.htpasswd;"))
        #expect(internalServer.contains("allow 10.0.0.0/8;\n    allow 192.168.1.7;\n    deny all;"))
        #expect(!publicServer.contains("auth_basic ") && !publicServer.contains("allow "))
        for server in servers {
            let locations = server.components(separatedBy: "location ").count - 1
            // nginx drops the server's add_header lines in a location with its own, so each carries all.
            #expect(server.components(separatedBy: "add_header X-Content-Type-Options \"nosniff\" always;").count - 1 == locations - (server == internalServer ? 1 : 0))
            #expect(server.contains("autoindex off;"))
            #expect(server.contains("location ~ /\\. {"))
            // Only the 公众号 version allows style attributes, and nothing allows inline script.
            #expect(server.components(separatedBy: "unsafe-inline").count - 1 == server.components(separatedBy: "style-src-attr 'unsafe-inline'").count - 1)
            #expect(server.components(separatedBy: "style-src-attr 'unsafe-inline'").count - 1 == 1)
            #expect(server.contains("location ~ \"^/cases/[^/]+/wechat/\" {"))
            #expect(!server.contains("'unsafe-eval'"))
            #expect(server.contains("style-src 'sha256-abc='"))
        }
        #expect(publicServer.contains("error_page 403 =404 /404.html;"))
        #expect(internalServer.contains("# ssl_certificate /etc/ssl/tongxin/internal.crt;"), "TLS left to the office, commented")
    }

    @Test func valuesThatWouldChangeTheConfigurationAreRefused() throws {
        var config = Self.config()
        config.internalSite.root = "/srv/x; autoindex on"
        #expect(throws: DeployError.self) { try config.text() }
        config = Self.config(allow: ["10.0.0.0/33"])
        #expect(throws: DeployError.self) { try config.text() }
        config = Self.config(allow: ["all"])
        #expect(throws: DeployError.self) { try config.text() }
        config = Self.config()
        config.publicSite.serverName = "portal.example"
        #expect(throws: DeployError.self) { try config.text() }
        config = Self.config()
        config.tlsCertificate = "/etc/ssl/a.crt"
        #expect(throws: DeployError.self) { try config.text() }
        config.tlsKey = "/etc/ssl/a.key"
        let withTLS = (try? config.text()) ?? ""
        #expect(withTLS.contains("listen 80 ssl;"))
        #expect(withTLS.contains("server_name portal.example;\n    server_tokens off;\n    location / {"))
        #expect(withTLS.contains("return 301 https://$host$request_uri;"))
        #expect(!(try Self.config().text()).contains("return 301"), "no redirect without TLS")
        #expect(NginxValues.isAddress("2001:db8::/32") && NginxValues.isAddress("127.0.0.1") && !NginxValues.isAddress("1.2.3"))
    }

    @Test func usersAreAddedAndReplacedWithSaltedSHA512Crypt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-htpasswd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = PasswordFile(folder.appendingPathComponent("htpasswd"))
        #expect(try file.set("wangmou", password: "一二三abc") == .added)
        #expect(try file.set("limou", password: "一二三abc") == .added)
        let lines = try String(contentsOf: file.url, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains(":$6$") })
        #expect(lines[0].split(separator: ":")[1] != lines[1].split(separator: ":")[1], "each hash has its own salt")
        #expect(try file.accepts("wangmou", password: "一二三abc"))
        #expect(try !file.accepts("wangmou", password: "一二三abd"))
        #expect(try file.set("wangmou", password: "新的") == .replaced)
        #expect(try file.accepts("wangmou", password: "新的") && !file.accepts("wangmou", password: "一二三abc"))
        #expect(try file.accepts("limou", password: "一二三abc"), "the other line is kept")
        let mode = try FileManager.default.attributesOfItem(atPath: file.url.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(throws: DeployError.self) { try file.set("a:b", password: "x") }
        #expect(throws: DeployError.self) { try file.set("wang mou", password: "x") }
        #expect(throws: DeployError.self) { try file.set("wangmou", password: "") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["htpasswd"], "no temporary file left")
    }
}
