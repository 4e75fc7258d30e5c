import Foundation

/// The text a binary file carries: EXIF, XMP and PNG text chunks of images, the
/// uncompressed strings of a PDF, and a PDF's text layer through `pdftotext`.
enum BinaryText {
    /// Runs of printable characters (ASCII or UTF-8) of at least four characters, one a
    /// line, as `strings` gives them.
    static func strings(in bytes: [UInt8]) -> String {
        let decoded = String(decoding: bytes, as: UTF8.self)
        var lines: [Substring] = []
        for run in decoded.split(whereSeparator: { $0 == "\u{FFFD}" || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }) where run.count >= 4 {
            lines.append(run)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `pdftotext` (poppler-utils, installed by `make deps`) can be run: without
    /// it a PDF's compressed text cannot be read, and a public build refuses PDFs.
    static let canReadPDF: Bool = run(["pdftotext", "-v"]) != nil

    static func pdfText(_ path: String) -> String? {
        run(["pdftotext", "-q", "-enc", "UTF-8", path, "-"])
    }

    private static func run(_ command: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
