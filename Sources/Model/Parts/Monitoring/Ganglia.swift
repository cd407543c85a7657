/// Ganglia: each VM's gmond heartbeats every `heartbeat` seconds; gmetad polls every
/// `gmetad_poll` seconds; a host silent for 4 × `host_tmax` is dead in its view.
///
/// No heartbeat or poll is an event: the join cron asks what gmetad's last poll showed,
/// which follows from when each gmond started and stopped.
struct Ganglia {
  private(set) var states: [GmondState]
  private let config: MonitoringConfig

  init(config: MonitoringConfig, hostCount: Int) {
    self.config = config
    states = Array(repeating: .silent(startedAt: -.infinity, lastHeartbeat: -.infinity), count: hostCount)
  }

  /// gmond starts on `pc` (its first heartbeat).
  mutating func gmondStarted(_ pc: Int, at now: Double) {
    states[pc] = .beating(since: now)
  }

  /// gmond dies with its VM; its last heartbeat is the last beat of its period before now.
  mutating func gmondStopped(_ pc: Int, at now: Double) {
    guard case .beating(let since) = states[pc] else { return }
    states[pc] = .silent(
      startedAt: since, lastHeartbeat: PeriodicClock.lastBeat(atOrBefore: now, start: since, period: config.heartbeat))
  }

  /// The last gmetad poll at or before `time`.
  func lastPoll(atOrBefore time: Double) -> Double {
    PeriodicClock.tick(atOrBefore: time, period: config.gmetadPoll)
  }

  /// Whether gmetad's poll at `poll` showed `pc` alive: gmond had started by then and its
  /// last heartbeat was less than 4 × TMAX old.
  func sawAlive(_ pc: Int, atPoll poll: Double) -> Bool {
    switch states[pc] {
    case .beating(let since): return since <= poll
    case .silent(let startedAt, let lastHeartbeat): return startedAt <= poll && poll - lastHeartbeat < config.silenceLimit
    }
  }
}
