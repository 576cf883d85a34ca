import Foundation

/// The learned recognizers shipped with the package, one per language, loaded once per process.
public struct EntityModels: Sendable {
    package let arabic: NERModel
    package let english: NERModel

    package init(arabic: NERModel, english: NERModel) {
        self.arabic = arabic
        self.english = english
    }

    func model(for language: Language) -> NERModel {
        language == .ar ? arabic : english
    }

    /// The package's models (Resources/ner-ar.model, ner-en.model), read on first use.
    public static func builtIn() throws(ExtractionError) -> EntityModels {
        try loaded.get()
    }

    private static let loaded = Result<EntityModels, ExtractionError> { () throws(ExtractionError) in
        EntityModels(arabic: try resource("ner-ar"), english: try resource("ner-en"))
    }

    static func resource(_ name: String) throws(ExtractionError) -> NERModel {
        guard let url = Bundle.module.url(forResource: name, withExtension: "model", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: "model") else {
            throw ExtractionError(.missingResource, "the package resource \(name).model is missing")
        }
        return try NERModel.load(path: url.path)
    }
}
