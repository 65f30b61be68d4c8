// swift-tools-version:6.1
import Foundation
import PackageDescription

/// Release linker flags of the `briefkit` binary on Linux (see the target).
let releaseLinking: [String] = {
    #if !os(Linux)
    return []
    #else
    var flags = ["-Xlinker", "-no-pie"]
    // When the C++ library's archive is installed (Debian: libstdc++-NN-dev, which Swift needs anyway), link it
    // in: the script in Scripts/static-libstdc++ stands in for libstdc++.so, so the shared one is not loaded.
    let gcc = "/usr/lib/gcc/x86_64-linux-gnu"
    let versions = (try? FileManager.default.contentsOfDirectory(atPath: gcc)) ?? []
    if versions.contains(where: { FileManager.default.fileExists(atPath: "\(gcc)/\($0)/libstdc++.a") }) {
        flags += ["-L\(Context.packageDirectory)/Scripts/static-libstdc++"]
    }
    return flags
    #endif
}()

let package = Package(
    name: "BriefKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "BriefKit", targets: ["BriefKit"]),
        .executable(name: "briefkit", targets: ["briefkit"]),
        .executable(name: "briefkit-preview-server", targets: ["briefkit-preview-server"]),
        .library(name: "BriefTestSupport", targets: ["BriefTestSupport"]), // for the fuzz harness in Fuzz/
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        // No traits: neither swift-configuration nor the parts that need all of Foundation.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Already under Hummingbird; named for the two modules BriefPreview imports from them.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `swift package generate-documentation --target BriefKit`: the DocC catalogue in Sources/BriefKit/BriefKit.docc.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Cairo + Pango (+ libpng for the tuned PNG writer) from the system, found through pkg-config.
        .systemLibrary(
            name: "CCairoPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev", "libpng-dev"])]
        ),
        // libhyphen for dictionary hyphenation; it ships no pkg-config file (header in /usr/include, library by name).
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        // A zlib-only PNG encoder in C (faster than Cairo's writer; no libpng longjmp near Swift frames).
        .target(name: "CBriefPNG", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "BriefScene"),
        // Temporary output files recorded so that an interrupting signal removes them (handlers installed by the command).
        .target(name: "CBriefTemporary"),
        .target(name: "BriefModel", dependencies: ["BriefScene", .product(name: "Yams", package: "Yams"),
                                                  .product(name: "SwiftCSV", package: "SwiftCSV")]),
        .target(name: "BriefLayout", dependencies: ["BriefModel", "BriefScene"]),
        .target(name: "BriefRender", dependencies: ["BriefScene", "CCairoPango", "CBriefPNG", "CHyphen"],
                linkerSettings: [.linkedLibrary("fontconfig")]),
        // PowerPoint: the scene as native slide shapes, beside the Cairo renderer; only the scene and the zip library.
        .target(name: "BriefPPTX", dependencies: ["BriefScene", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "BriefKit", dependencies: ["BriefModel", "BriefScene", "BriefLayout", "BriefRender", "BriefPPTX",
                                                "CBriefTemporary"]),
        // What `briefkit preview` sends its server process, a line of JSON per render: no dependency, so the
        // briefkit binary links none of the server.
        .target(name: "BriefPreviewWire"),
        // `briefkit preview`'s web server on 127.0.0.1 (Hummingbird): the page, its server-sent events and the
        // pictures, served from memory. It knows nothing of briefings: the command renders, this serves what it is
        // given. Not FlyingFox: its proxy handler imports FoundationNetworking, which brings libcurl (and some
        // thirty libraries it loads) into every process that links it.
        .target(name: "BriefPreview", dependencies: ["BriefPreviewWire", "BriefScene", .product(name: "Hummingbird", package: "hummingbird"),
                                                    .product(name: "NIOCore", package: "swift-nio"),
                                                    .product(name: "Logging", package: "swift-log")]),
        // The server as a process of its own, started by `briefkit preview`: linked into briefkit, SwiftNIO's code
        // made every command start 1 to 4 ms later (the runtime's conformance lookups scan all linked code).
        .executableTarget(name: "briefkit-preview-server", dependencies: ["BriefPreview", "BriefPreviewWire"]),
        // Starts fontconfig as the command's process starts (the library never starts threads by itself).
        .target(name: "CBriefkitLaunch", linkerSettings: [.linkedLibrary("fontconfig"), .linkedLibrary("pthread")]),
        .executableTarget(
            name: "briefkit",
            dependencies: ["BriefKit", "BriefPreviewWire", "CBriefkitLaunch",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // Start-up is a fifth of drawing a timeline, so the release binary starts lighter: position-dependent
            // (a PIE of this size spends a millisecond relocating 78,000 pointers and copying the pages they sit
            // on; the libraries it loads are still placed at random), and with the C++ library linked in (loading
            // and binding the shared one costs about as much).
            linkerSettings: [.unsafeFlags(releaseLinking, .when(configuration: .release))]
        ),
        .target(name: "BriefTestSupport", dependencies: ["BriefKit"]),
        .testTarget(name: "BriefModelTests", dependencies: ["BriefModel", "BriefTestSupport"]),
        .testTarget(name: "BriefLayoutTests", dependencies: ["BriefLayout", "BriefTestSupport"]),
        .testTarget(name: "BriefRenderTests", dependencies: ["BriefRender", "BriefKit", "BriefTestSupport", "CHyphen"]),
        .testTarget(name: "BriefKitCLITests", dependencies: ["BriefTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
