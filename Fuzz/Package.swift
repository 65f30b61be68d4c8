// swift-tools-version:6.0
// The libFuzzer harness of BriefKit: its own package so the sanitizer flags never touch the main build.

import Foundation
import PackageDescription

// A path dependency's identity is its folder's name (`main` in the usual checkout), not the name in its
// manifest: work it out so the harness builds from a checkout under any name.
let briefKit = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "BriefFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "..")],
    targets: [
        // Build with `swift build --sanitize fuzzer --sanitize address` (Scripts/fuzz.sh does): libFuzzer then
        // supplies `main` and calls `LLVMFuzzerTestOneInput` per input.
        .executableTarget(
            name: "BriefFuzz",
            dependencies: [.product(name: "BriefTestSupport", package: briefKit)],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
