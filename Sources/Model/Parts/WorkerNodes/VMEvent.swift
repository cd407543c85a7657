/// The worker-node VMs' own events; `life` ties an event to one boot of the VM.
enum VMEvent {
  /// The VM finished booting; network set-up and NIS bind start.
  case booted(pc: Int32, life: UInt32)
  /// Configuration done: gmond and the batch system's daemon start.
  case configured(pc: Int32, life: UInt32)
}
