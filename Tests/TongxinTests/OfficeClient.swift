import Foundation
import Testing

/// LibreOffice (headless) as the Word client of the tests, and poppler's pdftotext and
/// pdfinfo to read the PDFs it makes. Installed by scripts/install-office-deps.sh, which
/// `make test` runs: a missing program fails the test, it is never skipped.
enum OfficeClient {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func program(_ name: String) throws -> String {
        let folders = ["/usr/bin", "/usr/local/bin", "/usr/lib/libreoffice/program"]
        guard let path = folders.map({ $0 + "/" + name }).first(where: FileManager.default.isExecutableFile) else {
            throw Failure(description: "\(name) is missing: run scripts/install-office-deps.sh (make test does)")
        }
        return path
    }

    @discardableResult
    static func run(_ program: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Each .docx converted to a PDF of the same name in `folder`, by one LibreOffice run
    /// with a profile of its own (parallel tests must not share one).
    static func pdfs(of documents: [URL], in folder: URL) throws -> [URL] {
        let profile = folder.appendingPathComponent("lo-profile")
        try run(program("soffice"), ["-env:UserInstallation=file://" + profile.path, "--headless", "--norestore",
                                     "--convert-to", "pdf", "--outdir", folder.path] + documents.map(\.path))
        let pdfs = documents.map { folder.appendingPathComponent($0.deletingPathExtension().lastPathComponent + ".pdf") }
        for pdf in pdfs where !FileManager.default.fileExists(atPath: pdf.path) {
            throw Failure(description: "LibreOffice made no \(pdf.lastPathComponent)")
        }
        return pdfs
    }

    /// The entries of a zip file as Python's zipfile reads them (checking every CRC),
    /// name by name: a second, independent reader of the packages.
    static func unzip(_ archive: URL) throws -> [String: String] {
        let script = """
            import json, sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                bad = z.testzip()
                if bad: sys.exit("bad CRC in " + bad)
                print(json.dumps({n: z.read(n).decode("utf-8") for n in z.namelist()}))
            """
        let json = try run(program("python3"), ["-c", script, archive.path])
        return try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }

    static func text(_ pdf: URL) throws -> String {
        try run(program("pdftotext"), ["-layout", pdf.path, "-"])
    }

    struct Word: Equatable, CustomStringConvertible {
        var page: Int
        var text: String
        /// Points from the top of the page.
        var yMin: Double
        var yMax: Double
        var description: String { "p\(page) \(text) \(yMin)–\(yMax)" }
    }

    /// Every word of the PDF with its page (from 1) and where it is, from `pdftotext -bbox`.
    static func words(_ pdf: URL) throws -> [Word] {
        let xhtml = try run(program("pdftotext"), ["-bbox", pdf.path, "-"])
        var words: [Word] = []
        var page = 0
        func attribute(_ name: String, _ line: Substring) -> Double? {
            guard let start = line.range(of: name + "=\"") else { return nil }
            return Double(line[start.upperBound...].prefix { $0 != "\"" })
        }
        for line in xhtml.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let yMin = attribute("yMin", line), let yMax = attribute("yMax", line),
                  let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            let text = String(line[line.index(after: open)..<close.lowerBound])
            words.append(Word(page: page, text: text, yMin: yMin, yMax: yMax))
        }
        return words
    }

    struct Info {
        var pages: Int
        /// Points.
        var width: Double
        var height: Double
    }

    static func info(_ pdf: URL) throws -> Info {
        let text = try run(program("pdfinfo"), [pdf.path])
        func line(_ label: String) -> String {
            text.split(separator: "\n").first { $0.hasPrefix(label) }.map { String($0.dropFirst(label.count)).trimmingCharacters(in: .whitespaces) } ?? ""
        }
        let size = line("Page size:").split(separator: " ")
        guard let pages = Int(line("Pages:")), size.count >= 3, let width = Double(size[0]), let height = Double(size[2]) else {
            throw Failure(description: "pdfinfo said:\n\(text)")
        }
        return Info(pages: pages, width: width, height: height)
    }
}
