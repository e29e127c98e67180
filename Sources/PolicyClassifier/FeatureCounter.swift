/// A reusable open-addressing table that counts how often each bucket occurs in one text.
///
/// Clearing is O(1) (a generation stamp), and the distinct buckets are listed in order of
/// first occurrence, so iterating is deterministic and proportional to the text length.
/// The table lives in manually managed memory so the hot loop has no bounds or exclusivity
/// checks; a counter serves one thread at a time (it is deliberately not `Sendable`).
final class FeatureCounter {
    /// One slot: the bucket, its count, and the generation that owns the slot.
    private struct Entry {
        var bucket: UInt32
        var count: UInt32
        var stamp: UInt32
    }

    private var entries: UnsafeMutablePointer<Entry>
    /// Slots in use, in order of first occurrence.
    private var used: UnsafeMutablePointer<Int32>
    private(set) var distinctCount = 0
    private var generation: UInt32 = 1
    private var capacityBits: Int
    private var mask: Int
    private var slotShift: UInt32

    init(capacityBits: Int = 12) {
        self.capacityBits = capacityBits
        let capacity = 1 << capacityBits
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry(bucket: 0, count: 0, stamp: 0), count: capacity)
        used = .allocate(capacity: capacity / 2 + 1)
        mask = capacity - 1
        slotShift = UInt32(32 - capacityBits)
    }

    deinit {
        entries.deallocate()
        used.deallocate()
    }

    /// Forgets every count.
    @inline(__always)
    func reset() {
        distinctCount = 0
        generation &+= 1
        if generation == 0 {
            entries.update(repeating: Entry(bucket: 0, count: 0, stamp: 0), count: 1 << capacityBits)
            generation = 1
        }
    }

    /// Counts one occurrence of `bucket`.
    @inline(__always)
    func add(_ bucket: UInt32) {
        if distinctCount &* 2 >= mask { grow() }
        var slot = Int((bucket &* 0x9E37_79B1) >> slotShift)
        while entries[slot].stamp == generation {
            if entries[slot].bucket == bucket {
                entries[slot].count &+= 1
                return
            }
            slot = (slot &+ 1) & mask
        }
        entries[slot] = Entry(bucket: bucket, count: 1, stamp: generation)
        used[distinctCount] = Int32(truncatingIfNeeded: slot)
        distinctCount &+= 1
    }

    /// Calls `body(bucket, count)` for each distinct bucket, in order of first occurrence.
    @inline(__always)
    func forEach(_ body: (UInt32, UInt32) -> Void) {
        for index in 0..<distinctCount {
            let entry = entries[Int(used[index])]
            body(entry.bucket, entry.count)
        }
    }

    /// Doubles the table, keeping the counts and their order.
    private func grow() {
        let kept = (0..<distinctCount).map { entries[Int(used[$0])] }
        entries.deallocate()
        used.deallocate()
        capacityBits += 1
        let capacity = 1 << capacityBits
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: Entry(bucket: 0, count: 0, stamp: 0), count: capacity)
        used = .allocate(capacity: capacity / 2 + 1)
        mask = capacity - 1
        slotShift = UInt32(32 - capacityBits)
        generation = 1
        distinctCount = 0
        for entry in kept {
            var slot = Int((entry.bucket &* 0x9E37_79B1) >> slotShift)
            while entries[slot].stamp == generation { slot = (slot &+ 1) & mask }
            entries[slot] = Entry(bucket: entry.bucket, count: entry.count, stamp: generation)
            used[distinctCount] = Int32(truncatingIfNeeded: slot)
            distinctCount += 1
        }
    }
}
