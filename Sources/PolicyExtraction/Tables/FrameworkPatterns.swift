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
        // CalOPPA is also cited by its sections of the Business and Professions Code.
        (.caloppa, ["caloppa", "cal oppa", "california online privacy protection", "22575", "22576"]),
        // The GDPR and the UK GDPR, also as "EU (or UK) data protection law".
        (.gdpr, [
            "gdpr", "general data protection regulation", "eu ... data protection law*", "eea ... data protection law*",
            "uk ... data protection law*", "european union ... data protection law*", "european data protection law*",
            "united kingdom ... data protection law*",
            // Its right to lodge a complaint with a supervisory authority (Article 77). Its legal bases
            // alone do not name it ("some jurisdictions require that we state our legal basis").
            "supervisory authorit*",
        ]),
        (.ccpa, [
            "ccpa", "california consumer privacy act", "cpra", "california privacy rights act", "california privacy rights",
            "california law", "california laws",
            "california notice", "california specific", "california residents", "notice to california",
            // Its sections of the Civil Code.
            "1798.100", "1798.105", "1798.106", "1798.110", "1798.115", "1798.120", "1798.121", "1798.125",
            "1798.130", "1798.135", "1798.140", "1798.145", "1798.150", "1798.185",
        ]),
        (.dataPrivacyFramework, [
            "data privacy framework", "data privacy frameworks", "eu u s dpf", "dpf", "swiss u s dpf",
            "uk extension to the eu u s",
        ]),
    ]
}
