import Foundation
import FoundationXML
import Testing

@testable import BalloonCharts

/// One element of a parsed SVG, with the classes of its ancestors for locating legend or data groups.
struct ParsedElement {
    var name: String
    var attributes: [String: String]
    var text: String
    var ancestorClasses: [String]

    func number(_ key: String) -> Double? { attributes[key].flatMap(Double.init) }
    var className: String? { attributes["class"] }
    func isInside(_ className: String) -> Bool { ancestorClasses.contains(className) }
}

/// Parses SVG with FoundationXML's `XMLParser`, which fails on anything that is not well-formed XML.
struct ParsedSVG {
    var root: ParsedElement
    var elements: [ParsedElement]
    var width: Double
    var height: Double

    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    init(_ svg: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        guard parser.parse(), let root = collector.finished.first(where: { $0.name == "svg" }) else {
            throw NotWellFormed(description: parser.parserError.map { "\($0)" } ?? "no <svg> root")
        }
        self.root = root
        elements = collector.finished
        let box = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
        width = box.count == 4 ? box[2] : 0
        height = box.count == 4 ? box[3] : 0
    }

    func all(_ name: String, class className: String? = nil) -> [ParsedElement] {
        elements.filter { $0.name == name && (className == nil || $0.className == className) }
    }

    /// Visible text of every `<text>`, without tooltip `<title>` children.
    var texts: [String] { all("text").map(\.text) }

    func texts(class className: String) -> [String] { all("text", class: className).map(\.text) }

    /// Records elements in document order; the stack holds indices of open elements.
    private final class Collector: NSObject, XMLParserDelegate {
        var finished: [ParsedElement] = []
        private var open: [Int] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let classes = open.compactMap { finished[$0].className }
            finished.append(ParsedElement(name: name, attributes: attributes, text: "", ancestorClasses: classes))
            open.append(finished.count - 1)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let current = open.last else { return }
            finished[current].text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = open.popLast()
        }
    }
}
