import Foundation
import Stochastics
import Testing
@testable import Experiments

/// The answer of `compare` on hand-built runs whose answer is known: the verdict rule,
/// the 1e-9 noise rule, each metric's best and ties, the Pareto set with constraints, and
/// the recommendation. Thresholds are read from the catalogue, so the values are built from them.
struct CompareDecisionTests {
  /// runs.csv rows: `values[metric][variant][replication]` (nil = undefined); every other metric is 1.
  static func runs(_ values: [String: [[Double?]]]) -> [SweepRow] {
    let variantCount = values.values.first!.count
    let replicationCount = values.values.first!.first!.count
    var rows: [SweepRow] = []
    for variant in 0..<variantCount {
      for replication in 0..<replicationCount {
        var cells = ["lab", "1", String(replication)] + Array(repeating: "1", count: SummaryColumns.names.count - 3)
        for (name, table) in values {
          let index = SummaryColumns.metrics.firstIndex { $0.name == name }!
          cells[3 + index] = table[variant][replication].map(CSVFormat.number) ?? ""
        }
        rows.append(SweepRow(key: RunKey(point: variant, replication: replication), labels: ["v\(variant)"],
                             cells: cells))
      }
    }
    return rows
  }

  static func metric(_ name: String) -> SummaryMetric { MetricCatalogue.metric(named: name)! }

  /// The replication effect shared by every variant (common random numbers): large, so the
  /// variants' own CIs overlap widely while the paired differences are exact.
  static let common: [Double] = [10, 12, 14, 16]

  // MARK: The verdict on one difference

  @Test func aDifferenceOfRoundingNoiseIsZeroEvenWhenItsIntervalExcludesZero() {
    // The case: 9.9e-16 ± 6.0e-16 on values near 0.33.
    let difference = ConfidenceInterval(mean: 9.9e-16, standardDeviation: 8.4e-16, count: 10)
    #expect(difference.lower > 0)  // the old rule called this significant
    let verdict = DifferenceVerdict.judge(difference, mean: 0.332, referenceMean: 0.332, threshold: .relative(0.01))
    #expect(verdict == .noise && verdict.isTie && !verdict.isSignificant)
    // 1e-9 of the larger magnitude is the boundary: 0.332e-9 is noise, 0.34e-9 is not.
    let below = ConfidenceInterval(mean: 0.331e-9, standardDeviation: 0, count: 4)
    let above = ConfidenceInterval(mean: 0.34e-9, standardDeviation: 0, count: 4)
    #expect(DifferenceVerdict.judge(below, mean: 0.332, referenceMean: 0.3, threshold: .absolute(0)) == .noise)
    #expect(DifferenceVerdict.judge(above, mean: 0.332, referenceMean: 0.3, threshold: .absolute(0)) == .beyondThreshold)
  }

  @Test func theVerdictFollowsTheRuleInItsOrder() {
    func judge(_ mean: Double, sd: Double, n: Int = 4, _ threshold: PracticalThreshold,
               means: (Double, Double) = (100, 100)) -> DifferenceVerdict {
      DifferenceVerdict.judge(ConfidenceInterval(mean: mean, standardDeviation: sd, count: n), mean: means.0,
                              referenceMean: means.1, threshold: threshold)
    }
    // t(0.975, 3) = 3.182, so with n = 4 the half-width is 1.591 sd.
    #expect(judge(0.5, sd: 1, n: 1, .relative(0.01)) == .noInterval)
    #expect(judge(1, sd: 1, .relative(0.01)) == .includesZero)  // 1 ± 1.59
    // T = 1% of max(100, 100.5) = 1.005; 0.5 ± 0.16 lies within ±1.005.
    #expect(judge(0.5, sd: 0.1, .relative(0.01), means: (100.5, 100)) == .withinThreshold)
    // 0.9 ± 0.32 excludes 0 but reaches 1.22 > 1.009: not shown to be small, so not a tie.
    #expect(judge(0.9, sd: 0.2, .relative(0.01), means: (100.9, 100)) == .beyondThreshold)
    #expect(judge(-2, sd: 0.1, .relative(0.01)) == .beyondThreshold)
    // Absolute thresholds are amounts in the unit, whatever the magnitudes.
    #expect(judge(0.5, sd: 0, .absolute(1), means: (3.5, 3)) == .withinThreshold)
    #expect(judge(1.5, sd: 0, .absolute(1), means: (4.5, 3)) == .beyondThreshold)
    #expect(DifferenceVerdict.withinThreshold.isSignificant && DifferenceVerdict.withinThreshold.isTie)
    #expect(DifferenceVerdict.beyondThreshold.isSignificant && !DifferenceVerdict.beyondThreshold.isTie)
    #expect(!DifferenceVerdict.includesZero.isSignificant && !DifferenceVerdict.noInterval.isSignificant)
  }

