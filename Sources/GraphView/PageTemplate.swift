import Foundation
import GraphRender
import KnowledgeGraph

/// The page around the data: `page.html` with `viewer.css` and the `viewer-*.js` parts inline.
struct PageTemplate {
    var html: String
    var css: String
    var script: String

    static func shipped() throws(GraphViewError) -> PageTemplate {
        func resource(_ name: String, _ ext: String) throws(GraphViewError) -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: ext),
                let data = try? Data(contentsOf: url)
            else { throw GraphViewError(.resource, "\(name).\(ext) is missing from kg's resources") }
            return String(decoding: data, as: UTF8.self)
        }
        var script = "// kg's HTML view. Everything it shows comes from the JSON in #kg-data: the graph as\n"
            + "// graph.json holds it, the Graphviz drawing, and the name keys and key rules kg computed.\n"
            + "// Text is only ever set with textContent, never parsed as HTML.\n(function () {\n'use strict';\n"
        for part in scriptParts { script += try resource(part, "js") }
        script += "})();\n"
        return PageTemplate(html: try resource("page", "html"), css: try resource("viewer", "css"), script: script)
    }

    /// The script's parts, one job each, in the order they run inside one function scope:
    /// data and helpers, name keys, the drawing, filters, the panel, search, paths, start.
    static let scriptParts = [
        "viewer-data", "viewer-keys", "viewer-drawing", "viewer-filters", "viewer-panel", "viewer-search", "viewer-paths", "viewer-start",
    ]

    /// The page: the policy names the script's hash, so no other script (an injected one
    /// included) runs, and `default-src 'none'` blocks every request.
    func fill(language: InterfaceText.Language, title: String, data: String) -> Data {
        let hash = SHA256.base64Digest(Array(script.utf8))
        let policy = "default-src 'none'; script-src 'sha256-\(hash)'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        let values: [(String, String)] = [
            ("{{LANG}}", language.rawValue), ("{{DIR}}", language == .ar ? "rtl" : "ltr"),
            ("{{POLICY}}", policy), ("{{TITLE}}", SafeText.xmlEscaped(title)),
            ("{{CSS}}", css), ("{{DATA}}", data), ("{{SCRIPT}}", script),
        ]
        // One pass, so text filled in is never scanned for further placeholders.
        var out = ""
        var rest = html[...]
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            if let (name, value) = values.first(where: { rest[open.lowerBound...].hasPrefix($0.0) }) {
                out += value
                rest = rest[rest.index(open.lowerBound, offsetBy: name.count)...]
            } else {
                out += "{{"
                rest = rest[open.upperBound...]
            }
        }
        out += rest
        return Data(out.utf8)
    }
}
