/// The version of the extraction rules (lexicons, patterns, answer rules). Stored practices
/// carry it with the model file's blob id: bump it whenever a change to PolicyExtraction
/// changes any answer, evidence or span.
public enum ExtractionVersion {
    public static let current = "extraction-18"
}
