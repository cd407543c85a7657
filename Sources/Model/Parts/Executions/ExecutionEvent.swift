/// The running jobs' own events.
enum ExecutionEvent {
  /// An execution ends normally (`generation` is its end stamp when scheduled).
  case ends(slot: Int32, generation: UInt32)
}
