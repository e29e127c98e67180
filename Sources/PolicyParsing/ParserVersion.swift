/// The version of what the parser produces. Stored results carry it, and a store serves a
/// parsed policy only when its stamp equals this one: bump it whenever a change to
/// PolicyParsing (or PolicyModel's shape) changes any parsed `Policy`.
public enum ParserVersion {
    public static let current = "parser-4"
}
