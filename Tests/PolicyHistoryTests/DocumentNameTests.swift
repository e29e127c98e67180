import PolicyModel
import Testing
@testable import PolicyHistory

@Suite struct DocumentNameTests {
    @Test func displayAndTypedForms() {
        let name = DocumentName(service: "Facebook", type: "Privacy Policy")
        #expect(name.description == "Facebook — Privacy Policy")
        for typed in ["Facebook — Privacy Policy", "Facebook - Privacy Policy", "Facebook/Privacy Policy", "facebook/privacy  policy", "Facebook – Privacy Policy"] {
            #expect(name.matches(typed), "\(typed)")
        }
        #expect(!name.matches("Facebook"))
        #expect(!name.matches("Facebook/Terms of Service"))
    }

    @Test func domainsFoldCaseAndWWW() {
        #expect(DocumentName.domain("WWW.Act-On.com") == DocumentName.domain("act-on.com"))
        #expect(DocumentName.domain("www.act-on.com").description == "act-on.com")
        #expect(DocumentName.domain("act-on.com").matches("www.act-on.com"))
        // A hyphen inside a domain is no separator.
        #expect(DocumentName.parse("act-on.com") == DocumentName.domain("act-on.com"))
    }
}

@Suite struct DocumentGroupingTests {
    @Test func datedFilesGroupByFolders() throws {
        let (doc, date) = DocumentGrouping.document(forFile: "/x/pga-v1/Facebook/Privacy Policy/20040613_Facebook_PrivacyPolicy.md", domain: nil)
        #expect(doc.description == "Facebook — Privacy Policy")
        #expect(date == ArchiveDate(year: 2004, month: 6, day: 13))
        // The bundle's file of the same document.
        #expect(DocumentGrouping.document(forFile: "Facebook/Privacy Policy.md", domain: nil).document == doc)
        #expect(DocumentGrouping.document(forFile: "Facebook/Privacy Policy.md", domain: nil).nameDate == nil)
        // A stem that is only a date, or only the folder's name.
        #expect(DocumentGrouping.document(forFile: "/a/Acme/Terms/2020-01-31.md", domain: nil).document.description == "Acme — Terms")
        #expect(DocumentGrouping.document(forFile: "/a/Acme/Terms/terms_2020-01-31.md", domain: nil).document.description == "Acme — Terms")
    }

    @Test func otherStemsNameTheirOwnDocument() {
        let a = DocumentGrouping.document(forFile: "/a/archive/2020-01-01_terms.md", domain: nil)
        let b = DocumentGrouping.document(forFile: "/a/archive/2021-05-02_terms.md", domain: nil)
        let c = DocumentGrouping.document(forFile: "/a/archive/2021-05-02_privacy.md", domain: nil)
        #expect(a.document.description == "archive — terms")
        #expect(a.document == b.document)
        #expect(c.document != a.document)
        #expect(b.nameDate == ArchiveDate(year: 2021, month: 5, day: 2))
    }

    @Test func corpusHeaderGroupsByDomain() {
        let seed = DocumentGrouping.document(forFile: "/s/seeds/004_79b632cbf5e8d973.txt", domain: "act-on.com")
        let corpus = DocumentGrouping.document(forFile: "/s/corpus/policies/act-on.com.md", domain: "act-on.com")
        #expect(seed.document == corpus.document)
        #expect(seed.document.description == "act-on.com")
        // Without the header a domain-shaped stem still names the domain.
        #expect(DocumentGrouping.document(forFile: "/s/act-on.com.md", domain: nil).document == seed.document)
    }

    @Test func datesInNames() {
        #expect(DocumentGrouping.dateInName("20040613_Facebook_PrivacyPolicy")?.rest == "Facebook_PrivacyPolicy")
        #expect(DocumentGrouping.dateInName("policy 2019-02-28")?.date == ArchiveDate(year: 2019, month: 2, day: 28))
        #expect(DocumentGrouping.dateInName("20041399_x") == nil, "no 13th month")
        #expect(DocumentGrouping.dateInName("123456789") == nil, "nine digits are no date")
        #expect(DocumentGrouping.dateInName("v12019-02-28") == nil, "digits touching the date")
        #expect(DocumentGrouping.dateInName("000_0e502c8ae9d0838a") == nil)
    }
}
