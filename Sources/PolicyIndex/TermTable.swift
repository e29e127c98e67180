/// An open-addressing hash table from (word bytes, language flag) to dense ids 0, 1, 2...
///
/// Words live back to back in one byte arena, so looking up a word from the tokenizer's buffer
/// needs no String and no allocation.
struct TermTable: Sendable {
    /// Word bytes of every term, back to back.
    private(set) var arena: [UInt8] = []
    /// Term `i` is `arena[starts[i]..<starts[i + 1]]`.
    private(set) var starts: [UInt32] = [0]
    /// Per term: 1 for words from English policies (stemmed at query time), 0 otherwise.
    private(set) var english: [Bool] = []
    private var hashes: [UInt64] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The table of words saved from another (``PolicyIndex/encoded()``): the same ids.
    init(arena: [UInt8], starts: [UInt32], english: [Bool]) {
        self.init(capacity: english.count)
        self.arena = arena
        self.starts = starts
        self.english = english
        hashes.reserveCapacity(english.count)
        for id in 0..<english.count {
            let h = withBytes(of: id) { Self.hash($0, english: english[id]) }
            hashes.append(h)
            var slot = Int(truncatingIfNeeded: h) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    var count: Int { english.count }

    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>, english: Bool) -> UInt64 {
        var h: UInt64 = english ? 0xcbf2_9ce4_8422_2325 : 0x8422_2325_cbf2_9ce4
        for b in key {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01B3
        }
        return h ^ (h >> 29)
    }

    private func equals(_ id: Int, _ key: UnsafeBufferPointer<UInt8>, _ english: Bool) -> Bool {
        guard self.english[id] == english else { return false }
        let start = Int(starts[id]), end = Int(starts[id + 1])
        guard end - start == key.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            var i = 0
            while i < key.count {
                if a[start + i] != key[i] { return false }
                i += 1
            }
            return true
        }
    }

    /// The id of a word, or nil.
    func find(_ key: UnsafeBufferPointer<UInt8>, english: Bool) -> Int? {
        let h = Self.hash(key, english: english)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { return nil }
            if hashes[id] == h, equals(id, key, english) { return id }
            slot = (slot + 1) & mask
        }
    }

    func find(_ word: String, english: Bool) -> Int? {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { find(UnsafeBufferPointer($0), english: english) }
    }

    /// The id of a word, adding it when new.
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>, english: Bool) -> Int {
        let h = Self.hash(key, english: english)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let id = Int(slots[slot])
            if id < 0 { break }
            if hashes[id] == h, equals(id, key, english) { return id }
            slot = (slot + 1) & mask
        }
        let id = count
        arena.append(contentsOf: key)
        starts.append(UInt32(arena.count))
        self.english.append(english)
        hashes.append(h)
        slots[slot] = Int32(id)
        if count * 2 > slots.count { grow() }
        return id
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for id in 0..<count {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id)
        }
    }

    /// Calls `body` with the bytes of term `id`.
    func withBytes<R>(of id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        arena.withUnsafeBufferPointer { a in
            body(UnsafeBufferPointer(rebasing: a[Int(starts[id])..<Int(starts[id + 1])]))
        }
    }

    func word(_ id: Int) -> String {
        withBytes(of: id) { String(decoding: $0, as: UTF8.self) }
    }

    /// Bytes held by the table's arrays.
    var byteCount: Int {
        arena.capacity + starts.capacity * 4 + english.capacity + hashes.capacity * 8 + slots.capacity * 4
    }
}
