/// A WordDocument as the bytes of a .docx (Office Open XML, ECMA-376): the document part
/// is written for each document; styles, fonts, settings and the page-number footers
/// are the same for all and made once.
enum WordPackage {
    static func docx(_ document: WordDocument) -> [UInt8] {
        var entries = fixedParts(title: document.title)
        entries.insert(ZipArchive.Entry(documentPart, WordBody.xml(document)), at: 3)
        return ZipArchive.archive(entries)
    }

    /// The parts of many documents with one title that differ in their text only (every
    /// record's 记录单): made and compressed once, `docx` then writes word/document.xml.
    struct Frame: Sendable {
        private let zip: ZipArchive.Frame

        init(title: String) {
            zip = ZipArchive.Frame(WordPackage.fixedParts(title: title), last: WordPackage.documentPart)
        }

        /// The .docx whose word/document.xml is `documentXML`, stored: deflating a 记录单's
        /// 9 KB costs about forty times its CRC, seconds over ten thousand records, to
        /// save half of 13 KB (README, Word files for meetings).
        func docx(_ documentXML: [UInt8]) -> [UInt8] {
            zip.archive(documentXML, deflate: false)
        }
    }

    private static let documentPart = "word/document.xml"

    /// Every part but word/document.xml, in the order of the package (the document comes
    /// fourth in `docx`).
    private static func fixedParts(title: String) -> [ZipArchive.Entry] {
        [
            contentTypes,
            packageRelationships,
            ZipArchive.Entry("docProps/core.xml", coreProperties(title: title)),
            documentRelationships,
            WordStyles.styles,
            WordStyles.settings,
            WordStyles.fontTable,
            footer1,
            footer2,
        ]
    }

    private static let footer1 = footer("word/footer1.xml", odd: true)
    private static let footer2 = footer("word/footer2.xml", odd: false)

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let contentTypes: ZipArchive.Entry = {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        let overrides = [
            ("/word/document.xml", main + "document.main+xml"),
            ("/word/styles.xml", main + "styles+xml"),
            ("/word/settings.xml", main + "settings+xml"),
            ("/word/fontTable.xml", main + "fontTable+xml"),
            ("/word/footer1.xml", main + "footer+xml"),
            ("/word/footer2.xml", main + "footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ].map { #"<Override PartName="\#($0.0)" ContentType="\#($0.1)"/>"# }.joined()
        return ZipArchive.Entry("[Content_Types].xml", header
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
            + #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
            + #"<Default Extension="xml" ContentType="application/xml"/>"#
            + overrides + "</Types>")
    }()

    private static func relationships(_ items: [(id: String, type: String, target: String)]) -> String {
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
            + items.map { #"<Relationship Id="\#($0.id)" Type="\#($0.type)" Target="\#($0.target)"/>"# }.joined()
            + "</Relationships>"
    }

    private static let packageRelationships = ZipArchive.Entry("_rels/.rels", relationships([
        ("rId1", relationshipNamespace + "/officeDocument", "word/document.xml"),
        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"),
    ]))

    /// The ids WordBody's section properties name the footers by.
    static let oddFooterID = "rId4", evenFooterID = "rId5"

    private static let documentRelationships = ZipArchive.Entry("word/_rels/document.xml.rels", relationships([
        ("rId1", relationshipNamespace + "/styles", "styles.xml"),
        ("rId2", relationshipNamespace + "/settings", "settings.xml"),
        ("rId3", relationshipNamespace + "/fontTable", "fontTable.xml"),
        (oddFooterID, relationshipNamespace + "/footer", "footer1.xml"),
        (evenFooterID, relationshipNamespace + "/footer", "footer2.xml"),
    ]))

    /// No dates or authors: the same content gives the same bytes.
    private static func coreProperties(title: String) -> String {
        header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(XMLText.escape(title))</dc:title><dc:language>zh-CN</dc:language></cp:coreProperties>"
    }

    /// GB/T 9704 page numbers: "— 1 —" in 四号 宋体, odd pages on the right and even pages
    /// on the left, each one character in from the edge of the 版心.
    private static func footer(_ name: String, odd: Bool) -> ZipArchive.Entry {
        let indent = odd ? #"<w:ind w:firstLine="0" w:right="280"/>"# : #"<w:ind w:left="280" w:firstLine="0"/>"#
        let field = #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>"#
            + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#
        return ZipArchive.Entry(name, header + #"<w:ftr xmlns:w="\#(wordNamespace)"><w:p><w:pPr><w:pStyle w:val="PageNumber"/>"#
            + #"\#(indent)<w:jc w:val="\#(odd ? "right" : "left")"/></w:pPr>"#
            + #"<w:r><w:t xml:space="preserve">— </w:t></w:r>"# + field + #"<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>"#)
    }
}
