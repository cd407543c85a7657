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
