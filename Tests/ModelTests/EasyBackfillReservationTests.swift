import PropertyBased
import Testing
@testable import Model

/// 4b: EASY keeps the first blocked job's reservation through any number of backfills.
struct EasyBackfillReservationTests {
  /// One PC of 4 cores. J1 (2 cores, 100 s) and J2 (2 cores, 10 s) at 0; J3 (4 cores, 10 s)
  /// at 1; J4 (1 core, 20 s) at 2; J5 (1 core, 500 s) at 3; requested = runtime. J3 reserves
  /// the PC for 100 s (J1's end). J4 backfills at 10 s (it ends at 30 s); J5 would end after
  /// 100 s and must wait until J3 has run (100–110 s).
  @Test func theReservationHoldsThroughSeveralBackfills() {
    let jobs = [
      TraceRun.job(0, cores: 2, runtime: 100), TraceRun.job(0, cores: 2, runtime: 10),
      TraceRun.job(1, cores: 4, runtime: 10), TraceRun.job(2, cores: 1, runtime: 20),
      TraceRun.job(3, cores: 1, runtime: 500),
    ]
    #expect(TraceRun.startTimes(jobs, cores: [4], policy: .easyBackfill) == [0, 0, 100, 10, 110])
  }

  /// The same lab with several backfill candidates behind the reserved job, in several
  /// orders. Free from 10 s: 2 cores until J1 ends at 100 s. Candidates that end by 100 s
  /// backfill in queue order while cores last; the others wait until the head has run.
  @Test(arguments: [
    // (runtimes of the 1-core candidates in queue order, expected start of each)
    ([20.0, 30, 500, 80], [10.0, 10, 110, 110]),
    ([500.0, 20, 30, 80], [110.0, 10, 10, 110]),
    ([80.0, 500, 95, 20], [10.0, 110, 110, 10]),
    ([91.0, 90, 89, 500], [110.0, 10, 10, 110]),
  ])
  func candidatesInAnyOrderNeverDelayTheHead(runtimes: [Double], expected: [Double]) {
    var jobs = [
      TraceRun.job(0, cores: 2, runtime: 100), TraceRun.job(0, cores: 2, runtime: 10),
      TraceRun.job(1, cores: 4, runtime: 10),
    ]
    for (index, runtime) in runtimes.enumerated() { jobs.append(TraceRun.job(2 + Double(index), cores: 1, runtime: runtime)) }
    let starts = TraceRun.startTimes(jobs, cores: [4], policy: .easyBackfill)
    #expect(starts[2] == 100)
    #expect(Array(starts[3...]) == expected)
  }

  /// Extra cores: a 2-core head on a 4-core PC will find all 4 cores free at its shadow time,
  /// so 2 are extra: a long 1-core job may run past the shadow time on one of them, but no
  /// more jobs than the extra cores allow.
  @Test func aBackfilledJobMayOutliveTheShadowOnExtraCores() {
    let jobs = [
      TraceRun.job(0, cores: 3, runtime: 100),  // leaves 1 core free until 100 s
      TraceRun.job(1, cores: 2, runtime: 50),  // head: reserved at 100 s, 2 extra cores then
      TraceRun.job(2, cores: 1, runtime: 1000),  // backfills at once on an extra core
      TraceRun.job(3, cores: 1, runtime: 1000),  // no core free before 100 s
    ]
    #expect(TraceRun.startTimes(jobs, cores: [4], policy: .easyBackfill) == [0, 100, 2, 100])
  }

  /// The extra cores run out within one pass: J2 (3 cores) is reserved at 100 s on a 4-core
  /// PC, leaving 1 extra core. J3 and J4 (1 core, 1000 s each) arrive together at 2 s: J3
  /// takes the extra core; J4 finds a core free but no extra one left, so it waits: J2 runs
  /// 100–150 s, then J4. Not spending the extra core would start J4 at 2 s too and push J2
  /// to J3's end: [0, 1002, 2, 2].
  @Test func theExtraCoresAreSpentByTheJobsThatUseThem() {
    let jobs = [
      TraceRun.job(0, cores: 2, runtime: 100), TraceRun.job(1, cores: 3, runtime: 50),
      TraceRun.job(2, cores: 1, runtime: 1000), TraceRun.job(2, cores: 1, runtime: 1000),
    ]
    #expect(TraceRun.startTimes(jobs, cores: [4], policy: .easyBackfill) == [0, 100, 2, 150])
  }

  /// The property: on random small traces with exact walltime requests and no failures,
  /// whenever a job is the first queued job, it starts at once if it fits, and otherwise no
  /// later than the shadow time recomputed here from the executions running at that moment
  /// (not counting the jobs behind it that started at that very instant: backfills).
  @Test func noBackfilledJobDelaysTheHeadPastItsReservation() async {
    let job = zip(Gen.int(in: 0...40), Gen.int(in: 1...4), Gen.int(in: 1...60))
    let lab = zip(Gen.int(in: 1...4).array(of: 1...3), job.array(of: 2...12))
    await propertyCheck(count: 200, input: lab) { input in
      let (cores, specs) = input
      let jobs = specs.map { arrival, width, runtime in
        TraceRun.job(Double(arrival), cores: min(width, cores.max()!), runtime: Double(runtime))
      }
      let config = TraceRun.config(cores: cores, policy: .easyBackfill)
      let records = TraceRun.starts(jobs, config: config)
      #expect(records.count == jobs.count, "every job runs")
      Self.checkReservations(jobs.sorted { $0.arrival < $1.arrival }, records, cores: cores)
    }
  }

  /// Checks, at every arrival and end, that the first queued job that does not fit starts by
  /// the earliest time some PC has its cores free, by the running executions' ends.
  static func checkReservations(_ jobs: [TraceJob], _ records: [UInt64: AttemptRecord], cores: [Int]) {
    var runs: [(job: TraceJob, record: AttemptRecord)] = []
    for index in jobs.indices {
      guard let record = records[UInt64(index + 1)] else {
        Issue.record("job \(index + 1) never ran")
        return
      }
      runs.append((jobs[index], record))
    }
    let instants = Set(runs.flatMap { [$0.job.arrival, $0.record.end] }).sorted()
    for t in instants {
      // The head: the first job (in arrival order) submitted by t and not started by t.
      guard let headIndex = runs.firstIndex(where: { $0.job.arrival <= t && $0.record.start > t }) else { continue }
      let head = runs[headIndex]
      var free = cores
      var ends: [[(time: Double, cores: Int)]] = Array(repeating: [], count: cores.count)
      for (index, run) in runs.enumerated() where run.record.start <= t && run.record.end > t {
        if run.record.start == t && index > headIndex { continue }  // backfilled at t
        free[run.record.host] -= run.job.cores
        ends[run.record.host].append((run.record.end, run.job.cores))
      }
      if free.contains(where: { $0 >= head.job.cores }) {
        Issue.record("the head job arriving at \(head.job.arrival) fits at \(t) but starts at \(head.record.start)")
        continue
      }
      var shadow = Double.infinity
      for pc in cores.indices where cores[pc] >= head.job.cores {
        var available = free[pc]
        for end in ends[pc].sorted(by: { $0.time < $1.time }) where available < head.job.cores {
          available += end.cores
          if available >= head.job.cores { shadow = min(shadow, end.time) }
        }
      }
      #expect(head.record.start <= shadow,
              "the head job arriving at \(head.job.arrival) started at \(head.record.start), after its shadow \(shadow) (at \(t))")
    }
  }
}
