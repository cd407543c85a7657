/// What the values of a distribution are: durations (`90s`, `15m`; most distributions of a
/// scenario), or plain numbers of one quantity without a unit (`owners.load`, in cores).
/// It decides how ``DistributionReader`` reads a value, and what its errors say is expected.
enum DistributionValues: Sendable {
  /// Durations with a unit, or a bare number of seconds.
  case durations
  /// Plain numbers of `quantity` (`cores`), written without a unit; `example` is a typical
  /// value (`0.3`).
  case plainNumbers(quantity: String, example: String)

  /// The values of `owners.load`: a student's CPU load in cores.
  static let cores = DistributionValues.plainNumbers(quantity: "cores", example: "0.3")

  /// What one value must look like, for an error message.
  var expectedValue: String {
    switch self {
    case .durations: return "a duration like 90s, 15m, 8h, 2d or 1w"
    case .plainNumbers(let quantity, let example): return "a number of \(quantity) without a unit, like \(example)"
    }
  }

  /// What a whole distribution may be written as, for an error message.
  var expectedDistribution: String {
    switch self {
    case .durations:
      return "a duration or a one-key map naming a distribution, like {exponential: {mean: 8h}}"
    case .plainNumbers(let quantity, let example):
      return "a number of \(quantity) without a unit, like \(example), or a one-key map naming a distribution "
        + "of them, like {uniform: {low: 0.1, high: 0.6}}"
    }
  }

  /// What `lognormal`'s `median` is, for the error that asks for one of `median` and `mu`.
  var medianDescription: String {
    switch self {
    case .durations: return "a duration"
    case .plainNumbers(let quantity, _): return "a number of \(quantity)"
    }
  }

  /// What `lognormal`'s `mu` is.
  var muDescription: String {
    switch self {
    case .durations: return "mean of ln seconds"
    case .plainNumbers(let quantity, _): return "mean of ln \(quantity)"
    }
  }

  /// The error for a `median` that is not positive.
  func notPositive(_ value: Double) -> String {
    switch self {
    case .durations: return "must be a positive duration, got \(value) s"
    case .plainNumbers(let quantity, _): return "must be a positive number of \(quantity), got \(Units.numberText(value))"
    }
  }

  /// Reads one value at `path`. With `standingForTheDistribution` (a lone value written
  /// where a distribution goes, meaning a constant) an error for plain numbers also says
  /// that a distribution may be written there.
  func read(_ node: ScenarioNode, _ path: String, standingForTheDistribution: Bool = false) throws -> Double {
    switch self {
    case .durations:
      return try ValueReader.duration(node, path)
    case .plainNumbers(let quantity, _):
      let expected = standingForTheDistribution ? expectedDistribution : expectedValue
      let text = try ValueReader.scalar(node, path, expected: expected)
      if let value = UnitNumber.plain.value(text) { return value }
      var error = ValueReader.notA(expected, text, node, path)
      // `2 cores`: the number alone is what was meant.
      let singular = String(quantity.dropLast())
      if error.suggestion == nil, let number = UnitNumber([(quantity, 1), (singular, 1)]).value(text) {
        error.suggestion = Units.numberText(number)
      }
      throw error
    }
  }
}
