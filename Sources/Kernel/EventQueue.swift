/// A priority queue of simulation events ordered by (time, insertion sequence).
///
/// Events with equal times pop in the order they were pushed, so a run is
/// deterministic. The queue is a 4-ary min-heap stored in a contiguous array (half the
/// levels of a binary heap, and a node's four children lie side by side in memory);
/// sifting moves a hole instead of swapping.
///
/// A queue may also have *lanes*: first-in, first-out lists for streams of events that
/// are usually pushed in time order (a Poisson arrival process schedules its next arrival
/// after the last; a constant delay keeps its events in order). An event pushed to a lane
/// at or after the lane's last time waits there, at O(1) cost; one pushed earlier goes to
/// the heap. Every entry keeps its (time, sequence) key and ``popMin()`` takes the least
/// key of the heap's top and the lanes' heads, so lanes never change the order in which
/// events pop: only what it costs.
///
/// - Complexity: `push` and `popMin` are O(log `count`), O(1) for an entry in a lane
///   (plus one comparison per lane); `peekTime` is O(number of lanes).
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

  /// The lanes, each a FIFO of entries in key order.
  @usableFromInline
  internal var lanes: ContiguousArray<Lane>

  /// Each lane's head key, `UInt128.max` (above every real key) when the lane is empty:
  /// kept beside the lanes so finding the least head reads one small array.
  @usableFromInline
  internal var laneHeads: ContiguousArray<UInt128>

  /// The least of ``laneHeads`` (`UInt128.max` when every lane is empty) and its lane (−1
  /// then), so a pop or a peek compares the heap's top with one key.
  @usableFromInline
  internal var leastLaneHead: UInt128 = .max

  @usableFromInline
  internal var leastLane = -1

  /// Creates an empty queue with `laneCount` lanes (numbered from 0).
  @inlinable
  public init(laneCount: Int = 0) {
    precondition(laneCount >= 0, "a queue has no negative number of lanes")
    lanes = ContiguousArray(repeating: Lane(), count: laneCount)
    laneHeads = ContiguousArray(repeating: .max, count: laneCount)
  }

  /// The number of pending events.
  @inlinable
  public var count: Int { lanes.reduce(storage.count) { $0 + $1.count } }

  /// Whether no event is pending.
  @inlinable
  public var isEmpty: Bool { count == 0 }

  /// The firing time of the earliest event, or `nil` when the queue is empty.
  @inlinable
  public var peekTime: Double? {
    let least = min(storage.first?.order ?? .max, leastLaneHead)
    return least == .max ? nil : Double(bitPattern: UInt64(truncatingIfNeeded: least >> 64))
  }

  /// Whether an event is pending at or before `time`.
  ///
  /// - Precondition: `time >= 0`.
  @inlinable
  public func hasEvent(atOrBefore time: Double) -> Bool {
    // The greatest key at `time`: its bit pattern above the largest sequence.
    let bound = UInt128((time + 0).bitPattern) << 64 | UInt128(UInt64.max)
    return min(storage.first?.order ?? .max, leastLaneHead) <= bound
  }

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

  /// Adds an event that fires at `time`, in lane `lane` if `time` is at or after the time
  /// of the lane's last entry, and in the heap otherwise.
  ///
  /// - Precondition: `time >= 0`, and `lane` is one of the queue's lanes.
  /// - Complexity: O(1) in the lane, O(log `count`) in the heap.
  @inlinable
  public mutating func push(_ payload: Payload, at time: Double, lane: Int) {
    let entry = Entry(time: time, sequence: nextSequence, payload: payload)
    // The new entry's sequence is the largest yet, so time order is key order.
    if lanes[lane].accepts(entry) {
      assert(time >= 0, "EventQueue orders non-negative times only, not \(time)")
      nextSequence &+= 1
      lanes[lane].append(entry)
      updateHead(of: lane)
    } else {
      push(payload, at: time)
    }
  }

  /// Removes and returns the earliest event, or `nil` when the queue is empty.
  ///
  /// - Complexity: O(log `count`), or O(1) plus one comparison per lane when the earliest
  ///   event waits in a lane.
  @inlinable
  public mutating func popMin() -> Entry? {
    guard leastLane >= 0, leastLaneHead < storage.first?.order ?? .max else { return popHeap() }
    let from = leastLane
    let entry = lanes[from].removeFirst()
    updateHead(of: from)
    return entry
  }

  /// Caches `lane`'s head key in ``laneHeads``, and the least head in ``leastLaneHead``:
  /// the one place these caches change.
  @inlinable @inline(__always)
  internal mutating func updateHead(of lane: Int) {
    let head = lanes[lane].headOrder ?? .max
    laneHeads[lane] = head
    if head < leastLaneHead {
      leastLaneHead = head
      leastLane = lane
    } else if lane == leastLane {
      // The least head left (or grew): find the new least.
      leastLaneHead = .max
      leastLane = -1
      for index in laneHeads.indices where laneHeads[index] < leastLaneHead {
        leastLaneHead = laneHeads[index]
        leastLane = index
      }
    }
  }

  /// Stops the program unless the heap property holds, every lane's keys rise from head
  /// to tail, and ``laneHeads`` holds each lane's head key (for tests and debug checks).
  public func checkInvariants() {
    for index in storage.indices.dropFirst() {
      precondition(!storage[index].precedes(storage[(index - 1) >> 2]), "EventQueue: heap order broken at \(index)")
    }
    for (index, lane) in lanes.enumerated() {
      let waiting = lane.entries[lane.start...]
      precondition(zip(waiting, waiting.dropFirst()).allSatisfy { !$1.precedes($0) }, "EventQueue: lane \(index) out of order")
      precondition(laneHeads[index] == (lane.headOrder ?? .max), "EventQueue: lane \(index)'s cached head is stale")
    }
    let least = laneHeads.min() ?? .max
    precondition(leastLaneHead == least && (least == .max ? leastLane == -1 : laneHeads[leastLane] == least),
                 "EventQueue: the cached least lane head is stale")
  }

  /// Removes and returns the heap's least entry.
  @inlinable
  internal mutating func popHeap() -> Entry? {
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
