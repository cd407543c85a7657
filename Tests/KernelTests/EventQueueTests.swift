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

  @Test func emptyQueue() {
    var queue = EventQueue<Int>()
    #expect(queue.isEmpty)
    #expect(queue.peekTime == nil)
    #expect(queue.popMin() == nil)
  }
}
