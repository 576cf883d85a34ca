import KnowledgeGraph

/// The names nodes get inside Graphviz. An id is its own name when Graphviz takes it
/// literally; otherwise it gets a made-up `kg_node_N`: cgraph keeps a name starting with `%`
/// as an internal id (and leaks it), DOT reads `<…>` as an HTML string, C strings end at NUL,
/// and `dot` cannot read back an over-long name. Labels carry the text either way.
enum NodeNames {
    static func names(for nodes: [Node]) -> [String: String] {
        var names: [String: String] = [:]
        var taken = Set<String>()
        var unsafe: [String] = []
        for node in nodes {
            if isSafe(node.id) {
                names[node.id] = node.id
                taken.insert(node.id)
            } else {
                unsafe.append(node.id)
            }
        }
        var next = 0
        for id in unsafe {
            var name: String
            repeat { name = "kg_node_\(next)"; next += 1 } while taken.contains(name)
            names[id] = name
        }
        return names
    }

    static func isSafe(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "%" else { return false }
        if first == "<", id.unicodeScalars.last == ">" { return false }
        return id.utf8.count <= LabelText.maxBytes / 2 && SafeText.isSafe(id) && !id.contains("\\")
    }
}
