/// The words that decide whether a statement is denied, hedged or conditional.
enum PolarityPatterns {
    /// What a polarity phrase does to the attributes after it in its clause.
    enum Role: Sendable, Hashable {
        /// Denies what follows: "not", "never", "no".
        case negation
        /// Carves an exception out of a denial; what follows it is not denied: "except",
        /// "other than", "does not include".
        case exception
        /// Makes a following negation hypothetical: "if you do not want...".
        case condition
        /// Ends the clause: negation does not reach across it.
        case boundary
        /// A phrase holding a negation word that denies nothing: "not limited to".
        case inert
    }

    static let table: [(Role, [String])] = [
        (.negation, [
            "not", "never", "no", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "isn't",
            "aren't", "wasn't", "weren't", "neither", "nor", "none", "shan't", "shall not", "nothing",
            // "the Do Not Track browser option, which we no longer support" ("no longer needed" stays inert).
            "no longer support*", "no longer honor*", "no longer honour*", "no longer respond*", "no longer recogni*",
        ]),
        (.exception, [
            "except", "excepting", "exception", "other than", "unless", "without your", "without the",
            "without first", "without ... consent", "without ... permission", "excluding", "apart from",
            "save as", "not include", "does not include", "do not include", "doesn't include",
            "does not apply to", "do not apply to", "beyond", "otherwise than", "but may", "but we may",
            "but will", "with the exception",
        ]),
        (.condition, [
            "if", "whether", "should you", "in case", "in the event", "when you", "where you", "to the extent",
            // The user's choice not to ("your choices about not having this information used to
            // target ads to you"): the practice is done unless they choose otherwise.
            "your choices about", "your choice about", "choices about not", "you choose", "you may choose",
            "you can choose", "you prefer", "you elect", "you decide",
            // The user asks the company not to ("you can request that we not send you e-mail"):
            // a way to stop the practice, which is then done until asked.
            "request that", "request ... that", "ask that", "ask us not", "ask us to", "instruct us",
        ]),
        (.boundary, ["but", "however", "although", "though", "while", "whereas", "instead", "rather", "nevertheless", "and we", "we may", "we will", "which", "that"]),
        (.inert, [
            "not limited to", "but not limited to", "whether or not", "not only", "no later than", "not be able",
            "no longer", "not responsible", "do not track", "do-not-track", "not necessarily", "no matter",
            "not able to", "may not be", "if not", "or not", "not personally", "non personal", "not identify",
            "not personally identifiable", "that is not", "that are not", "who is not", "who are not",
            "which is not", "which are not", "is not our", "are not our", "not affiliated", "not owned",
        ]),
    ]
}
