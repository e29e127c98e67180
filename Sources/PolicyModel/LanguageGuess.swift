/// A guess at a text's main language.
public struct LanguageGuess: Sendable, Hashable, Codable {
    /// ISO 639-1 code (`en`, `de`...), or `und` when the text gives too little to tell.
    public var code: String
    /// 0...1: how far the winner stands above the runner-up.
    public var confidence: Double

    public init(code: String, confidence: Double) {
        self.code = code
        self.confidence = confidence
    }

    public static let undetermined = LanguageGuess(code: "und", confidence: 0)

    public var isEnglish: Bool { code == "en" }
}
