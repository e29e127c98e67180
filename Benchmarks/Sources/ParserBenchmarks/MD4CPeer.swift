import CMD4CBench

/// md4c alone over the same bytes, with callbacks that only count: the floor any parser built
/// on it can reach (flags as `MarkdownReader` sets them).
enum MD4CPeer {
    nonisolated(unsafe) static var counter = 0

    static func parse(_ bytes: [UInt8]) {
        var parser = MD_PARSER()
        parser.abi_version = 0
        parser.flags = UInt32(MD_FLAG_TABLES | MD_FLAG_NOHTMLSPANS | MD_FLAG_STRIKETHROUGH)
        parser.enter_block = { _, _, _ in MD4CPeer.counter += 1; return 0 }
        parser.leave_block = { _, _, _ in 0 }
        parser.enter_span = { _, _, _ in MD4CPeer.counter += 1; return 0 }
        parser.leave_span = { _, _, _ in 0 }
        parser.text = { _, _, size, _ in MD4CPeer.counter += Int(size); return 0 }
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { _ = md_parse($0, MD_SIZE(buffer.count), &parser, nil) }
        }
    }
}
