// swift-tools-version:6.1
// An example service on BriefKit: POST a briefing, get the picture back. Its own package, depending on the
// BriefKit checkout two folders up by path, as a program of yours would.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is the checkout's (whatever it was cloned as).
let checkout = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
    name: "BriefingService",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: checkout.path),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        .executableTarget(name: "BriefingService", dependencies: [
            .product(name: "BriefKit", package: checkout.lastPathComponent),
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
