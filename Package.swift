// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tongxin",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "tongxin", targets: ["tongxin"]),
        .library(name: "Tongxin", targets: ["Tongxin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // libcrypt (libxcrypt, essential on Debian): password hashes for tongxin deploy user.
        .target(name: "CSupport", linkerSettings: [.linkedLibrary("crypt")]),
        // Deflate for the .docx packages (Office/ZipArchive.swift).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "Tongxin",
            dependencies: [
                "CMarkGFM",
                "CSupport",
                "CZlib",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Resources/strokes.txt")]
        ),
        // mimalloc's header, for its options (Sources/tongxin/FreedMemory.swift).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        .target(
            name: "TongxinServe",
            dependencies: [
                "Tongxin",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "tongxin",
            dependencies: [
                "Tongxin",
                "TongxinServe",
                "CMimalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) in place of glibc's malloc: a build makes
            // millions of small short-lived allocations on every core (see README).
            linkerSettings: [.linkedLibrary("mimalloc")]
        ),
        .testTarget(
            name: "TongxinTests",
            dependencies: ["Tongxin", "TongxinServe", "tongxin"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
