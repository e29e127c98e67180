import PolicyModel
import Testing

@Suite struct ScalarCountTests {
    @Test(arguments: ["", "plain ASCII text.", "café", "naïve façade", "数据隐私政策", "emoji 👩‍👩‍👧 and flags 🇪🇺", "e\u{301}", "\r\n",
                      "\u{FEFF}bom", String(repeating: "ü", count: 1000)])
    func countsTheScalarsOfItsUTF8(_ text: String) {
        #expect(text.scalarCountFast == text.unicodeScalars.count)
    }

    @Test func aBridgedOrSubstringTextCountsTheSame() {
        let whole = "données personnelles — ©2019"
        let part = String(whole.dropFirst(3))
        #expect(part.scalarCountFast == part.unicodeScalars.count)
    }
}
