import ArgumentParser
import Extraction
import Foundation
import KnowledgeGraph

/// The options every command that reads text documents shares.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .long, help: "A lexicon file adding entities or words (format: see the gazetteer README). Repeatable.")
    var lexicon: [String] = []

    @Option(name: .long, help: "Document language: ar, en or auto (detected by script).")
    var lang: String = "auto"

    @Flag(name: .long, help: "Find names only through the gazetteer and the patterns, without the learned recognizer.")
    var noRecognizer = false

    @Option(name: .long, help: "A recognizer model from kg train-ner, used for the language its header names instead of the shipped one. Repeatable.")
    var nerModel: [String] = []

    @Option(name: .long, help: "A relation rules file (format: Sources/Extraction/Resources/rules/README.md) run after the shipped rules. Repeatable.")
    var rules: [String] = []

    @Option(name: .long, help: "Switch a rule off by id: a pattern rule (en:war-on), a trigger entry (lex:en:opposes:shell) or a Swift rule (swift:state-level). Repeatable; see kg rules list.")
    var disableRule: [String] = []

    @Flag(name: .long, help: "Print on stderr which nodes were merged across scripts, and why (John Casson = جون كاسن).")
    var explainMerges = false

    @Option(name: .long, help: "Documents extracted at once, one per core (default: all \(ProcessInfo.processInfo.activeProcessorCount) cores). The output is the same whatever the number.")
    var jobs: Int?

    func validate() throws {
        guard ["auto", "ar", "en"].contains(lang) else {
            throw ValidationError("--lang must be ar, en or auto, not '\(lang)'")
        }
        guard nerModel.isEmpty || !noRecognizer else { throw ValidationError("--ner-model and --no-recognizer exclude each other") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
    }

    var jobCount: Int { jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount) }

    var language: Language? { Language(rawValue: lang) }

    /// Names what these options extract with, for a store: kg's version, the shipped resources'
    /// digest and, when any option changes extraction, a digest of the options and the files they name.
    func extractorVersion() throws -> String {
        var version = "kg \(KG.version) resources \(Extractor.resourceDigest().prefix(16))"
        var options: [UInt8] = []
        func add(_ text: String) { options += Array(text.utf8) + [0] }
        func addFile(_ path: String) throws {
            add(path)
            do { options += Array(try Data(contentsOf: URL(fileURLWithPath: path))) } catch {
                throw CommandFailure("cannot read \(path): \(FileProblem.reason(error, path: path))")
            }
        }
        if noRecognizer { add("no-recognizer") }
        if lang != "auto" { add("lang=\(lang)") }
        for p in lexicon { try addFile(p) }
        for p in rules { try addFile(p) }
        for p in nerModel { try addFile(p) }
        for r in disableRule { add("disable=\(r)") }
        if !options.isEmpty { version += " options \(SHA256.hexDigest(options).prefix(16))" }
        return version
    }

    /// The standard extractor with these options: lexicons, the recognizer on or off, user models,
    /// user rules and rules switched off.
    func makeExtractor() throws(ExtractionError) -> Extractor {
        var x = try Extractor.standard(lexicons: lexicon, recognizer: !noRecognizer)
        try x.rules.add(paths: rules)
        try x.rules.disable(disableRule, gazetteer: x.gazetteer)
        guard !nerModel.isEmpty, let models = x.models else { return x }
        return Extractor(gazetteer: x.gazetteer, models: try models.replacing(with: nerModel), rules: x.rules)
    }

    /// Extracts every file on ``jobCount`` threads and merges the graphs in file order, reporting
    /// progress on stderr when there are many files. Documents are named by their base names,
    /// but files sharing a base name by their paths as given, so they stay apart.
    func extractGraph(from files: [String]) throws -> KnowledgeGraph {
        let extractor: Extractor
        do { extractor = try makeExtractor() } catch { throw CommandFailure(error.message) }
        let names = DocumentNames.names(for: files)
        let language = self.language
        var graph = KnowledgeGraph()
        var progress = ProgressLine(total: files.count, unit: "documents", shown: files.count > 5)
        let work: @Sendable (Int) -> Result<KnowledgeGraph, ExtractionError> = { i in
            Result { () throws(ExtractionError) in
                let document = try DocumentReader.read(path: files[i], name: names[i], language: language)
                return extractor.extract(document)
            }
        }
        try OrderedWork.run(count: files.count, jobs: jobCount, work: work) { i, result in
            switch result {
            case .success(let g): graph.merge(g)
            case .failure(let error): throw CommandFailure(error.message)
            }
            progress.update(done: i + 1)
        }
        progress.finish()
        let (merged, merges) = CrossScriptMerger.merge(graph)
        if explainMerges {
            for m in merges { FileHandle.standardError.write(Data("merged \(m.line)\n".utf8)) }
        }
        return merged
    }
}

/// The names a batch of documents carries in evidence.
enum DocumentNames {
    /// Each file's base name (`stdin` for `-`), unless another file of the batch has the same
    /// one: then the path as given, so `d1/report.txt` and `d2/report.txt` stay two documents.
    static func names(for files: [String]) -> [String] {
        let bases = files.map { $0 == "-" ? "stdin" : URL(fileURLWithPath: $0).lastPathComponent }
        var uses: [String: Int] = [:]
        for b in bases { uses[b, default: 0] += 1 }
        return zip(files, bases).map { file, base in uses[base]! > 1 && file != "-" ? file : base }
    }
}
