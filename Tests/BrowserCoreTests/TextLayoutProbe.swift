@testable import BrowserCore

/// Reaches the internal word wrap for tests.
enum TextLayoutProbe {
    static func wrap(_ text: String, width: Int) -> [String] {
        let chars = Array(text)
        return TextLayout.wrap(chars, width: width).map { String(chars[$0]) }
    }
}
