/// The keys of one mapping shape: a section (`batch.torque`) or one form of a value whose
/// shape is a choice (`hosts[i].availability` with `trace`).
struct KeyTable {
  /// The form's name when the value has several mapping shapes, e.g. `trace`.
  var form: String?
  /// The keys, in the order `describe` writes them.
  var keys: [KeyInfo]
}
