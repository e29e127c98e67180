/// Phrases naming each framework, seal or law.
enum FrameworkPatterns {
    static let table: [(Framework, [String])] = [
        (.safeHarbor, ["safe harbor", "safe harbour", "safeharbor"]),
        (.privacyShield, ["privacy shield"]),
        (.truste, ["truste", "truste's", "trustes", "trustarc", "truste's", "trust e"]),
        (.coppa, [
            "coppa", "children's online privacy protection", "childrens online privacy protection",
            "children online privacy protection", "child online privacy protection", "children's online privacy act",
        ]),
        (.caloppa, ["caloppa", "cal oppa", "california online privacy protection"]),
        (.gdpr, ["gdpr", "general data protection regulation"]),
        (.ccpa, [
            "ccpa", "california consumer privacy act", "cpra", "california privacy rights act", "california privacy rights",
            "california notice", "california specific", "california residents", "notice to california",
        ]),
        (.dataPrivacyFramework, [
            "data privacy framework", "data privacy frameworks", "eu u s dpf", "dpf", "swiss u s dpf",
            "uk extension to the eu u s",
        ]),
    ]
}
