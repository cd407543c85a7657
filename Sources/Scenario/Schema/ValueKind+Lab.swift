import Model

extension ValueKind where Value == CalendarDate {
  /// `YYYY-MM-DD`, a date that exists.
  static var date: ValueKind {
    ValueKind(typeName: "date",
              read: { node, path, _ in
                let text = try ValueReader.scalar(node, path, expected: "a date like 2006-10-02")
                guard let date = CalendarDate(text) else {
                  throw ScenarioError(location: node.location, path: path, message: "expected a date like 2006-10-02, got '\(text)'")
                }
                return date
              },
              write: { value, _ in .scalar(value.description) })
  }
}

extension ValueKind where Value == Double {
  /// `HH:MM`, 00:00 to 23:59, in seconds after midnight; `quoted` writes it in quotes.
  static func timeOfDay(quoted: Bool = false) -> ValueKind {
    clock(example: "21:30", allowingMidnightEnd: false, quoted: quoted)
  }

  /// `HH:MM` where a time ends something, so `24:00` is allowed; written in quotes.
  static var endTimeOfDay: ValueKind { clock(example: "11:30", allowingMidnightEnd: true, quoted: true) }

  private static func clock(example: String, allowingMidnightEnd: Bool, quoted: Bool) -> ValueKind {
    ValueKind(typeName: "time of day",
              read: { node, path, _ in
                let text = try ValueReader.scalar(node, path, expected: "a time of day like \(example)")
                guard let seconds = LabUnits.timeOfDay(text), allowingMidnightEnd || seconds < 86_400 else {
                  throw ScenarioError(location: node.location, path: path,
                                      message: "expected a time of day like \(example), got '\(text)'")
                }
                return seconds
              },
              write: { value, _ in
                let text = LabUnits.timeOfDayText(value)
                return quoted ? .text(text) : .scalar(text)
              })
  }

  /// A size in bytes (`512MiB`, `2GiB`, `4GB`); it must be more than 0.
  static var size: ValueKind {
    ValueKind(typeName: "size",
              read: { node, path, _ in
                let text = try ValueReader.scalar(node, path, expected: "a size like 2GiB")
                guard let value = LabUnits.bytes(text) else {
                  throw ValueReader.notA("a size like 512MiB or 2GiB", text, node, path, units: LabUnits.sizeUnits)
                }
                return value
              },
              write: { value, _ in .scalar(Units.numberText(value)) })
      .rule({ $0.isFinite && $0 > 0 }) { _ in "must be a positive size" }
  }

  /// A rate in bytes per second (`100Mbit/s`, `1Gbit/s`, `50MB/s`); it must be more than 0.
  static var rate: ValueKind {
    ValueKind(typeName: "rate",
              read: { node, path, _ in
                let text = try ValueReader.scalar(node, path, expected: "a rate like 100Mbit/s")
                guard let value = LabUnits.bytesPerSecond(text) else {
                  throw ValueReader.notA("a rate like 100Mbit/s, 1Gbit/s or 50MB/s", text, node, path,
                                         units: LabUnits.rateUnits)
                }
                return value
              },
              write: { value, _ in .scalar(Units.numberText(value)) })
      .rule({ $0.isFinite && $0 > 0 }) { _ in "must be a positive rate" }
  }
}

extension ValueKind where Value == OpeningHours? {
  /// `08:00-20:00` (the close may be 24:00, after the open), or `closed` (nil).
  static var openingHours: ValueKind {
    let expected = "opening hours like 08:00-20:00, or closed"
    return ValueKind(
      typeName: "opening hours",
      read: { node, path, _ in
        let text = try ValueReader.scalar(node, path, expected: expected)
        if text == "closed" { return nil }
        let parts = text.split(separator: "-")
        guard parts.count == 2, let open = LabUnits.timeOfDay(String(parts[0])),
          let close = LabUnits.timeOfDay(String(parts[1])), open < close
        else {
          throw ScenarioError(location: node.location, path: path, message: "expected \(expected), got '\(text)'")
        }
        return OpeningHours(open: open, close: close)
      },
      write: { hours, _ in
        .scalar(hours.map { "\(LabUnits.timeOfDayText($0.open))-\(LabUnits.timeOfDayText($0.close))" } ?? "closed")
      })
  }
}

extension ValueKind where Value == [Int] {
  /// A list of weekdays (`mon` … `sun`) and groups (`weekdays`, `weekend`, `every_day`), as
  /// day indices, 0 = Monday; written as day names.
  static var weekdayList: ValueKind {
    let words = Weekdays.names + Weekdays.groupNames
    return ValueKind(
      typeName: "list of weekdays or groups",
      read: { node, path, _ in
        try ValueReader.list(node, path).enumerated().flatMap { index, day in
          Weekdays.days(of: try ValueReader.choiceText(day, KeyPath.join(path, index: index), among: words))
        }
      },
      write: { days, _ in .list(days.map { .scalar(Weekdays.names[$0]) }, flow: true) })
  }
}

extension ValueKind where Value == [Double] {
  /// Exactly 24 numbers, one per hour from 00:00.
  static var hourlyRates: ValueKind {
    ValueKind(
      typeName: "list of 24 numbers",
      read: { node, path, _ in
        let list = try ValueReader.list(node, path)
        guard list.count == 24 else {
          throw ScenarioError(location: node.location, path: path,
                              message: "expected 24 hourly rates (00:00 to 23:00), got \(list.count)")
        }
        return try list.enumerated().map { try ValueReader.number($1, KeyPath.join(path, index: $0)) }
      },
      write: { rates, _ in .list(rates.map { .scalar(Units.numberText($0)) }, flow: true) })
  }
}
