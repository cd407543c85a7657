import Foundation
import Model
import Scenario
import Testing
import Traces
@testable import Experiments

/// Availability and workload traces driving a run.
struct TraceReplayTests {
  static let root = SingleRunTests.packageRoot
  static let grid5000 = root.appendingPathComponent("Tests/TracesTests/Resources/grid5000-excerpt.tab").path
  static let hpc2n = root.appendingPathComponent("Tests/TracesTests/Resources/hpc2n-excerpt.swf").path

  static func scenario(_ body: String) throws -> Scenario {
    try Scenario.parse(yaml: body, path: "trace.yaml", baseDirectory: root)
  }

  @Test func replayingATraceReproducesItsAvailability() throws {
    // 9 hosts follow the excerpt's 9 nodes for the trace's whole span: the time-average
    // fraction of hosts up must equal the trace's own up time over 9 × span (gaps count as down).
    let trace = try FTAEventTraceReader.read(path: Self.grid5000)
    let span = trace.end - trace.origin
    let schedules = try trace.hostSchedules(hostCount: 9)
    let upTime = schedules.flatMap(\.intervals).filter { $0.state == .up }.reduce(0) { $0 + $1.duration }
    let scenario = try Self.scenario("""
      name: replay
      duration: \(span)s
      hosts: [{name: g5k, count: 9, availability: {trace: \(Self.grid5000), format: fta}}]
      registration: {mode: instant}
      workload: {arrival: {exponential: {mean: 1000d}}, runtime: 1h}
      output: {jobs: false, timeseries: false}
      """)
    let summary = try ModelFactory.model(scenario.config).run()
    #expect(abs(summary.hostAvailability - upTime / (9 * span)) < 1e-9)
    #expect(summary.hostAvailability > 0.5 && summary.hostAvailability < 0.9)
  }

  @Test func aShortTraceRepeats() throws {
    // Simulating twice the trace's span gives the same availability again.
    let trace = try FTAEventTraceReader.read(path: Self.grid5000)
    let span = trace.end - trace.origin
    func availability(_ duration: Double) throws -> Double {
      let scenario = try Self.scenario("""
        name: repeat
        duration: \(duration)s
        hosts: [{name: g5k, count: 3, availability: {trace: \(Self.grid5000)}}]
        registration: {mode: instant}
        workload: {arrival: {exponential: {mean: 1000d}}, runtime: 1h}
        """)
      return try ModelFactory.model(scenario.config).run().hostAvailability
    }
    #expect(abs(try availability(2 * span) - availability(span)) < 1e-9)
  }

  @Test func aWorkloadTraceIsReplayedJobByJob() throws {
    // The excerpt's first 500 jobs: with multi-processor jobs rejected, 23 serial jobs
    // with a run time remain (see WorkloadReaderTests); every one is submitted and,
    // on 200 always-up PCs, completes with its own run time.
    let scenario = try Self.scenario("""
      name: swf
      duration: 60d
      hosts: [{name: pc, count: 200}]
      registration: {mode: instant}
      workload: {trace: {file: \(Self.hpc2n), multiprocessor: reject}}
      """)
    let observer = RecordingRunObserver()
    let summary = try ModelFactory.model(scenario.config, observer: observer).run()
    #expect(summary.jobsSubmitted == 23)
    #expect(summary.jobsCompleted == 23)
    let reader = try WorkloadReader(path: Self.hpc2n, options: WorkloadOptions(multiProcessor: .reject))
    var runtimes: [Double] = []
    while let job = try reader.next() { runtimes.append(job.runTime) }
    #expect(observer.durations.sorted() == runtimes.sorted())
    // describe writes the trace back: the written scenario loads to the same configuration.
    let again = try Scenario.parse(yaml: ScenarioWriter.yaml(scenario.config, output: scenario.output), path: "again.yaml")
    #expect(again.config == scenario.config)
  }

  @Test func aBadTraceLineIsReportedAtLoad() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("bad.swf")
    try "1 0 -1 100 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n2 5 -1 oops 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let error = try #require(throws: ScenarioError.self) {
      try Self.scenario("""
        name: bad
        duration: 1d
        hosts: [{count: 2}]
        workload: {trace: {file: \(file.path)}}
        """)
    }
    #expect(error.path == "workload.trace.file")
    #expect(error.message.contains("bad.swf:2"))
  }

  @Test func aJobTooWideToSplitIsReportedAtLoadAndABagOfAMillionIsNot() throws {
    let folder = SingleRunTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    func scenario(processors: Int) throws -> Scenario {
      let file = folder.appendingPathComponent("wide-\(processors).swf")
      try "1 0 -1 100 1 -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n2 5 -1 100 \(processors) -1 -1 1 -1 -1 1 1 1 1 1 1 -1 -1\n"
        .write(to: file, atomically: true, encoding: .utf8)
      return try Self.scenario("""
        name: wide
        duration: 1d
        hosts: [{count: 2}]
        workload: {trace: {file: \(file.path), multiprocessor: split}}
        """)
    }
    let error = try #require(throws: ScenarioError.self) { try scenario(processors: 1_000_000_000) }
    #expect(error.path == "workload.trace.file")
    #expect(error.message.contains("wide-1000000000.swf:2: job 2 has 1000000000 processors"))
    #expect(error.message.contains("at most 1000000 tasks per job"))
    // At the limit, the trace loads: its bag is counted while validating, not made.
    let loaded = try scenario(processors: 1_000_000)
    #expect(loaded.config.workload.trace?.multiProcessor == .split)
  }
}

/// Collects attempt durations.
final class RecordingRunObserver: RunObserver {
  var durations: [Double] = []
  func attemptEnded(_ record: AttemptRecord) { durations.append(record.end - record.start) }
  func sampled(_ sample: TimeSample) {}
  func progressed(to simulatedTime: Double) {}
}
