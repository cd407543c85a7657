/// Whether a key must be written, and what it is when it is not.
enum KeyPresence<Section, Value> {
  /// Absent: the section template's value, which is the Model configuration's own default.
  case optional
  /// Absent is an error (`required key 'count' is missing`).
  case required
  /// Required unless the sibling key is written (`workload.arrival` unless `trace`); the doc states it.
  case requiredUnless(String, doc: String)
  /// Absent: a value computed from what was decoded before it (`group-<i>`); the doc states it.
  case computed(doc: String, (Section, DecodingContext) -> Value)
}
