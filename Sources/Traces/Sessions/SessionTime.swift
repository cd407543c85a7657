/// A time written in a session log: an ISO 8601 date and time, or Unix seconds.
///
/// - `2024-03-04T09:15`, `2024-03-04T09:15:30`, `2024-03-04 09:15:30.5` (a space may stand for
///   the `T`): the lab's wall clock, as written.
/// - The same followed by `Z`, `+01:00`, `-0500` or `+01`: the wall clock as written, and the
///   offset gives the instant, so session lengths stay right across a clock change.
/// - A decimal number: Unix seconds (since 1970-01-01 00:00 UTC); its wall clock is UTC.
///
/// The hour of the week of a log-in is read from the wall clock (``wallClock``); lengths are
/// the difference of the instants (``instant``). Without an offset the two are the same.
package struct SessionTime: Sendable, Equatable {
  /// Seconds of the wall clock since 1970-01-01 00:00, as if it were UTC.
  package let wallClock: Double
  /// The instant, in Unix seconds (the wall clock less its offset).
  package let instant: Double

  /// Parses `text`; nil when it is neither form (or names a date that does not exist).
  package init?(_ text: Substring) {
    if let seconds = DecimalNumber.value(text) {
      wallClock = seconds
      instant = seconds
      return
    }
    let bytes = Array(text.utf8)
    var index = 0
    func digits(_ count: Int) -> Int? {
      guard index + count <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[index..<(index + count)] {
        guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      index += count
      return value
    }
    func expect(_ character: Character) -> Bool {
      guard index < bytes.count, bytes[index] == character.asciiValue else { return false }
      index += 1
      return true
    }
    guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
      expect("T") || expect(" "), let hour = digits(2), expect(":"), let minute = digits(2)
    else { return nil }
    var second = 0.0
    if expect(":") {
      guard let whole = digits(2) else { return nil }
      second = Double(whole)
      if expect(".") {
        let fractionStart = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
        guard index > fractionStart, let fraction = Double("0." + String(decoding: bytes[fractionStart..<index], as: UTF8.self))
        else { return nil }
        second += fraction
      }
    }
    guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
      (0...23).contains(hour), (0...59).contains(minute), second < 60
    else { return nil }
    var offset = 0
    if expect("Z") {
      offset = 0
    } else if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
      let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      index += 1
      guard let hours = digits(2), hours <= 23 else { return nil }
      var minutes = 0
      if index < bytes.count {
        _ = expect(":")
        guard let written = digits(2), written <= 59 else { return nil }
        minutes = written
      }
      offset = sign * (hours * 3600 + minutes * 60)
    }
    guard index == bytes.count else { return nil }
    let days = Self.daysFromEpoch(year: year, month: month, day: day)
    wallClock = Double(days * 86_400 + hour * 3600 + minute * 60) + second
    instant = wallClock - Double(offset)
  }

  /// The weekday of a wall-clock time, 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
  package static func weekday(_ wallClock: Double) -> Int {
    let days = Int((wallClock / 86_400).rounded(.down))
    return ((days + 3) % 7 + 7) % 7
  }

  /// Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's
  /// `days_from_civil`, http://howardhinnant.github.io/date_algorithms.html).
  static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}
