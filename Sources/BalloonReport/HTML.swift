/// Builds HTML that is also well-formed XML (XHTML syntax): every element closed, every attribute quoted,
/// only the five XML entities. That keeps the report parseable by any XML tool and by the tests.
enum HTML {
    /// Escapes text and attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML 1.0.
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                    scalar.value < 0x20, scalar != "\t", scalar != "\n", scalar != "\r"
                {
                    continue
                }
                result.append(character)
            }
        }
        return result
    }

    /// `<name attributes>content</name>` with `content` already HTML.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ content: String) -> String {
        "<\(name)\(attributeText(attributes))>\(content)</\(name)>"
    }

    /// `<name attributes>escaped text</name>`.
    static func text(_ name: String, _ attributes: [(String, String)] = [], _ text: String) -> String {
        element(name, attributes, escape(text))
    }

    /// A self-closing element such as `<meta .../>`.
    static func void(_ name: String, _ attributes: [(String, String)]) -> String {
        "<\(name)\(attributeText(attributes))/>"
    }

    /// Text where spans written between backticks become `<code>`, as in Markdown.
    static func inlineCode(_ text: String) -> String {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return escape(text) }
        var result = ""
        for (index, part) in parts.enumerated() {
            let isCode = index % 2 == 1 && index < parts.count - 1
            result += isCode ? element("code", [], escape(String(part))) : escape(String(part))
        }
        return result
    }

    /// Escaped text with optional line breaks (`<wbr/>`) after `_`, `.`, `/`, `:` and `>`, so identifiers such as
    /// `abandonment_adjustment_months` wrap between words in a narrow column instead of mid-word.
    static func breakable(_ text: String) -> String {
        var result = ""
        for character in text {
            result += escape(String(character))
            if "_./:>".contains(character) { result += "<wbr/>" }
        }
        return result
    }

    /// A bulleted list of plain-text items (backticks become code).
    static func list(_ items: [String], className: String? = nil) -> String {
        element(
            "ul", className.map { [("class", $0)] } ?? [],
            items.map { element("li", [], inlineCode($0)) }.joined(separator: "\n"))
    }

    private static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
    }
}
