import Foundation
import Model
import Scenario
import Stochastics

/// Runs a sweep: every point × replication, in parallel, journaled so that an
/// interrupted sweep resumes where it stopped, with output that does not depend
/// on the number of parallel jobs.
///
/// Replication k of every point uses the same random streams (the streams are
/// keyed by seed, replication, process and entity, never by point), so the
/// points are compared on common random numbers.
///
/// A point whose scenario is invalid (see ``SweepPlan/resolvePoints()``) is not run:
/// each of its runs is recorded as failed with the point's problems, like a run that
/// fails (a trace error, the run time limit), and the other points run. Failed runs are
/// listed in `failures.csv` and are not journaled, so a resumed sweep retries them.
///
/// The executor itself is immutable; what the workers of one ``run(stop:progress:)``
/// share sits in a ``SweepLedger``, behind a `Mutex`.
package final class SweepExecutor: Sendable {
  /// The plan.
  package let plan: SweepPlan
  /// Every point's scenario, validated; nil for an invalid point.
  package let scenarios: [Scenario?]
  /// The output folder.
  package let folder: SweepFolder
  /// How to run.
  package let options: SweepOptions
  /// The manifest written to sweep.json.
  package let manifest: SweepManifest
  private let labels: [[String]]
  private let columnCount: Int
  /// Why each invalid point is invalid, by point index.
  private let invalidReasons: [Int: String]

  /// Prepares a sweep of `plan` whose points are all valid (see ``init(plan:points:directory:options:)``).
  package convenience init(plan: SweepPlan, scenarios: [Scenario], directory: String, options: SweepOptions) throws {
    try self.init(plan: plan, points: PointResolution(scenarios: scenarios), directory: directory, options: options)
  }

  /// Prepares a sweep of `plan` (whose points are already resolved into `points`; the
  /// invalid ones will be recorded as failed) into `directory`.
  ///
  /// - Throws: ``ScenarioError`` for an unknown metric name in the plan or in
  ///   `--until-ci`, and ``OutputError`` for options that cannot be combined.
  package init(plan: SweepPlan, points: PointResolution, directory: String, options: SweepOptions) throws {
    let known = SummaryColumns.metrics.map(\.name)
    for metric in plan.metrics ?? [] where !known.contains(metric.name) {
      throw ScenarioError(location: metric.location, path: "metrics",
                          message: "unknown metric '\(metric.name)'; metrics are \(known.joined(separator: ", "))",
                          suggestion: Suggestion.closest(to: metric.name, among: known))
    }
    if let precision = options.precision {
      guard known.contains(precision.metric) else {
        throw OutputError(message: "--until-ci: unknown metric '\(precision.metric)'"
          + (Suggestion.closest(to: precision.metric, among: known).map { " (did you mean '\($0)'?)" } ?? "")
          + "; metrics are \(known.joined(separator: ", "))")
      }
      guard options.shard == nil else {
        throw OutputError(message: "--until-ci and --shard cannot be combined: how many replications a point needs "
          + "depends on all of its runs; run precision sweeps on one machine")
      }
      guard precision.maximumReplications >= plan.replications else {
        throw OutputError(message: "--until-ci: MAX (\(precision.maximumReplications)) is below the plan's "
          + "replications (\(plan.replications))")
      }
    }
    self.plan = plan
    self.scenarios = points.scenarios
    invalidReasons = Dictionary(uniqueKeysWithValues: points.invalidPoints.map { ($0, points.reason(forPoint: $0) ?? "") })
    self.folder = SweepFolder(directory)
    self.options = options
    labels = (0..<plan.pointCount).map(plan.labels(forPoint:))
    columnCount = SweepRow.header(parameters: plan.parameters).count
    var hash = Fingerprint()
    hash.add(ProgramVersion.current)
    hash.add(plan.parameters.joined(separator: "\u{1F}"))
    for (index, scenario) in points.scenarios.enumerated() {
      guard let scenario else {
        // Only sweeps with an invalid point hash this, so the others keep their fingerprints.
        hash.add("invalid point \(index)")
        continue
      }
      var config = scenario.config
      config.replication = 0
      hash.add(ScenarioWriter.yaml(config, output: scenario.output))
    }
    manifest = SweepManifest(
      name: plan.name, parameters: plan.parameters, dimensions: plan.dimensions.map { $0.axes.map(\.path) },
      metrics: plan.metrics?.map(\.name) ?? known, replications: plan.replications, points: plan.pointCount,
      fingerprint: hash.hex, version: ProgramVersion.current,
      untilCI: options.precision.map { "\($0.metric):\($0.relativeHalfWidth):\($0.maximumReplications)" })
  }

  /// The invalid points, in increasing order.
  package var invalidPoints: [Int] { invalidReasons.keys.sorted() }

  /// Why point `index` is invalid (its located problems), or nil for a valid point.
  package func invalidReason(forPoint index: Int) -> String? { invalidReasons[index] }

  /// The text of point `index`'s varied values: `hosts.0.count=40, registration.mode=live`.
  package func describePoint(_ index: Int) -> String {
    zip(plan.parameters, labels[index]).map { "\($0)=\($1)" }.joined(separator: ", ")
  }

  /// Runs the sweep.
  ///
  /// - Parameters:
  ///   - stop: Raised by Ctrl-C: running runs are abandoned (not journaled), and no new run starts.
  ///   - progress: Called after finished runs, from worker threads, one call at a time and
  ///     never while a lock is held; the counts it receives only grow, and a burst of
  ///     finished runs may arrive as one call. The last counts always arrive.
  /// - Throws: ``OutputError`` if the folder holds another sweep, was written by another
  ///   program version, or cannot be written (then the running runs are abandoned; the
  ///   journal keeps the runs finished before).
  package func run(stop: StopSignal, progress: @escaping @Sendable (SweepProgress) -> Void) throws -> SweepOutcome {
    try prepareFolder()
    var existing: [RunKey: SweepRow] = [:]
    for path in folder.journals() where path != folder.journal(options.shard) {
      for row in try SweepJournal.rows(at: path, parameterCount: plan.parameters.count, columnCount: columnCount,
                                       versions: .resume) {
        existing[row.key] = row
      }
    }
    let journal = try SweepJournal(path: folder.journal(options.shard), parameterCount: plan.parameters.count,
                                   columnCount: columnCount, versions: .resume, existing: &existing)
    let found = existing.filter { $0.key.point < plan.pointCount }

    var targets = Array(repeating: plan.replications, count: plan.pointCount)
    var stoppedAtMaximum: [Int] = []
    let resumed = planned(targets).filter { found[$0] != nil }.count
    let ledger = SweepLedger(
      results: found, journal: journal,
      progress: SweepProgress(done: resumed, total: planned(targets).count, failed: 0, resumed: resumed),
      report: progress)
    while true {
      let keys = planned(targets)
      ledger.plan(total: keys.count)
      runBatch(ledger.unfinished(keys), ledger: ledger, stop: stop)
      try ledger.checkJournal()
      if stop.isRaised { break }
      guard let precision = options.precision else { break }
      let metricIndex = SummaryColumns.metrics.firstIndex { $0.name == precision.metric }!
      let results = ledger.results
      var grew = false
      stoppedAtMaximum = []
      for point in 0..<plan.pointCount where scenarios[point] != nil {
        let values = (0..<targets[point]).compactMap { results[RunKey(point: point, replication: $0)] }
          .map { $0.metric(metricIndex, parameterCount: plan.parameters.count) }.filter(\.isFinite)
        let interval = Statistics.confidenceInterval95(values)
        let met = values.count >= 2 && interval.halfWidth <= precision.relativeHalfWidth * abs(interval.mean)
        if met { continue }
        if targets[point] >= precision.maximumReplications {
          stoppedAtMaximum.append(point)
        } else {
          targets[point] = min(precision.maximumReplications, targets[point] + max(1, targets[point] / 2))
          grew = true
        }
      }
      if !grew { break }
    }
    ledger.closeJournal()

    let interrupted = stop.isRaised
    var wrote = false
    if !interrupted && options.shard == nil {
      let results = ledger.results
      let rows = planned(targets).compactMap { results[$0] }
      let failed = ledger.failures.sorted { $0.key < $1.key }.map { $0.cells(labels: labels[$0.key.point]) }
      try folder.writeResults(rows: rows, failures: failed, manifest: manifest)
      wrote = true
    }
    return SweepOutcome(
      failures: ledger.failures.sorted { $0.key < $1.key }, stoppedAtMaximum: stoppedAtMaximum,
      interrupted: interrupted, wroteResults: wrote, executed: ledger.executed, resumed: resumed)
  }

  /// The runs the sweep needs for the given replications per point, in canonical order, this shard's only.
  private func planned(_ targets: [Int]) -> [RunKey] {
    var keys: [RunKey] = []
    var ordinal = 0
    for point in 0..<plan.pointCount {
      for replication in 0..<targets[point] {
        if options.shard?.owns(ordinal: ordinal) ?? true {
          keys.append(RunKey(point: point, replication: replication))
        }
        ordinal += 1
      }
    }
    return keys
  }

  private func prepareFolder() throws {
    do {
      try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
      try FileManager.default.createDirectory(atPath: folder.file("points"), withIntermediateDirectories: true)
    } catch {
      throw OutputError(message: "cannot create the output folder '\(folder.path)': \(error.localizedDescription)")
    }
    let previous = try SweepManifest.read(from: folder.path)
    if let previous {
      try VersionCheck.resume.check(previous.version, in: "'\(folder.path)'")
    }
    if let previous, previous.fingerprint != manifest.fingerprint {
      throw OutputError(message: "'\(folder.path)' holds the results of a different sweep ('\(previous.name)', "
        + "another plan or base scenario); give another --out, or delete the folder to start again")
    }
    try folder.write("sweep.json", manifest.json)
    try folder.write("plan.yaml", plan.text)
    for (index, scenario) in scenarios.enumerated() {
      // An invalid point has no scenario file; failures.csv says why.
      guard let scenario else { continue }
      var config = scenario.config
      config.replication = 0
      let header = "# Point \(index) of sweep '\(plan.name)': \(describePoint(index))\n"
        + "# Replication k of this point runs with replication: k.\n"
      try folder.write("points/p\(Self.pointNumber(index)).yaml", header + ScenarioWriter.yaml(config, output: scenario.output))
    }
  }

  /// `0042`: the point number as used in file names.
  package static func pointNumber(_ index: Int) -> String {
    let digits = String(index)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  // MARK: - Parallel workers

  /// Runs `keys` on `options.jobs` worker threads, each taking the next run from the
  /// ledger's queue, and returns when all have stopped.
  private func runBatch(_ keys: [RunKey], ledger: SweepLedger, stop: StopSignal) {
    guard !keys.isEmpty else { return }
    ledger.queue(keys)
    let group = DispatchGroup()
    for _ in 0..<max(1, min(options.jobs, keys.count)) {
      group.enter()
      let worker = Thread { [self] in
        work(ledger: ledger, stop: stop)
        group.leave()
      }
      worker.stackSize = 8 << 20
      worker.start()
    }
    group.wait()
  }

  /// One worker: runs the queue's next run until the queue is empty or the sweep stops.
  private func work(ledger: SweepLedger, stop: StopSignal) {
    while !stop.isRaised, !ledger.isHalted, let key = ledger.takeNext() {
      guard let scenario = scenarios[key.point] else {
        ledger.failed(failure(key, reason: invalidReasons[key.point] ?? "invalid scenario"))
        continue
      }
      var config = scenario.config
      config.replication = key.replication
      let limit = options.runTimeLimit
      let started = ContinuousClock.now
      let model: LabModel
      do {
        model = try ModelFactory.model(config)
      } catch {
        ledger.failed(failure(key, reason: "\(error)"))
        continue
      }
      let summary = model.run(stoppingWhen: {
        stop.isRaised || ledger.isHalted || limit.map { ContinuousClock.now - started > .seconds($0) } ?? false
      })
      if let error = model.traceError {
        ledger.failed(failure(key, reason: "the workload trace stopped early: \(error)"))
        continue
      }
      if let exceeded = model.jobLimitExceeded {
        ledger.failed(failure(key, reason: exceeded.explanation))
        continue
      }
      if let summary {
        let row = SweepRow(key: key, labels: labels[key.point],
                           cells: SummaryColumns.cells(RunIdentity(config), summary))
        ledger.finished(row)
      } else if !stop.isRaised && !ledger.isHalted {
        ledger.failed(failure(key, reason: "exceeded the run time limit of \(limit ?? 0) s"))
      }
    }
  }

  private func failure(_ key: RunKey, reason: String) -> SweepFailure {
    SweepFailure(key: key, values: describePoint(key.point), reason: reason)
  }
}
