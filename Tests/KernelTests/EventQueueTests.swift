import Testing
@testable import Kernel

struct EventQueueTests {
  @Test func popsInTimeOrder() {
    var queue = EventQueue<Int>()
    let times: [Double] = [5, 1, 4, 2, 3, 0.5, 10, 7]
    for (index, time) in times.enumerated() { queue.push(index, at: time) }
    var popped: [Double] = []
    while let entry = queue.popMin() { popped.append(entry.time) }
    #expect(popped == times.sorted())
  }

  @Test func equalTimesPopInInsertionOrder() {
    var queue = EventQueue<Int>()
    for index in 0..<100 { queue.push(index, at: Double(index % 3)) }
    var payloads: [Int] = []
    while let entry = queue.popMin() { payloads.append(entry.payload) }
    let expected = (0..<100).filter { $0 % 3 == 0 } + (0..<100).filter { $0 % 3 == 1 }
      + (0..<100).filter { $0 % 3 == 2 }
    #expect(payloads == expected)
  }

  @Test func matchesASortUnderRandomInterleaving() {
    // A linear congruential generator keeps this test free of other layers.
    var state: UInt64 = 12345
    func nextValue() -> Double {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Double(state >> 40) / Double(1 << 24)
    }
    var queue = EventQueue<Int>()
    var reference: [(time: Double, sequence: Int)] = []
    var sequence = 0
    var now = 0.0
    for step in 0..<20_000 {
      if step % 3 != 2 || reference.isEmpty {
        let time = now + (nextValue() * 10).rounded()  // many ties
        queue.push(sequence, at: time)
        queue.checkInvariants()
        reference.append((time, sequence))
        sequence += 1
      } else {
        let entry = queue.popMin()!
        let best = reference.indices.min {
          (reference[$0].time, reference[$0].sequence) < (reference[$1].time, reference[$1].sequence)
        }!
        #expect(entry.time == reference[best].time)
        #expect(entry.payload == reference[best].sequence)
        reference.remove(at: best)
        now = entry.time
      }
    }
    #expect(queue.count == reference.count)
  }

  @Test func lanesNeverChangeThePopOrder() {
    // The same pushes, each sent to a lane or to the heap at random, against a queue without
    // lanes: two lanes get mostly rising times (a stream in order, with some out of order that
    // must fall back to the heap), the rest go to the heap. Many ties across the three.
    var state: UInt64 = 987_654_321
    func nextValue() -> Double {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return Double(state >> 40) / Double(1 << 24)
    }
    var laned = EventQueue<Int>(laneCount: 2)
    var plain = EventQueue<Int>()
    var laneTail = [0.0, 0.0]
    var now = 0.0
    var pushed = 0
    var intoLanes = 0, fellBack = 0
    for step in 0..<30_000 {
      if step % 3 != 2 || plain.isEmpty {
        let choice = Int(nextValue() * 3)
        var time = now + (nextValue() * 10).rounded()
        if choice < 2 {
          // Mostly at or after the lane's last time; one in five earlier.
          if nextValue() < 0.8 { time = max(time, laneTail[choice]) }
          laneTail[choice] = max(laneTail[choice], time)
          let heapBefore = laned.storage.count
          laned.push(pushed, at: time, lane: choice)
          if laned.storage.count > heapBefore { fellBack += 1 } else { intoLanes += 1 }
        } else {
          laned.push(pushed, at: time)
        }
        plain.push(pushed, at: time)
        pushed += 1
        laned.checkInvariants()
        #expect(laned.count == plain.count)
        #expect(laned.peekTime == plain.peekTime)
        // Whether an event is due by a time, at the times themselves (ties) and between them.
        let probe = now + (nextValue() * 10).rounded() - (nextValue() < 0.5 ? 0.5 : 0)
        #expect(laned.hasEvent(atOrBefore: probe) == (plain.peekTime! <= probe))
        #expect(laned.hasEvent(atOrBefore: now) == (plain.peekTime! <= now))
      } else {
        let expected = plain.popMin()!
        let entry = laned.popMin()!
        #expect(entry.time == expected.time)
        #expect(entry.payload == expected.payload)
        #expect(entry.sequence == expected.sequence)
        laned.checkInvariants()
        now = entry.time
      }
    }
    while let expected = plain.popMin() { #expect(laned.popMin()?.payload == expected.payload) }
    #expect(laned.isEmpty)
    // Both paths were taken many times: pushes a lane kept, and pushes it sent to the heap.
    #expect(intoLanes > 5_000 && fellBack > 1_000)
  }

  @Test func aLaneHoldsEventsPushedInOrderAndTheHeapTheRest() {
    var queue = EventQueue<String>(laneCount: 1)
    queue.push("a", at: 5, lane: 0)
    queue.push("b", at: 7, lane: 0)
    queue.push("c", at: 6, lane: 0)  // before the lane's last: the heap takes it
    queue.push("d", at: 7, lane: 0)  // equal to the last: the lane, after "b"
    queue.push("e", at: 1)
    #expect(queue.lanes[0].count == 3)
    #expect(queue.storage.count == 2)
    #expect(queue.count == 5)
    #expect(queue.peekTime == 1)
    var order: [String] = []
    while let entry = queue.popMin() { order.append(entry.payload) }
    #expect(order == ["e", "a", "c", "b", "d"])
    #expect(queue.isEmpty && queue.peekTime == nil && !queue.hasEvent(atOrBefore: 100))
  }

  @Test func aLaneOfOneEntryEmptiesAndRefills() {
    // The next arrival's lane: one entry at a time, popped before the next is pushed.
    var queue = EventQueue<Int>(laneCount: 2)
    queue.push(-1, at: 3.5)
    for index in 0..<5 {
      let time = Double(index + 1)
      queue.push(index, at: time, lane: 1)
      #expect(queue.lanes[1].count == 1)
      #expect(queue.hasEvent(atOrBefore: time) && !queue.hasEvent(atOrBefore: time.nextDown))
      #expect(queue.popMin()?.payload == index)
      queue.checkInvariants()
      if index == 2 { #expect(queue.popMin()?.payload == -1) }
    }
    #expect(queue.isEmpty && queue.lanes[1].entries.isEmpty)
  }

  @Test func aLaneCompactsAndKeepsItsOrderOverManyPops() {
    var queue = EventQueue<Int>(laneCount: 1)
    var expected = 0
    for index in 0..<10_000 {
      queue.push(index, at: Double(index), lane: 0)
      if index % 4 == 3 {
        // Pop three of every four pushed: the lane is never empty, so only compaction
        // keeps its storage from holding all 7,500 popped entries.
        for _ in 0..<3 {
          #expect(queue.popMin()?.payload == expected)
          expected += 1
        }
      }
    }
    let lane = queue.lanes[0]
    #expect(lane.count == 2_500)
    #expect(lane.entries.count <= 2 * lane.count + 1_024)
    while let entry = queue.popMin() {
      #expect(entry.payload == expected)
      expected += 1
    }
    #expect(expected == 10_000)
  }

  @Test func emptyQueue() {
    var queue = EventQueue<Int>()
    #expect(queue.isEmpty)
    #expect(queue.peekTime == nil)
    #expect(queue.popMin() == nil)
  }
}
