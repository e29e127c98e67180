/// What a sentence's words say about the document as a whole (see ``PolicyStatusDetector``):
/// whether it addresses the reader, and whether the document names itself a privacy policy.
struct SentenceSignals: Sendable {
    var addressesReader = false
    var selfReference = false

    init() {}

    init(_ tokens: [Token]) {
        for (i, token) in tokens.enumerated() {
            if PolicyVocabulary.secondPerson.contains(token.text) { addressesReader = true }
            guard PolicyVocabulary.selfReferenceLeads.contains(token.text) else { continue }
            // "this policy", "this privacy notice", "our privacy statement".
            for k in (i + 1)..<min(tokens.count, i + 3) where PolicyVocabulary.selfReferenceNouns.contains(tokens[k].text) {
                if token.text == "this" || tokens[i + 1].text == "privacy" { selfReference = true }
            }
        }
    }
}
