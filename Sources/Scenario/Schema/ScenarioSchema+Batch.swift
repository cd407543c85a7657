import Model

extension ScenarioSchema {
  /// `batch`: `system` selects which of the `torque:`, `condor:` and `slurm:` sections may be written.
  static var batch: MappingSchema<BatchConfig> {
    func inactive(_ name: String) -> (BatchConfig) -> String {
      { batch in
        let system = batch.system.name
        return "settings for \(name), but batch.system is \(system); remove this section, or replace the "
          + "whole batch mapping (e.g. --set 'batch={system: \(system)}')"
      }
    }
    return MappingSchema(template: BatchConfig(), keys: [
      .key("system", \.system, batchSystem, doc: "The batch system: torque, condor or slurm."),
      .key("placement", \.placement, .choice, doc: "Which free node a job gets."),
      .key("drain_before_shutdown", \.drainBeforeShutdown, .boolean,
           doc: "Start no job whose requested walltime ends after the next scheduled switch-off."),
      .selected("torque", torque.kind, extract: { $0.system.torque }, embed: { $0.system = .torque($1) },
                inactive: inactive("torque"), doc: "TORQUE's timers and scheduling policy."),
      .selected("condor", condor.kind, extract: { $0.system.condor }, embed: { $0.system = .condor($1) },
                inactive: inactive("condor"), doc: "HTCondor's timers, startd policy and attempt limit."),
      .selected("slurm", slurm.kind, extract: { $0.system.slurm }, embed: { $0.system = .slurm($1) },
                inactive: inactive("slurm"), doc: "Slurm's nodes, timers, schedulers and power saving."),
    ])
  }

  /// `batch.system`: the name selects the system, with that system's defaults.
  static var batchSystem: ValueKind<BatchSystemConfig> {
    var kind = ValueKind<BatchSystemConfig>.choice(among: [("torque", .torque(TorqueConfig())), ("condor", .condor(CondorConfig())),
                                                         ("slurm", .slurm(SlurmConfig()))])
    kind.write = { system, _ in .scalar(system.name) }
    return kind
  }

  /// `batch.torque`.
  static var torque: MappingSchema<TorqueConfig> {
    MappingSchema(template: TorqueConfig(), keys: [
      .key("status_update", \.statusUpdate, .duration(.wholeSecondsAtLeastOne), doc: "pbs_mom's $status_update_time."),
      .key("node_check_rate", \.nodeCheckRate, .duration(.positive),
           doc: "check_nodes runs this often and marks a node silent this long down."),
      .key("scheduler_iteration", \.schedulerIteration, .duration(.positive), doc: "The timed scheduler cycle."),
      .key("policy", \.policy, .choice, doc: "How pbs_sched walks the queue."),
      .key("rerunnable", \.rerunnable, .boolean, doc: "pbs_server requeues the jobs of a node it marks down."),
      .key("loss_known", \.lossKnown, .choice, doc: "When the user of a job lost with its node learns of it."),
      .key("purge_after", \.purgeAfter, .duration(.positive),
           doc: "The operator purges the jobs of a host this long after it went down."),
    ], rules: [
      .at("node_check_rate", { torque, _ in !(torque.nodeCheckRate <= torque.statusUpdate) }) { torque, _ in
        "must be longer than status_update (\(Units.durationText(torque.statusUpdate))), or every live node "
          + "would be marked down between two status reports"
      },
    ])
  }

  /// `batch.condor`.
  static var condor: MappingSchema<CondorConfig> {
    MappingSchema(template: CondorConfig(), keys: [
      .key("update_interval", \.updateInterval, .duration(.positive), doc: "Startd UPDATE_INTERVAL."),
      .key("classad_lifetime", \.classadLifetime, .duration(.positive), doc: "Collector CLASSAD_LIFETIME."),
      .key("negotiator_interval", \.negotiatorInterval, .duration(.positive), doc: "NEGOTIATOR_INTERVAL."),
      .key("claim_delay", \.claimDelay, .duration(.nonNegative), doc: "Time from a match to the job's work starting."),
      .key("job_lease_duration", \.jobLeaseDuration, .duration(.positive),
           doc: "How long the schedd waits for a vanished machine."),
      .key("policy", \.policy, .choice, doc: "The startd policy: desktop or always-run."),
      .key("host_aware", \.hostAware, .boolean, doc: "The startd in the VM sees the owner's keyboard and load."),
      .key("max_attempts", \.maxAttempts, .attemptLimit, doc: "The most executions a job may have in all."),
      .key("desktop", \.thresholds, desktop.kind, doc: "The DESKTOP policy's thresholds."),
      .key("universe", \.universe, universe,
           doc: "vanilla; self-checkpointing vanilla jobs; or the historical standard universe (Condor 8.x and earlier)."),
    ])
  }

