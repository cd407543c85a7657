import Traces

/// Readers for scalar values: each checks the type and says what it expected.
///
/// Numbers are decimal everywhere (``DecimalNumber``), with underscores ignored; a number
/// written otherwise (`0x10`, `inf`) is refused with the reason and its decimal spelling.
enum ValueReader {
  static func scalar(_ node: ScenarioNode, _ path: String, expected: String) throws -> String {
    guard let text = node.scalar else {
      throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got \(node.kindDescription)")
    }
    return text
  }

  static func string(_ node: ScenarioNode, _ path: String) throws -> String {
    try scalar(node, path, expected: "a string")
  }

  static func integer(_ node: ScenarioNode, _ path: String) throws -> Int {
    try integer(node, path, expected: "an integer")
  }

  static func integer(_ node: ScenarioNode, _ path: String, expected: String) throws -> Int {
    let text = try scalar(node, path, expected: expected)
    guard let value = DecimalNumber.integer(text.replacingOccurrences(of: "_", with: "")) else {
      throw notA(expected, text, node, path, integer: true)
    }
    return value
  }

  static func positiveInteger(_ node: ScenarioNode, _ path: String) throws -> Int {
    let value = try integer(node, path, expected: "a positive integer")
    guard value >= 1 else {
      throw ScenarioError(location: node.location, path: path, message: "must be a positive integer, got \(value)")
    }
    return value
  }

  static func seed(_ node: ScenarioNode, _ path: String) throws -> UInt64 {
    let text = try scalar(node, path, expected: "a non-negative integer")
    guard let value = DecimalNumber.unsignedInteger(text.replacingOccurrences(of: "_", with: "")) else {
      throw notA("a non-negative integer below 2^64", text, node, path, integer: true)
    }
    return value
  }

  static func number(_ node: ScenarioNode, _ path: String) throws -> Double {
    let text = try scalar(node, path, expected: "a number")
    guard let value = UnitNumber.plain.value(text) else {
      throw notA("a finite number", text, node, path)
    }
    return value
  }

  /// The error for `text`, which is not `expected`. When its number is written in a syntax
  /// other than decimal (`0x10s`, `inf`) the message gives the reason, and the decimal
  /// spelling (with the unit from `units`) is the did-you-mean.
  static func notA(_ expected: String, _ text: String, _ node: ScenarioNode, _ path: String,
                   units: UnitNumber = .plain, integer: Bool = false) -> ScenarioError {
    var message = "expected \(expected), got '\(text)'"
    let problem = units.problem(text, integer: integer)
    if let problem { message += ": \(problem.reason)" }
    return ScenarioError(location: node.location, path: path, message: message, suggestion: problem?.decimal)
  }

  static func boolean(_ node: ScenarioNode, _ path: String) throws -> Bool {
    let text = try scalar(node, path, expected: "true or false")
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      throw ScenarioError(location: node.location, path: path, message: "expected true or false, got '\(text)'")
    }
  }

  /// A duration with a unit (`90s`, `15m`, `8h`, `2d`, `1w`) or a bare number of seconds.
  static func duration(_ node: ScenarioNode, _ path: String) throws -> Double {
    let expected = "a duration like 90s, 15m, 8h, 2d or 1w"
    let text = try scalar(node, path, expected: expected)
    guard let seconds = Units.seconds(from: text) else {
      throw notA(expected, text, node, path, units: Units.durations)
    }
    return seconds
  }

  /// One of the raw values of `Choice`.
  static func choice<Choice: RawRepresentable & CaseIterable>(
    _ node: ScenarioNode, _ path: String, as type: Choice.Type
  ) throws -> Choice where Choice.RawValue == String {
    let names = Choice.allCases.map(\.rawValue)
    let text = try scalar(node, path, expected: "one of \(names.joined(separator: ", "))")
    guard let value = Choice(rawValue: text) else {
      throw ScenarioError(location: node.location, path: path,
                          message: "expected one of \(names.joined(separator: ", ")), got '\(text)'",
                          suggestion: Suggestion.closest(to: text, among: names))
    }
    return value
  }

  /// For a value that is either one keyword or a mapping: true for the keyword, false for
  /// a mapping (the caller reads it), and an error naming both forms for any other scalar.
  static func isKeyword(_ node: ScenarioNode, _ path: String, _ keyword: String, orElse form: String) throws -> Bool {
    guard let text = node.scalar else { return false }
    guard text == keyword else {
      throw ScenarioError(location: node.location, path: path,
                          message: "expected '\(keyword)' or \(form), got '\(text)'",
                          suggestion: Suggestion.closest(to: text, among: [keyword]))
    }
    return true
  }

  /// One of `names`, as text, with a did-you-mean.
  static func choiceText(_ node: ScenarioNode, _ path: String, among names: [String]) throws -> String {
    let text = try scalar(node, path, expected: "one of \(names.joined(separator: ", "))")
    guard names.contains(text) else {
      throw ScenarioError(location: node.location, path: path,
                          message: "expected one of \(names.joined(separator: ", ")), got '\(text)'",
                          suggestion: Suggestion.closest(to: text, among: names))
    }
    return text
  }

  static func list(_ node: ScenarioNode, _ path: String) throws -> [ScenarioNode] {
    guard case .sequence(let items) = node.content else {
      throw ScenarioError(location: node.location, path: path, message: "expected a list, got \(node.kindDescription)")
    }
    return items
  }
}
