import Foundation
import KnowledgeGraph

extension Extractor {
    /// SHA-256, as hex, of every shipped resource file (gazetteer, word lists, lexicons, rules,
    /// models) with its path, in path order: what a store records so that documents extracted
    /// with other resources count as stale.
    /// - Complexity: O(total size of the resources), about 1 MB.
    public static func resourceDigest() -> String {
        let root = Bundle.module.bundleURL
        var files: [(String, URL)] = []
        if let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walk where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append((String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count)), url))
            }
        }
        var bytes: [UInt8] = []
        for (name, url) in files.sorted(by: { $0.0 < $1.0 }) {
            bytes += Array(name.utf8) + [0]
            bytes += Array((try? Data(contentsOf: url)) ?? Data()) + [0]
        }
        return SHA256.hexDigest(bytes)
    }
}
