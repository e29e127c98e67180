import ArgumentParser

/// `--classifier`: the linear model alone (fast), or its blend with the transformer (deep).
enum ClassifierChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case fast, deep
}
