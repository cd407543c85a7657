/// The real state of a host's worker-node VM (not TORQUE's view of it).
enum VMPhase: UInt8 {
  /// The host is down; no VM.
  case off
  /// Power-on to multi-user.
  case booting
  /// Network set-up and NIS bind.
  case configuring
  /// gmond and pbs_mom are running.
  case running
}
