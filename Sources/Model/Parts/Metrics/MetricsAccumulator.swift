import Stochastics

/// Collects the summary metrics over the window [warmup, duration] in
/// constant memory: running sums, time integrals and a quantile histogram.
struct MetricsAccumulator {
  let windowStart: Double
  let windowEnd: Double
  let hostCount: Int
  var summary: RunSummary
  private var integratedUntil: Double
  /// The usable-node count and lab-wide rates held since `integratedUntil`.
  private var usableHeld = 0
  private var ratesHeld = LabRates()
  private var hostUpArea = 0.0
  private var hostsUpSince = 0.0
  private var usableArea = 0.0
  private var harvestedArea = 0.0
  private var occupiedArea = 0.0
  private var idleArea = 0.0
  private var energyJoules = 0.0
  private var sessionArea = 0.0
  private var impairedArea = 0.0
  private var slowdownArea = 0.0
  private var attemptWaits = RunningStatistics()
  private var attemptWaitQuantiles = QuantileHistogram()
  private var jobWaits = RunningStatistics()
  private var responses = RunningStatistics()
  private var firstStarts = RunningStatistics()
  private var registrationLatencies = RunningStatistics()
  private var detectionLatencies = RunningStatistics()
  /// PCs up whose WN has not been usable yet in this up period (registration latency pending).
  private var awaitingUsable: [Bool]
  /// PCs whose WN has been usable at least once.
  private var everUsable: [Bool]
  private var hostsEverUsable = 0
  /// The first moment any PC came up (infinity until then): lab integration counts from it.
  private var firstSwitchOn = Double.infinity
  /// Whether the window has opened (the jobs in the system then are recorded).
  private(set) var windowOpened = false

  init(warmup: Double, duration: Double, hostCount: Int) {
    windowStart = warmup
    windowEnd = duration
    self.hostCount = hostCount
    integratedUntil = 0
    summary = RunSummary(duration: duration, window: duration - warmup)
    awaitingUsable = Array(repeating: false, count: hostCount)
    everUsable = Array(repeating: false, count: hostCount)
  }

  /// A PC came up at `time`: its registration latency runs from now until its WN is usable.
  /// The first PC to come up starts the lab's integration time.
  mutating func hostCameUp(_ pc: Int, at time: Double) {
    awaitingUsable[pc] = true
    firstSwitchOn = min(firstSwitchOn, time)
  }

  /// The window opens at the first event at or after `warmup` (or at the end of a run that
  /// has none), with `jobsInSystem` jobs already submitted and neither completed nor lost.
  mutating func openWindow(jobsInSystem: Int) {
    windowOpened = true
    summary.jobsInSystemAtWarmup = jobsInSystem
  }

  /// The jobs left in the system when the run ends, by where they are.
  mutating func backlogAtEnd(queued: Int, running: Int, interrupted: Int) {
    summary.jobsQueuedAtEnd = queued
    summary.jobsRunningAtEnd = running
    summary.jobsInterruptedAtEnd = interrupted
  }

  /// A PC went down before its WN was usable: no latency is recorded for this up period.
  mutating func hostWentDown(_ pc: Int) { awaitingUsable[pc] = false }

  /// `pc`'s WN is usable now, its PC up since `upSince`: the first time in this up period
  /// records a registration latency, and the first time ever counts towards the lab's
  /// integration (95% of the WNs usable at least once: `lab_integration_time_s`).
  mutating func nodeUsable(_ pc: Int, at time: Double, upSince: Double) {
    guard awaitingUsable[pc] else { return }
    awaitingUsable[pc] = false
    nodeBecameUsable(at: time, hostUpSince: upSince)
    guard !everUsable[pc] else { return }
    everUsable[pc] = true
    hostsEverUsable += 1
    if hostsEverUsable == Int((0.95 * Double(hostCount)).rounded(.up)) { labIntegrated(at: time) }
  }

  @inline(__always)
  func inWindow(_ time: Double) -> Bool { time >= windowStart && time <= windowEnd }

  /// The part of [start, end] inside the window, in seconds.
  @inline(__always)
  func overlap(_ start: Double, _ end: Double) -> Double {
    max(0, min(end, windowEnd) - max(start, windowStart))
  }

  /// The usable-node count and the lab-wide rates are `usableNodes` and `rates` from `time`
  /// on. The integrals of these piecewise-constant values are summed only when one of them
  /// changes, so they depend on the lab alone, not on how many other events (stale ones
  /// included) happened (the hosts-up count is integrated apart, by
  /// ``hostsUpChanging(at:from:)``).
  @inline(__always)
  mutating func settle(at time: Double, usableNodes: Int, rates: LabRates) {
    guard usableNodes != usableHeld || rates != ratesHeld else { return }
    integrate(to: time)
    usableHeld = usableNodes
    ratesHeld = rates
  }

  /// Integrates the values held since the last change up to `time`.
  mutating func integrate(to time: Double) {
    let span = overlap(integratedUntil, time)
    if span > 0 {
      usableArea += Double(usableHeld) * span
      harvestedArea += ratesHeld.harvestedCores * span
      occupiedArea += ratesHeld.occupiedCores * span
      idleArea += ratesHeld.idleCores * span
      energyJoules += ratesHeld.watts * span
      sessionArea += Double(ratesHeld.sessions) * span
      impairedArea += Double(ratesHeld.impairedOwners) * span
      slowdownArea += ratesHeld.ownerSlowdown * span
    }
    integratedUntil = time
  }

