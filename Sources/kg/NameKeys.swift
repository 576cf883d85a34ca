import Foundation

/// The key names are matched on. Until the extractor's normalizer is on main this folds
/// case and diacritics with Foundation.
enum NameKeys {
    static let key: @Sendable (String) -> String = { name in
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
