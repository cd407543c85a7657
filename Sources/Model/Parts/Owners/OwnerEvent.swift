/// The students' events; `session` ties an event to one session of one PC.
enum OwnerEvent {
  /// A student arrives at a PC (hourly profile).
  case arrives(pc: Int32)
  /// A timetabled class begins on day `day`.
  case classBegins(block: Int32, day: Int32)
  /// A student's session ends.
  case sessionEnds(pc: Int32, session: UInt32)
  /// Keyboard activity switches between typing and idle.
  case keyboardToggles(pc: Int32, session: UInt32)
}
