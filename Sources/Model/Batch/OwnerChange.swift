/// What changed about the student at a PC.
enum OwnerChange {
  /// A session began or ended.
  case session
  /// The keyboard went from typing to idle or back.
  case keyboard
}
