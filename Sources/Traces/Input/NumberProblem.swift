/// Why a text that looks like a number is refused (``DecimalNumber/problem(_:integer:)``),
/// with its decimal spelling when it has one.
package struct NumberProblem: Sendable, Equatable {
  /// The reason in words, e.g. `hexadecimal numbers are not accepted; write numbers in decimal`.
  package let reason: String
  /// The same number in decimal, for a did-you-mean (`16` for `0x10`); nil when there is none.
  package let decimal: String?
  /// Whether the text is an infinity (`inf`, `infinity`), for keys that have a word for it.
  package let isInfinity: Bool

  /// Creates a problem.
  package init(reason: String, decimal: String?, isInfinity: Bool = false) {
    self.reason = reason
    self.decimal = decimal
    self.isInfinity = isInfinity
  }
}
