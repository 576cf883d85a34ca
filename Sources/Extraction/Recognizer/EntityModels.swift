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

    /// These models with `model` in place of the one for `language`.
    package func with(_ model: NERModel, for language: Language) -> EntityModels {
        language == .ar ? EntityModels(arabic: model, english: english) : EntityModels(arabic: arabic, english: model)
    }

    /// These models with user model files in place of the shipped ones, each for the language its
    /// header names (kg train-ner writes it).
    public func replacing(with paths: [String]) throws(ExtractionError) -> EntityModels {
        var out = self
        for path in paths {
            let model = try NERModel.load(path: path)
            guard let language = model.language else {
                throw ExtractionError(.invalidModel, "\(path): the model's header names no language (language: ar or en)")
            }
            out = out.with(model, for: language)
        }
        return out
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
