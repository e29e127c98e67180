import Foundation
import PolicyModel

/// The parsed policy's stored form: the `Policy` value as JSON (its `Codable` shape), without
/// its `file`, which is the path it is read from this time.
enum PolicyCoding {
    static func encode(_ policy: Policy) -> [UInt8] {
        var policy = policy
        policy.file = ""
        let encoder = JSONEncoder()
        // A Policy always encodes: its strings and numbers have JSON forms.
        return [UInt8]((try? encoder.encode(policy)) ?? Data())
    }

    static func decode(_ bytes: [UInt8], file: String) -> Policy? {
        guard var policy = try? JSONDecoder().decode(Policy.self, from: Data(bytes)) else { return nil }
        policy.file = file
        return policy
    }
}
