import Foundation
import PackagePlugin

/// Writes `BuildInfo.swift` (the git commit kg is built from, `-modified` when the tree has
/// uncommitted changes) before each build, so `kg --version` names it with no source tree at
/// hand. The file is rewritten only when its text changes, so builds stay incremental.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let out = context.pluginWorkDirectoryURL.appending(path: "Generated")
        let script = #"""
            mkdir -p "$1"
            c=$(git -C "$2" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
            git -C "$2" diff --quiet HEAD 2>/dev/null || c="$c-modified"
            printf 'enum BuildInfo {\n    static let commit = "%s"\n}\n' "$c" > "$1/BuildInfo.swift.new"
            cmp -s "$1/BuildInfo.swift.new" "$1/BuildInfo.swift" || mv "$1/BuildInfo.swift.new" "$1/BuildInfo.swift"
            rm -f "$1/BuildInfo.swift.new"
            """#
        return [.prebuildCommand(
            displayName: "kg build info", executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "sh", out.path, context.package.directoryURL.path],
            outputFilesDirectory: out)]
    }
}