  @Test func compareCSVDoesNotMarkRoundingNoiseSignificant() {
    // wn_usable_fraction differing by a few ulps in every replication: a CI that excludes 0.
    let base = [0.33, 0.34, 0.35, 0.36]
    let nudged = base.enumerated().map { index, value in
      (0..<(2 + index % 2)).reduce(value) { current, _ in current.nextUp }
    }
    let rows = VariantComparison.rows(
      runs: Self.runs(["wn_usable_fraction": [base, nudged]]), variants: ["a", "b"], baseline: 0,
      metrics: ["wn_usable_fraction"])
    let difference = rows[1].difference
    #expect(difference.lower > 0 && difference.mean < 1e-15)
    #expect(rows[1].verdict == .noise && !rows[1].isSignificant && !rows[1].isPractical)
    #expect(rows[1].cells[11] == "false" && rows[1].cells[13] == "false")
    #expect(ComparisonRow.header.suffix(3) == ["significant", "threshold", "practical"])
  }

  @Test func compareCSVSeparatesSignificantFromPractical() throws {
    // Throughput: b is below a by T/2 in every replication (significant, within the
    // threshold); c by 3T (practical). T from the catalogue at a's mean of 15.
    let metric = Self.metric("throughput_per_hour")
    let t = DifferenceVerdict.amount(metric.threshold, mean: 15, referenceMean: 15)
    try #require(t > 0 && t < 2)
    let a = Self.common.map { $0 + 2 }
    let rows = VariantComparison.rows(
      runs: Self.runs(["throughput_per_hour": [a, a.map { $0 - t / 2 }, a.map { $0 - 3 * t }]]),
      variants: ["a", "b", "c"], baseline: 0, metrics: ["throughput_per_hour"])
    #expect(rows[1].isSignificant && !rows[1].isPractical && rows[1].verdict == .withinThreshold)
    #expect(rows[2].isSignificant && rows[2].isPractical)
    #expect(abs(rows[1].threshold - t) <= 1e-12)
    #expect(!rows[0].isSignificant && !rows[0].isPractical)
  }

  // MARK: Each metric's best

