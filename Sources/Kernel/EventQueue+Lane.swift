extension EventQueue {
  /// One lane of the queue: a first-in, first-out list of entries whose keys rise from
  /// head to tail, so its head is its least entry.
  ///
  /// Popped entries are skipped by a moving head; the storage is reused once the lane is
  /// empty, and compacted once at least 1,024 entries and at least half of it have been popped.
  @usableFromInline
  struct Lane {
    @usableFromInline
    internal var entries: ContiguousArray<Entry> = []

    /// The index of the head in `entries`.
    @usableFromInline
    internal var start = 0

    @inlinable
    init() {}

    /// The number of entries waiting.
    @inlinable
    var count: Int { entries.count - start }

    /// The head's key, or nil when the lane is empty.
    @inlinable
    var headOrder: UInt128? { start < entries.count ? entries[start].order : nil }

    /// Whether `entry` may join at the tail (its key is not below the tail's).
    @inlinable
    func accepts(_ entry: Entry) -> Bool { entries.last.map { !entry.precedes($0) } ?? true }

    /// Adds `entry`, whose key is at least the tail's, at the tail.
    @inlinable
    mutating func append(_ entry: Entry) { entries.append(entry) }

    /// Removes and returns the head.
    ///
    /// - Precondition: the lane is not empty.
    @inlinable
    mutating func removeFirst() -> Entry {
      // A lane that holds one entry (the next arrival's, say) empties without compaction.
      if start == 0 && entries.count == 1 { return entries.removeLast() }
      let entry = entries[start]
      start += 1
      if start == entries.count {
        entries.removeAll(keepingCapacity: true)
        start = 0
      } else if start >= 1024 && start * 2 >= entries.count {
        entries.removeFirst(start)
        start = 0
      }
      return entry
    }
  }
}
