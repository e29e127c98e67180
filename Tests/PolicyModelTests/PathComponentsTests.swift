import PolicyModel
import Testing

@Suite struct PathComponentsTests {
    @Test("the last components equal a full split's, for every count", arguments: [
        "", "/", "//", "a", "/a", "a/", "a//b/c.md", "/x/y/z/w.txt", "Facebook/Privacy Policy/20040613_Facebook.md",
        "./dir/ü/naïve — name.md", "a/b/",
    ])
    func lastEqualsSplit(_ path: String) {
        let all = path.split(separator: "/")
        for count in 0...4 {
            #expect(PathComponents.last(of: path, count) == Array(all.suffix(count)), "\(path) \(count)")
        }
        #expect(PathComponents.name(of: path) == all.last)
    }
}
