/// Phrases naming each kind of data (see ``PhrasePattern`` for the syntax).
enum DataTypePatterns {
    static let table: [(DataType, [String])] = [
        (.contact, [
            "name", "names", "first name", "last name", "full name", "e-mail address*", "email address*",
            "mail address*", "phone number*", "telephone number*", "mobile number*", "phone", "telephone",
            "postal address*", "mailing address*", "physical address*", "street address*", "home address*",
            "contact information", "contact info*", "contact details", "contact data", "address and",
        ]),
        (.financial, [
            "credit card*", "debit card*", "card number*", "payment information", "payment details", "payment data",
            "payment method*", "payment card*", "billing information", "billing details", "billing address*",
            "billing data", "bank account*", "financial information", "financial data", "credit information",
            "account number*", "financials", "payment info*", "billing info*", "billing record*",
            // "any necessary billing and shipping information".
            "billing ... information",
            // Older policies call card numbers "sensitive information": financial, not special-category.
            "sensitive information ... credit card*", "sensitive information ... card number*",
            "sensitive information ... financial", "sensitive information ... bank account*",
            "sensitive data ... credit card*", "sensitive data ... financial", "sensitive information ... payment",
            "sensitive personal information ... credit card*", "sensitive personal information ... card number*",
            "sensitive personal data ... credit card*",
        ]),
        (.device, [
            "ip address*", "internet protocol address*", "internet address*", "ip", "ip addresses", "browser type*", "type of browser",
            "browser version*", "browser software", "browser information", "operating system*", "device identifier*",
            "device id", "device ids", "device information", "device type*", "device data", "unique device", "hardware model*",
            "log file*", "log information", "log data", "server log*", "referring url*", "referring page*",
            "referring website*", "referring site*", "referral url*", "referrer*", "exit pages", "clickstream*",
            "click stream*", "internet service provider*", "isp", "domain name*", "access time*", "time stamp*",
            "timestamp*", "date and time", "pages you visit", "pages visited", "pages accessed", "pages viewed",
            "pages ... access or visit", "pages ... visit or access", "web pages viewed", "site activity",
            "mac address*", "usage data", "usage information", "navigational information", "computer's operating",
            "traffic data", "connection information", "mobile device identifier*", "advertising identifier*",
        ]),
        (.cookies, ["cookie*", "flash cookie*", "local shared object*", "local storage"]),
        (.webBeacons, [
            "web beacon*", "pixel tag*", "clear gif*", "transparent gif*", "single pixel", "pixel gif*",
            "tracking pixel*", "web bug*", "pixels", "the pixel", "a pixel", "our pixel", "meta pixel", "facebook pixel",
            "tiktok pixel", "pixel code", "pixel technolog*", "beacon*", "1x1 pixel*", "spotlight tag*", "action tag*",
            // Tags an advertiser puts on its site ("the Pinterest Tag (a piece of code ...)").
            "pinterest tag", "insight tag", "conversion tag*", "conversion pixel*", "piece of code", "snippet of code",
            "snippets of code", "code snippet*",
        ]),
        // Precise location: GPS, the device's location services, "precise geolocation".
        (.location, [
            "precise location", "geolocation", "geo location", "precise ... location",
            "gps", "location services", "latitude", "longitude", "device location", "real time location",
            "location of your device", "location ... of your device", "location ... from your device",
            "location of your mobile device", "wi fi access points", "cell tower*", "your device's location",
        ]),
        // Location that is approximate, or not said to be precise ("location information").
        (.approximateLocation, [
            "location data", "location information", "your location", "physical location", "geographic location",
            "geographical location", "location based",
            "approximate location", "approximate geographic*", "general location", "general geographic*",
            "coarse location", "city level", "country level", "geo location via ip", "geolocation via ip",
            "location via ip", "location ... from your ip", "location ... from the ip", "location ... based on ... ip",
            "geolocation ... based on ... ip", "geolocation ... from your ip", "geolocation ... derived from", "geolocation ... inferred from",
            "location ... derived from", "location ... inferred from", "ip address* ... to determine ... location",
            "ip address* ... to infer ... location", "ip address* ... to estimate ... location",
            "ip address* ... approximate", "ip based location", "ip geolocation", "city and country",
            "country and city", "city or country", "country or city", "state or country", "country or region",
        ]),
        (.demographic, [
            "age", "gender", "sex", "date of birth", "birth date", "birthdate", "birthday", "zip code*",
            "postal code*", "demographic*", "income", "household income", "education level", "occupation",
            "marital status", "ethnicity", "race", "language preference*",
        ]),
        (.health, ["health", "medical", "medication*", "prescription*", "diagnos*", "disease*", "symptom*", "treatment*"]),
        (.sensitive, [
            "sensitive personal*", "sensitive data", "sensitive information", "sensitive categor*", "special categor*",
            "biometric*", "genetic*", "racial", "ethnic origin", "ethnicity", "religio*", "sexual orientation",
            "sex life", "sexual life", "political opinion*", "philosophical belief*", "trade union",
            "government id", "government ids", "government identification", "government issued", "social security number*", "ssn", "driver's licen*",
            "drivers licen*", "passport number*", "tax id", "tax ids", "tax id number*", "tax identification number*",
            "taxpayer identification number*", "taxpayer id", "national id", "national ids", "national identification", "identity document*",
            "face geometry", "facial recognition", "voiceprint*", "fingerprints", "your fingerprint",
            "fingerprint data", "fingerprint scan*", "fingerprint template*", "fingerprint recognition", "health information", "health data",
            "health related", "medical information", "medical data", "medical records", "health condition*",
            "medical condition*", "mental health", "physical health", "prescription number*", "prescription information", "your prescription*",
            // "your sensitive (and potentially sensitive) personal information".
            "sensitive ... personal information", "sensitive ... personal data",
            // Identity documents and faces taken to verify who someone is.
            "identity verification document*", "identification document*", "id document*", "id documentation",
            "copy of your id", "photo of your id", "image of your id", "government issued id", "government issued ids",
            "selfie*", "video selfie*", "photo of your face", "image of your face", "face scan*", "facial scan*",
            "facial feature*", "facial geometry", "facial age estimation", "face or body feature*", "faces detected",
            "face detection", "face recognition",
        ]),
        (.userContent, [
            "user content", "content you post", "content you provide", "content you upload", "photo", "photos",
            "comment", "comments", "messages", "posts", "user generated", "files you upload", "uploaded",
            "testimonial*", "reviews", "contributions", "your content", "customer data", "forum*", "bulletin board*",
            "chat room*", "message board*",
        ]),
        (.children, ["child*", "minor", "minors", "kids", "teen*", "under the age", "under age", "youth*", "parent*"]),
        (.personal, [
            "personal information", "personal data", "personally identifiable", "personally identifying",
            "personally identified", "personally identifies", "pii", "your information", "information about you", "your data",
            "user data", "personal details", "personal info", "customer information", "customer data",
            "user information", "information you provide", "information we collect", "information that identifies",
            "identifiable information", "your details",

        ]),
        (.deidentified, [
            "non personal*", "non personally", "aggregate*", "anonymous", "anonymized", "anonymised", "de identified",
            "deidentified", "not personally identifiable", "non identifying", "statistical", "not identify",
            "does not identify", "do not identify", "pseudonymous", "not personally",
        ]),
        (.unspecified, [
            "information", "data", "details", "info",
            // "sensitive information (such as login credentials)": no special category.
            "sensitive information ... login credential*", "sensitive information ... password*",
            "sensitive information ... username*", "sensitive data ... login credential*", "sensitive data ... password*",
        ]),
    ]
}
