import Foundation
#if canImport(CoreFoundation)
import CoreFoundation
#endif

/// Spreadsheets exported by Excel or WPS on a Chinese Windows machine are GB18030 (GBK)
/// unless saved as "CSV UTF-8"; "Unicode 文本" is UTF-16. This tells them apart: UTF-16
/// by its BOM, UTF-8 when every byte is well-formed UTF-8, GB18030 otherwise.
public enum TextEncodingDetection {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf16 = "UTF-16"
        case gb18030 = "GB18030"
    }

    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
    }

    /// The text without its BOM, or why the bytes are not text.
    public static func decode(_ bytes: [UInt8]) -> Result<Decoded, DecodingFailure> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            guard let text = String(bytes: bytes, encoding: .utf16) else {
                return .failure(DecodingFailure(message: L("roster.badUTF16")))
            }
            return .success(Decoded(text: dropBOM(text), encoding: .utf16))
        }
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        guard let bad = SourceText.firstInvalidUTF8(body) else {
            return .success(Decoded(text: String(decoding: body, as: UTF8.self), encoding: .utf8))
        }
        let line = SourceText.position(ofByte: bad, in: body, file: "").line
        if hasBOM {
            return .failure(DecodingFailure(message: L("roster.badUTF8", line)))
        }
        guard let text = String(bytes: bytes, encoding: gb18030) else {
            return .failure(DecodingFailure(message: L("roster.badEncoding", line)))
        }
        return .success(Decoded(text: dropBOM(text), encoding: .gb18030))
    }

    /// GB18030-2000 as Foundation names it; on Linux the CoreFoundation constants come
    /// from swift-corelibs-foundation and decode 4-byte sequences too.
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    private static func dropBOM(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }
}

public struct DecodingFailure: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
