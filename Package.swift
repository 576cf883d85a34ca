// swift-tools-version: 6.0
import Foundation
import PackageDescription

let package = Package(
    name: "KnowledgeGraph",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kg", targets: ["kg"]),
        .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "GraphQuery", targets: ["GraphQuery"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
        .library(name: "GraphRender", targets: ["GraphRender"]),
        .library(name: "GraphView", targets: ["GraphView"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "PostgresStore", targets: ["PostgresStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Graphviz's C library, found through pkg-config; no vendored headers.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "KnowledgeGraph"),
        .target(
            name: "Extraction",
            dependencies: ["KnowledgeGraph"],
            resources: [.copy("Resources")]
        ),
        .target(name: "GraphQuery", dependencies: ["KnowledgeGraph", "Extraction"]),
        .target(name: "GraphRender", dependencies: ["KnowledgeGraph", "CGraphviz"], resources: [.copy("Resources")]),
        .target(name: "GraphExport", dependencies: ["KnowledgeGraph", "GraphRender"]),
        .target(name: "GraphView", dependencies: ["KnowledgeGraph", "Extraction", "GraphQuery", "GraphRender"], resources: [.copy("Resources")]),
        // The store: documents, entities, mentions, edges and evidence in SQLite (through GRDB).
        .target(name: "GraphStore", dependencies: ["KnowledgeGraph", "Extraction", .product(name: "GRDB", package: "GRDB.swift")]),
        // The same store in PostgreSQL (through postgres-nio), for ingest from several machines.
        .target(name: "PostgresStore", dependencies: ["GraphStore", "KnowledgeGraph", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .executableTarget(
            name: "kg",
            dependencies: [
                "KnowledgeGraph", "Extraction", "GraphQuery", "GraphExport", "GraphRender", "GraphView", "GraphStore", "PostgresStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildInfo"]
        ),
        .plugin(name: "BuildInfo", capability: .buildTool()),
        .executableTarget(
            name: "RenderBenchmark",
            dependencies: ["KnowledgeGraph", "GraphRender"],
            path: "Benchmarks/RenderBenchmark"
        ),
        // Helpers the test targets share.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "KnowledgeGraph"], exclude: ["DevSet", "RealNews", "LegacyTriggers", "LexiconExamples"]),
        .testTarget(
            name: "GraphQueryTests",
            dependencies: ["GraphQuery", "KnowledgeGraph", "Extraction"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GraphRenderTests",
            dependencies: ["GraphRender", "GraphExport", "GraphView", "KnowledgeGraph", "CGraphviz", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "PostgresStore", "Extraction", "KnowledgeGraph", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["KnowledgeGraph", "TestSupport"], exclude: ["sample-graph.json"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer harnesses, only for Scripts/fuzz (KG_FUZZ=1), which builds them with
// -sanitize=fuzzer,address; libFuzzer supplies main.
if ProcessInfo.processInfo.environment["KG_FUZZ"] != nil {
    let harnesses: [(String, [Target.Dependency])] = [
        ("FuzzJSON", ["GraphQuery", "KnowledgeGraph"]),
        ("FuzzExtract", ["Extraction", "GraphQuery", "KnowledgeGraph"]),
        ("FuzzTSV", ["GraphQuery", "KnowledgeGraph"]),
        ("FuzzRender", ["GraphRender", "GraphExport", "KnowledgeGraph"]),
    ]
    package.targets.append(.target(name: "FuzzSupport", dependencies: ["GraphQuery", "KnowledgeGraph"], path: "Fuzz/FuzzSupport"))
    for (name, dependencies) in harnesses {
        package.targets.append(.executableTarget(name: name, dependencies: dependencies + ["FuzzSupport"], path: "Fuzz/\(name)"))
    }
}
