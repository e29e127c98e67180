/// Phrases naming each purpose of use or disclosure.
enum PurposePatterns {
    static let table: [(Purpose, [String])] = [
        (.service, [
            "provide ... service*", "provide ... product*", "deliver ... service*", "operate ... service*",
            "operate ... site*", "process* ... transaction*", "process* ... order*", "fulfill*", "fulfil*",
            "customer service", "customer support", "respond to your", "administer ... site*", "perform services",
            "services you request*", "services requested", "requested product*",
        ]),
        (.marketing, [
            "marketing", "promotional", "promotion*", "newsletter*", "special offer*", "offers", "advertising e mail*",
            "marketing e mail*", "marketing email*", "updates on", "product announcement*", "mailing list*",
            "direct mail*", "solicitation*", "sweepstakes", "for commercial purposes", "commercial purposes",
            "communications", "mailings", "e mails", "emails", "email messages", "e mail messages",
            // "opt out of being contacted by us", "keep you up to date with our news".
            "being contacted", "keep you up to date", "latest information on",
        ]),
        (.ownMarketing, [
            "our own marketing", "our own marketing purposes", "our own promotional purposes",
            "our own direct marketing purposes", "our marketing purposes",
        ]),
        (.targetedAdvertising, [
            "targeted advertising", "targeted ads", "targeted ad", "interest based advertising", "interest based ads",
            "interest based ad", "behavioral advertising", "behavioural advertising", "behaviorally targeted",
            "personalized advertising", "personalised advertising", "personalized ads", "personalised ads",
            "personalized ad", "personalised ad", "tailored advertising", "tailored ads", "tailored ad",
            "customized ads", "customised ads", "customized advertising", "customised advertising",
            "cross context behavioral", "cross context behavioural", "online behavioral advertising",
            "ads ... based on your", "advertising ... based on your", "ads ... based on ... interests",
            "ads ... tailored to", "advertising ... tailored to", "location based advertis*", "location based ads", "ads that are more relevant", "more relevant ads",
            "relevant advertising", "relevant ads", "retarget*", "re targeting", "remarketing",
            "targeted advertisement*", "personalized advertisement*", "personalised advertisement*",
            "interest based advertisement*", "tailored advertisement*", "customized advertisement*",
            "customised advertisement*", "relevant advertisement*",
            // "advertising about goods and services that may be of interest to" its readers.
            "advertising ... that may be of interest", "advertising ... of interest to you", "ads ... of interest to you",
            "advertisements ... of interest to you", "advertisements ... that may be of interest",
            // Older wordings: ads chosen for the visitor ("target ads to you", "advertising that
            // you may find interesting", "customize ... advertising") or shown to them on other
            // sites ("banner advertisements displayed on other websites").
            "target ads", "target advertising", "target advertisements", "target advertisement", "targeting ads",
            "target ... ads to", "target ... advertising to", "target ... advertisements to",
            "advertis* ... find interesting", "ads ... find interesting", "advertis* ... interest to you",
            "ads ... interest to you", "advertis* ... interesting to you", "advertis* ... relevant to you",
            "ads ... relevant to you", "relevant to your interests", "advertis* ... based upon your",
            "ads ... based upon your", "advertis* ... based on your",
            "customiz* ... advertis*", "customis* ... advertis*", "customiz* ... ads", "personaliz* ... advertis*",
            "personalis* ... advertis*", "personaliz* ... ads", "personalis* ... ads", "tailor* ... advertis*",
            "tailor* ... ads", "advertis* ... tailored", "ads ... tailored",
            "advertis* displayed on other", "ads displayed on other", "advertis* on other websites",
            "advertis* on other sites", "advertis* on other web sites", "ads on other websites", "ads on other sites",
            "advertis* ... across the internet", "ads ... across the internet", "advertis* ... across the web",
            "ads ... across the web", "ads ... across websites", "advertis* ... across websites",
        ]),
        (.aiTraining, [
            "train* ... models", "train* ... model", "train* ... ai", "train* ... artificial intelligence",
            "train* ... machine learning", "train* ... algorithm*", "train* ... large language",
            "develop* ... ai models", "develop* ... ai", "improve ... ai", "improve ... artificial intelligence",
            "improv* ... machine learning", "improv* ... models", "improv* ... model", "training ... models", "training data",
            "model training", "ai training", "machine learning models", "ai models", "generative ai",
            "large language model*", "build* ... speech models", "build* ... language models",
            "improv* ... speech recognition", "improv* ... voice recognition",
        ]),
        (.advertising, [
            "advertis*", "ads", "ad", "targeted", "interest based", "behavioral", "behavioural", "retarget*",
            "re targeting", "online behavioral", "remarketing",
        ]),
        (.analytics, [
            "analytic*", "analyze", "analyse", "analyzing", "analysis", "statistic*", "measure*", "trends",
            "research", "site usage", "audience", "traffic", "effectiveness",
        ]),
        (.legal, [
            "required by law", "require* by law", "required to by law", "comply with ... law*", "comply with ... legal",
            "legal process*", "subpoena*", "court order*", "court*", "law enforcement", "government* request*",
            "legal obligation*", "applicable law*", "lawful request*", "judicial proceeding*", "legal requirement*",
            "warrant*", "public authorit*", "permitted by law", "legally required", "legal proceeding*",
            "government* order*", "comply with the law", "comply with law", "law or regulation",
            "enforceable governmental request*", "national security", "requests from government*", "legal claims",
            "search warrant*", "regulatory",
        ]),
        (.security, [
            "fraud*", "protect ... rights", "protect ... property", "safety", "security", "prevent ... abuse",
            "prevent ... illegal", "investigate*", "spam", "malware", "unauthorized",
        ]),
        (.merger, [
            "merger*", "merge", "merges", "acquisition*", "acquired by", "is acquired", "are acquired",
            "sale of ... assets", "sale of all", "sale of some", "sale of substantially", "sale of ... business",
            "sale of the company", "sale of ... stock", "bankrupt*", "reorganization*", "change of control",
            "change in control", "change of ownership", "change in ownership", "business transfer*",
            "transfer of ... assets", "divestiture*", "dissolution", "liquidation", "sell* ... business*",
            "sold ... business*", "sell* ... assets", "sold ... assets", "consolidation", "receivership",
            "business combination*", "corporate transaction*", "insolvency",
            // "If some or all of the business assets of our website are sold or transferred".
            "business assets", "assets ... are sold", "assets ... is sold", "assets ... were sold", "business is sold",
            "business were sold", "company is sold", "company were sold", "division is sold",
        ]),
        (.theirMarketing, [
            "their own marketing", "their own promotional", "their own purposes", "their own direct marketing",
            "their marketing", "their promotional", "their own advertising", "their direct marketing",
            "their own commercial", "own marketing purposes", "marketing purposes of third part*",
            "third part* ... for marketing", "third part* ... for direct marketing", "third part* ... marketing purposes",
            "third part* ... to market", "offers from third part*", "third party offers", "third party marketing",
            "mailing lists of", "marketing partners", "partners ... for marketing",
            "other companies ... to market", "third part* ... promotional purposes", "their products", "their own products", "their own services",
            "products and services of", "offers from third part*", "offers from other compan*", "offers from our partners",
            "offers from partners", "their offers",
            // Older wordings: recipients who then offer or market to the user, co-branded
            // partners, mailing lists rented or shared.
            "so that they may offer", "so that they can offer", "so they may offer", "so they can offer",
            "partners to offer you", "partners ... to offer you", "third part* ... to offer you",
            "compan* ... to offer you", "they may offer you", "they can offer you", "they may contact you",
            "market their", "market ... their products", "market ... their services", "to market products to you",
            "co branded partner*", "cobranded partner*", "co branded ... partner*", "co sponsor*",
            "rent* ... mailing list*", "lease* ... mailing list*", "share* ... mailing list*",
            "exchange* ... mailing list*", "mailing list* ... with other", "mailing list* ... to other",
            "for marketing purposes", "direct marketing purposes",
        ]),
    ]
}
