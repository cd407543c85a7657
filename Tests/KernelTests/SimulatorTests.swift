import Testing
@testable import Kernel

struct SimulatorTests {
  @Test func clockAdvancesToEachEvent() {
    var sim = Simulator<String>(endTime: 100)
    sim.schedule("b", at: 20)
    sim.schedule("a", after: 10)
    #expect(sim.next() == "a")
    #expect(sim.now == 10)
    sim.schedule("c", after: 5)
    #expect(sim.next() == "c")
    #expect(sim.now == 15)
    #expect(sim.next() == "b")
    #expect(sim.now == 20)
    #expect(sim.eventsFired == 3)
  }

  @Test func runStopsAtEndTime() {
    var sim = Simulator<Int>(endTime: 50)
    sim.schedule(1, at: 50)  // exactly at the end: fires
    sim.schedule(2, at: 50.000001)  // after the end: never fires
    #expect(sim.pendingCount == 1)
    #expect(sim.next() == 1)
    #expect(sim.next() == nil)
    #expect(sim.now == 50)
  }

  @Test func aLanedEventFiresWhenAHeapEventWouldAndNotAfterTheEnd() {
    var sim = Simulator<String>(endTime: 50, laneCount: 1)
    sim.schedule("lane 10", at: 10, lane: 0)
    sim.schedule("heap 10", at: 10)
    sim.schedule("lane 20", after: 20, lane: 0)
    sim.schedule("lane 60", at: 60, lane: 0)  // after the end: never fires
    #expect(sim.pendingCount == 3)
    #expect(sim.nextEventTime == 10)
    #expect(sim.next() == "lane 10")  // pushed first, so first among equal times
    #expect(sim.next() == "heap 10")
    #expect(sim.next() == "lane 20")
    #expect(sim.now == 20)
    #expect(sim.next() == nil)
    #expect(sim.now == 50)
  }

  @Test func clockStandsAtEndWhenQueueDrains() {
    var sim = Simulator<Int>(startTime: 5, endTime: 80)
    #expect(sim.now == 5)
    #expect(sim.next() == nil)
    #expect(sim.now == 80)
  }

  @Test func generationBumpCancelsStaleEvents() {
    var generations = GenerationTable(count: 2)
    var sim = Simulator<(entity: Int, generation: UInt32)>(endTime: 10)
    sim.schedule((0, generations[0]), at: 1)
    sim.schedule((1, generations[1]), at: 2)
    generations.bump(0)  // cancels entity 0's pending event
    sim.schedule((0, generations[0]), at: 3)
    var live: [Double] = []
    while let event = sim.next() {
      if generations.isCurrent(event.entity, generation: event.generation) { live.append(sim.now) }
    }
    #expect(live == [2, 3])
  }
}
