import Foundation
import FoundationXML

/// A report page parsed with FoundationXML's `XMLParser`, which rejects anything that is not well-formed:
/// unclosed or misnested tags, bare `&`, undefined entities, unquoted attributes.
struct ParsedHTML {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// All text inside the element, its descendants' included.
        var text: String
        /// Indices of the enclosing elements, outermost first.
        var ancestors: [Int]

        var id: String? { attributes["id"] }
        var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    }

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    var elements: [Element]

    init(_ html: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw NotWellFormed(
                description: "line \(parser.lineNumber), column \(parser.columnNumber): "
                    + (parser.parserError.map { "\($0)" } ?? "unknown error"))
        }
        elements = collector.finished
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    func element(id: String) -> Element? { elements.first { $0.id == id } }

    /// Elements named `name` inside the element with index `container`.
    func descendants(of container: Int, named name: String) -> [Element] {
        elements.filter { $0.name == name && $0.ancestors.contains(container) }
    }

    func index(id: String) -> Int? { elements.firstIndex { $0.id == id } }

    /// Records elements in document order; text goes to every open element so each holds its whole content.
    private final class Collector: NSObject, XMLParserDelegate {
        var finished: [Element] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            finished.append(Element(name: name, attributes: attributes, text: "", ancestors: open))
            open.append(finished.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in open { finished[index].text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = open.popLast()
        }
    }
}
