#!/usr/bin/env python3
"""The deployment, end to end, with Debian's nginx on 127.0.0.1 and headless Chromium.

    run.py --tongxin .build/debug/tongxin [--content content] [--theme themes/default]

In a temporary folder: a git repository with the example content is published with
`tongxin publish` (both branches); two "servers" fetch one branch each with
scripts/tongxin-pull.sh, as docs/deploy.md says; `tongxin deploy nginx` writes the configuration and `tongxin deploy user` the
password file; nginx runs with its own prefix, pid and logs on unprivileged loopback ports
(never the system service). Then:

- nginx -t accepts the generated file, also with TLS (a self-signed certificate);
- every file of the internal site answers 401 without credentials and with a wrong
  password, and 200 with the file's exact bytes with the right one (folders too);
- the public site serves its own files byte for byte and answers 404 for every internal
  path, for .git and for the build manifests; no folder is listed;
- every response carries the CSP (no 'unsafe-inline', no 'unsafe-eval', frame-ancestors
  'none'), nosniff, Referrer-Policy no-referrer and a Cache-Control; only fingerprinted
  files are cached long; a .gz beside a file is sent pre-compressed; an address outside
  the allow-list gets the Chinese 403 page;
- Chromium loads the home, a record, a case and the search page (and searches) through
  nginx, logged in, with no console error and no CSP violation; the Chinese error pages
  draw with their inline style allowed by its hash;
- a second release, then `tongxin publish --rollback`, each put live by
  scripts/tongxin-pull.sh: nginx serves the first release's bytes again (SHA-256 of every
  file compared).

Prints PASS/FAIL per check and exits 1 when anything failed. Needs what
scripts/install-server-deps.sh and scripts/install-browser-deps.sh install.
"""
from __future__ import annotations

import argparse
import base64
import gzip
import hashlib
import html.parser
import http.client
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import CheckFailed, require, start_chromium  # noqa: E402  (tests/common.py)
from selenium.webdriver.common.by import By  # noqa: E402

REPOSITORY = Path(__file__).resolve().parents[2]
NGINX = "/usr/sbin/nginx"
USER, PASSWORD = "wangmou", "Tongxin-测试-2026"
ERROR_PAGES = {"401.html", "403.html", "404.html"}
HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "x-frame-options": "DENY"}
GIT_ENV = {"GIT_AUTHOR_NAME": "办公室", "GIT_AUTHOR_EMAIL": "office@example.invalid",
           "GIT_COMMITTER_NAME": "办公室", "GIT_COMMITTER_EMAIL": "office@example.invalid"}


