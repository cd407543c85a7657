/// How docs/scenario-reference.md states a key's default.
enum DefaultDoc {
  /// The key must be written: `**required**`.
  case required
  /// The Model's default value, as `describe` writes it; the doc's text must read back equal to it.
  case value(String, matches: (String) -> Bool)
  /// A default that depends on other values (`group-<i>`, `guessed from the file name`) or a
  /// section left out (`none: nobody uses the PCs`); the doc's cell starts with this text.
  case described(String)
}
