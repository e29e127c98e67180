/// An optional JSON field that is written as `null` when absent (synthesised `Encodable`
/// leaves an absent optional's key out; the CLI's JSON shapes keep every key).
struct OrNull<Wrapped: Encodable>: Encodable {
    var value: Wrapped?

    init(_ value: Wrapped?) {
        self.value = value
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
