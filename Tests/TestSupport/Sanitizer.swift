import Foundation

/// The sanitizer `Scripts/test --sanitize` runs the suite under, if any (`KG_SANITIZER`).
public enum Sanitizer {
    public static let active: String? = ProcessInfo.processInfo.environment["KG_SANITIZER"]

    /// Under a sanitizer, memory is held in quarantine and shadow: a resident-set figure measures the
    /// sanitizer, not kg. The leak itself is LeakSanitizer's to find in that run.
    public static var distortsMemory: Bool { active != nil }
}
