import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses XML strictly and collects what a reader sees: element text and titles.
final class XMLText: NSObject, XMLParserDelegate {
    private(set) var texts: [String] = []
    private(set) var titles: [String] = []
    private var current: String?

    /// Returns nil when the document is not well-formed XML.
    static func parse(_ data: Data, textElement: String) -> XMLText? {
        let collector = XMLText(textElement: textElement)
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    private let textElement: String
    private init(textElement: String) { self.textElement = textElement }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == textElement { current = "" }
        if let title = attributes["xlink:title"] { titles.append(title) }
        if name == "title" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == textElement || name == "title", let text = current {
            if name == "title" { titles.append(text) } else { texts.append(text) }
            current = nil
        }
    }
}

extension String {
    /// Without the bidi isolates the renderer adds around right-to-left lines.
    var withoutIsolates: String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\u{2068}" && $0 != "\u{2069}" }))
    }
}
