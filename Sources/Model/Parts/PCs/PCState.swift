/// Whether a lab PC is up, and if not, every reason it is down.
///
/// A PC is up exactly when nothing keeps it down: it is switched on, has not crashed and is
/// not rebooting. The reasons are independent (a crashed PC can also be switched off), so
/// the down state carries the set of them.
enum PCState: Equatable {
  /// Powered on and running since `since`.
  case up(since: Double)
  /// Down, for these reasons (never empty).
  case down(PCDownReasons)

  /// Whether the PC is up.
  var isUp: Bool {
    if case .up = self { true } else { false }
  }

  /// The reasons the PC is down (empty when up).
  var downReasons: PCDownReasons {
    if case .down(let reasons) = self { reasons } else { [] }
  }
}

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

/// What a change to a PC did to its up/down state.
enum PCChange: Equatable {
  /// It stayed up, or stayed down.
  case none
  /// It came up.
  case cameUp
  /// It went down; its jobs are lost under this cause.
  case wentDown(LossCause)
}
