import FlyingFox
import Foundation
import Tongxin

/// Answers every request of the preview: the build version for live reload, and the
/// files of the output folder, HTML pages with the live-reload script and, after a
/// failed build, the error banner added on the way out (never on disk).
struct SiteHandler: HTTPHandler {
    let root: URL
    let state: PreviewState
    /// The preview's cache: a changed Word file is drawn just after its build is
    /// reported, and a download waits for it rather than get the last one.
    var cache: BuildCache? = nil
    /// The language of whoever started the preview; requests are answered on the
    /// server's own tasks.
    var language: Language? = Messages.override

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return response(.methodNotAllowed, type: "text/plain; charset=utf-8", Data("only GET and HEAD\n".utf8), for: request)
        }
        let rawPath = request.target.path(percentEncoded: true)
        if rawPath == LiveReload.versionPath {
            return response(.ok, type: "text/plain; charset=utf-8", Data("\(state.version)".utf8), for: request)
        }
        switch SitePath.resolve(rawPath, in: root) {
        case .file(let file):
            await waitUntilDrawn(file)
            // A build may swap the folder in between resolving and reading: retry once.
            guard let data = (try? Data(contentsOf: file)) ?? (try? Data(contentsOf: file)) else {
                return notFound(rawPath, for: request)
            }
            let body = ContentType.isHTML(file) ? decorate(String(decoding: data, as: UTF8.self)) : data
            return response(.ok, type: ContentType.of(file), body, for: request)
        case .redirect(let location):
            var redirect = response(.movedPermanently, type: "text/plain; charset=utf-8", Data(), for: request)
            redirect.headers[.location] = location
            return redirect
        case .notFound:
            return notFound(rawPath, for: request)
        case .badRequest:
            return response(.badRequest, type: "text/plain; charset=utf-8", Data((L("serve.pathLeavesSite") + "\n").utf8), for: request)
        }
    }

    /// Waits, off the server's threads, while `file` is one of the last build's Word
    /// files still being drawn.
    private func waitUntilDrawn(_ file: URL) async {
        guard let cache, file.path.hasPrefix(root.path + "/") else { return }
        let path = String(file.path.dropFirst(root.path.count + 1))
        guard cache.isLater(path) else { return }
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            // A thread of its own: a wait on the dispatch pool takes a thread the drawing needs.
            Thread {
                _ = cache.waitUntilDrawn(path)
                done.resume()
            }.start()
        }
    }

    private func notFound(_ rawPath: String, for request: HTTPRequest) -> HTTPResponse {
        let siteBuilt = FileManager.default.fileExists(atPath: root.appendingPathComponent("index.html").path)
        let page = Messages.carried(language) { ErrorPage.notFound(rawPath.removingPercentEncoding ?? rawPath, siteBuilt: siteBuilt, failed: !state.problems.isEmpty) }
        return response(.notFound, type: "text/html; charset=utf-8", decorate(page), for: request)
    }

    /// The page as served in preview: banner and live-reload script added.
    private func decorate(_ page: String) -> Data {
        let banner = Messages.carried(language) { ErrorPage.banner(state.problems) }
        return Data(HTMLInjection.inject(into: page, banner: banner, script: LiveReload.script(version: state.version)).utf8)
    }

    private func response(_ status: HTTPStatusCode, type: String, _ body: Data, for request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if request.method == .HEAD {
            headers[.contentLength] = "\(body.count)"
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }
}
