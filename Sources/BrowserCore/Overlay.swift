/// What the overlay's box shows in place of the keys: the links of the text on screen (`o`)
/// or what the sentence under the cursor is (`i`).
struct Overlay: Sendable {
    enum Kind: Sendable { case links, sentence }

    var kind: Kind
    var lines: [(label: String, help: String)]
    /// A screen row the box keeps clear of (the sentence `i` tells about).
    var avoiding: Int?

    var title: String {
        switch kind {
        case .links: " Links — q/Esc/o close, j/k scroll "
        case .sentence: " This sentence — q/Esc closes, j/k scroll "
        }
    }
}
