/// A horizontal bar of Unicode blocks, in eighths of a cell (`███▍`), for counts drawn as bars
/// (trends in the browser and the CLI's table).
public enum BlockBar {
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// `fraction` (clamped to 0...1) of `width` cells, rounded to an eighth; a fraction above
    /// zero shows at least `▏`; zero is empty.
    public static func text(_ fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let total = max(1, Int((min(1, fraction) * Double(width * 8)).rounded()))
        let full = total / 8, rest = total % 8
        return String(repeating: "█", count: full) + (rest > 0 ? String(eighths[rest - 1]) : "")
    }
}