  /// The number of hosts up changes at `time` (from `count`). The host-up area is summed
  /// only at these moments, so it depends on the hosts alone and not on how many other
  /// events happened: variants that differ in the batch system get bit-identical availability.
  mutating func hostsUpChanging(at time: Double, from count: Int) {
    let span = overlap(hostsUpSince, time)
    if span > 0 { hostUpArea += Double(count) * span }
    hostsUpSince = time
  }

  /// 95% of the WNs have been usable at least once by `time`: the integration time counts
  /// from the first switch-on.
  mutating func labIntegrated(at time: Double) {
    if summary.labIntegrationTime.isNaN { summary.labIntegrationTime = time - firstSwitchOn }
  }

  mutating func jobSubmitted(at time: Double) {
    if inWindow(time) { summary.jobsSubmitted += 1 }
  }

  mutating func firstStart(at time: Double, sinceSubmit delay: Double) {
    if inWindow(time) { firstStarts.add(delay) }
  }

  mutating func executionStarted(at time: Double, wait: Double) {
    guard inWindow(time) else { return }
    attemptWaits.add(wait)
    attemptWaitQuantiles.add(wait)
  }

  /// The job's execution of [start, end] completed: the job is done, after waiting from its
  /// first submission to the start of this execution.
  mutating func attemptCompleted(start: Double, end: Double, firstSubmit: Double) {
    guard inWindow(end) else { return }
    summary.jobsCompleted += 1
    responses.add(end - firstSubmit)
    jobWaits.add(start - firstSubmit)
  }

  /// `coreSeconds` of native work (cores × native seconds) became safe at `time`: an
  /// execution completed it, or a checkpoint saved it. Goodput, if `time` is in the window.
  mutating func workSecured(at time: Double, coreSeconds: Double) {
    if inWindow(time) { summary.goodputCoreHours += coreSeconds / 3600 }
  }

  mutating func attemptLost(start: Double, end: Double, cores: Int, cause: LossCause) {
    let wasted = Double(cores) * overlap(start, end) / 3600
    summary.wastedCoreHours += wasted
    switch cause {
    case .crash: summary.wastedCoreHoursCrash += wasted
    case .shutdown: summary.wastedCoreHoursShutdown += wasted
    case .reboot: summary.wastedCoreHoursReboot += wasted
    case .eviction: summary.wastedCoreHoursEviction += wasted
    }
    guard inWindow(end) else { return }
    summary.attemptsLost += 1
    switch cause {
    case .crash: summary.attemptsLostCrash += 1
    case .shutdown: summary.attemptsLostShutdown += 1
    case .reboot: summary.attemptsLostReboot += 1
    case .eviction: summary.attemptsEvicted += 1
    }
  }

  mutating func jobLost(at time: Double) {
    if inWindow(time) { summary.jobsLost += 1 }
  }

  mutating func checkpointTaken(at time: Double, coreSeconds: Double) {
    if inWindow(time) { summary.checkpointCoreHours += coreSeconds / 3600 }
  }

  mutating func jobRequeued(at time: Double) {
    if inWindow(time) { summary.requeues += 1 }
  }

  mutating func resubmitted(at time: Double) {
    if inWindow(time) { summary.resubmissions += 1 }
  }

  mutating func dispatchFailed(at time: Double) {
    if inWindow(time) { summary.dispatchFailures += 1 }
  }

  mutating func restartBegan(at time: Double) {
    if inWindow(time) { summary.batchRestarts += 1 }
  }

  mutating func nodeBecameUsable(at time: Double, hostUpSince: Double) {
    if inWindow(time) { registrationLatencies.add(time - hostUpSince) }
  }

  mutating func nodeMarkedDown(at time: Double, hostDownSince: Double) {
    if inWindow(time) && hostDownSince.isFinite { detectionLatencies.add(time - hostDownSince) }
  }

  /// The finished summary; call after the final ``settle(at:usableNodes:rates:)`` and
  /// ``integrate(to:)`` up to the end time.
  func finish(events: UInt64) -> RunSummary {
    var result = summary
    let window = windowEnd - windowStart
    let hostSeconds = Double(hostCount) * window
    result.hostAvailability = hostSeconds > 0 ? hostUpArea / hostSeconds : .nan
    result.wnUsableFraction = hostSeconds > 0 ? usableArea / hostSeconds : .nan
    result.meanAttemptWait = attemptWaits.mean
    result.p95AttemptWait = attemptWaitQuantiles.quantile(0.95)
    result.meanJobWait = jobWaits.mean
    result.meanResponse = responses.mean
    result.meanTimeToFirstStart = firstStarts.mean
    result.meanRegistrationLatency = registrationLatencies.mean
    result.registrationSamples = registrationLatencies.count
    result.meanDetectionLatency = detectionLatencies.mean
    result.detectionSamples = detectionLatencies.count
    result.events = events
    result.harvestedCoreHours = harvestedArea / 3600
    result.occupiedCoreHours = occupiedArea / 3600
    result.idleCoreHoursUnharvested = idleArea / 3600
    result.energyKWh = energyJoules / 3.6e6
    result.energyKWhPerCompletedJob = result.jobsCompleted > 0 ? result.energyKWh / Double(result.jobsCompleted) : .nan
    result.ownerHours = sessionArea / 3600
    result.ownerImpairedHours = impairedArea / 3600
    result.meanOwnerSlowdown = sessionArea > 0 ? slowdownArea / sessionArea : .nan
    return result
  }
}
