import Foundation
import Testing
@testable import Tongxin

/// Covers shrunk by libvips (ImageTool): widths, srcset, orientation applied, every
/// EXIF/GPS field gone, the original not published, variants cached.
@Suite struct CoverImageTests {
    /// A 4032 × 3024 JPEG, as a phone writes it held upright: EXIF orientation 6 (turn
    /// 90° clockwise) and a GPS latitude. Made by libvips, the EXIF segment added here.
    static func phonePhoto(in folder: URL) throws -> Data {
        let plain = folder.appendingPathComponent("plain.jpg")
        try OfficeClient.run(OfficeClient.program("vips"), ["black", plain.path, "4032", "3024", "--bands", "3"])
        var jpeg = [UInt8](try Data(contentsOf: plain))
        var tiff: [UInt8] = Array("II".utf8) + [0x2A, 0, 8, 0, 0, 0]
        func short(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
        func long(_ v: Int) -> [UInt8] { short(v & 0xFFFF) + short(v >> 16) }
        // IFD0 at 8: Orientation = 6, GPSInfo → 38.
        tiff += short(2) + short(0x0112) + short(3) + long(1) + short(6) + short(0) + short(0x8825) + short(4) + long(1) + long(38) + long(0)
        // GPS IFD at 38: GPSLatitudeRef "N", GPSLatitude 22/1 30/1 0/1 at 68.
        tiff += short(2) + short(0x0001) + short(2) + long(2) + Array("N".utf8) + [0, 0, 0] + short(0x0002) + short(5) + long(3) + long(68) + long(0)
        tiff += long(22) + long(1) + long(30) + long(1) + long(0) + long(1)
        let segment: [UInt8] = Array("Exif".utf8) + [0, 0] + tiff
        let length = segment.count + 2
        jpeg.insert(contentsOf: [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + segment, at: 2)
        return Data(jpeg)
    }

    static func header(_ file: URL) throws -> String {
        try OfficeClient.run(OfficeClient.program("vipsheader"), ["-a", file.path])
    }

    @Test func aPhoneCoverIsPublishedShrunkUprightAndWithoutItsLocation() throws {
        let site = try TestSite([
            "cases/visit.md": "---\ntitle: 走访\ndate: 2026-03-01\ncover: assets/photos/visit.jpg\n---\n故事。\n",
        ])
        defer { site.remove() }
        try site.write("assets/photos/visit.jpg", try Self.phonePhoto(in: site.folder))
        let original = try Self.header(site.content.appendingPathComponent("assets/photos/visit.jpg"))
        #expect(original.contains("orientation: 6") && original.contains("GPSLatitude"), "the fixture carries what a phone writes:\n\(original)")

        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        #expect(!site.exists("assets/photos/visit.jpg"), "the original is not published")
        for width in [480, 960, 1600] {
            let variant = site.output.appendingPathComponent("assets/photos/visit-\(width)w.jpg")
            let size = try #require(ImageSize.read(variant), "\(width)")
            #expect(size.width == width && size.height == width * 4 / 3, "upright: \(size)")
            let fields = try Self.header(variant).lowercased()
            #expect(!fields.contains("exif") && !fields.contains("gps") && !fields.contains("orientation"), "\(width): \(fields)")
            #expect(!Data(try Data(contentsOf: variant)).contains(Data("Exif".utf8)))
        }
        let page = try site.page("cases/visit/index.html")
        #expect(page.contains(#"src="../../assets/photos/visit-960w.jpg" srcset="../../assets/photos/visit-480w.jpg 480w, ../../assets/photos/visit-960w.jpg 960w, ../../assets/photos/visit-1600w.jpg 1600w""#))
        #expect(page.contains(#"width="960" height="1280""#))
        #expect(try site.page("cases/index.html").contains(#"srcset="../assets/photos/visit-480w.jpg 480w"#))
    }

    @Test func aSmallCoverKeepsItsWidthAndVariantsAreCachedByContent() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-cover-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try OfficeClient.run(OfficeClient.program("vips"), ["black", folder.appendingPathComponent("small.png").path, "700", "350"])
        let size = try #require(ImageSize.read(folder.appendingPathComponent("small.png")))
        let first = try CoverImages.copies(of: "small.png", root: folder.path, size: size).variants
        #expect(first.map(\.width) == [480, 700] && first.map(\.path) == ["small-480w.png", "small-700w.png"])
        let made = try FileManager.default.attributesOfItem(atPath: first[0].file)[.modificationDate] as? Date
        let second = try CoverImages.copies(of: "small.png", root: folder.path, size: size).variants
        #expect(second == first)
        #expect(try FileManager.default.attributesOfItem(atPath: second[0].file)[.modificationDate] as? Date == made, "taken from the cache, not made again")
    }

    @Test func aCoverLibvipsCannotReadIsAnErrorAtItsLine() throws {
        let site = try TestSite(["cases/visit.md": "---\ntitle: 走访\ncover: broken.jpg\n---\n故事。\n"])
        defer { site.remove() }
        // A JPEG header with a size and nothing after it.
        try site.write("assets/broken.jpg", Data([0xFF, 0xD8, 0xFF, 0xC0, 0, 17, 8, 0, 100, 0, 200, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]))
        let report = site.build()
        #expect(!report.wrote)
        #expect(report.errors.contains { $0.hasPrefix("cases/visit.md:3:8: error:") && $0.contains("assets/broken.jpg") }, "\(report.lines)")
    }
}

/// Photos in a story's body: found relative to the case file, to content/ or (as the docs
/// once showed) to the story's page; shrunk and stripped like covers, WebP too; a missing
/// or unreadable one is an error at its line.
@Suite(.language(.en)) struct BodyImageTests {
    static let story = """
        ---
        title: 走访
        date: 2026-03-01
        ---
        车间里：

        ![车间](../assets/photos/visit.jpg)

        ![设备](assets/photos/machine.webp "新设备")

        ![旧写法](../../assets/photos/visit.jpg)
        """

    @Test func photosInAStoryAreShrunkStrippedAndGivenTheirSizes() throws {
        let site = try TestSite(["cases/visit.md": Self.story])
        defer { site.remove() }
        try site.write("assets/photos/visit.jpg", try CoverImageTests.phonePhoto(in: site.folder))
        let webp = site.content.appendingPathComponent("assets/photos/machine.webp")
        try OfficeClient.run(OfficeClient.program("vips"), ["black", webp.path, "2000", "1000", "--bands", "3"])
        #expect(ImageSize.read(webp)?.width == 2000, "a WebP input")

        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        let page = try site.page("cases/visit/index.html")
        let photo = #"<img src="../../assets/photos/visit-960w.jpg" srcset="../../assets/photos/visit-480w.jpg 480w, ../../assets/photos/visit-960w.jpg 960w, ../../assets/photos/visit-1600w.jpg 1600w" sizes="(max-width: 48rem) 100vw, 46rem" width="960" height="1280" alt="车间" />"#
        #expect(page.contains(photo), "relative to the case file")
        #expect(page.contains(#"<img src="../../assets/photos/visit-960w.jpg" srcset="#) && page.components(separatedBy: "visit-960w.jpg\" srcset").count == 3, "the page-relative form finds the same photo")
        #expect(page.contains(#"<img src="../../assets/photos/machine-960w.webp" srcset="../../assets/photos/machine-480w.webp 480w, ../../assets/photos/machine-960w.webp 960w, ../../assets/photos/machine-1600w.webp 1600w" sizes="(max-width: 48rem) 100vw, 46rem" width="960" height="480" alt="设备" title="新设备" />"#), "relative to content/, WebP kept as WebP")
        #expect(!site.exists("assets/photos/visit.jpg") && !site.exists("assets/photos/machine.webp"), "originals are not published")
        for width in [480, 960, 1600] {
            for variant in ["visit-\(width)w.jpg", "machine-\(width)w.webp"].map({ site.output.appendingPathComponent("assets/photos/" + $0) }) {
                let fields = try CoverImageTests.header(variant).lowercased()
                #expect(!fields.contains("exif") && !fields.contains("gps"), "\(width): \(fields)")
            }
        }
        // The 公众号 page's article points at the same copies.
        #expect(try site.page("cases/visit/wechat/index.html").contains("assets/photos/visit-960w.jpg"))

        // The public site: the copies, never the original.
        let publicSite = site.folder.appendingPathComponent("public-site")
        let built = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: publicSite,
                                                   today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(built.wrote, "\(built.lines)")
        #expect(FileManager.default.fileExists(atPath: publicSite.appendingPathComponent("assets/photos/visit-960w.jpg").path))
        #expect(!FileManager.default.fileExists(atPath: publicSite.appendingPathComponent("assets/photos/visit.jpg").path))
    }

    @Test func aMissingOrUnreadableImageIsAnErrorAtItsLine() throws {
        let site = try TestSite([
            "cases/visit.md": "---\ntitle: 走访\ncover: assets/photos/cover.png\n---\n正文。\n\n见图 ![车间](../assets/photos/nowhere.jpg)\n",
        ])
        defer { site.remove() }
        try site.write("assets/photos/cover.png", Data("not a picture".utf8))
        let report = site.build()
        #expect(!report.wrote)
        #expect(report.errors.contains("cases/visit.md:7:4: error: the image '../assets/photos/nowhere.jpg' was not found: images belong under content/assets/, written relative to this file (e.g. ../assets/photos/visit.jpg) or to content/ (e.g. assets/photos/visit.jpg); add the file or fix the path"), "\(report.errors)")
        #expect(report.errors.contains { $0.hasPrefix("cases/visit.md:3:8: error: cannot read the width and height of 'assets/photos/cover.png'") }, "\(report.errors)")
        let check = site.build(write: false)
        #expect(check.errors.count == 2, "check finds them too: \(check.errors)")
    }

    /// Rules, pages and 简报 show photos the way stories do; a photo that only an internal
    /// page shows is not in the public build, in any size.
    @Test func photosInRulesPagesAndBriefsAreShrunkAndInternalOnesStayInternal() throws {
        let site = try TestSite([
            "rules/notice.md": "---\ntitle: 通知\n---\n正文。\n\n![会场](../assets/photos/hall.jpg)\n",
            "pages/about.md": "---\ntitle: 关于\naudience: public\n---\n![会场](assets/photos/hall.jpg)\n",
            "pages/office.md": "---\ntitle: 办公室\n---\n内部。\n\n![值班表](../assets/photos/duty.png)\n",
            "cases/visit.md": "---\ntitle: 走访\ndate: 2026-03-01\n---\n故事。\n",
            "briefs/2026-01.md": "---\n期号: 1\ndate: 2026-11-18\ntitle: 标题\ncases: [visit]\n---\n编者按。\n\n![会场](../../assets/photos/hall.jpg)\n",
        ])
        defer { site.remove() }
        try site.write("assets/photos/hall.jpg", try CoverImageTests.phonePhoto(in: site.folder))
        try OfficeClient.run(OfficeClient.program("vips"), ["black", site.content.appendingPathComponent("assets/photos/duty.png").path, "1200", "600"])
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        let srcset = #"srcset="../../assets/photos/hall-480w.jpg 480w, ../../assets/photos/hall-960w.jpg 960w, ../../assets/photos/hall-1600w.jpg 1600w""#
        #expect(try site.page("rules/notice/index.html").contains(#"<img src="../../assets/photos/hall-960w.jpg" "# + srcset), "a rule's photo, relative to the rule file")
        #expect(try site.page("about/index.html").contains(#"<img src="../assets/photos/hall-960w.jpg" srcset="../assets/photos/hall-480w.jpg 480w"#), "a page's, relative to content/, for a page one folder deep")
        #expect(try site.page("briefs/2026-01/index.html").contains(#"<img src="../../assets/photos/hall-960w.jpg" "# + srcset), "a brief's, relative to its page")
        #expect(try site.page("office/index.html").contains(#"<img src="../assets/photos/duty-960w.png" srcset="../assets/photos/duty-480w.png 480w, ../assets/photos/duty-960w.png 960w, ../assets/photos/duty-1200w.png 1200w""#))
        #expect(!site.exists("assets/photos/hall.jpg") && !site.exists("assets/photos/duty.png"), "originals are not published")
        let fields = try CoverImageTests.header(site.output.appendingPathComponent("assets/photos/hall-960w.jpg")).lowercased()
        #expect(!fields.contains("exif") && !fields.contains("gps"), "\(fields)")

        let publicSite = site.folder.appendingPathComponent("public-site")
        let built = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: publicSite,
                                                   today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(built.wrote, "\(built.lines)")
        let published = FileManager.default.enumerator(atPath: publicSite.path)!.compactMap { $0 as? String }
        #expect(published.contains("assets/photos/hall-960w.jpg") && published.contains("about/index.html"))
        #expect(!published.contains { $0.contains("duty") }, "the internal page's photo is in no size on the public site: \(published.filter { $0.hasPrefix("assets") })")
        #expect(!published.contains("assets/photos/hall.jpg"))
    }

    @Test func aMissingPhotoInARulePageOrBriefIsAnErrorAtItsLine() throws {
        let site = try TestSite([
            "rules/notice.md": "---\ntitle: 通知\n---\n正文。\n\n![会场](../assets/photos/nowhere.jpg)\n",
            "pages/about.md": "---\ntitle: 关于\n---\n关于。\n\n见 ![图](gone.png)\n",
            "briefs/2026-01.md": "---\n期号: 1\ndate: 2026-11-18\ntitle: 标题\ncases: []\n---\n![会场](../assets/missing.webp)\n",
        ])
        defer { site.remove() }
        let report = site.build()
        #expect(!report.wrote)
        #expect(report.errors.contains { $0.hasPrefix("rules/notice.md:6:1: error: the image '../assets/photos/nowhere.jpg' was not found") }, "\(report.errors)")
        #expect(report.errors.contains { $0.hasPrefix("pages/about.md:6:3: error: the image 'gone.png' was not found") }, "\(report.errors)")
        #expect(report.errors.contains { $0.hasPrefix("briefs/2026-01.md:7:1: error: the image '../assets/missing.webp' was not found") }, "\(report.errors)")
    }

    @Test func pathsResolveInsideTheContentFolderOnly() {
        let assets = ["assets/a.jpg", "assets/photos/b.jpg"]
        #expect(BodyImages.resolve("../assets/a.jpg", file: "cases/x.md", page: "cases/x/", assets: assets) == "assets/a.jpg")
        #expect(BodyImages.resolve("assets/photos/b.jpg", file: "cases/x.md", page: "cases/x/", assets: assets) == "assets/photos/b.jpg")
        #expect(BodyImages.resolve("../../assets/a.jpg", file: "cases/x.md", page: "cases/x/", assets: assets) == "assets/a.jpg")
        #expect(BodyImages.resolve("../../../assets/a.jpg", file: "cases/x.md", page: "cases/x/", assets: assets) == nil)
        #expect(BodyImages.resolve("../members/a.md", file: "cases/x.md", page: "cases/x/", assets: assets) == nil, "only files under assets/")
        #expect(BodyImages.decoded("../assets/%E8%BD%A6.jpg?v=1#x") == "../assets/车.jpg")
    }
}

/// WebP copies beside the JPEG/PNG ones, offered in a `<picture>` only when each is
/// smaller; the 公众号 article keeps the JPEG; libvips writes the same bytes every time.
@Suite(.language(.en)) struct WebPCopyTests {
    /// Colour noise, each channel on its own: a picture where WebP is larger than JPEG.
    static func noise(_ file: URL) throws {
        let vips = try OfficeClient.program("vips")
        let folder = file.deletingLastPathComponent()
        var bands: [String] = []
        for (index, sigma) in [30, 45, 60].enumerated() {
            let float = folder.appendingPathComponent("noise\(index).v").path, byte = folder.appendingPathComponent("noise\(index)u.v").path
            try OfficeClient.run(vips, ["gaussnoise", float, "1200", "800", "--sigma", "\(sigma)"])
            try OfficeClient.run(vips, ["cast", float, byte, "uchar"])
            bands.append(byte)
        }
        try OfficeClient.run(vips, ["bandjoin", bands.joined(separator: " "), file.path])
    }

    static func size(_ file: URL) throws -> Int {
        try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
    }

    @Test func smallerWebPCopiesAreOfferedFirstAndOnlyThen() throws {
        let site = try TestSite([
            "cases/visit.md": "---\ntitle: 走访\ndate: 2026-03-01\ncover: assets/photos/visit.jpg\n---\n![车间](../assets/photos/visit.jpg)\n\n![噪点](../assets/photos/noise.jpg)\n\n![图表](../assets/photos/chart.png)\n",
        ])
        defer { site.remove() }
        try site.write("assets/photos/visit.jpg", try CoverImageTests.phonePhoto(in: site.folder))
        try Self.noise(site.content.appendingPathComponent("assets/photos/noise.jpg"))
        try OfficeClient.run(OfficeClient.program("vips"), ["black", site.content.appendingPathComponent("assets/photos/chart.png").path, "1000", "500"])
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")

        let page = try site.page("cases/visit/index.html")
        let webp = #"<picture><source type="image/webp" srcset="../../assets/photos/visit-480w.jpg.webp 480w, ../../assets/photos/visit-960w.jpg.webp 960w, ../../assets/photos/visit-1600w.jpg.webp 1600w" sizes="(max-width: 48rem) 100vw, 46rem"><img src="../../assets/photos/visit-960w.jpg" srcset="#
        #expect(page.contains(webp), "the story's photo")
        #expect(page.contains(#" alt="车间" /></picture>"#))
        #expect(page.contains(#"<picture><source type="image/webp" srcset="../../assets/photos/visit-480w.jpg.webp 480w, ../../assets/photos/visit-960w.jpg.webp 960w, ../../assets/photos/visit-1600w.jpg.webp 1600w" sizes="(max-width: 48rem) 100vw, 46rem"><img class="cover" src="../../assets/photos/visit-960w.jpg""#), "the cover")
        #expect(try site.page("cases/index.html").contains(#"<picture><source type="image/webp" srcset="../assets/photos/visit-480w.jpg.webp 480w"#), "the card")
        for width in [480, 960, 1600] {
            let jpeg = site.output.appendingPathComponent("assets/photos/visit-\(width)w.jpg")
            let copy = site.output.appendingPathComponent("assets/photos/visit-\(width)w.jpg.webp")
            #expect(try Self.size(copy) < Self.size(jpeg), "\(width): the WebP copy is smaller")
            let fields = try CoverImageTests.header(copy).lowercased()
            #expect(fields.contains("webpload"), "\(fields)")
            #expect(!fields.contains("exif") && !fields.contains("gps"), "\(width): \(fields)")
            #expect(!(try Data(contentsOf: copy)).contains(Data("EXIF".utf8)), "no EXIF chunk")
            #expect(ImageSize.read(copy) == ImageSize(width: width, height: width * 4 / 3), "upright like the JPEG")
        }
        #expect(page.contains(#"<picture><source type="image/webp" srcset="../../assets/photos/chart-480w.png.webp 480w, ../../assets/photos/chart-960w.png.webp 960w, ../../assets/photos/chart-1000w.png.webp 1000w""#), "a PNG's lossless copies")
        // Noise: WebP is larger, so the JPEG alone, and no WebP file is published.
        #expect(page.contains(#"<p><img src="../../assets/photos/noise-960w.jpg" srcset="../../assets/photos/noise-480w.jpg 480w"#))
        #expect(!site.exists("assets/photos/noise-480w.jpg.webp") && !site.exists("assets/photos/noise-960w.jpg.webp"))
        // The 公众号 article and the Word-bound parts keep the JPEG.
        let wechat = try site.page("cases/visit/wechat/index.html")
        #expect(wechat.contains("assets/photos/visit-960w.jpg") && !wechat.contains(".webp") && !wechat.contains("<picture"))

        // Two builds from nothing, byte for byte.
        let before = try site.snapshot()
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().wrote)
        #expect(try site.snapshot() == before)
    }

