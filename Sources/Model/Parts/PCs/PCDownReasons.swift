/// Why a PC is down.
struct PCDownReasons: OptionSet, Equatable {
  let rawValue: UInt8
  /// Switched off by the timetable's power policy.
  static let switchedOff = PCDownReasons(rawValue: 1)
  /// Failed (availability process or trace).
  static let crashed = PCDownReasons(rawValue: 2)
  /// Rebooting after a student's session.
  static let rebooting = PCDownReasons(rawValue: 4)
  /// Powered down by the batch system's power saving (Slurm's `SuspendProgram`); its
  /// `ResumeProgram` (wake-on-LAN) or a student at the PC switches it on again.
  static let suspendedByBatch = PCDownReasons(rawValue: 8)
}
