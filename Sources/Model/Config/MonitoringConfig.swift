/// Ganglia timers (gmond heartbeat, host TMAX, gmetad polling).
public struct MonitoringConfig: Sendable, Equatable {
  /// gmond's heartbeat period (`time_threshold` of the heartbeat metric; Ganglia default 20 s).
  public var heartbeat: Double
  /// `host_tmax`: the longest expected gap between a host's messages; a host is down
  /// after 4 × TMAX of silence (Ganglia default 20 s).
  public var hostTmax: Double
  /// gmetad `data_source` polling interval (Ganglia default 15 s).
  public var gmetadPoll: Double

  /// Creates the Ganglia timers with Ganglia's defaults.
  public init(heartbeat: Double = 20, hostTmax: Double = 20, gmetadPoll: Double = 15) {
    self.heartbeat = heartbeat
    self.hostTmax = hostTmax
    self.gmetadPoll = gmetadPoll
  }

  /// Silence after which Ganglia considers a host down: 4 × TMAX.
  public var silenceLimit: Double { 4 * hostTmax }
}
