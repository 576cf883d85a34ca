import ArgumentParser
import GraphRender
import KnowledgeGraph

/// How much of a graph a static picture shows (see ``PictureSelection``).
struct PictureOptions: ParsableArguments {
    @Option(name: .customLong("picture-limit"), help: "Past this many related entities, the picture shows only the most connected ones (by relations and evidence) and says so in a caption.")
    var pictureLimit = 150

    @Flag(name: .customLong("all-nodes"), help: "Draw every entity, including those with no relation, however large the graph.")
    var allNodes = false

    func validate() throws {
        if pictureLimit < 1 { throw ValidationError("--picture-limit must be 1 or more") }
    }

    /// The part of `graph` to draw and its caption.
    func select(_ graph: KnowledgeGraph, labels: LabelLanguage, mentionsWholeGraph: Bool) throws -> PictureSelection {
        if allNodes { return PictureSelection(whole: graph) }
        do {
            return try PictureSelection(graph, limit: pictureLimit, language: InterfaceText.Language(labels), mentionsWholeGraph: mentionsWholeGraph)
        } catch {
            throw CommandFailure(error)
        }
    }
}
