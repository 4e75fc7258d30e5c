import Foundation
import Testing
@testable import Tongxin

/// Runs a test or suite in one language without touching the process's (tests run in
/// parallel in one process): `@Suite(.language(.en))` for the suites that assert the
/// English texts, `.language(.zh)` for the Chinese ones.
struct LanguageTrait: TestTrait, SuiteTrait, TestScoping {
    let language: Language

    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        try await Messages.$override.withValue(language) { try await function() }
    }
}

extension Trait where Self == LanguageTrait {
    static func language(_ language: Language) -> LanguageTrait { LanguageTrait(language: language) }
}

/// Runs blocking work (a site build, a child process) on a thread outside Swift's
/// cooperative pool, in the calling test's language. The pool has one thread per core:
/// tests that block it for seconds starve the preview server's listening task in
/// PreviewServerTests running beside them.
func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    let language = Messages.override
    return try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async {
            continuation.resume(with: Result { try Messages.carried(language, work) })
        }
    }
}

extension TestSite {
    /// What loading and checking the content finds, as printed (`check` without the
    /// Markdown render and the pages): the diagnostics of these tests all come from
    /// there, at a fraction of a build's work.
    func loadAndCheck() -> (errors: [String], warnings: [String], lines: [String]) {
        let (loaded, loadDiagnostics) = ContentLoader.load(contentFolder: content)
        var all = loadDiagnostics
        all.append(contentsOf: Validator.check(loaded).1)
        let sorted = all.sorted
        return (sorted.filter { $0.severity == .error }.map(\.description), sorted.filter { $0.severity == .warning }.map(\.description), sorted.map(\.description))
    }
}
