import Model

/// A rule about several keys of one section (`node_check_rate` longer than `status_update`),
/// declared with that section's keys.
struct SectionRule<Section> {
  /// Checks a section at its key path against the whole configuration, adding what it breaks.
  let check: (Section, String, ModelConfig, inout [ValidationIssue]) -> Void

  /// A rule reported at `key` of the section (`""`: at the section itself) when `holds` is false.
  static func at(
    _ key: String, _ holds: @escaping (Section, ModelConfig) -> Bool, _ message: @escaping (Section, ModelConfig) -> String
  ) -> SectionRule {
    SectionRule { section, path, config, issues in
      if !holds(section, config) {
        issues.append(ValidationIssue(path: key.isEmpty ? path : KeyPath.join(path, key), message: message(section, config)))
      }
    }
  }
}
