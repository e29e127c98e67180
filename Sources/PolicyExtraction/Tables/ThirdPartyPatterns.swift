/// Phrases naming each kind of recipient.
enum ThirdPartyPatterns {
    static let table: [(ThirdPartyKind, [String])] = [
        (.serviceProviders, [
            "service provider*", "services provider*", "vendor*", "contractor*", "subcontractor*", "agents",
            "processor*", "on our behalf", "on its behalf", "on _ behalf", "on _ _ behalf", "work* for us",
            "companies that provide services", "companies that help us", "compan* that perform*",
            "third part* ... assist us", "third part* ... help us", "parties who assist", "assist us in",
            "assist us with", "help us with", "perform* services", "perform* functions", "provide services to us",
            "provide services for us", "provide us with services", "services on our", "outsourc*",
            "payment processor*", "hosting provider*", "hosting compan*", "fulfillment", "suppliers",
            "third party provider*", "business services", "help us provide", "help us operate", "help us run",
            "operating our website", "providing services to us", "act on our", "acting on our",
            "third part* to operate", "third party to run", "use* a third party", "use* third part*",
            "use* a third party to", "third party vendors", "hosting partners",
        ]),
        (.advertisers, [
            "advertiser*", "ad network*", "advertising network*", "ad server*", "ad serving", "advertising partner*",
            "ad partner*", "advertising compan*", "third party advertis*", "marketing partner*", "doubleclick",
            "advertising service*", "ad compan*", "network advertis*", "ad exchange*", "marketers", "other marketers",
        ]),
        (.analyticsProviders, [
            "google analytics", "analytics provider*", "analytics compan*", "analytics partner*", "analytics service*",
            "omniture", "web analytics", "analytics tool*", "quantcast", "comscore", "nielsen", "hitbox",
            "measurement compan*", "analytics vendor*",
        ]),
        (.affiliates, [
            "affiliate*", "subsidiar*", "parent company", "parent companies", "parent corporation*",
            "parent organization*", "parent organisation*", "parent site*", "parent entit*", "corporate family", "related companies", "sister compan*",
            "family of companies", "group companies", "our group", "corporate affiliate*", "commonly owned",
        ]),
        (.lawEnforcement, [
            "law enforcement", "government* agenc*", "public authorit*", "police", "court", "courts", "regulator*",
            "authorities", "government entit*", "government officials", "government", "governmental", "judicial",
        ]),
        (.acquirers, [
            "acquirer*", "acquiring compan*", "acquiring entit*", "successor*", "buyer*", "purchaser*",
            "new owner*", "surviving entit*", "acquiring party", "acquiring parties",
        ]),
        (.unspecified, [
            "third part*", "outside part*", "other compan*", "other organizations", "unaffiliated", "non affiliated",
            "nonaffiliated", "others", "partners", "business partners", "other parties", "any other company",
            "third parties", "another company", "other businesses", "external part*", "selected companies",
            "trusted partners", "carefully selected", "sellers", "merchants", "exhibitors",
            // A user's own Internet or phone provider is not one acting for the company.
            "internet service provider*", "internet access provider*", "wireless carrier*", "mobile carrier*",
            // Third parties named again ("nor does the company share user information with these parties").
            "these parties", "such parties", "those parties", "these companies", "such companies", "those companies",
            // "will not be shared outside of Microsoft and its affiliates".
            "outside of", "outside the company", "outside our company", "anyone outside",
        ]),
    ]
}
