import PolicyModel

/// Grows a corpus to `count` policies by cloning the loaded ones with new ids and domains.
enum Cloner {
    static func clone(_ base: [Policy], to count: Int) -> [Policy] {
        (0..<count).map { i in
            var p = base[i % base.count]
            let domain = "c\(i)." + (p.domain ?? "example.com")
            p.domain = domain
            p.id = "\(domain)@\(i)"
            return p
        }
    }
}