  /// `batch.condor.desktop`: HTCondor's DESKTOP thresholds.
  static var desktop: MappingSchema<DesktopThresholds> {
    MappingSchema(template: DesktopThresholds(), keys: [
      .key("start_idle_time", \.startIdleTime, .duration(.nonNegative), doc: "START needs the keyboard idle this long."),
      .key("continue_idle_time", \.continueIdleTime, .duration(.nonNegative),
           doc: "CONTINUE needs the keyboard idle this long."),
      .key("max_suspend_time", \.maxSuspendTime, .duration(.nonNegative), doc: "PREEMPT after a suspension this long."),
      .key("max_vacate_time", \.maxVacateTime, .duration(.nonNegative), doc: "KILL a vacating job after this long."),
      .key("keyboard_busy_time", \.keyboardBusyTime, .duration(.nonNegative),
           doc: "The keyboard counts as busy when used within this time."),
      .key("background_load", \.backgroundLoad, .number, doc: "Owner load (cores) below which the CPU counts as idle."),
      .key("high_load", \.highLoad, .number, doc: "Owner load (cores) at which the job is suspended …"),
      .key("cpu_busy_time", \.cpuBusyTime, .duration(.nonNegative), doc: "… once it has lasted this long."),
    ], rules: [
      .at("", { limits, _ in limits.backgroundLoad >= 0 && limits.highLoad >= limits.backgroundLoad }) { _, _ in
        "needs 0 <= background_load <= high_load"
      },
    ], flow: true)
  }

  /// `batch.condor.universe`: `vanilla`, `self-checkpointing`, `standard`, or one of the mapping
  /// forms `{self-checkpointing: {interval, size, bandwidth, when_to_transfer_output}}` and
  /// `{standard: {interval, image_size, bandwidth}}`.
  static var universe: ValueKind<CondorUniverse> {
    let standard = ValueKind<CondorUniverse>.mapped(checkpoint.kind, embed: { .standard($0) }, extract: { universe in
      guard case .standard(let checkpoint) = universe else { return nil }
      return checkpoint
    })
    let selfCheckpointing = ValueKind<CondorUniverse>.mapped(
      selfCheckpoint.kind, embed: { .selfCheckpointing($0) },
      extract: { universe in
        guard case .selfCheckpointing(let settings) = universe else { return nil }
        return settings
      })
    return .keywords(
      [("vanilla", .vanilla, true), ("self-checkpointing", .selfCheckpointing(SelfCheckpointConfig()), false),
       ("standard", .standard(CheckpointConfig()), false)],
      expected: "vanilla, self-checkpointing, standard, or a mapping {self-checkpointing: {...}} or {standard: {...}}",
      typeName: "`vanilla`, `self-checkpointing`, `standard`, or `{self-checkpointing: {…}}` or `{standard: {…}}`",
      forms: [.oneKeyOf("mapping", [
        ("self-checkpointing", selfCheckpointing,
         "Vanilla jobs that checkpoint themselves (checkpoint_exit_code), with these settings."),
        ("standard", standard, "Historical (Condor 8.x and earlier): the standard universe with these checkpoint settings."),
      ], otherwise: "give exactly one of self-checkpointing: {...} or standard: {...}")])
  }

  /// `universe: {self-checkpointing: {…}}`: self-checkpointing vanilla jobs.
  static var selfCheckpoint: MappingSchema<SelfCheckpointConfig> {
    MappingSchema(template: SelfCheckpointConfig(), keys: [
      .key("interval", \.interval, .distribution(positiveMean: "must have a positive mean"),
           doc: "Time between checkpoint exits (the manual: about once an hour)."),
      .key("size", \.size, .size, doc: "The checkpoint files."),
      .key("bandwidth", \.bandwidth, .rate, doc: "The bandwidth between the execute PC and the access point."),
      .key("when_to_transfer_output", \.whenToTransferOutput, .choice,
           doc: "on_exit (HTCondor's default) or on_exit_or_evict (also transfer at eviction)."),
    ], flow: true)
  }

  /// `universe: {standard: {…}}`: standard-universe checkpoints.
  static var checkpoint: MappingSchema<CheckpointConfig> {
    MappingSchema(template: CheckpointConfig(), keys: [
      .key("interval", \.interval, .distribution(positiveMean: "must have a positive mean"),
           doc: "Time between periodic checkpoints."),
      .key("image_size", \.imageSize, .size, doc: "The job's checkpoint image."),
      .key("bandwidth", \.bandwidth, .rate, doc: "The bandwidth to the checkpoint server."),
    ], flow: true)
  }
}
