/// Phrases naming what is done with data: the verbs answers hinge on.
enum ActionPatterns {
    static let table: [(PracticeAction, [String])] = [
        (.collect, [
            "collect*", "gather*", "obtain*", "receive*", "ask* ... for", "ask* ... to provide", "ask* ... to enter",
            "ask* ... to submit", "request* ... to provide", "record*", "store*", "provide us", "provide ... to us",
            "submit*", "enter your", "supply", "supplied", "supplies", "capture*", "automatically", "acquire",
            "you provide", "you give us", "give us", "we may ask", "will ask", "we ask", "required to provide",
            "may be asked", "be asked to", "you enter", "you submit", "you share with us", "log*", "keep track",
            "we receive", "we know", "we learn", "sign up", "register*", "information includes", "may include",
        ]),
        (.use, ["use", "uses", "used", "using", "utilize*", "process", "processed", "processes", "processing"]),
        (.share, [
            "share*", "sharing", "disclos*", "provide ... to", "provide* your", "provide* personal", "transfer*",
            "give", "given", "gives", "make available", "made available", "release*", "rent*", "lease*", "trade*",
            "exchange*", "distribut*", "engage*", "use third part*", "use other companies", "use _ third part*",
            "employ", "work with", "partner with", "partners with", "hire", "pass*", "communicat* ... to",
            "allow ... third part*", "permit ... third part*", "access to your", "have access", "furnish*",
            "divulge*", "send* your", "send* personal", "report*",
        ]),
        (.sell, ["sell", "sells", "selling", "sold", "rent", "rents", "rented", "renting", "lease", "leases", "trade", "trades", "traded", "sale of ... personal", "sale of ... information", "sale of ... data"]),
        (.track, [
            "track*", "collect*", "gather*", "use* cookies", "use* ... cookies", "place* ... cookies", "set* ... cookies",
            "serve* ... cookies", "use* ... beacons", "use* ... pixel*", "obtain*", "receive*", "record*",
            "automatically", "may be collected", "log*", "monitor*", "measure*",
        ]),
        (.transferAbroad, [
            "transfer* ... to the united states", "outside the country", "outside of the country",
            "outside the united states", "outside of the united states", "transfer* ... other countries",
            "transfer* ... another country", "transfer* ... to countries", "transfer* ... to and ... in",
            "processed ... in the united states", "stored ... in the united states", "outside ... your country",
            "outside the european", "outside the eea", "outside of the european",
            "countries other than", "other countries", "other country", "across borders", "cross border*",
            "international transfer*", "internationally", "into the united states", "to the united states",
            "in the united states and", "countries outside", "any country", "other jurisdictions",
            "different jurisdiction*", "foreign", "overseas", "transfer* ... outside the", "transfer* ... outside of", "servers located in", "transborder", "trans border", "servers in",
            "country where you", "country in which", "data protection laws of your", "outside the u s",
            // "computers located outside of your state, province, country or other governmental jurisdiction".
            "outside of your state", "outside your state", "governmental jurisdiction*",
            // Group companies abroad ("our subsidiaries and sister companies around the world").
            "compan* around the world", "affiliate* around the world", "subsidiar* around the world",
            "offices around the world", "entities around the world", "partners around the world",
            "compan* throughout the world", "affiliate* throughout the world", "subsidiar* throughout the world",
            "servers around the world", "facilities around the world",
        ]),
        (.transferFramework, [
            "safe harbor framework*", "safe harbour framework*", "safe harbor privacy principles",
            "safe harbour privacy principles", "safe harbor principles", "e u safe harbor", "eu safe harbor",
            "swiss safe harbor", "u s e u safe harbor", "eu u s safe harbor", "u s swiss safe harbor",
            "privacy shield framework*", "privacy shield principles", "eu u s privacy shield", "swiss u s privacy shield",
            "data privacy framework principles", "eu u s data privacy framework", "standard contractual clauses",
            "binding corporate rules",
        ]),
        (.retain, [
            "retain*", "retention", "keep* ... information", "keep* ... data", "keep* ... records", "store* ... for",
            "delete* ... after", "no longer than", "no longer necessary", "no longer needed", "purge*", "archiv*", "backup*", "back up", "residual",
            "maintain* ... data", "maintain* ... information", "maintain* ... records", "kept", "hold* ... data",
            "hold* ... information",
            // Deleting after a time or on an event also says how long data is kept.
            "persist*", "remove*", "erase* ... after", "delete* ... when",
        ]),
        (.access, [
            "access ... your", "access to your", "access to their", "access to the personal", "access ... personal",
            "review your", "view your", "obtain a copy", "copy of your", "request access", "access request*",
            "request ... access", "disclose to you", "right of access", "right to access", "access it",
            "access and", "access your", "see your",
        ]),
        (.correct, [
            "correct*", "update* your", "update* their", "updating your", "edit your", "edit their", "edit or",
            "edit and", "edit any", "edit the information", "edit personal", "editing your", "amend*", "modify your",
            "modify their", "changes to your", "changes to their", "rectif*",
            "update* or", "update* and", "review and", "inaccurate", "keep ... accurate", "update* personal",
            "update* any", "update* the information", "update* information", "change* ... personal",
        ]),
        (.delete, [
            "delet*", "remov* ... information", "remove* your", "remove it", "remove yourself", "erase*", "erasure",
            "deactivat*", "close your account", "cancel your account", "have deleted", "removal",
        ]),
        (.protect, [
            "secur*", "protect*", "safeguard*", "encrypt*", "ssl", "tls", "firewall*", "https", "password protected",
            "access controls", "physical ... electronic ... procedural", "administrative ... technical",
            "industry standard*", "unauthorized access", "confidential*", "restrict* access", "limit* access",
            "secure socket*", "secure server*", "security measures", "data security", "measures to protect",
            "steps to protect", "precautions",
        ]),
        (.thirdPartyTrack, [
            "third part* ... use* cookies", "third part* ... use* ... cookies", "third part* ... set* ... cookies",
            "third part* ... place* ... cookies", "third part* ... to track", "third part* ... monitor*",
            "third part* ... collect* ... information about your", "third party cookies", "third party cookie",
            "third party web beacons", "third party beacons", "third party pixel*", "third party tracking",
            "third party analytics", "their cookies", "their own cookies", "their web beacons", "their own web beacons",
            "their pixel*", "partners ... use* cookies", "partners ... set* ... cookies", "partners ... place* ... cookies",
            "google analytics uses", "google analytics ... cookies", "advertisers ... use* cookies",
            "ad networks ... collect*", "networks ... use* cookies", "on behalf of third parties",
            // "These partners may collect information directly from your device ... through their own tools".
            "partners ... collect* ... directly", "partners ... collect* ... from your device", "their own tools",
            "their own sdk*", "their own tracking", "their own technolog*", "their tracking technolog*",
        ]),
        (.disclaim, [
            "100 secure", "100 percent secure", "perfectly secure", "completely secure", "totally secure",
            "entirely secure", "absolutely secure", "fully secure", "cannot guarantee", "can not guarantee",
            "can't guarantee", "cannot ensure", "cannot warrant", "can not ensure", "not guarantee", "no guarantee*",
            "no method of transmission", "no data transmission", "no security ... is", "no system ... is",
            "impenetrable", "make no guarantee*", "not be liable", "cannot promise", "not responsible for",
        ]),
        (.define, [
            "means any information", "means information", "mean any information", "is defined as", "are defined as",
            "refers to any information", "refers to information", "definition of",
        ]),
        (.caution, [
            "you should not include", "you should not provide", "you should not submit", "you should not post",
            "should not include", "please do not include", "please do not provide", "please do not submit",
            "please do not send", "do not include", "refrain from", "you should avoid", "please avoid",
        ]),
        (.protectOther, [
            "protect* ... privacy", "protect* our rights", "protect* the rights", "protect* ... legal rights",
            "protect* ... rights", "protect* ... safety", "protect* ... property", "protect* against fraud",
            "protect* ... interests", "protect you against others",
            // "to detect, prevent, or otherwise address fraud, security or technical issues".
            "fraud security or technical issues", "fraud security and technical issues", "fraud security technical",
            "security or technical issues", "security and technical issues",
            // The Safe Harbor principles by name ("notice, choice, onward transfer, security, data
            // integrity, access, and enforcement") and legal "special protections" take no measure.
            "onward transfer security", "transfer security data integrity", "special protection*",
            // Pages named for security ("visit the Facebook Security Help Center") describe no measure.
            "security help center", "security center", "security tips", "security page",
            // Authorities, officers and laws named for data protection take no measure.
            "data protection commission*", "data protection authorit*", "data protection officer*",
            "data protection law*", "data protection regulation*", "data protection act*", "data protection legislation",
            "data protection board", "data protection supervisory", "data protection right*",
            // Security as an aim of use ("to promote safety, integrity and security").
            "promote ... security", "safety integrity and security",
        ]),
        (.honorDoNotTrack, [
            "do not track", "dnt", "do-not-track", "requests not to be tracked", "request not to be tracked",
        ]),
        (.honor, [
            "honor*", "honour*", "respect*", "respond*", "recogni*", "comply", "complies", "support*", "process*",
            "treat*", "alter ... practices", "change ... practices", "act on", "acts on", "obey*", "follow",
            // "we do not change system behavior ... in response to browser requests not to be tracked".
            "change ... behavior", "change ... behaviour", "in response to",
        ]),
        (.generalRemark, [
            "web sites collect", "websites collect", "many web sites", "many websites", "most web sites",
            "most websites", "some web sites", "some websites", "web sites often", "websites often",
            "web sites may collect", "websites may collect", "web sites use", "websites use",
        ]),
        (.ownershipChange, [
            "merger*", "acquisition*", "bankrupt*", "reorganization*", "sale of assets", "sale of all",
            "sale of substantially", "sale of our business", "sale of the business", "sale of the company",
            "sale of our company", "change of control", "change in control", "divestiture*", "dissolution",
            "liquidation", "insolvency", "receivership",
        ]),
        (.change, ["chang*", "modif*", "updat*", "revis*", "amend*"]),
        (.contact, ["contact*", "question*", "concern*", "complaint*", "inquir*", "comments", "feedback", "write to", "reach us"]),
    ]
}
