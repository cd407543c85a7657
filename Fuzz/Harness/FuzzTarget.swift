import Foundation

/// One reader under fuzzing: the text a planner hands HarvestSim, read by the same
/// package API the command line uses, and judged by ``check(_:in:)``.
///
/// The raw value names the target on the command line (`Scripts/fuzz.sh sweep-plan 180`)
/// and its folders (`Fuzz/corpus/sweep-plan/`, `Fuzz/regressions/sweep-plan/`).
package enum FuzzTarget: String, CaseIterable, Sendable {
  /// A scenario file, decoded and validated as `harvestsim validate` does (``Scenario/parse(yaml:path:baseDirectory:overrides:)``).
  case scenario
  /// A sweep plan (`SweepPlanReader`), with its points resolved when there are few.
  case sweepPlan = "sweep-plan"
  /// A variants file for `harvestsim compare` (`VariantsReader`) on `Scenarios/university-lab.yaml`,
  /// with its variants resolved when there are few.
  case variants
  /// A Standard Workload Format trace (`WorkloadReader`), read under each multi-processor policy.
  case swf
  /// A Failure Trace Archive `event_trace` availability table (`FTAEventTraceReader`).
  case fta
  /// A `host,start,end,state` availability CSV (`AvailabilityCSVReader`).
  case csv

  /// Sweeps and comparisons with at most this many points have every point's scenario
  /// resolved (as `harvestsim sweep` and `compare` do before running); larger grids are
  /// only parsed, so that one input stays fast.
  package static let resolvedPointLimit = 6

  /// Reads `input` as this target's kind of file and says what the reader made of it.
  ///
  /// Never throws: an error the reader throws is judged (positioned or not) into the
  /// verdict. A trap or a hang inside the reader is not caught: that is the finding the
  /// fuzzer and the regression tests look for.
  package func check(_ input: Data, in workspace: FuzzWorkspace) -> FuzzVerdict {
    switch self {
    case .scenario: checkScenario(input, in: workspace)
    case .sweepPlan: checkSweepPlan(input, in: workspace)
    case .variants: checkVariants(input, in: workspace)
    case .swf: checkWorkload(input, in: workspace)
    case .fta, .csv: checkAvailability(input, in: workspace)
    }
  }
}
