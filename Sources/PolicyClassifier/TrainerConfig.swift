/// What the decision thresholds tuned on cross-validation margins maximize.
public enum ThresholdObjective: String, Sendable, Hashable, Codable, CaseIterable {
    /// Each category's own F1, one category at a time.
    case categoryF1 = "category-f1"
    /// Micro-F1 of the whole decision rule (argmax fallback included), all categories jointly,
    /// starting from the per-category thresholds.
    case microF1 = "micro-f1"
}

/// Settings of `Trainer`. The defaults are the settings of the shipped model.
public struct TrainerConfig: Sendable, Hashable, Codable {
    /// How text becomes features.
    public var features: FeatureConfig
    /// SVM penalty `C` of a training error; larger fits the training data more closely.
    public var cost: Double
    /// Weight each category's positives and negatives inversely to their frequency.
    public var balancedClassWeights: Bool
    /// Upper bound on passes over the training data per SVM.
    public var maxEpochs: Int
    /// Stop a category's SVM when its projected-gradient spread is below this.
    public var tolerance: Double
    /// Folds of the cross-validation on the training data that tunes the per-category decision
    /// thresholds and score slopes. Below 2: no tuning (threshold 0, slope 2).
    public var thresholdFolds: Int
    /// What the tuned thresholds maximize.
    public var thresholdObjective: ThresholdObjective
    /// Pull each tuned threshold toward 0 by this fraction (0 = keep the tuned threshold), which
    /// damps the noise of thresholds tuned on few positives.
    public var thresholdShrinkage: Double
    /// Smoothing of the NB-SVM feature scales (see `NaiveBayesScales`); 0 turns them off.
    public var naiveBayesSmoothing: Double
    /// Exponent applied to the NB log-count ratios (0.5 = square root).
    public var naiveBayesExponent: Double
    /// Seed of every random choice (row order, folds); the same seed gives the same model bytes.
    public var seed: UInt64

    public init(
        features: FeatureConfig = FeatureConfig(), cost: Double = 0.5, balancedClassWeights: Bool = true,
        maxEpochs: Int = 60, tolerance: Double = 0.1, thresholdFolds: Int = 5, thresholdObjective: ThresholdObjective = .microF1,
        thresholdShrinkage: Double = 0,
        naiveBayesSmoothing: Double = 0.01, naiveBayesExponent: Double = 0.5, seed: UInt64 = 115
    ) {
        self.naiveBayesSmoothing = naiveBayesSmoothing
        self.naiveBayesExponent = naiveBayesExponent
        self.features = features
        self.cost = cost
        self.balancedClassWeights = balancedClassWeights
        self.maxEpochs = maxEpochs
        self.tolerance = tolerance
        self.thresholdFolds = thresholdFolds
        self.thresholdObjective = thresholdObjective
        self.thresholdShrinkage = thresholdShrinkage
        self.seed = seed
    }
}
