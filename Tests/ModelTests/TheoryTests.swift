import Foundation
import Stochastics
import Testing
@testable import Model

/// The model with its mechanisms switched off, checked against queueing and
/// renewal theory. Every tolerance comes from the number of samples: either a
/// closed-form standard error or the spread across independent replications.
/// docs/validation.md lists these checks with their numbers.
struct TheoryTests {
  static let hour = 3600.0
  static let day = 86_400.0

  /// Erlang C: the probability that an arrival waits in M/M/c with offered load `a` = λ/μ.
  static func erlangC(servers c: Int, load a: Double) -> Double {
    var term = 1.0
    var sum = 1.0
    for k in 1..<c {
      term *= a / Double(k)
      sum += term
    }
    let last = term * a / Double(c) * Double(c) / (Double(c) - a)
    return last / (sum + last)
  }

  /// Runs `replications` replications and returns one value per replication.
  static func replicate(_ config: ModelConfig, _ replications: Int, _ value: (RunSummary, RecordingObserver) -> Double) -> [Double] {
    (0..<replications).map { replication in
      var copy = config
      copy.replication = replication
      let observer = RecordingObserver()
      return value(LabModel.statistical(copy, observer: observer).run(), observer)
    }
  }

  /// |estimate − theory| within 4 standard errors of the replication mean (t with n−1 dof keeps
  /// this a ≈ 99.5% check even for small n).
  static func expectAgreement(_ values: [Double], theory: Double, _ what: String) {
    let ci = Statistics.confidenceInterval95(values)
    let standardError = ci.standardDeviation / Double(values.count).squareRoot()
    let tolerance = 4 * standardError
    print("validation | \(what) | theory \(theory) | measured \(ci.mean) | ±4 SE \(tolerance) | n = \(values.count) replications")
    #expect(abs(ci.mean - theory) <= tolerance, "\(what): \(ci.mean) vs theory \(theory) ± \(tolerance)")
  }

  static func instantLab(hosts: Int, cores: Int = 1, availability: Availability, arrivalMean: Double,
                         runtime: Distribution, duration: Double, warmup: Double) -> ModelConfig {
    ModelConfig(
      name: "theory", seed: 20_061_127, duration: duration, warmup: warmup,
      hostGroups: [HostGroup(count: hosts, cores: cores, profile: .native, availability: availability)],
      vm: VMLifecycleConfig(boot: .constant(0), configure: .constant(0)),
      registration: RegistrationConfig(mode: .instant),
      workload: WorkloadConfig(arrival: .exponential(mean: arrivalMean), runtime: runtime))
  }

  @Test func exponentialAvailabilityMatchesTheAlternatingRenewalProcess() {
    // A = U / (U + D). For a two-state Markov process observed over T, the time-average
    // has variance 2 U² D² / ((U + D)³ T); hosts are independent, so divide by N.
    let up = 8 * Self.hour, down = 1 * Self.hour
    let hosts = 200, duration = 200 * Self.day, warmup = 2 * Self.day
    let config = Self.instantLab(
      hosts: hosts, availability: .alternating(up: .exponential(mean: up), down: .exponential(mean: down)),
      arrivalMean: 1e12, runtime: .constant(1), duration: duration, warmup: warmup)
    let summary = LabModel.statistical(config).run()
    let theory = up / (up + down)
    let window = duration - warmup
    let sd = (2 * up * up * down * down / (pow(up + down, 3) * window) / Double(hosts)).squareRoot()
    print("validation | exponential availability | theory \(theory) | measured \(summary.hostAvailability) | ±4 SD \(4 * sd) | \(hosts) hosts")
    #expect(abs(summary.hostAvailability - theory) <= 4 * sd,
            "availability \(summary.hostAvailability) vs \(theory) ± \(4 * sd)")
    #expect(abs(summary.wnUsableFraction - summary.hostAvailability) < 1e-12)  // summed at different moments
  }

  @Test func weibullAvailabilityMatchesTheRenewalRewardTheorem() {
    // Non-exponential periods (the FTA Microsoft99 fit): A = E[U] / (E[U] + E[D]).
    let upPeriods = Distribution.weibull(shape: 0.55, scale: 35.3 * Self.hour)
    let downPeriods = Distribution.weibull(shape: 0.60, scale: 9.34 * Self.hour)
    let config = Self.instantLab(
      hosts: 100, availability: .alternating(up: upPeriods, down: downPeriods),
      arrivalMean: 1e12, runtime: .constant(1), duration: 730 * Self.day, warmup: 30 * Self.day)
    let values = Self.replicate(config, 8) { summary, _ in summary.hostAvailability }
    Self.expectAgreement(values, theory: upPeriods.mean / (upPeriods.mean + downPeriods.mean), "Weibull availability")
  }

  @Test func waitingTimeMatchesErlangC() {
    // M/M/10 with λ = 4/h and μ = 0.5/h (ρ = 0.8): Wq = C(c, a) / (cμ − λ), P(wait) = C(c, a).
    let c = 10, lambda = 4 / Self.hour, mu = 0.5 / Self.hour
    let config = Self.instantLab(
      hosts: c, availability: .always, arrivalMean: 1 / lambda, runtime: .exponential(mean: 1 / mu),
      duration: 120 * Self.day, warmup: 5 * Self.day)
    let erlang = Self.erlangC(servers: c, load: lambda / mu)
    let meanWaits = Self.replicate(config, 16) { summary, _ in summary.meanAttemptWait }
    Self.expectAgreement(meanWaits, theory: erlang / (Double(c) * mu - lambda), "M/M/10 mean wait")
    let waitingFractions = Self.replicate(config, 16) { _, observer in
      let started = observer.attempts.filter { $0.start >= config.warmup }
      return Double(started.filter { $0.start > $0.submit }.count) / Double(started.count)
    }
    Self.expectAgreement(waitingFractions, theory: erlang, "M/M/10 probability of waiting")
    let throughputs = Self.replicate(config, 16) { summary, _ in summary.throughputPerHour }
    Self.expectAgreement(throughputs, theory: lambda * Self.hour, "M/M/10 throughput")
  }

  @Test func lossProbabilityOfExponentialJobsOnExponentialHosts() {
    // A job of Exp(mean R) work on a host whose remaining up time is Exp(mean U)
    // (memoryless) is lost with probability R / (R + U). Few jobs, many hosts: no queueing.
    let runtime = 2 * Self.hour, up = 8 * Self.hour
    let config = Self.instantLab(
      hosts: 200, availability: .alternating(up: .exponential(mean: up), down: .exponential(mean: Self.hour)),
      arrivalMean: 360, runtime: .exponential(mean: runtime), duration: 100 * Self.day, warmup: Self.day)
    let observer = RecordingObserver()
    _ = LabModel.statistical(config, observer: observer).run()
    let ended = observer.attempts.filter { $0.start >= config.warmup }
    let lost = ended.filter { $0.outcome == .lost }.count
    let n = Double(ended.count)
    let p = runtime / (runtime + up)
    let estimate = Double(lost) / n
    let tolerance = 4 * (p * (1 - p) / n).squareRoot()
    print("validation | loss probability | theory \(p) | measured \(estimate) | ±4 SE \(tolerance) | n = \(Int(n)) attempts")
    #expect(abs(estimate - p) <= tolerance, "loss probability \(estimate) vs \(p) ± \(tolerance) (n = \(Int(n)))")
  }
}
