import Testing
import PolicyModel
@testable import PolicyIndex

@Suite struct DomainFilterTests {
    static let policies = [
        makePolicy(id: "site17-204.example@2012-01-02", domain: "site17-204.example", year: 2012, sentences: ["We sell data."]),
        makePolicy(id: "site170-9.example@2012-01-02", domain: "site170-9.example", year: 2012, sentences: ["We sell data."]),
        makePolicy(id: "shop.b.co.uk@2014-01-02", domain: "www.shop.b.co.uk", year: 2014, sentences: ["We sell data."]),
        makePolicy(id: "nodomain", domain: nil, year: nil, sentences: ["We sell data."]),
    ]

    func domains(_ index: PolicyIndex, _ filter: String) throws -> [String] {
        try index.search("sell " + filter, limit: 10).map { $0.domain ?? "-" }
    }

    @Test func wildcardsMatchRunsOfCharacters() async throws {
        let index = await PolicyIndex.build(policies: Self.policies)
        #expect(try domains(index, "domain:site17-*.example") == ["site17-204.example"])
        #expect(try domains(index, "domain:site17*.example") == ["site17-204.example", "site170-9.example"])
        #expect(try domains(index, "domain:*.co.uk") == ["www.shop.b.co.uk"])
        #expect(try domains(index, "domain:s*p.b.co.uk") == ["www.shop.b.co.uk"])
        #expect(try domains(index, "domain:*-9.*") == ["site170-9.example"])
        #expect(try domains(index, "domain:site18-*.example").isEmpty)
        #expect(try domains(index, "domain:*").count == 3)
    }

    @Test func plainDomainsMatchThemselvesAndSubdomains() async throws {
        let index = await PolicyIndex.build(policies: Self.policies)
        #expect(try domains(index, "domain:b.co.uk") == ["www.shop.b.co.uk"])
        #expect(try domains(index, "domain:WWW.shop.b.co.uk") == ["www.shop.b.co.uk"])
        #expect(try domains(index, "domain:hop.b.co.uk").isEmpty)
        #expect(try domains(index, "domain:site17-204.example") == ["site17-204.example"])
    }
}
