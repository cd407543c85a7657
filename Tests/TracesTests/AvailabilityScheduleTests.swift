import Testing
import Traces

@Suite("Availability host schedules")
struct AvailabilityScheduleTests {
  /// Origin 100, end 1000. Node a: up 100–300, gap 300–400, down 400–500,
  /// down 500–600 (adjacent, merged), zero-length up at 600, then nothing.
  /// Node b: starts late (200), up to 1000. Node c: one down interval.
  static let csv = """
    host,start,end,state
    a,100,300,up
    a,400,500,down
    a,500,600,down
    a,600,600,up
    b,200,1000,up
    c,100,150,down
    """

  static func trace() throws -> AvailabilityTrace {
    try AvailabilityCSVReader.parse(csv, file: "t.csv")
  }

  static func mappingError(_ mapping: AvailabilityHostMapping, hosts: Int) -> String? {
    do {
      _ = try trace().hostSchedules(hostCount: hosts, mapping: mapping)
      return nil
    } catch let error as AvailabilityMappingError {
      return error.description
    } catch {
      return "unexpected \(error)"
    }
  }

  @Test("gaps are down by default; times re-based to the origin; same-state neighbours merged")
  func gapsDown() throws {
    let schedules = try Self.trace().hostSchedules(hostCount: 1)
    let a = schedules[0]
    #expect(a.nodeName == "a")
    #expect(a.duration == 900)
    #expect(a.gapState == .down)
    #expect(a.intervals == [
      AvailabilityInterval(start: 0, end: 200, state: .up),
      AvailabilityInterval(start: 200, end: 900, state: .down),
    ])
  }

  @Test("gaps can be treated as up")
  func gapsUp() throws {
    let schedules = try Self.trace().hostSchedules(hostCount: 2, gaps: .up)
    #expect(schedules[0].intervals == [
      AvailabilityInterval(start: 0, end: 300, state: .up),
      AvailabilityInterval(start: 300, end: 500, state: .down),
      AvailabilityInterval(start: 500, end: 900, state: .up),
    ])
    #expect(schedules[1].intervals == [AvailabilityInterval(start: 0, end: 900, state: .up)])
  }

  @Test("in-order mapping reuses nodes round-robin on the same timeline")
  func roundRobin() throws {
    let trace = try Self.trace()
    let schedules = try trace.hostSchedules(hostCount: 7)
    #expect(schedules.map(\.hostIndex) == Array(0..<7))
    #expect(schedules.map(\.nodeName) == ["a", "b", "c", "a", "b", "c", "a"])
    #expect(schedules[3].intervals == schedules[0].intervals)
    #expect(schedules[1].intervals == [
      AvailabilityInterval(start: 0, end: 100, state: .down),
      AvailabilityInterval(start: 100, end: 900, state: .up),
    ])
    #expect(try trace.hostSchedules(hostCount: 2).map(\.nodeName) == ["a", "b"])
    #expect(try trace.hostSchedules(hostCount: 0).isEmpty)
  }

  @Test("every schedule alternates states and covers [0, duration] without gaps")
  func coverage() throws {
    let excerpt = try FTAEventTraceReader.read(path: AvailabilityExcerptTests.path)
    for schedule in try excerpt.hostSchedules(hostCount: 12) {
      #expect(schedule.intervals.first?.start == 0)
      #expect(schedule.intervals.last?.end == schedule.duration)
      for (x, y) in zip(schedule.intervals, schedule.intervals.dropFirst()) {
        #expect(x.end == y.start && x.state != y.state && x.end > x.start)
      }
    }
  }

  @Test("state(at:) follows the intervals; outside [0, duration) it is the gap state")
  func stateAt() throws {
    let a = try Self.trace().hostSchedules(hostCount: 1, gaps: .up)[0]
    let probes: [(Double, AvailabilityState)] = [
      (-1, .up), (0, .up), (299.9, .up), (300, .down), (499, .down), (500, .up), (899, .up), (900, .up),
    ]
    for (time, state) in probes { #expect(a.state(at: time) == state, "t = \(time)") }
    let c = try Self.trace().hostSchedules(hostCount: 3)[2]
    #expect(c.state(at: 0) == .down && c.state(at: 49) == .down && c.state(at: 1e9) == .down)
  }

  @Test("explicit mapping assigns named nodes to listed hosts")
  func explicit() throws {
    let schedules = try Self.trace().hostSchedules(hostCount: 3, mapping: .explicit(["b": [0, 2], "c": [1]]))
    #expect(schedules.map(\.nodeName) == ["b", "c", "b"])
    #expect(schedules.map(\.hostIndex) == [0, 1, 2])
  }

  @Test("explicit mapping errors: unknown node, index out of range, host twice, host missing")
  func explicitErrors() {
    #expect(Self.mappingError(.explicit(["z": [0]]), hosts: 1) == "availability mapping: node 'z' is not in the trace")
    #expect(Self.mappingError(.explicit(["a": [0, 2]]), hosts: 2)
            == "availability mapping: node 'a': host index 2 is outside 0..<2")
    #expect(Self.mappingError(.explicit(["a": [0], "b": [0, 1]]), hosts: 2)
            == "availability mapping: host 0 is given both node 'a' and node 'b'")
    #expect(Self.mappingError(.explicit(["a": [1]]), hosts: 3) == "availability mapping: 2 host(s) have no node: 0, 2")
    #expect(Self.mappingError(.inOrder, hosts: -1) == "availability mapping: host count must be >= 0, got -1")
  }
}
