/// Refuses results written by another program version: a sweep folder or a journal
/// line whose version is not this program's holds results of a different model
/// (the version carries a digest of the model's sources, see ``ProgramVersion``),
/// and mixing them with this program's runs would give a meaningless average.
struct VersionCheck: Sendable {
  /// The version results must have been written by.
  var expected = ProgramVersion.current
  /// What the planner should do instead, the end of the error message.
  var advice: String

  /// For resuming a sweep into its folder.
  static let resume = VersionCheck(advice: "use a new --out folder")
  /// For merging sweep folders.
  static let merge = VersionCheck(
    advice: "merge them with the harvestsim that wrote them, or run the sweep again into a new folder")

  /// Throws unless `found`, the version recorded in `source` (a folder, a journal
  /// line), is the expected one. The message names both versions.
  func check(_ found: String, in source: String) throws {
    guard found != expected else { return }
    throw OutputError(message: "\(source) was written by harvestsim \(found.isEmpty ? "(no version)" : found) "
      + "and this is \(expected): results of different models cannot be mixed; \(advice)")
  }
}
