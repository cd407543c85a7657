/// The one rule for the numbers a planner writes, in every input: scenario keys and
/// `--set` values (durations, counts, rates, sizes, probabilities, loads), sweep ranges and
/// availability traces. Numbers are decimal.
///
/// Swift's `Double(String)` also reads hexadecimal (`0x10`, `0x1p3`), `inf`, `infinity` and
/// `nan`; none of these is a number here. ``problem(_:)`` says why such a text is refused and
/// gives its decimal spelling for a did-you-mean.
package enum DecimalNumber {
  /// The value of `text` if it is a finite decimal number: an optional sign, digits with an
  /// optional fraction (`2`, `0.5`, `.5`, `5.`) and an optional exponent (`1e3`, `2.5E-4`).
  /// Nothing else: no spaces, underscores, hexadecimal, infinities or NaNs.
  package static func value(_ text: some StringProtocol) -> Double? {
    guard isDecimal(text.utf8), let value = Double(String(text)), value.isFinite else { return nil }
    return value
  }

  /// The value of `text` if it is a decimal integer (an optional sign and digits) that fits.
  package static func integer(_ text: some StringProtocol) -> Int? {
    guard isInteger(text.utf8) else { return nil }
    return Int(String(text))
  }

  /// The value of `text` if it is an unsigned decimal integer (digits, an optional `+`) that fits.
  package static func unsignedInteger(_ text: some StringProtocol) -> UInt64? {
    guard isInteger(text.utf8), text.first != "-" else { return nil }
    return UInt64(String(text))
  }

  /// Why `text` is not a number although it looks like one: hexadecimal, an infinity or NaN,
  /// a decimal too large for a `Double`, or (for an integer key) a decimal with a fraction or
  /// exponent. Nil for any other text, which is simply not a number.
  package static func problem(_ text: some StringProtocol, integer: Bool = false) -> NumberProblem? {
    let body = text.first == "+" || text.first == "-" ? text.dropFirst() : text[...]
    let lowered = body.lowercased()
    if lowered.hasPrefix("0x") {
      let value = Double(String(text))
      return NumberProblem(reason: "hexadecimal numbers are not accepted; write numbers in decimal",
                           decimal: value.flatMap { $0.isFinite ? spelling($0, integer: integer) : nil })
    }
    if ["inf", "infinity"].contains(lowered) {
      return NumberProblem(reason: "'\(text)' is not a finite number", decimal: nil, isInfinity: true)
    }
    if lowered == "nan" || lowered == "snan" || lowered.hasPrefix("nan(") {
      return NumberProblem(reason: "'\(text)' is not a number", decimal: nil)
    }
    guard isDecimal(text.utf8), let value = Double(String(text)) else { return nil }
    if !value.isFinite { return NumberProblem(reason: "'\(text)' is too large", decimal: nil) }
    if integer && !isInteger(text.utf8) {
      return NumberProblem(reason: "an integer has no fraction or exponent",
                           decimal: value == value.rounded() ? spelling(value, integer: true) : nil)
    }
    return nil
  }

  /// `value` in decimal, as a planner would write it: `16`, `0.0625`, `1e+20`.
  private static func spelling(_ value: Double, integer: Bool) -> String? {
    if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
    return integer ? nil : String(value)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func isSign(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }

  /// `[+-]? digits`.
  private static func isInteger(_ bytes: some Collection<UInt8>) -> Bool {
    let digits = bytes.first.map(isSign) == true ? bytes.dropFirst() : bytes[...]
    return !digits.isEmpty && digits.allSatisfy(isDigit)
  }

  /// `[+-]? (digits (. digits?)? | . digits) ([eE] [+-]? digits)?`.
  private static func isDecimal(_ bytes: some Collection<UInt8>) -> Bool {
    var rest = bytes[...]
    if let first = rest.first, isSign(first) { rest = rest.dropFirst() }
    let whole = rest.prefix(while: isDigit)
    rest = rest.dropFirst(whole.count)
    var fraction = rest.prefix(0)
    if rest.first == UInt8(ascii: ".") {
      rest = rest.dropFirst()
      fraction = rest.prefix(while: isDigit)
      rest = rest.dropFirst(fraction.count)
    }
    guard !whole.isEmpty || !fraction.isEmpty else { return false }
    if let marker = rest.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
      rest = rest.dropFirst()
      if let sign = rest.first, isSign(sign) { rest = rest.dropFirst() }
      let exponent = rest.prefix(while: isDigit)
      guard !exponent.isEmpty else { return false }
      rest = rest.dropFirst(exponent.count)
    }
    return rest.isEmpty
  }
}
