import CMD4C

/// Gives the allocator's free pages back to the system while a long document's tree is built.
///
/// `assemble` frees the items as it places their blocks into arrays made at their size: the
/// freed items lie inside the heap, which glibc keeps resident, while a large array is new
/// memory, so without this both are counted at the end of a large file (a 100 MB table: its
/// peak went from 3.13x to 2.92x its size with this). `malloc_trim` hands back the free pages;
/// `assemble` calls it once per 32,768 blocks placed (18 times for that table, with no change in
/// its parse time that this machine can measure). Elsewhere than glibc it does nothing.
enum Trimming {
    static func giveBackFreedMemory() {
        #if canImport(Glibc)
        _ = malloc_trim(0)
        #endif
    }
}
