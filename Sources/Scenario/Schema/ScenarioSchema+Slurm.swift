import Model

extension ScenarioSchema {
  /// `batch.slurm`: Slurm 22.05's settings (docs/model.md §15).
  static var slurm: MappingSchema<SlurmConfig> {
    MappingSchema(template: SlurmConfig(), keys: [
      .key("nodes", \.nodes, .choice,
           doc: "static (slurm.conf, the join script and a restart) or dynamic (slurmd -Z)."),
      .key("slurmd_timeout", \.slurmdTimeout, .duration(.positive), doc: "SlurmdTimeout: a silent node is set DOWN."),
      .key("return_to_service", \.returnToService, .choice, doc: "ReturnToService: 0, 1 or 2."),
      .key("job_requeue", \.jobRequeue, .boolean, doc: "JobRequeue: requeue the jobs of a failed node."),
      .key("scheduler_type", \.schedulerType, .choice, doc: "SchedulerType: backfill or builtin."),
      .key("sched_interval", \.schedInterval, .duration(.positive), doc: "The main scheduler's period."),
      .key("bf_interval", \.bfInterval, .duration(.positive), doc: "The backfill scheduler's period."),
      .key("bf_max_job_test", \.bfMaxJobTest, .positiveInteger, doc: "Queued jobs one backfill pass considers."),
      .key("suspend_time", \.suspendTime, optionalDuration, doc: "SuspendTime: power down a node idle this long."),
      .key("suspend_timeout", \.suspendTimeout, .duration(.nonNegative), doc: "SuspendTimeout."),
      .key("resume_timeout", \.resumeTimeout, .duration(.positive), doc: "ResumeTimeout."),
    ])
  }

  /// A positive duration, or the word `infinite` (nil): Slurm's `INFINITE`. Typed as a duration
  /// (so every duration rule and check applies to it); the word is documented with the key.
  static var optionalDuration: ValueKind<Double?> {
    ValueKind(
      typeName: "duration", category: .duration,
      read: { node, path, _ in
        if node.scalar == "infinite" { return nil }
        return try ValueReader.duration(node, path)
      },
      write: { value, _ in .scalar(value.map(Units.durationText) ?? "infinite") },
      check: { value, path, config, issues in
        guard let value else { return }
        if !DurationRule.positive.holds(value, config) {
          issues.append(ValidationIssue(path: path, message: DurationRule.positive.message(value, config)))
        }
      })
  }
}
