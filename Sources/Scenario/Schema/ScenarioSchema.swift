import Foundation
import Model
import Stochastics

/// Every scenario key, declared once: the tree of sections below is what the decoder reads,
/// what `describe` writes, what validation checks and what the key tables of
/// docs/scenario-reference.md list (a test compares them).
///
/// Each key's default is the Model configuration's own default (the section's template).
/// Adding a key means adding its declaration to its section.
enum ScenarioSchema {
  /// The top level of a scenario file.
  static var root: MappingSchema<ResolvedScenario> {
    MappingSchema(template: rootTemplate, keys: [
      .key("name", \.config.name, .string, .required, doc: "Scenario name, copied into every output row."),
      .key("description", \.config.description, .string, doc: "Free text."),
      .key("seed", \.config.seed, .seed, doc: "Master seed; every random stream derives from it."),
      .key("replication", \.config.replication, .integer.rule({ $0 >= 0 }) { "must be 0 or more, got \($0)" },
           doc: "Replication index; with the seed it selects the random streams."),
      .key("duration", \.config.duration, .duration(.positive), .required, doc: "The simulated span."),
      .key("warmup", \.config.warmup, .duration(.shorterThanDuration), doc: "Metrics cover [warmup, duration]."),
      .key("hosts", \.config.hostGroups, hostGroups, .required, doc: "The lab's PCs, in groups of identical hosts."),
      .key("vm", \.config.vm, vm.kind, doc: "VM boot and configuration delays."),
      .key("monitoring", \.config.monitoring, monitoring.kind, doc: "Ganglia timers."),
      .key("registration", \.config.registration, registration.kind, doc: "The CE's join and clean-up cron scripts."),
      .key("batch", \.config.batch, batch.kind, doc: "The batch system."),
      .key("workload", \.config.workload, workload.kind, .required, doc: "The jobs."),
      .key("timetable", \.config.timetable, timetable.kind, defaultDoc: "always open, PCs always on",
           doc: "The lab's calendar, opening hours and power policy."),
      .optional("owners", \.config.owners, owners.kind, absent: "none: nobody uses the PCs",
                doc: "The students who log in to the PCs."),
      .optional("deployment", \.config.deployment, deployment.kind, absent: "none: the VM image is already on every PC",
                doc: "Copying the VM image to the PCs before their first boot."),
      .group("output", output, doc: "Output files."),
      .group("limits", limits, doc: "Ceilings that keep a run from exhausting the machine (docs/reliability.md)."),
    ])
  }

  /// `limits`: how much memory and how many events a run may be estimated to need, and how
  /// many jobs may be in the system at once.
  static var limits: MappingSchema<ResolvedScenario> {
    MappingSchema(template: rootTemplate, keys: [
      .key("memory", \.config.limits.memoryBytes, .size,
           doc: "Refuse a run whose estimated peak memory is larger."),
      .key("events", \.config.limits.events, .positiveNumber,
           doc: "Refuse a run estimated to fire more events."),
      .key("jobs_in_system", \.config.limits.jobsInSystem, .positiveInteger,
           doc: "Stop a run once this many jobs are queued, running or awaiting resubmission at once."),
    ])
  }

  /// `output`: the sampling period (a model setting) and which files a run writes.
  static var output: MappingSchema<ResolvedScenario> {
    MappingSchema(template: rootTemplate, keys: [
      .key("sample_every", \.config.sampleEvery, .duration(.positive), doc: "Period of the timeseries.csv samples."),
      .key("jobs", \.output.jobs, .boolean, doc: "Write jobs.csv, one row per execution attempt."),
      .key("timeseries", \.output.timeseries, .boolean, doc: "Write timeseries.csv."),
    ])
  }

  /// The top level's defaults: the Model's and the output options' own.
  static var rootTemplate: ResolvedScenario { ResolvedScenario(config: placeholderConfig, output: OutputOptions()) }

  /// The root template's configuration: the Model's defaults, with placeholders where a key is required.
  static var placeholderConfig: ModelConfig {
    ModelConfig(duration: 0, hostGroups: [], workload: workloadTemplate)
  }

  /// The workload's defaults, with placeholders for `arrival` and `runtime`: the distributions
  /// a trace workload that leaves them out keeps (unused). Users resubmit a lost job after
  /// an exponential delay with a 30-minute mean, up to 3 executions in all: an assumption
  /// (docs/scenario-reference.md, `workload.resubmit`), so that a TORQUE or Slurm variant is
  /// not compared with an HTCondor one, whose schedd requeues without limit, as if its users
  /// gave up at the first loss.
  static var workloadTemplate: WorkloadConfig {
    WorkloadConfig(arrival: .constant(1), runtime: .constant(1), resubmit: defaultResubmit)
  }

  /// `workload.resubmit`'s default: `{after: {exponential: {mean: 30m}}, max_attempts: 3}`.
  static let defaultResubmit = ResubmitPolicy.after(.exponential(mean: 1800), maxAttempts: 3)

  /// Decodes a scenario tree; the first syntax, type, unknown-key or missing-key problem throws.
  static func decode(_ tree: ScenarioNode, baseDirectory: URL) throws -> ResolvedScenario {
    try root.read(tree, "", DecodingContext(baseDirectory: baseDirectory))
  }

  /// Every rule the decoded scenario breaks, in declaration order; when it breaks none, the
  /// limits its estimated cost breaks (``CostRules``).
  static func validate(_ scenario: ResolvedScenario) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    root.check(scenario, "", scenario.config, &issues)
    // The cost is estimated from valid values only.
    if issues.isEmpty { issues = CostRules.issues(scenario.config) }
    return issues
  }
}
