/// The nginx configuration of both sites, for Debian's nginx: one file with two
/// `server` blocks, to be put in /etc/nginx/sites-available/ and linked from
/// sites-enabled/ (it is included inside Debian's `http` block, which sets the MIME types).
///
/// Every location repeats the security headers, because nginx drops the server's
/// `add_header` lines in any location that has its own; `always` puts them on error
/// responses (401, 403, 404) too.
public struct NginxConfig: Sendable {
    public struct Site: Sendable {
        public var root: String
        public var listen: String
        public var serverName: String

        public init(root: String, listen: String, serverName: String = "_") {
            self.root = root
            self.listen = listen
            self.serverName = serverName
        }
    }

    public var internalSite: Site
    public var publicSite: Site
    /// The password file of the internal site (`tongxin deploy user` adds to it).
    public var htpasswd = NginxConfig.defaultPasswordFile
    /// Addresses (or CIDR blocks) that may reach the internal site; empty: any.
    public var allow: [String] = []
    /// Certificate and key of the internal site; without them its TLS lines are left
    /// commented for the office to fill in.
    public var tlsCertificate: String?
    public var tlsKey: String?
    /// With TLS, where the internal site's plain-HTTP address is answered with a redirect
    /// to HTTPS (otherwise a typed http:// address would reach the public site, nginx's
    /// default server for port 80, or nothing).
    public var redirectListen = "80"
    public var policy: ContentSecurityPolicy
    /// Whether the sites have the theme's error pages (ErrorPages); without them nginx's
    /// own pages stay, since an error_page to a missing file would turn a 401 into a 404.
    public var errorPages = true

    public static let defaultPasswordFile = "/etc/nginx/tongxin.htpasswd"

    public init(internalSite: Site, publicSite: Site, policy: ContentSecurityPolicy) {
        self.internalSite = internalSite
        self.publicSite = publicSite
        self.policy = policy
    }

    public func text() throws -> String {
        try NginxValues.check(self)
        var lines = [
            "# " + L("deploy.nginx.generated"),
            "# " + L("deploy.nginx.install"),
            "",
        ]
        lines += server(internalSite, audience: .internal)
        lines.append("")
        lines += server(publicSite, audience: .public)
        if hasTLS { lines += [""] + redirectServer() }
        return lines.joined(separator: "\n") + "\n"
    }

    private func redirectServer() -> [String] {
        ["# " + L("deploy.nginx.redirect"), "server {"]
            + indent(["listen \(redirectListen);", "server_name \(internalSite.serverName);", "server_tokens off;", "location / {"])
            + indent(indent(headers(policy.pages, cache: "no-store", tls: false) + ["return 301 https://$host$request_uri;"]))
            + indent(["}"]) + ["}"]
    }

    private var hasTLS: Bool { tlsCertificate != nil && tlsKey != nil }

    private func server(_ site: Site, audience: Audience) -> [String] {
        let tls = audience == .internal && hasTLS
        var body = ["# " + L(audience == .internal ? "deploy.nginx.internalServer" : "deploy.nginx.publicServer")]
        body += ["server {"]
        body += indent(basics(site, tls: tls) + [""] + tlsLines(audience, on: tls) + [""])
        if audience == .internal { body += indent(access() + [""]) }
        body += indent(compression() + [""] + (errorPages ? errorPageLines(audience, tls: tls) + [""] : []) + locations(audience, tls: tls))
        body.append("}")
        return body
    }

    private func basics(_ site: Site, tls: Bool) -> [String] {
        [
            "listen \(site.listen)\(tls ? " ssl" : "");",
            "server_name \(site.serverName);",
            "root \(site.root);",
            "index index.html;",
            "charset utf-8;",
            "# " + L("deploy.nginx.noListing"),
            "autoindex off;",
            "server_tokens off;",
            "# " + L("deploy.nginx.relativeRedirects"),
            "absolute_redirect off;",
        ]
    }

    private func tlsLines(_ audience: Audience, on: Bool) -> [String] {
        let certificate = on ? tlsCertificate! : "/etc/ssl/tongxin/\(audience.rawValue).crt"
        let key = on ? tlsKey! : "/etc/ssl/tongxin/\(audience.rawValue).key"
        let lines = [
            "ssl_certificate \(certificate);",
            "ssl_certificate_key \(key);",
            "ssl_protocols TLSv1.2 TLSv1.3;",
            "ssl_session_cache shared:tongxin_\(audience.rawValue):10m;",
        ]
        if on { return ["# " + L("deploy.nginx.tls")] + lines }
        return ["# " + L("deploy.nginx.tlsOff"), "# listen 443 ssl;"] + lines.map { "# " + $0 }
    }

