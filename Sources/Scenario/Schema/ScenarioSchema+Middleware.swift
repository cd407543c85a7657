import Model

extension ScenarioSchema {
  /// `vm`: the worker-node VM's delays and CPU priority.
  static var vm: MappingSchema<VMLifecycleConfig> {
    MappingSchema(template: VMLifecycleConfig(), keys: [
      .key("boot", \.boot, .distribution(), doc: "VM power-on to multi-user."),
      .key("configure", \.configure, .distribution(), doc: "Network set-up and NIS bind, after the boot."),
      .key("priority", \.priority, .choice, doc: "How the VM shares the CPU with a logged-in student."),
    ])
  }

  /// `monitoring`: Ganglia's timers.
  static var monitoring: MappingSchema<MonitoringConfig> {
    MappingSchema(template: MonitoringConfig(), keys: [
      .key("heartbeat", \.heartbeat, .duration(.positive), doc: "gmond's heartbeat period."),
      .key("host_tmax", \.hostTmax, .duration(.positive), doc: "TMAX; a host is down after 4 × TMAX of silence."),
      .key("gmetad_poll", \.gmetadPoll, .duration(.positive), doc: "gmetad's data_source polling interval."),
    ])
  }

  /// `registration`: the CE's cron scripts.
  static var registration: MappingSchema<RegistrationConfig> {
    MappingSchema(template: RegistrationConfig(), keys: [
      .key("mode", \.mode, .choice, doc: "How new nodes enter TORQUE: restart, live or instant."),
      .key("add_period", \.addPeriod, .duration(.positive), doc: "Period of the join cron script."),
      .key("restart_duration", \.restartDuration, .distribution(), doc: "How long a pbs_server restart takes."),
      .key("cleanup_period", \.cleanupPeriod, .duration(.positive), doc: "Period of the clean-up cron script."),
      .key("restart_on", \.restartOn, .choice, doc: "Which node-list changes restart pbs_server in restart mode."),
    ])
  }
}
