import Testing

@testable import Traces

/// The one number rule: decimal, finite; everything else Swift's `Double(String)` reads is refused.
@Suite("Decimal numbers")
struct DecimalNumberTests {
  static let decimals: [(String, Double)] = [
    ("0", 0), ("42", 42), ("-3", -3), ("+3", 3), ("0.5", 0.5), (".5", 0.5), ("5.", 5), ("1e3", 1000),
    ("2.5E-4", 0.00025), ("-1.5e+2", -150), ("007", 7),
  ]

  @Test("decimal spellings are read", arguments: decimals)
  func decimal(_ text: String, _ value: Double) {
    #expect(DecimalNumber.value(text) == value)
  }

  /// Texts Swift's `Double(String)` reads (all but the last five) that are not decimal numbers.
  static let refused = [
    "0x10", "0X1F", "-0x10", "0x1p3", "0x1.8p1", "inf", "-inf", "Infinity", "nan", "NaN", "1e999",
    "", "1e", "e3", ".", "1 000", "1_000",
  ]

  @Test("hexadecimal, infinities, NaNs, overflow and anything else are refused", arguments: refused)
  func refusedText(_ text: String) {
    #expect(DecimalNumber.value(text) == nil)
    #expect(DecimalNumber.integer(text) == nil)
  }

  @Test("integers: sign and digits only")
  func integers() {
    #expect(DecimalNumber.integer("-12") == -12)
    #expect(DecimalNumber.integer("+12") == 12)
    #expect(DecimalNumber.integer("1.0") == nil)
    #expect(DecimalNumber.integer("1e3") == nil)
    #expect(DecimalNumber.integer("99999999999999999999") == nil)
    #expect(DecimalNumber.unsignedInteger("18446744073709551615") == UInt64.max)
    #expect(DecimalNumber.unsignedInteger("-1") == nil)
    #expect(DecimalNumber.unsignedInteger("0x10") == nil)
  }

  @Test("the problem says why, and gives the decimal spelling where there is one")
  func problems() {
    let hexadecimal = "hexadecimal numbers are not accepted; write numbers in decimal"
    #expect(DecimalNumber.problem("0x10") == NumberProblem(reason: hexadecimal, decimal: "16"))
    #expect(DecimalNumber.problem("-0x1p-4") == NumberProblem(reason: hexadecimal, decimal: "-0.0625"))
    #expect(DecimalNumber.problem("0xZZ") == NumberProblem(reason: hexadecimal, decimal: nil))
    #expect(DecimalNumber.problem("inf") == NumberProblem(reason: "'inf' is not a finite number", decimal: nil, isInfinity: true))
    #expect(DecimalNumber.problem("-Infinity")?.isInfinity == true)
    #expect(DecimalNumber.problem("nan") == NumberProblem(reason: "'nan' is not a number", decimal: nil))
    #expect(DecimalNumber.problem("1e999") == NumberProblem(reason: "'1e999' is too large", decimal: nil))
    #expect(DecimalNumber.problem("2.0", integer: true)
      == NumberProblem(reason: "an integer has no fraction or exponent", decimal: "2"))
    #expect(DecimalNumber.problem("2.0") == nil)
    #expect(DecimalNumber.problem("ten") == nil)
  }

  @Test("availability traces hold decimal numbers only")
  func traces() {
    let fta = "# header\n0\t0\t1\t5\tn1\t1\t0x10\t20\tNULL\n"
    #expect(throws: AvailabilityTraceError(file: "t.tab", line: 2, message: "event_start_time '0x10' is not a finite number")) {
      try FTAEventTraceReader.parse(fta, file: "t.tab")
    }
    let csv = "host,start,end,state\npc1,0,0x1p3,up\n"
    #expect(throws: AvailabilityTraceError(file: "t.csv", line: 2, message: "end '0x1p3' is not a finite number of seconds")) {
      try AvailabilityCSVReader.parse(csv, file: "t.csv")
    }
  }
}
