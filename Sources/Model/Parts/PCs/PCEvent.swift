/// The PCs' own events: power, failures, reboots and the timetable.
enum PCEvent {
  /// Time 0 for one PC: its power and availability are set up.
  case starts(pc: Int32)
  /// The availability process takes the PC down (a crash).
  case crashBegins(pc: Int32)
  /// The availability process brings the PC back.
  case crashEnds(pc: Int32)
  /// The availability trace changes the PC's state.
  case traceChanges(pc: Int32)
  /// A reboot started by a student is over.
  case rebootEnds(pc: Int32)
  /// The lab opens or closes (timetable).
  case labChanges
  /// Wake-on-LAN switches the PCs on.
  case labWakes
  /// The batch system's power saving switches the PC off (`on` false: `SuspendProgram`) or on
  /// (`ResumeProgram`, wake-on-LAN).
  case batchPowers(pc: Int32, on: Bool)
}