  @Test func theBestAndTheVariantsThatCannotBeToldApartFromIt() throws {
    let metric = Self.metric("throughput_per_hour")
    #expect(metric.better == .higher)
    let t = DifferenceVerdict.amount(metric.threshold, mean: 15, referenceMean: 15)
    try #require(t > 0 && t < 1)
    let best = Self.common.map { $0 + 2 }  // mean 15
    let noisy = zip(best, [-0.3, 0.1, -0.5, 0.3]).map { $0 + $1 }  // −0.1 ± 0.58: includes 0
    let close = best.map { $0 - t / 2 }  // exact −T/2: within the threshold
    let behind = best.map { $0 - 3 * t }  // exact −3T: worse, though its own CI overlaps the best's
    let last = best.map { $0 - 5 * t }
    let none: [Double?] = [nil, nil, nil, nil]
    let names = ["behind", "noisy", "best", "none", "close", "last"]
    let samples = MetricSamples(runs: Self.runs(["throughput_per_hour": [behind, noisy, best, none, close, last]]),
                                variantCount: 6, metric: metric)
    #expect(samples.own(0).upper > samples.own(2).lower)  // the own CIs cannot separate them
    let ranking = VariantRanking.rank(samples, variants: names)
    let byName = Dictionary(uniqueKeysWithValues: ranking.entries.map { ($0.variant, $0) })
    #expect(ranking.entries.first?.variant == "best" && ranking.best?.variant == "best")
    #expect(byName["best"]?.verdict == .best && byName["best"]?.rank == 1)
    #expect(byName["best"]?.differenceFromBest?.mean == 0)
    #expect(byName["noisy"]?.verdict == .indistinguishable && byName["noisy"]?.differenceVerdict == .includesZero)
    #expect(byName["close"]?.verdict == .indistinguishable && byName["close"]?.differenceVerdict == .withinThreshold)
    #expect(byName["noisy"]?.rank == 1 && byName["close"]?.rank == 1)
    #expect(byName["behind"]?.verdict == .worse && byName["behind"]?.rank == 4)
    #expect(byName["last"]?.verdict == .worse && byName["last"]?.rank == 5)
    #expect(byName["none"]?.verdict == .notRanked && byName["none"]?.rank == nil)
    #expect(ranking.entries.map(\.variant).suffix(3) == ["behind", "last", "none"])
    #expect(Set(ranking.entries[1...2].map(\.variant)) == ["noisy", "close"])
    let behindDifference = try #require(byName["behind"]?.differenceFromBest)
    #expect(abs(behindDifference.mean + 3 * t) <= 1e-12 && behindDifference.count == 4)

    // The file's lines, cell by cell, for the best and a worse one.
    let lines = ranking.lines
    #expect(lines[0] == ["throughput_per_hour", CSVFormat.text(metric.label), metric.unit.rawValue, "higher", "1", "best",
                         "15.0", CSVFormat.number(samples.own(2).halfWidth), "0.0", "", "best"])
    #expect(lines[5] == ["throughput_per_hour", CSVFormat.text(metric.label), metric.unit.rawValue, "higher", "", "none",
                         "", "", "", "", "not-ranked"])
  }

  @Test func lowerIsBetterEqualMeansAndMetricsWithoutADirection() {
    let lost = Self.metric("jobs_lost")
    #expect(lost.better == .lower)
    let samples = MetricSamples(runs: Self.runs(["jobs_lost": [[3, 3, 4, 4], [0, 0, 0, 0], [0, 0, 0, 0]]]),
                                variantCount: 3, metric: lost)
    let ranking = VariantRanking.rank(samples, variants: ["a", "b", "c"])
    // Equal means: the first in file order is the best, the other equal to it (noise).
    #expect(ranking.entries.map(\.variant) == ["b", "c", "a"])
    #expect(ranking.entries.map(\.verdict) == [.best, .indistinguishable, .worse])
    #expect(ranking.entries[1].differenceVerdict == .noise && ranking.entries[2].rank == 3)

    let submitted = Self.metric("jobs_submitted")
    #expect(submitted.better == .neither)
    let unranked = VariantRanking.rank(
      MetricSamples(runs: Self.runs(["jobs_submitted": [[5, 5, 5, 5], [9, 9, 9, 9]]]), variantCount: 2, metric: submitted),
      variants: ["a", "b"])
    #expect(unranked.best == nil && unranked.entries.map(\.variant) == ["a", "b"])
    #expect(unranked.entries.allSatisfy { $0.verdict == .notRanked && $0.rank == nil && $0.differenceFromBest == nil })
    #expect(unranked.lines[1][6] == "9.0" && unranked.lines[1][10] == "not-ranked")
  }

  @Test func theConsoleListsTheBestThenTheTiesThenTheWorse() throws {
    let decision = CompareDecision(
      runs: Self.runs(["jobs_lost": [[3, 3, 4, 4], [0, 0, 0, 0], [0, 0, 0, 0], [0, 1, 0, 1]]]),
      variants: ["a", "b", "c", "d"], metrics: ["jobs_lost"],
      criteria: try DecisionCriteria(objectives: ["jobs_lost"], constraints: []), replications: 4)
    let lines = DecisionSummary.text(decision).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix(Self.metric("jobs_lost").label + " (jobs_lost: lower is better") })
    // d: 0.5 ± 0.92 from b (includes 0); c equal to b; a: 3.5 ± 0.92, worse.
    // The variant column is as wide as its widest cell, "1 variant: a" (12 characters), plus 2.
    let pad = String(repeating: " ", count: 13)
    #expect(lines[start + 1] == "  best   b\(pad)0 ± 0")
    #expect(lines[start + 2] == "  same   d\(pad)0.500 ± 0.919  +0.500 ± 0.919")
    #expect(lines[start + 3] == "  same   equal to the best: c")
    #expect(lines[start + 4] == "  worse  1 variant: a  3.50 ± 0.919")
  }

  // MARK: The Pareto set

  /// p: high throughput, 10 jobs lost; q: low throughput, none lost; r: low throughput and
  /// 10 lost (beaten by both); s: p's throughput less T/2 (a tie with p) and 10 lost.
  static func paretoRuns() -> (runs: [SweepRow], names: [String]) {
    let t = DifferenceVerdict.amount(metric("throughput_per_hour").threshold, mean: 30, referenceMean: 30)
    let high = common.map { $0 + 10 }, low = common
    let lost: [Double] = [10, 10, 10, 10], none: [Double] = [0, 0, 0, 0]
    let impaired: [Double] = [5, 6, 7, 8]
    return (runs([
      "throughput_per_hour": [high, low, low, high.map { $0 - t / 2 }],
      "jobs_lost": [lost, none, lost, lost],
      "owner_impaired_hours": [impaired, impaired, impaired, impaired],
    ]), ["p", "q", "r", "s"])
  }

  static func decision(_ objectives: [String], _ constraints: [String] = []) throws -> CompareDecision {
    let (runs, names) = paretoRuns()
    return CompareDecision(runs: runs, variants: names, metrics: ["throughput_per_hour", "jobs_lost"],
                           criteria: try DecisionCriteria(objectives: objectives, constraints: constraints),
                           replications: 4)
  }

  @Test func theParetoSetTreatsDifferencesInsideTheThresholdAsTies() throws {
    let lostThreshold = DifferenceVerdict.amount(Self.metric("jobs_lost").threshold, mean: 10, referenceMean: 0)
    try #require(lostThreshold < 10)  // 10 jobs lost is told apart from none
    let decision = try Self.decision(["throughput:max", "jobs_lost:min"])
    let entries = decision.pareto.entries
    #expect(entries.map(\.pareto) == [true, true, false, true])
    #expect(entries.map(\.feasible) == [true, true, true, true])
    #expect(entries[2].dominatedBy == 0)  // r: beaten by p (first in file order; q beats it too)
    #expect(decision.pareto.orders[0][3][0] == .tie && decision.pareto.orders[0][0][1] == .better)
    #expect(decision.pareto.orders[1][1][0] == .better && decision.pareto.orders[1][0][3] == .tie)
    #expect(decision.pareto.csv == """
      variant,feasible,pareto,violated,throughput_per_hour,jobs_lost
      p,true,true,,23.0,10.0
      q,true,true,,13.0,0.0
      r,true,false,,13.0,10.0
      s,true,true,,\(CSVFormat.number(entries[3].objectives[0].mean)),10.0

      """)
    let text = decision.recommendation
    #expect(text.hasPrefix("# Recommendation\n\n"))
    #expect(text.contains("**Choose among `p`, `q` and `s`.** None beats another on one objective without losing "
      + "on another"))
    #expect(text.contains("| `p` | 23.00 jobs/h (best) | 10 (+10 vs the best, `q`) |"))
    #expect(text.contains("| `q` | 13.00 jobs/h (−10.00 jobs/h vs the best, `p`) | 0 (best) |"))
    #expect(text.contains("| `s` | \(MetricFormat.text(entries[3].objectives[0].mean, unit: .jobsPerHour)) "
      + "(tied with the best, `p`) | 10 (+10 vs the best, `q`) |"))
    #expect(text.contains("Cannot be told apart on any objective: `p` and `s`."))
    #expect(text.contains("Beaten on an objective and no better on any: `r` (by `p`)."))
    #expect(!text.contains("Excluded"))
    // The rankings cover the comparison's metrics (objectives among them, so nothing added).
    #expect(decision.rankings.map(\.metric.name) == ["throughput_per_hour", "jobs_lost"])
  }

  @Test func constraintsApplyToTheMeanAndExcludeVariantsByName() throws {
    let decision = try Self.decision(["throughput:max", "jobs_lost:min", "owner_impaired_hours:min"], ["jobs_lost<=0"])
    let entries = decision.pareto.entries
    #expect(entries.map(\.feasible) == [false, true, false, false])
    #expect(entries.map(\.pareto) == [false, true, false, false])
    #expect(entries[0].violated == ["jobs_lost<=0"])
    let label = Self.metric("jobs_lost").label
    #expect(decision.recommendation.contains("**Pick `q`.** It is the only variant that meets the constraints."))
    #expect(decision.recommendation.contains("Excluded by the constraints: `p` (\(label) 10, needs <= 0), "
      + "`r` (\(label) 10, needs <= 0), `s` (\(label) 10, needs <= 0)."))
    // owner_impaired_hours is not among the comparison's metrics: it is ranked after them.
    #expect(decision.rankings.map(\.metric.name) == ["throughput_per_hour", "jobs_lost", "owner_impaired_hours"])

    // Strict and non-strict bounds on the mean (q's mean is exactly 0; p's throughput 23).
    #expect(try Self.decision(["throughput"], ["jobs_lost<0"]).pareto.entries.allSatisfy { !$0.feasible })
    let fast = try Self.decision(["jobs_lost"], ["throughput>=23"]).pareto.entries
    #expect(fast.map(\.feasible) == [true, false, false, false])
    #expect(try Self.decision(["jobs_lost"], ["throughput>23"]).pareto.entries.allSatisfy { !$0.feasible })

    let nothing = try Self.decision(["throughput"], ["jobs_lost<=0", "throughput>=20"])
    #expect(nothing.pareto.paretoSet.isEmpty)
    #expect(nothing.recommendation.contains("**No variant meets every constraint.**"))
    #expect(nothing.pareto.entries[1].violated == ["throughput_per_hour>=20"])
  }

  @Test func aVariantWithoutValuesIsNotFeasible() throws {
    let decision = CompareDecision(
      runs: Self.runs(["throughput_per_hour": [[1, 2], [nil, nil]], "jobs_lost": [[0, 0], [0, 0]]]),
      variants: ["a", "b"], metrics: [], criteria: try DecisionCriteria(objectives: ["throughput", "jobs_lost"],
                                                                       constraints: []), replications: 2)
    #expect(decision.pareto.entries[1].violated == ["no value of throughput_per_hour"])
    #expect(decision.pareto.paretoSet == [0])
    #expect(decision.recommendation.contains("**Pick `a`.** It is the only variant with values."))
  }

  @Test func oneReplicationTiesEverythingAndSaysSo() throws {
    let decision = CompareDecision(
      runs: Self.runs(["throughput_per_hour": [[10], [20]], "jobs_lost": [[0], [5]],
                       "owner_impaired_hours": [[1], [1]]]),
      variants: ["a", "b"], metrics: ["throughput_per_hour"], criteria: .standard, replications: 1)
    #expect(decision.rankings[0].entries.map(\.verdict) == [.best, .indistinguishable])
    #expect(decision.pareto.paretoSet == [0, 1])
    #expect(decision.recommendation.contains("With 1 replication there is no CI"))
  }

  // MARK: Options

  @Test func objectivesAndConstraintsAcceptFullNamesAndUnambiguousPrefixes() throws {
    let goodput = try DecisionObjective(parsing: "goodput:max")
    #expect(goodput.metricName == "goodput_core_hours" && goodput.goal == .max)
    #expect(try DecisionObjective(parsing: "jobs_lost").goal == .min)  // the catalogue's direction
    #expect(try DecisionObjective(parsing: "throughput_per_hour:min").goal == .min)  // as the planner says
    let constraint = try DecisionConstraint(parsing: "owner_impaired<=2.5")
    #expect(constraint.metricName == "owner_impaired_hours" && constraint.relation == .atMost && constraint.bound == 2.5)
    #expect(constraint.text == "owner_impaired_hours<=2.5")
    #expect(try DecisionConstraint(parsing: "jobs_lost>=1").relation == .atLeast)
    #expect(try DecisionConstraint(parsing: "jobs_lost < 1").relation == .below)
    #expect(try DecisionConstraint(parsing: "jobs_lost>1e3").bound == 1000)
    #expect(DecisionCriteria.standard.objectives.map(\.text)
      == ["throughput_per_hour:max", "jobs_lost:min", "owner_impaired_hours:min"])
    #expect(DecisionCriteria.standard.constraints.isEmpty)
  }

  @Test func badObjectivesAndConstraintsAreNamedAsTyped() {
    func objectiveError(_ text: String) -> String {
      do {
        _ = try DecisionObjective(parsing: text)
        return "no error"
      } catch { return error.message }
    }
    func constraintError(_ text: String) -> String {
      do {
        _ = try DecisionConstraint(parsing: text)
        return "no error"
      } catch { return error.message }
    }
    let unknown = objectiveError("goodptu:max")
    #expect(unknown.hasPrefix("--objective 'goodptu:max': unknown metric 'goodptu'"))
    #expect(unknown.contains("(did you mean 'goodput_core_hours'?)"))
    #expect(objectiveError("jobs_lots").contains("did you mean 'jobs_lost'?"))
    #expect(!objectiveError("zzzzzzzz").contains("did you mean"))
    let ambiguous = objectiveError("wasted:min")
    #expect(ambiguous.hasPrefix("--objective 'wasted:min': 'wasted' is ambiguous"))
    #expect(ambiguous.contains("wasted_core_hours, wasted_core_hours_crash"))
    #expect(objectiveError("throughput:up") == "--objective 'throughput:up': expected max or min after ':', got 'up'")
    #expect(objectiveError("events").contains("events has no better direction"))
    #expect(constraintError("jobs_lost=0").hasPrefix("--constraint 'jobs_lost=0': '=' is not a comparison"))
    #expect(constraintError("jobs_lost=<0").hasPrefix("--constraint 'jobs_lost=<0': unknown comparison"))
    #expect(constraintError("jobs_lost<<0").hasPrefix("--constraint 'jobs_lost<<0': unknown comparison"))
    #expect(constraintError("jobs_lost").contains("expected METRIC<=X, METRIC>=X, METRIC<X or METRIC>X"))
    #expect(constraintError("jobs_lost<=few")
      == "--constraint 'jobs_lost<=few': expected a number in jobs_lost's unit (count) after the comparison, got 'few'")
    #expect(constraintError("jobz_lost<=0").contains("unknown metric 'jobz_lost' (did you mean 'jobs_lost'?)"))
    #expect(throws: DecisionOptionError(option: "--objective", typed: "jobs_lost:max",
                                        "jobs_lost is already an objective")) {
      try DecisionCriteria(objectives: ["jobs_lost", "jobs_lost:max"], constraints: [])
    }
  }
}
