import ArgumentParser

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add documents to a store, extracting only what is new or changed.",
        discussion: """
            Reads the files, and the .txt and .md files in any folder named (all depths), and
            extracts those the store does not hold yet, or holds with other content (by SHA-256)
            or from another extractor version. Documents are extracted on every core (--jobs)
            and written by one writer, each in its own transaction: an interrupted add (Ctrl-C,
            kill -9) keeps every document it finished, and running it again does the rest.

            A document is named by its full path, so d1/report.txt and d2/report.txt stay two
            documents; evidence names that path. The store is created if missing.

            Examples:
              kg add news/ --store news.kgdb
              kg add today/*.txt --store news.kgdb --jobs 2
              kg path "Hezbollah" Iran --store news.kgdb
              kg status --store news.kgdb
            """)

    @Argument(help: "Text files or folders of them.")
    var files: [String]

    @OptionGroup var store: StoreOption

    @OptionGroup var extraction: ExtractionOptions

    func run() throws {
        let paths = try StoreAccess.documentPaths(files)
        let store = try StoreAccess.open(self.store.store, create: true)
        try StoreAccess.ingest(paths, into: store, options: extraction)
    }
}
