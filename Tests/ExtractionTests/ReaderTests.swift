import Foundation
import KnowledgeGraph
import Testing
@testable import Extraction

@Suite struct ReaderTests {
    @Test func invalidUTF8NamesFileAndByteOffset() {
        let data = Data("مصر".utf8) + Data([0xFF, 0x41])
        #expect {
            try DocumentReader.decode(data, name: "bad.txt")
        } throws: { error in
            let e = error as! ExtractionError
            return e.code == .invalidUTF8 && e.message.contains("bad.txt") && e.message.contains("byte offset 6")
        }
    }

    @Test func truncatedSequenceIsReported() {
        let data = Data("ab".utf8) + Data([0xD9])
        #expect(throws: ExtractionError.self) { try DocumentReader.decode(data, name: "t.txt") }
    }

    @Test func binaryFileIsRefused() {
        let data = Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        #expect {
            try DocumentReader.decode(data, name: "x.zip")
        } throws: { error in
            (error as! ExtractionError).code == .binaryFile && "\(error)".contains("byte offset 4")
        }
    }

    @Test func randomBytesGiveAnErrorOrAGraph() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let data = Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
            do {
                _ = try Extractor.standard().extract(try DocumentReader.decode(data, name: "r"))
            } catch {
                #expect(error.code == .invalidUTF8 || error.code == .binaryFile)
            }
        }
    }

    @Test func bomAndCRLFKeepOffsetsExact() throws {
        let text = "\u{FEFF}وقعت مصر والأردن اتفاقية.\r\nThe UK and Kenya signed an agreement.\r\n"
        let document = try DocumentReader.decode(Data(text.utf8), name: "crlf.txt")
        let graph = try Extractor.standard().extract(document)
        let scalars = Array(text.unicodeScalars)
        #expect(graph.edges.count >= 2)
        for edge in graph.edges {
            for e in edge.evidence {
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[e.start..<e.end])
                #expect(String(v) == e.text)
                #expect(!e.text.contains("\r"))
            }
        }
    }

    @Test func emptyAndPunctuationFreeTextGiveGraphs() throws {
        let extractor = try Extractor.standard()
        #expect(extractor.extract(Document(name: "e", text: "")).nodeCount == 0)
        let line = String(repeating: "كلمة ومصر وفرنسا ", count: 20_000)
        let graph = extractor.extract(Document(name: "l", text: line))
        #expect(graph.node(id: "Q79") != nil)
    }

    @Test(arguments: [("وقعت مصر والأردن اتفاقية جديدة", Language.ar), ("Egypt and Jordan signed", .en), ("", .en)])
    func languageIsDetectedByScript(text: String, language: Language) {
        #expect(LanguageDetector.detect(text) == language)
    }
}
