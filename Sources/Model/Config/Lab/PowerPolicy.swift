/// What happens to the lab's PCs outside opening hours.
public enum PowerPolicy: Sendable, Equatable {
  /// The PCs stay on day and night (the grid gets the nights).
  case alwaysOn
  /// Switched off at closing (VMware Tools shuts the VM down) and on at opening.
  case offWhenClosed
  /// Switched off at closing, then woken by wake-on-LAN at `wakeAt` seconds after
  /// midnight (the same night, or the next morning if `wakeAt` falls before closing).
  case wakeOnLAN(wakeAt: Double)
}
