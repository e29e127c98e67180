/// Elements in chunks of ``Chunking/size``: no array of them all is reserved up front or grown
/// by doubling (which holds a copy, and up to half again, beside the elements while it grows),
/// and a pass that reads them in order frees each chunk behind it (``freeChunks(below:)``,
/// ``takeChunks()``), so that its input and its output are not both held whole. The leaves of
/// a document and the section tree's items live in these.
struct Chunked<Element>: RandomAccessCollection, MutableCollection {
    private(set) var chunks: [[Element]] = []
    private(set) var endIndex = 0

    init() {}

    init(_ elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    var startIndex: Int { 0 }

    subscript(position: Int) -> Element {
        get { chunks[position >> Chunking.shift][position & Chunking.mask] }
        set { chunks[position >> Chunking.shift][position & Chunking.mask] = newValue }
    }

    /// The first chunk grows as an array does (most documents hold less than a chunk); each
    /// later one is made at its full size.
    mutating func append(_ element: Element) {
        if chunks.isEmpty || chunks[chunks.count - 1].count == Chunking.size {
            var chunk: [Element] = []
            if !chunks.isEmpty { chunk.reserveCapacity(Chunking.size) }
            chunks.append(chunk)
        }
        chunks[chunks.count - 1].append(element)
        endIndex += 1
    }

    mutating func append(contentsOf elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    /// Frees the chunks that lie wholly before `position` (their elements must not be read again).
    mutating func freeChunks(below position: Int) {
        var chunk = position >> Chunking.shift - 1
        while chunk >= 0, !chunks[chunk].isEmpty {
            chunks[chunk] = []
            chunk -= 1
        }
    }

    /// Takes the chunks out, in order, leaving no elements.
    mutating func takeChunks() -> [[Element]] {
        defer { endIndex = 0 }
        return exchange(&chunks, with: [])
    }

    /// Calls `body` with the chunks (which it must not resize).
    mutating func withChunks<R>(_ body: (inout [[Element]]) -> R) -> R {
        body(&chunks)
    }
}

/// The size of a ``Chunked`` collection's chunks.
enum Chunking {
    static let shift = 12
    static let size = 1 << shift
    static let mask = size - 1
}
