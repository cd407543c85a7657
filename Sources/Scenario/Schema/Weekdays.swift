/// The week as scenarios name it: `mon` … `sun`, and the groups `weekdays`, `weekend`, `every_day`.
enum Weekdays {
  /// Monday (index 0) to Sunday (6).
  static let names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  /// The group names, in the order they are applied (a later single day overrides its group).
  static let groupNames = ["every_day", "weekdays", "weekend"]

  /// The day indices a day or group name stands for.
  static func days(of name: String) -> [Int] {
    switch name {
    case "every_day": Array(0..<7)
    case "weekdays": [0, 1, 2, 3, 4]
    case "weekend": [5, 6]
    default: names.firstIndex(of: name).map { [$0] } ?? []
    }
  }
}
