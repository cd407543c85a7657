/// A priority queue of simulation events ordered by (time, insertion sequence).
///
/// Events with equal times pop in the order they were pushed, so a run is
/// deterministic. The queue is a 4-ary min-heap stored in a contiguous array (half the
/// levels of a binary heap, and a node's four children lie side by side in memory);
/// sifting moves a hole instead of swapping.
///
/// - Complexity: `push` and `popMin` are O(log `count`); `peekTime` is O(1).
public struct EventQueue<Payload> {
  /// One queued event: its firing time, its insertion sequence and its payload.
  public struct Entry {
    /// The order of entries: the time's bit pattern (which orders non-negative doubles as
    /// integers) above the insertion sequence, so one unsigned 128-bit comparison decides.
    @usableFromInline
    let order: UInt128
    /// What happens.
    public let payload: Payload

    @inlinable
    init(time: Double, sequence: UInt64, payload: Payload) {
      // + 0 turns −0 into +0, whose bit pattern sorts first.
      order = UInt128((time + 0).bitPattern) << 64 | UInt128(sequence)
      self.payload = payload
    }

    /// Simulated time, in seconds, at which the event fires.
    @inlinable
    public var time: Double { Double(bitPattern: UInt64(truncatingIfNeeded: order >> 64)) }

    /// Insertion sequence number; breaks ties between equal times.
    @inlinable
    public var sequence: UInt64 { UInt64(truncatingIfNeeded: order) }

    @inlinable @inline(__always)
    func precedes(_ other: Entry) -> Bool { order < other.order }
  }

  @usableFromInline
  internal var storage: ContiguousArray<Entry> = []

  @usableFromInline
  internal var nextSequence: UInt64 = 0

  /// Creates an empty queue.
  @inlinable
  public init() {}

  /// The number of pending events.
  @inlinable
  public var count: Int { storage.count }

  /// Whether no event is pending.
  @inlinable
  public var isEmpty: Bool { storage.isEmpty }

  /// The firing time of the earliest event, or `nil` when the queue is empty.
  @inlinable
  public var peekTime: Double? { storage.first?.time }

  /// Adds an event that fires at `time`.
  ///
  /// - Precondition: `time >= 0` (the key orders non-negative times only; checked in debug
  ///   builds, and `Simulator` never schedules before its start time, which is ≥ 0).
  /// - Complexity: O(log `count`).
  @inlinable
  public mutating func push(_ payload: Payload, at time: Double) {
    assert(time >= 0, "EventQueue orders non-negative times only, not \(time)")
    let entry = Entry(time: time, sequence: nextSequence, payload: payload)
    nextSequence &+= 1
    storage.append(entry)
    storage.withUnsafeMutableBufferPointer { heap in
      var hole = heap.count - 1
      while hole > 0 {
        let parent = (hole &- 1) >> 2
        if entry.precedes(heap[parent]) {
          heap[hole] = heap[parent]
          hole = parent
        } else {
          break
        }
      }
      heap[hole] = entry
    }
  }

  /// Removes and returns the earliest event, or `nil` when the queue is empty.
  ///
  /// - Complexity: O(log `count`).
  @inlinable
  public mutating func popMin() -> Entry? {
    guard let last = storage.popLast() else { return nil }
    if storage.isEmpty { return last }
    let top = storage[0]
    storage.withUnsafeMutableBufferPointer { heap in
      let n = heap.count
      var hole = 0
      var first = 1
      // A 4-ary heap: while all four children exist, find the least without branches.
      while first &+ 3 < n {
        let a = first &+ (heap[first &+ 1].precedes(heap[first]) ? 1 : 0)
        let b = first &+ 2 &+ (heap[first &+ 3].precedes(heap[first &+ 2]) ? 1 : 0)
        let child = heap[b].precedes(heap[a]) ? b : a
        guard heap[child].precedes(last) else { heap[hole] = last; return }
        heap[hole] = heap[child]
        hole = child
        first = 4 &* hole &+ 1
      }
      if first < n {
        var child = first
        var index = first &+ 1
        while index < n {
          if heap[index].precedes(heap[child]) { child = index }
          index &+= 1
        }
        if heap[child].precedes(last) {
          heap[hole] = heap[child]
          hole = child
        }
      }
      heap[hole] = last
    }
    return top
  }
}
