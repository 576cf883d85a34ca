import Foundation
import KnowledgeGraph

/// Scores a graph against a gold annotation with the corpus referee's rules (see
/// ../shared/corpus/README.md): nodes map to gold entities by Wikidata id or a shared
/// normalized surface form; relations count after mapping their ends.
public enum GoldScore {
    /// Counts that add up over documents into a micro-averaged line.
    public struct Counts: Sendable {
        public var entityMatched = 0, entityPredicted = 0, entityRequiredFound = 0, entityRequired = 0, typedRight = 0
        public var relationGood = 0, relationPredicted = 0, relationRequiredFound = 0, relationRequired = 0

        public init() {}

        public mutating func add(_ o: Counts) {
            entityMatched += o.entityMatched; entityPredicted += o.entityPredicted
            entityRequiredFound += o.entityRequiredFound; entityRequired += o.entityRequired; typedRight += o.typedRight
            relationGood += o.relationGood; relationPredicted += o.relationPredicted
            relationRequiredFound += o.relationRequiredFound; relationRequired += o.relationRequired
        }

        static func ratio(_ a: Int, _ b: Int) -> Double { Double(a) / Double(max(1, b)) }
        public var entityPrecision: Double { Self.ratio(entityMatched, entityPredicted) }
        public var entityRecall: Double { Self.ratio(entityRequiredFound, entityRequired) }
        public var typeAccuracy: Double { Self.ratio(typedRight, entityMatched) }
        public var relationPrecision: Double { Self.ratio(relationGood, relationPredicted) }
        public var relationRecall: Double { Self.ratio(relationRequiredFound, relationRequired) }
        public var relationF1: Double {
            let (p, r) = (relationPrecision, relationRecall)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        /// The referee's line: `label: entities P=.. R=.. A=.. relations P=.. R=.. F1=..`.
        public func line(label: String) -> String {
            func f(_ x: Double) -> String { String(format: "%.2f", x) }
            return "\(label): entities P=\(f(entityPrecision)) R=\(f(entityRecall)) A=\(f(typeAccuracy)) "
                + "relations P=\(f(relationPrecision)) R=\(f(relationRecall)) F1=\(f(relationF1))"
        }
    }

    public struct Result: Sendable {
        public var document: String
        public var counts: Counts
        /// Misses and spurious items, one per line, as score.py --verbose lists them.
        public var details: [String]
        public var line: String { counts.line(label: document) }
    }

    public static func score(goldPath: String, graphPath: String) throws(ExtractionError) -> Result {
        let gold = try json(goldPath)
        let graph = try json(graphPath)
        return GoldScorer(gold: gold, graph: graph).score()
    }

    static func json(_ path: String) throws(ExtractionError) -> [String: Any] {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ExtractionError(.io, "\(path): expected a JSON object")
            }
            return object
        } catch let error as ExtractionError {
            throw error
        } catch {
            throw ExtractionError(.io, "cannot read \(path): \(FileProblem.reason(error, path: path))")
        }
    }
}