    /// An original is published only where asked (`#原图` or `#original`), and then whole
    /// but upright and without its EXIF/GPS, linked from the photo; elsewhere only copies.
    @Test func anOriginalIsPublishedOnlyWhenAskedAndWithoutItsLocation() throws {
        let site = try TestSite([
            "cases/visit.md": "---\ntitle: 走访\ndate: 2026-03-01\n---\n![车间](../assets/photos/visit.jpg#原图)\n\n![会场](../assets/photos/hall.jpg)\n\n[![设备](../assets/photos/machine.png#original)](../quiet/)\n",
            "cases/quiet.md": "---\ntitle: 另一案例\n---\n正文。\n",
        ])
        defer { site.remove() }
        try site.write("assets/photos/visit.jpg", try CoverImageTests.phonePhoto(in: site.folder))
        try site.write("assets/photos/hall.jpg", try CoverImageTests.phonePhoto(in: site.folder))
        try OfficeClient.run(OfficeClient.program("vips"), ["black", site.content.appendingPathComponent("assets/photos/machine.png").path, "1000", "500"])
        let report = site.build()
        #expect(report.wrote, "\(report.lines)")
        let page = try site.page("cases/visit/index.html")
        #expect(page.contains(#"<a class="photo-original" href="../../assets/photos/visit.jpg"><picture><source type="image/webp""#), "\(page)")
        #expect(page.contains(#" alt="车间" /></picture></a>"#))
        let original = site.output.appendingPathComponent("assets/photos/visit.jpg")
        #expect(ImageSize.read(original) == ImageSize(width: 3024, height: 4032), "whole and upright")
        let fields = try CoverImageTests.header(original).lowercased()
        #expect(!fields.contains("exif") && !fields.contains("gps") && !fields.contains("orientation"), "\(fields)")
        #expect(!site.exists("assets/photos/hall.jpg") && !page.contains(#"href="../../assets/photos/hall"#), "not asked: copies only")
        #expect(page.contains(#"<a href="../quiet/"><picture>"#) && !page.contains(#"class="photo-original" href="../../assets/photos/machine.png""#), "a linked photo keeps its link")
        #expect(!(try site.page("cases/visit/wechat/index.html")).contains("assets/photos/visit.jpg\""), "the 公众号 article shows the copy")

        let publicSite = site.folder.appendingPathComponent("public-site")
        let built = BuildPipeline.run(BuildOptions(contentFolder: site.content, themeFolder: TestSite.theme, outputFolder: publicSite,
                                                   today: Day(year: 2026, month: 11, day: 20)!, audience: .public))
        #expect(built.wrote, "\(built.lines)")
        let published = publicSite.appendingPathComponent("assets/photos/visit.jpg")
        #expect(try CoverImageTests.header(published).lowercased().contains("gps") == false)
        #expect(!FileManager.default.fileExists(atPath: publicSite.appendingPathComponent("assets/photos/hall.jpg").path))
    }

    /// The cache is what makes two builds equal; libvips itself must too: the same photo
    /// shrunk twice, to WebP lossy and lossless, gives the same bytes.
    @Test func libvipsWritesTheSameWebPBytesEveryTime() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tongxin-webp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let photo = folder.appendingPathComponent("photo.jpg")
        try CoverImageTests.phonePhoto(in: folder).write(to: photo)
        for lossless in [false, true] {
            let a = folder.appendingPathComponent("a\(lossless).webp").path, b = folder.appendingPathComponent("b\(lossless).webp").path
            try ImageTool.shrink(photo.path, width: 480, to: a, lossless: lossless)
            try ImageTool.shrink(photo.path, width: 480, to: b, lossless: lossless)
            #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b), "lossless: \(lossless)")
        }
    }
}
