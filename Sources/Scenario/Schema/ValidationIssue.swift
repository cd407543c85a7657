/// A rule that a decoded scenario breaks: the key path it concerns and what is wrong.
struct ValidationIssue: Equatable {
  /// Dotted key path with list indices in brackets, e.g. `hosts[0].cores`.
  let path: String
  /// What is wrong and what was expected.
  let message: String
}
