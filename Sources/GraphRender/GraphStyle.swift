import KnowledgeGraph

/// How each node and relation type looks. One table, so the legend and the
/// drawing cannot disagree.
package enum GraphStyle {
    static let fontName = "Noto Sans Arabic,Noto Sans"
    static let fadedFill = "#f2f2f2"
    static let fadedLine = "#d0d0d0"
    static let fadedText = "#a0a0a0"

    package struct NodeLook {
        package var shape: String
        package var style: String
        package var fill: String
        package var border: String
    }

    package static func look(_ type: NodeType) -> NodeLook {
        switch type {
        case .country: NodeLook(shape: "box", style: "rounded,filled", fill: "#cfe2f3", border: "#3d6e9e")
        case .place: NodeLook(shape: "house", style: "filled", fill: "#d9ead3", border: "#4f7f3f")
        case .organization: NodeLook(shape: "box", style: "filled", fill: "#fce5cd", border: "#b45f06")
        case .group: NodeLook(shape: "hexagon", style: "filled", fill: "#f4cccc", border: "#990000")
        case .person: NodeLook(shape: "ellipse", style: "filled", fill: "#fff2cc", border: "#bf9000")
        case .event: NodeLook(shape: "note", style: "filled", fill: "#ead1dc", border: "#741b47")
        }
    }

    package static func color(_ type: RelationType) -> String {
        switch type {
        case .partnership: "#1f77b4"
        case .cooperation: "#17a2b8"
        case .talks: "#9467bd"
        case .agreement: "#2ca02c"
        case .training: "#ff7f0e"
        case .funding: "#8c6d31"
        case .support: "#e377c2"
        case .opposes: "#d62728"
        case .memberOf: "#7f7f7f"
        case .leads: "#393b79"
        case .affiliatedWith: "#637939"
        case .operatesIn: "#843c39"
        case .locatedIn: "#b5a000"
        }
    }
}
