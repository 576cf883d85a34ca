import Extraction
import Foundation
import KnowledgeGraph

/// Extracts documents into a store on several threads, with one writer. Only documents that
/// are new, changed (by content hash) or extracted by another extractor version are extracted;
/// each commits in its own transaction, in input order, so a rerun after a kill picks up
/// where it stopped and the store's rows do not depend on the number of jobs.
public struct Ingest: Sendable {
    public let store: any GraphStore
    public let extractor: Extractor
    /// Names what extracts: kg's version and a digest of its resources and options.
    public let extractorVersion: String
    public let language: Language?
    public let jobs: Int

    public init(store: any GraphStore, extractor: Extractor, extractorVersion: String, language: Language?, jobs: Int) {
        self.store = store
        self.extractor = extractor
        self.extractorVersion = extractorVersion
        self.language = language
        self.jobs = jobs
    }

    /// What happened to each document.
    public enum Outcome: Sendable, Equatable {
        case added, changed, unchanged
        case failed(String)
    }

    /// Where an ingest stands, after each document.
    public struct Progress: Sendable {
        public var done = 0
        public var total = 0
        public var extracted = 0
        public var words = 0
    }

    enum Work: Sendable {
        case unchanged
        case failed(String)
        case extracted(DocumentRecord, KnowledgeGraph, words: Int)
    }

    /// Ingests the files named by their identities (full paths), in that order.
    public func run(_ identities: [String], progress: (Progress) -> Void = { _ in }) throws(StoreError) -> [Outcome] {
        var known: [String: (hash: String, version: String)] = [:]
        for d in try store.documents() { known[d.identity] = (d.hash, d.extractorVersion) }
        let snapshot = known
        var outcomes: [Outcome] = []
        var state = Progress(total: identities.count)
        let work: @Sendable (Int) -> Work = { [self] i in extract(identities[i], known: snapshot[identities[i]]) }
        do {
            try OrderedWork.run(count: identities.count, jobs: jobs, work: work) { i, result in
                switch result {
                case .unchanged: outcomes.append(.unchanged)
                case .failed(let message): outcomes.append(.failed(message))
                case .extracted(let record, let graph, let words):
                    try store.put(record, graph: graph)
                    outcomes.append(snapshot[identities[i]] == nil ? .added : .changed)
                    state.extracted += 1
                    state.words += words
                }
                state.done += 1
                progress(state)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.database, "ingest stopped: \(error)")
        }
        return outcomes
    }

    func extract(_ identity: String, known: (hash: String, version: String)?) -> Work {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: identity)) } catch {
            return .failed("cannot read \(identity): \(FileProblem.reason(error, path: identity))")
        }
        let bytes = [UInt8](data)
        let hash = SHA256.hexDigest(bytes)
        if let known, known.hash == hash, known.version == extractorVersion { return .unchanged }
        let document: Document
        do { document = try DocumentReader.decode(data, name: identity, language: language) } catch {
            return .failed(error.message)
        }
        let facts = DocumentFacts(document)
        let record = DocumentRecord(
            identity: identity, hash: hash, title: facts.title, dateline: facts.dateline,
            language: document.language.rawValue, extractorVersion: extractorVersion, bytes: bytes.count,
            addedAt: ISO8601DateFormatter().string(from: Date()))
        return .extracted(record, extractor.extract(document), words: Self.words(in: bytes))
    }

    /// Runs of letters and digits in UTF-8 text, for the progress's rate.
    static func words(in bytes: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for b in bytes {
            let space = b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }
}
