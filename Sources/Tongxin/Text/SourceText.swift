import Foundation

/// Turns the bytes of a content file into text the rest of the pipeline can trust:
/// strict UTF-8 (the position of the first bad byte is reported), a leading BOM dropped,
/// CRLF and lone CR turned into LF.
enum SourceText {
    static func decode(_ data: Data, file: String) -> Result<String, Diagnostic> {
        decode([UInt8](data), file: file)
    }

    static func decode(_ input: [UInt8], file: String) -> Result<String, Diagnostic> {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // The standard library validates once, fast; the byte-by-byte walk below runs
        // only to locate the problem in a file that is not UTF-8.
        // A NUL is no text anyone typed (a binary file, a broken editor): cmark would
        // turn it into U+FFFD and the page would show something nobody wrote.
        if let nul = bytes.withUnsafeBytes({ buffer in buffer.baseAddress.flatMap { base in memchr(base, 0, buffer.count).map { UnsafeRawPointer($0) - base } } }) {
            return .failure(.error(position(ofByte: nul, in: bytes, file: file), L("text.nul")))
        }
        let hasCR = bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { memchr($0, 0x0D, buffer.count) != nil } ?? false }
        if !hasCR, let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        if let bad = firstInvalidUTF8(bytes) {
            let location = position(ofByte: bad, in: bytes, file: file)
            let hex = String(format: "0x%02X", bytes[bad])
            return .failure(.error(location, L("files.notUTF8", hex, bad)))
        }
        if hasCR {
            bytes = normaliseLineEnds(bytes)
        }
        return .success(String(decoding: bytes, as: UTF8.self))
    }

    /// CRLF and lone CR become LF.
    private static func normaliseLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// Index of the first byte that is not part of a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            if i + length > n { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                let lo: UInt8 = k == 1 ? lower : 0x80
                let hi: UInt8 = k == 1 ? upper : 0xBF
                if c < lo || c > hi { return i }
            }
            i += length
        }
        return nil
    }

    /// Line and column (in characters) of a byte offset, counting only bytes before it.
    static func position(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        var line = 1, column = 1
        var i = 0
        while i < offset && i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                line += 1; column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}
