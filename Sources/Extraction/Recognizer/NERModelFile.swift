import Foundation

/// The model file: `#` header lines (format, language, data, licence, training date), a line
/// `#end`, then little-endian binary: the feature count, the feature hashes (UInt32), their
/// weights as Int16 times the header's scale, and the transitions (Float32).
extension NERModel {
    static let magic = "# kg-ner-model 1"

    /// The file's bytes. The same model gives the same bytes.
    package func encoded() -> [UInt8] {
        let maxWeight = weights.reduce(Float(0)) { max($0, abs($1)) }
        let scale = maxWeight > 0 ? maxWeight / Float(Int16.max) : 1
        var text = Self.magic + "\n"
        for line in header { text += "# " + line + "\n" }
        text += "# scale: \(scale.bitPattern)\n#end\n"
        var out = Array(text.utf8)
        append(UInt32(features.count), to: &out)
        for f in features { append(f, to: &out) }
        for w in weights { append(UInt16(bitPattern: Int16((w / scale).rounded())), to: &out) }
        for w in transitions { append(w.bitPattern, to: &out) }
        return out
    }

    private func append<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    /// Reads a model file; errors name the file and what is wrong with it.
    package static func load(path: String) throws(ExtractionError) -> NERModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ExtractionError(.io, "cannot read the entity model \(path)")
        }
        return try decode([UInt8](data), file: path)
    }

    static func decode(_ bytes: [UInt8], file: String) throws(ExtractionError) -> NERModel {
        func bad(_ why: String) -> ExtractionError { ExtractionError(.invalidModel, "\(file): not a kg entity model: \(why)") }
        var header: [String] = []
        var scale: Float?
        var at = 0
        var first = true
        while true {
            guard let nl = bytes[at...].firstIndex(of: 10) else { throw bad("no #end line") }
            let line = String(decoding: bytes[at..<nl], as: UTF8.self)
            at = nl + 1
            if first, line != magic { throw bad("it does not start with '\(magic)'") }
            first = false
            if line == "#end" { break }
            if line == magic { continue }
            if line.hasPrefix("# scale: "), let bits = UInt32(line.dropFirst(9)) { scale = Float(bitPattern: bits); continue }
            header.append(line.hasPrefix("# ") ? String(line.dropFirst(2)) : line)
        }
        guard let scale else { throw bad("no scale line") }
        var reader = ByteReader(bytes: bytes, at: at)
        guard let count = reader.read(UInt32.self).map(Int.init) else { throw bad("truncated") }
        let t = tags
        guard bytes.count - at == 4 + count * 4 + count * t * 2 + (t + 1) * t * 4 else { throw bad("its size does not match its \(count) features") }
        let features = (0..<count).map { _ in reader.read(UInt32.self)! }
        let weights = (0..<(count * t)).map { _ in Float(Int16(bitPattern: reader.read(UInt16.self)!)) * scale }
        let transitions = (0..<((t + 1) * t)).map { _ in Float(bitPattern: reader.read(UInt32.self)!) }
        return NERModel(header: header, features: features, weights: weights, transitions: transitions)
    }
}

private struct ByteReader {
    let bytes: [UInt8]
    var at: Int

    mutating func read<T: FixedWidthInteger>(_: T.Type) -> T? {
        let size = MemoryLayout<T>.size
        guard at + size <= bytes.count else { return nil }
        var value: T = 0
        for k in 0..<size { value |= T(bytes[at + k]) << (8 * k) }
        at += size
        return value
    }
}
