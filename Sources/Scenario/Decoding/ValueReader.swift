/// Readers for scalar values: each checks the type and says what it expected.
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
    guard let value = Int(text.replacingOccurrences(of: "_", with: "")) else {
      throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got '\(text)'")
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
    guard let value = UInt64(text.replacingOccurrences(of: "_", with: "")) else {
      throw ScenarioError(location: node.location, path: path,
                          message: "expected a non-negative integer below 2^64, got '\(text)'")
    }
    return value
  }

  static func number(_ node: ScenarioNode, _ path: String) throws -> Double {
    let text = try scalar(node, path, expected: "a number")
    guard let value = Double(text.replacingOccurrences(of: "_", with: "")), value.isFinite else {
      throw ScenarioError(location: node.location, path: path, message: "expected a finite number, got '\(text)'")
    }
    return value
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
      throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got '\(text)'")
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