    /// Who may see the internal site: the allow-list first (`satisfy all`: both must
    /// pass), then a login on every path. The auth_request lines are the hook for an
    /// office's 统一身份认证 or LDAP (docs/deploy.md).
    private func access() -> [String] {
        var lines = ["# " + L("deploy.nginx.access"), "satisfy all;"]
        if !allow.isEmpty { lines += allow.map { "allow \($0);" } + ["deny all;"] }
        lines += [
            "auth_basic \"Tongxin\";",
            "auth_basic_user_file \(htpasswd);",
            "# " + L("deploy.nginx.authRequest"),
            "# auth_basic off;",
            "# auth_request /_tongxin_auth;",
            "# location = /_tongxin_auth {",
            "#     internal;",
            "#     proxy_pass http://127.0.0.1:9000/check;",
            "#     proxy_pass_request_body off;",
            "#     proxy_set_header Content-Length \"\";",
            "#     proxy_set_header X-Original-URI $request_uri;",
            "# }",
        ]
        return lines
    }

    private func compression() -> [String] {
        [
            "# " + L("deploy.nginx.gzip"),
            "gzip on;",
            "gzip_vary on;",
            "gzip_types text/css application/javascript image/svg+xml application/json application/xml application/atom+xml text/xml;",
            "gzip_static on;",
            "# " + L("deploy.nginx.brotli"),
            "# brotli_static on;",
        ]
    }

    /// The theme's error pages (ErrorPages), served only as errors: asked for by name
    /// they are not found. They need no login and no allowed address, or nginx would
    /// answer the 401 with its own page.
    private func errorPageLines(_ audience: Audience, tls: Bool) -> [String] {
        var lines = ["# " + L("deploy.nginx.errorPages")]
        lines += ErrorPages.codes.map { code in
            // The public site has no allow-list: its only 403 is a folder without an
            // index.html, which is answered as not found.
            audience == .public && code == 403 ? "error_page 403 =404 /404.html;" : "error_page \(code) /\(ErrorPages.path(code));"
        }
        for code in ErrorPages.codes {
            var inner = ["internal;"]
            if audience == .internal { inner += ["auth_basic off;", "allow all;"] }
            inner += headers(policy.errorPages, cache: "no-store", tls: tls)
            lines += ["location = /\(ErrorPages.path(code)) {"] + indent(inner) + ["}"]
        }
        return lines
    }

    private func locations(_ audience: Audience, tls: Bool) -> [String] {
        let scope = audience == .internal ? "private" : "public"
        var lines = ["# " + L("deploy.nginx.dotFiles")]
        lines += ["location ~ /\\. {"] + indent(headers(policy.pages, cache: "no-store", tls: tls) + ["return 404;"]) + ["}"]
        lines += ["# " + L("deploy.nginx.fingerprinted")]
        lines += ["location ~ \"^/pagefind/(fragment/[^/]+|index/[^/]+|pagefind\\.[^/]+\\.pf_meta)$\" {"]
            + indent(headers(policy.search, cache: "\(scope), max-age=31536000, immutable", tls: tls) + ["try_files $uri =404;"]) + ["}"]
        lines += ["# " + L("deploy.nginx.search")]
        for prefix in ["/pagefind/", "/search/"] {
            lines += ["location \(prefix) {"] + indent(headers(policy.search, cache: "\(scope), no-cache", tls: tls) + ["try_files $uri $uri/ =404;"]) + ["}"]
        }
        lines += ["# " + L("deploy.nginx.wechat")]
        lines += ["location ~ \"^/cases/[^/]+/wechat/\" {"] + indent(headers(policy.wechat, cache: "\(scope), no-cache", tls: tls) + ["try_files $uri $uri/ =404;"]) + ["}"]
        lines += ["# " + L("deploy.nginx.pages")]
        lines += ["location / {"] + indent(headers(policy.pages, cache: "\(scope), no-cache", tls: tls) + ["try_files $uri $uri/ =404;"]) + ["}"]
        return lines
    }

    private func headers(_ csp: String, cache: String, tls: Bool) -> [String] {
        var lines = [
            "add_header Content-Security-Policy \"\(csp)\" always;",
            "add_header X-Content-Type-Options \"nosniff\" always;",
            "add_header Referrer-Policy \"no-referrer\" always;",
            "add_header X-Frame-Options \"DENY\" always;",
            "add_header Cross-Origin-Opener-Policy \"same-origin\" always;",
            "add_header Permissions-Policy \"camera=(), microphone=(), geolocation=()\" always;",
            "add_header Cache-Control \"\(cache)\" always;",
        ]
        if tls { lines.append("add_header Strict-Transport-Security \"max-age=31536000\" always;") }
        return lines
    }

    private func indent(_ lines: [String]) -> [String] { lines.map { $0.isEmpty ? "" : "    " + $0 } }
}
