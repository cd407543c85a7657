/// What a change to a PC did to its up/down state.
enum PCChange: Equatable {
  /// It stayed up, or stayed down.
  case none
  /// It came up.
  case cameUp
  /// It went down; its jobs are lost under this cause.
  case wentDown(LossCause)
}