def run(command: list[str], cwd: Path | None = None, input: str | None = None, env: dict | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, input=input, capture_output=True, text=True,
                            env={**os.environ, **GIT_ENV, **(env or {})})
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(command)} failed ({result.returncode})", (result.stdout + result.stderr).splitlines()[-20:])
    return result.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def site_files(root: Path) -> dict[str, str]:
    """Every file of a live release, with its SHA-256 (not the dot-files the test plants)."""
    files = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root).as_posix()
        if path.is_file() and not any(part.startswith(".") for part in relative.split("/")):
            files[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


# What nginx must never serve even when it is there: a clone's .git, build manifests,
# an editor's backup. tongxin-pull.sh puts none of them in a release; they are planted
# in the live folders so that the configuration's rule, not their absence, is tested.
PLANTED = {".git/config": "[core]\n", ".git/HEAD": "ref: refs/heads/portal\n", ".public.pages": "manifest\n",
           ".internal.pages": "manifest\n", "static/.tongxin.css.swp": "swap\n"}


# --------------------------------------------------------------------------------------
# Publishing, the servers' checkouts and nginx
# --------------------------------------------------------------------------------------

class Deployment:
    def __init__(self, tongxin: Path, content: Path, theme: Path, folder: Path):
        self.tongxin, self.folder = tongxin, folder
        self.repo = folder / "office"
        shutil.copytree(content, self.repo / "content")
        shutil.copytree(theme, self.repo / "themes" / "default")
        run(["git", "init", "-q", "-b", "main"], self.repo)
        run(["git", "add", "-A"], self.repo)
        run(["git", "commit", "-q", "-m", "第一版内容"], self.repo)
        self.pagefind = {"TONGXIN_PAGEFIND": f"{REPOSITORY / '.tools/venv/bin/python3'} -m pagefind_bin_extended"}
        self.publish()
        self.roots = {audience: folder / "srv" / audience for audience in ("internal", "public")}
        (folder / "srv").mkdir()
        self.pull()
        for root in self.roots.values():
            for name, text in PLANTED.items():
                (root / name).parent.mkdir(parents=True, exist_ok=True)
                (root / name).write_text(text)
        self.ports = {"internal": free_port(), "public": free_port()}
        self.htpasswd = folder / "etc" / "tongxin.htpasswd"
        self.htpasswd.parent.mkdir()
        self.prefix = folder / "nginx"
        (self.prefix / "logs").mkdir(parents=True)
        self.config = folder / "etc" / "tongxin.conf"
        self.process = None

    def tongxin_run(self, arguments: list[str], input: str | None = None) -> str:
        return run([str(self.tongxin), *arguments], self.repo, input=input, env=self.pagefind)

    def publish(self, *extra: str) -> str:
        return self.tongxin_run(["publish", "--quiet", "--require-search", *extra])

    def pull(self) -> None:
        """What the servers' timer runs (docs/deploy.md)."""
        for audience, root in self.roots.items():
            run([str(REPOSITORY / "scripts/tongxin-pull.sh"), f"file://{self.repo}", f"portal-{audience}", str(root)])
            require(root.is_symlink() and not (Path(os.readlink(root)) / ".git").exists(), f"{root} is not a link to a release without .git")

    def generate(self, config: Path, *extra: str) -> str:
        return self.tongxin_run(["deploy", "nginx", "--internal", str(self.roots["internal"]), "--public", str(self.roots["public"]),
                                 "--internal-listen", f"127.0.0.1:{self.ports['internal']}",
                                 "--public-listen", f"127.0.0.1:{self.ports['public']}",
                                 "--htpasswd", str(self.htpasswd), "--allow", "127.0.0.1", "--output", str(config), *extra])

    def main_config(self, include: Path, prefix: Path | None = None) -> Path:
        """The http block Debian's nginx.conf has around sites-enabled/, with this run's paths."""
        prefix = prefix or self.prefix
        (prefix / "logs").mkdir(parents=True, exist_ok=True)
        path = prefix / "nginx.conf"
        temp = "\n".join(f"  {name}_temp_path {prefix / name};" for name in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
        user = "user nobody nogroup;\n" if os.geteuid() == 0 else ""
        path.write_text(f"""{user}worker_processes 1;
pid {prefix / 'nginx.pid'};
error_log {prefix / 'logs/error.log'};
events {{ worker_connections 256; }}
http {{
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
{temp}
  include {include};
}}
""")
        return path

    def nginx_test(self, include: Path) -> str:
        prefix = self.folder / "nginx-t"
        result = subprocess.run([NGINX, "-t", "-p", str(prefix), "-c", str(self.main_config(include, prefix))], capture_output=True, text=True)
        require(result.returncode == 0, f"nginx -t refuses {include.name}", result.stderr.splitlines())
        return result.stderr.strip().splitlines()[-1]

    def start(self, config: Path | None = None, prefix: Path | None = None, port: int | None = None) -> None:
        prefix = prefix or self.prefix
        subprocess.run([NGINX, "-p", str(prefix), "-c", str(self.main_config(config or self.config, prefix))], check=True)
        self.process = True
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port or self.ports["public"]), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise CheckFailed("nginx did not start", (prefix / "logs/error.log").read_text().splitlines()[-10:])

    def stop(self, prefix: Path | None = None) -> None:
        pid_file = (prefix or self.prefix) / "nginx.pid"
        if self.process and pid_file.exists():
            pid = int(pid_file.read_text().strip())
            os.kill(pid, 15)
            deadline = time.time() + 5
            while time.time() < deadline and pid_file.exists():
                time.sleep(0.05)


class Client:
    """Keep-alive HTTP to one site, optionally logged in or from another loopback address."""

    def __init__(self, port: int, user: str | None = None, password: str | None = None, source: str | None = None, tls: bool = False):
        self.port, self.source, self.tls = port, source, tls
        self.auth = None if user is None else "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.connection = None

    def get(self, path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
        for attempt in range(2):
            if self.connection is None:
                address = (self.source, 0) if self.source else None
                self.connection = (http.client.HTTPSConnection("127.0.0.1", self.port, timeout=10, source_address=address,
                                                               context=ssl._create_unverified_context())  # the test's own certificate
                                   if self.tls else http.client.HTTPConnection("127.0.0.1", self.port, timeout=10, source_address=address))
            try:
                sent = {**(headers or {}), **({"Authorization": self.auth} if self.auth else {})}
                self.connection.request("GET", path, headers=sent)
                response = self.connection.getresponse()
                body = response.read()
                return response.status, {k.lower(): v for k, v in response.getheaders()}, body
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def url(path: str) -> str:
    return "/" + urllib.parse.quote(path)


def header_problems(where: str, headers: dict) -> list[str]:
    problems = []
    csp = headers.get("content-security-policy", "")
    if "frame-ancestors 'none'" not in csp or "default-src 'none'" not in csp:
        problems.append(f"{where}: CSP {csp!r}")
    # The 公众号 version alone may carry style attributes (style-src-attr); nothing may
    # allow inline script, <style> blocks or eval.
    wechat = re.search(r"cases/[^/]+/wechat/", where) is not None
    allowed = csp.replace("style-src-attr 'unsafe-inline'", "") if wechat else csp
    if "unsafe-inline" in allowed or "'unsafe-eval'" in csp:
        problems.append(f"{where}: the CSP allows inline code: {csp!r}")
    for name, value in HEADERS.items():
        if headers.get(name) != value:
            problems.append(f"{where}: {name} is {headers.get(name)!r}, not {value!r}")
    if "cache-control" not in headers:
        problems.append(f"{where}: no Cache-Control")
    return problems


# --------------------------------------------------------------------------------------
# The checks
# --------------------------------------------------------------------------------------

class Checks:
    def __init__(self, deployment: Deployment):
        self.d = deployment
        self.internal_files = site_files(deployment.roots["internal"])
        self.public_files = site_files(deployment.roots["public"])

    def client(self, audience: str, password: str | None = None, source: str | None = None) -> Client:
        return Client(self.d.ports[audience], USER if password else None, password, source)

    def nginx_t(self):
        lines = [f"plain: {self.d.nginx_test(self.d.config)}"]
        key, certificate = self.d.folder / "etc/test.key", self.d.folder / "etc/test.crt"
        run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
             "-keyout", str(key), "-out", str(certificate)])
        tls = self.d.folder / "etc/tongxin-tls.conf"
        self.d.generate(tls, "--tls-certificate", str(certificate), "--tls-key", str(key), "--internal-redirect-listen", f"127.0.0.1:{free_port()}")
        text = tls.read_text()
        require(f"ssl_certificate {certificate};" in text and "Strict-Transport-Security" in text and "return 301 https://" in text,
                "the TLS configuration lacks its certificate, HSTS or the redirect to HTTPS")
        lines.append(f"with TLS: {self.d.nginx_test(tls)}")
        return lines

    def tls(self):
        """The TLS variant, served: HTTPS with the login and HSTS, http:// redirected."""
        key, certificate = self.d.folder / "etc/test.key", self.d.folder / "etc/test.crt"
        if not certificate.exists():
            run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                 "-keyout", str(key), "-out", str(certificate)])
        secure, public, plain = free_port(), free_port(), free_port()
        config, prefix = self.d.folder / "etc/tongxin-tls-live.conf", self.d.folder / "nginx-tls"
        self.d.tongxin_run(["deploy", "nginx", "--internal", str(self.d.roots["internal"]), "--public", str(self.d.roots["public"]),
                            "--internal-listen", f"127.0.0.1:{secure}", "--public-listen", f"127.0.0.1:{public}",
                            "--internal-redirect-listen", f"127.0.0.1:{plain}", "--htpasswd", str(self.d.htpasswd),
                            "--tls-certificate", str(certificate), "--tls-key", str(key), "--output", str(config)])
        self.d.start(config, prefix, public)
        try:
            problems = []
            for password, expected in [(None, 401), ("wrong", 401), (PASSWORD, 200)]:
                status, headers, body = Client(secure, USER if password else None, password, tls=True).get("/records/")
                if status != expected or "max-age" not in headers.get("strict-transport-security", ""):
                    problems.append(f"https /records/ with {password!r}: {status}, HSTS {headers.get('strict-transport-security')!r}")
                problems += header_problems(f"https /records/ {status}", headers)
            status, headers, _ = Client(plain).get("/records/?a=1")
            if status != 301 or headers.get("location") != "https://127.0.0.1/records/?a=1":
                problems.append(f"http:// got {status} to {headers.get('location')!r}, not a redirect to https://")
            require(not problems, "the TLS configuration does not serve as it should", problems)
        finally:
            self.d.stop(prefix)
        return ["HTTPS: 401 without or with a wrong password, 200 logged in, HSTS; http:// redirected to https:// before any login"]

    def internal_login(self):
        anonymous, wrong, right = self.client("internal"), self.client("internal", "wrong-密码"), self.client("internal", PASSWORD)
        problems, count = [], 0
        for path, digest in sorted(self.internal_files.items()):
            if path in ERROR_PAGES:
                continue
            addresses = [url(path)] + ([url(path[: -len("index.html")])] if path.endswith("index.html") else [])
            for address in addresses:
                count += 1
                for client, name in [(anonymous, "without credentials"), (wrong, "with a wrong password")]:
                    status, headers, body = client.get(address)
                    if status != 401 or "需要登录".encode() not in body:
                        problems.append(f"{address} {name}: {status}")
                    problems += header_problems(f"{address} {name}", headers)
                status, headers, body = right.get(address)
                if status != 200 or hashlib.sha256(body).hexdigest() != digest:
                    problems.append(f"{address} logged in: {status}, {len(body)} bytes")
                problems += header_problems(f"{address} logged in", headers)
        require(not problems, "the internal site does not require its login everywhere", problems[:30])
        return [f"{count} addresses of {len(self.internal_files) - len(ERROR_PAGES)} files: 401 without credentials and with a wrong password, 200 with the same bytes logged in"]

    def public_site(self):
        client, problems = self.client("public"), []
        for path, digest in sorted(self.public_files.items()):
            if path in ERROR_PAGES:
                continue
            status, headers, body = client.get(url(path))
            if status != 200 or hashlib.sha256(body).hexdigest() != digest:
                problems.append(f"{path}: {status}")
            problems += header_problems(path, headers)
        internal_only = sorted(set(self.internal_files) - set(self.public_files))
        require(len(internal_only) > 100, f"only {len(internal_only)} internal-only files: is the example content complete?")
        for path in internal_only + sorted(PLANTED) + [".git/", ".git", "records/", "members/"]:
            status, headers, body = client.get(url(path))
            if status != 404 or "页面不存在".encode() not in body:
                problems.append(f"{path}: {status} (expected the 404 page)")
            problems += header_problems(path, headers)
        # The public server's own repository received the public branch alone.
        objects = run(["git", "--git-dir", f"{self.d.roots['public']}.git", "rev-list", "--all", "--objects"])
        paths = [line.split(" ", 1)[1] for line in objects.splitlines() if " " in line]
        leaked = [p for p in paths if p.startswith(("records/", "members/", "assignments/", "reports/"))]
        if leaked or run(["git", "--git-dir", f"{self.d.roots['public']}.git", "for-each-ref", "--format=%(refname)"]).split() != ["refs/heads/portal-public"]:
            problems.append(f"the public server's repository holds internal objects or other branches: {leaked[:5]}")
        require(not problems, "the public site serves something it must not, or misses its own files", problems[:30])
        return [f"{len(self.public_files) - len(ERROR_PAGES)} public files served byte for byte; "
                f"{len(internal_only)} internal paths, .git and the manifests answer 404"]

    def hidden_things(self):
        logged_in, public, problems = self.client("internal", PASSWORD), self.client("public"), []
        for client, name in [(logged_in, "internal (logged in)"), (public, "public")]:
            for path in sorted(PLANTED) + sorted(ERROR_PAGES):
                status, headers, body = client.get(url(path))
                if status != 404:
                    problems.append(f"{name} {path}: {status}")
                problems += header_problems(f"{name} {path}", headers)
            # A folder without index.html: never listed; the public site says not found,
            # the internal one (logged in) forbidden, as nginx does without autoindex.
            status, headers, body = client.get("/pagefind/fragment/")
            expected = 404 if client is public else 403
            if status != expected or b"<a href=\"zh" in body:
                problems.append(f"{name} /pagefind/fragment/: {status}, expected {expected} and no listing")
            problems += header_problems(f"{name} /pagefind/fragment/", headers)
        status, headers, _ = logged_in.get("/records")
        if status != 301 or headers.get("location") != "/records/":
            problems.append(f"/records: {status} to {headers.get('location')} (expected a relative redirect to /records/)")
        require(not problems, "dot-files, manifests, error pages or folders are served", problems)
        return ["no .git, manifest, folder listing or error page by name, on either site"]

    def error_pages(self):
        """The 401 and 403 bodies are the theme's error pages, and their inline style is
        allowed by a hash in their own CSP (what the browser checks before applying it)."""
        problems, lines = [], []
        cases = [("401", self.client("internal"), "/records/", "需要登录"),
                 ("403", self.client("internal", PASSWORD, source="127.0.0.2"), "/", "无权访问"),
                 ("404", self.client("public"), "/records/", "页面不存在"),
                 ("404", self.client("internal", PASSWORD), "/no-such-page/", "页面不存在")]
        for code, client, path, words in cases:
            status, headers, body = client.get(path)
            text = body.decode("utf-8", "replace")
            styles = re.findall(r"<style>(.*?)</style>", text, re.S)
            csp = headers.get("content-security-policy", "")
            hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(style.encode()).digest()).decode() + "'" for style in styles]
            if str(status) != code or words not in text or not styles or not all(h in csp for h in hashes) or "<script" in text:
                problems.append(f"{code} for {path}: status {status}, {len(styles)} style blocks, hashes {hashes} in {csp!r}")
            lines.append(f"{code} {path}: the theme's page ({words}), style allowed by {hashes[0] if hashes else '?'}")
        require(not problems, "the error pages are not the theme's or their style is not allowed", problems)
        return lines

    def inline_code(self):
        """What the pages' CSP forbids, looked for in every page of both sites (Chromium
        loads only some through nginx): an inline script, a <style> block, a style
        attribute, an event-handler attribute or a javascript: address."""
        class Finder(html.parser.HTMLParser):
            def __init__(self, styles_allowed):
                super().__init__(convert_charrefs=True)
                self.found = []
                # The 公众号 version's policy allows style attributes (style-src-attr).
                self.styles_allowed = styles_allowed

            def handle_starttag(self, tag, attrs):
                values = dict(attrs)
                if tag == "script" and not values.get("src"):
                    self.found.append(f"line {self.getpos()[0]}: inline <script>")
                if tag == "style":
                    self.found.append(f"line {self.getpos()[0]}: <style>")
                for name, value in attrs:
                    if (name == "style" and not self.styles_allowed) or name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                        self.found.append(f"line {self.getpos()[0]}: <{tag} {name}=…>")

            handle_startendtag = handle_starttag

        problems, pages = [], 0
        for audience, root in self.d.roots.items():
            for page in sorted(root.rglob("*.html")):
                relative = page.relative_to(root).as_posix()
                if relative in ERROR_PAGES:
                    continue  # their one <style> is allowed by its hash (error_pages)
                finder = Finder(re.fullmatch(r"cases/[^/]+/wechat/index\.html", relative) is not None)
                finder.feed(page.read_text(encoding="utf-8"))
                pages += 1
                problems += [f"{audience} {relative} {found}" for found in finder.found]
        require(pages > 250, f"only {pages} pages to look at")
        require(not problems, "pages carry inline code the CSP forbids", problems[:30])
        return [f"{pages} pages of both sites: no inline script, style block, style attribute, event handler or javascript: address"]

    def caching(self):
        client, problems = self.client("public"), []
        fingerprinted = [p for p in self.public_files if p.startswith(("pagefind/fragment/", "pagefind/index/")) or p.endswith(".pf_meta")]
        require(bool(fingerprinted), "the public build has no fingerprinted Pagefind file")
        for path in fingerprinted[:20]:
            _, headers, _ = client.get(url(path))
            if "immutable" not in headers.get("cache-control", ""):
                problems.append(f"{path}: Cache-Control {headers.get('cache-control')!r}")
        for path in ["index.html", "static/tongxin.css", "static/tongxin.js", "pagefind/pagefind.js", "pagefind/pagefind-entry.json", "search/index.html"]:
            _, headers, _ = client.get(url(path))
            if "immutable" in headers.get("cache-control", "") or "max-age=3" in headers.get("cache-control", ""):
                problems.append(f"{path} is not fingerprinted but cached long: {headers.get('cache-control')!r}")
        _, headers, _ = self.client("internal", PASSWORD).get("/index.html")
        if not headers.get("cache-control", "").startswith("private"):
            problems.append(f"the internal site's pages may be kept by shared caches: {headers.get('cache-control')!r}")
        css = self.d.roots["public"] / "static/tongxin.css"
        packed = gzip.compress(css.read_bytes(), mtime=0)
        Path(str(css) + ".gz").write_bytes(packed)
        try:
            status, headers, body = client.get("/static/tongxin.css", {"Accept-Encoding": "gzip"})
            if status != 200 or headers.get("content-encoding") != "gzip" or body != packed:
                problems.append(f"tongxin.css.gz not sent pre-compressed: {status} {headers.get('content-encoding')} {len(body)} bytes")
        finally:
            Path(str(css) + ".gz").unlink()
        require(not problems, "caching or compression is wrong", problems)
        return [f"{len(fingerprinted[:20])} fingerprinted files immutable, pages and unfingerprinted files revalidated, .gz sent as is"]

    def allow_list(self):
        outside = self.client("internal", PASSWORD, source="127.0.0.2")
        status, headers, body = outside.get("/")
        problems = header_problems("/ from 127.0.0.2", headers)
        require(status == 403 and "无权访问".encode() in body, f"an address outside the allow-list got {status}", problems)
        require(not problems, "the 403 response lacks headers", problems)
        return ["127.0.0.2 (not in --allow 127.0.0.1) gets the Chinese 403 page even with the right password"]

    def users(self):
        self.d.tongxin_run(["deploy", "user", "second", "--htpasswd", str(self.d.htpasswd)], input="其他密码\n")
        lines = self.d.htpasswd.read_text().splitlines()
        require([line.split(":")[0] for line in lines] == [USER, "second"], "deploy user did not add the second user", lines)
        require(all(line.split(":", 1)[1].startswith("$6$") for line in lines), "not SHA-512-crypt hashes", lines)
        status, _, _ = Client(self.d.ports["internal"], "second", "其他密码").get("/")
        require(status == 200, f"nginx refuses the second user: {status}")
        self.d.tongxin_run(["deploy", "user", "second", "--htpasswd", str(self.d.htpasswd)], input="新密码\n")
        old = Client(self.d.ports["internal"], "second", "其他密码").get("/")[0]
        new = Client(self.d.ports["internal"], "second", "新密码").get("/")[0]
        require((old, new) == (401, 200), f"after a password change: old {old}, new {new}")
        # docs/deploy.md's way without tongxin on the server: openssl passwd -6.
        hashed = run(["openssl", "passwd", "-6", "-stdin"], input="第三个密码\n").strip()
        with self.d.htpasswd.open("a") as file:
            file.write(f"third:{hashed}\n")
        status = Client(self.d.ports["internal"], "third", "第三个密码").get("/")[0]
        require(status == 200, f"nginx refuses an openssl passwd -6 hash: {status}")
        return ["deploy user adds a $6$ hash nginx accepts; a changed password replaces the old one; openssl passwd -6 works too"]

    # -- Chromium -------------------------------------------------------------------------

    def browser(self):
        driver, profile = start_chromium(console=True)
        try:
            return self.browse(driver)
        finally:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)

    def browse(self, driver):
        # Recorded before any page script runs; CDP-injected scripts are not subject to the CSP.
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source":
            "window.__csp = []; document.addEventListener('securitypolicyviolation', e =>"
            " window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"})
        internal = f"http://127.0.0.1:{self.d.ports['internal']}/"
        public = f"http://127.0.0.1:{self.d.ports['public']}/"
        problems, lines = [], []
        # Logging in once, as a person does in the browser's dialog: the browser then
        # sends the credentials itself for every request to the site (pages, worker).
        # (Headless Chromium waits at its login dialog on a 401, so the 401 and 403 pages
        # are checked over HTTP in error_pages: the same template, style and policy.)
        driver.get(f"http://{USER}:{urllib.parse.quote(PASSWORD)}@127.0.0.1:{self.d.ports['internal']}/")
        for base, path in [(public, "records/"), (internal, "no-such-page/")]:
            driver.get_log("browser")
            driver.get(base + path)
            text = driver.find_element(By.TAG_NAME, "h1").text
            colour = driver.execute_script("return getComputedStyle(document.querySelector('header')).backgroundColor")
            violations = driver.execute_script("return window.__csp")
            console = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e.get("message", "")]
            if "页面不存在" not in text or colour != "rgb(155, 28, 31)" or violations or console:
                problems.append(f"error page {base}{path}: {text!r}, header {colour}, CSP {violations + console}")
            lines.append(f"404 page of the {'internal' if base == internal else 'public'} site: drawn with its style under the CSP")
        record = next(p for p in sorted(self.internal_files) if p.startswith("records/20") and p.count("/") == 3)
        case = next(p for p in sorted(self.public_files) if p.startswith("cases/") and p.count("/") == 2 and "/tags/" not in p and p != "cases/index.html")
        pages = [(internal, ""), (internal, record[: -len("index.html")]), (internal, case[: -len("index.html")]),
                 (internal, "search/"), (public, ""), (public, case[: -len("index.html")]), (public, "search/"),
                 # The 公众号 version: style attributes allowed by its own policy, nothing else.
                 (public, case[: -len("index.html")] + "wechat/")]
        for base, page in pages:
            driver.get_log("browser")
            driver.get(base + urllib.parse.quote(page))
            styled = driver.execute_script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor")
            scripted = driver.execute_script("return document.documentElement.classList.contains('tx-js')")
            if styled != "rgb(155, 28, 31)" or not scripted:
                problems.append(f"{page or 'home'}: stylesheet {styled}, script ran {scripted}")
            if page == "search/":
                problems += self.search(driver, page)
            violations = driver.execute_script("return window.__csp")
            # Chromium asks for /favicon.ico by itself on a first visit, whatever the page
            # names (static/favicon.svg): that miss is the browser's, not the page's.
            console = [e["message"] for e in driver.get_log("browser") if (e.get("level") == "SEVERE" or "Content Security Policy" in e.get("message", ""))
                       and "/favicon.ico " not in e.get("message", "")]
            problems += [f"{page or 'home'}: CSP {v}" for v in violations] + [f"{page or 'home'}: {m}" for m in console]
            lines.append(f"{'internal' if base == internal else 'public'} /{page}: drawn, {len(violations)} violations")
        require(not problems, "pages do not work under the CSP through nginx", problems)
        return lines

    def search(self, driver, page: str) -> list[str]:
        deadline = time.time() + 10
        while time.time() < deadline and not driver.find_elements(By.CSS_SELECTOR, "pagefind-input input"):
            time.sleep(0.1)
        boxes = driver.find_elements(By.CSS_SELECTOR, "pagefind-input input")
        if not boxes:
            return [f"{page}: no search box"]
        boxes[0].send_keys("协商")
        links, deadline = [], time.time() + 10
        while time.time() < deadline and not links:
            time.sleep(0.2)
            links = driver.execute_script("return Array.from(document.querySelectorAll('pagefind-results a[href]')).map(a => a.href)")
        return [] if links else [f"{page}: searching 协商 found nothing through nginx"]

    # -- rollback -------------------------------------------------------------------------

    def rollback(self):
        first = {"internal": self.internal_files, "public": self.public_files}
        rule = sorted((self.d.repo / "content/rules").glob("*.md"))[0]
        rule.write_text(rule.read_text(encoding="utf-8") + "\n第二版新增的一段。\n", encoding="utf-8")
        run(["git", "commit", "-q", "-am", "第二版"], self.d.repo)
        self.d.publish()
        self.d.pull()
        second = {audience: site_files(root) for audience, root in self.d.roots.items()}
        changed = {audience: sorted(p for p in second[audience] if first[audience].get(p) != second[audience][p]) for audience in first}
        require(all(changed.values()), f"the second release changed nothing served: {changed}")
        self.d.publish("--rollback")
        self.d.pull()
        problems = []
        for audience, root in self.d.roots.items():
            now = site_files(root)
            if now != first[audience]:
                problems.append(f"{audience}: the checkout differs from the first release in {len(set(now.items()) ^ set(first[audience].items()))} files")
            client = self.client(audience, PASSWORD if audience == "internal" else None)
            for path, digest in sorted(first[audience].items()):
                if path in ERROR_PAGES:
                    continue
                status, _, body = client.get(url(path))
                if status != 200 or hashlib.sha256(body).hexdigest() != digest:
                    problems.append(f"{audience} {path}: {status}, not the first release's bytes")
        require(not problems, "the rollback did not bring the previous release back", problems[:20])
        return [f"second release changed {len(changed['internal'])} internal and {len(changed['public'])} public files; "
                f"after --rollback and a pull nginx serves the first release's bytes ({len(first['internal'])} + {len(first['public'])} files, SHA-256)"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tongxin", required=True, type=Path)
    parser.add_argument("--content", type=Path, default=REPOSITORY / "content")
    parser.add_argument("--theme", type=Path, default=REPOSITORY / "themes/default")
    arguments = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tongxin-server-"))
    folder.chmod(0o755)  # nginx's workers run as nobody when the test runs as root
    deployment, failed, passed, started = None, 0, 0, time.time()
    try:
        deployment = Deployment(arguments.tongxin.resolve(), arguments.content.resolve(), arguments.theme.resolve(), folder)
        deployment.generate(deployment.config)
        deployment.htpasswd.write_text("")
        if os.geteuid() == 0:
            shutil.chown(deployment.htpasswd, group="nogroup")  # as www-data in docs/deploy.md
        deployment.tongxin_run(["deploy", "user", USER, "--htpasswd", str(deployment.htpasswd)], input=PASSWORD + "\n")
        checks = Checks(deployment)
        deployment.start()
        for name in os.environ.get("TONGXIN_SERVER_ONLY", "nginx_t tls internal_login public_site hidden_things error_pages inline_code caching allow_list users browser rollback").split():
            begun = time.time()
            try:
                lines = getattr(checks, name)()
                passed += 1
                print(f"PASS {name} ({time.time() - begun:.1f} s)")
                for line in lines:
                    print(f"     {line}")
            except CheckFailed as failure:
                failed += 1
                print(f"FAIL {name}: {failure}")
                for line in failure.lines:
                    print(f"     {line}")
            except Exception:  # noqa: BLE001 - a crash in a check is its failure
                failed += 1
                print(f"FAIL {name}: crashed")
                traceback.print_exc()
    except CheckFailed as failure:
        failed += 1
        print(f"FAIL setup: {failure}")
        for line in failure.lines:
            print(f"     {line}")
    finally:
        if deployment:
            deployment.stop()
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{passed} passed, {failed} failed in {time.time() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
