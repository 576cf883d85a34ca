import KnowledgeGraph

/// A path told hop by hop, with the relations and evidence behind every hop.
public struct PathExplanation: Codable, Sendable, Equatable {
    public struct Entity: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var type: String

        public init(node: Int32, in index: GraphIndex) {
            id = index.id(of: node)
            label = index.label(of: node)
            type = index.type(of: node).rawValue
        }
    }

    /// Which way an edge points as the path walks it.
    public enum Direction: String, Codable, Sendable {
        /// The edge points from this hop's entity to the next.
        case forward
        /// The edge points from the next entity back to this one.
        case backward
        /// A symmetric relation.
        case both
    }

    /// One edge joining the two entities of a hop.
    public struct Link: Codable, Sendable, Equatable {
        public var relation: String
        public var direction: Direction
        public var attributes: EdgeAttributes?
        public var evidence: [Evidence]
    }

    public struct Hop: Codable, Sendable, Equatable {
        public var from: Entity
        public var to: Entity
        /// Every edge the filter allows between the two, in edge order.
        public var links: [Link]
    }

    public var hops: [Hop]
    public var length: Int { hops.count }

    private enum CodingKeys: String, CodingKey { case hops }

    /// Explains a path of node numbers through `graph` under `filter`.
    ///
    /// - Complexity: O(h · (log d + p + evidence)) for h hops.
    public init(path: [Int32], in graph: QueryGraph, filter: QueryFilter) {
        let index = graph.index
        func entity(_ v: Int32) -> Entity { Entity(node: v, in: index) }
        hops = zip(path, path.dropFirst()).map { a, b in
            let links = index.edges(from: a, to: b, filter: filter).map { e -> Link in
                let (source, type, _) = index.edge(e)
                let direction: Direction = type.isSymmetric ? .both : (source == a ? .forward : .backward)
                let edge = graph.edge(e)
                return Link(
                    relation: type.rawValue, direction: direction,
                    attributes: edge.flatMap { $0.attributes.isEmpty ? nil : $0.attributes },
                    evidence: edge?.evidence ?? [])
            }
            return Hop(from: entity(a), to: entity(b), links: links)
        }
    }
}
