import CSVCodec
import Testing

/// Input that is not RFC 4180 is refused at the 1-based line and column of the problem.
struct CSVSyntaxErrorTests {
  /// The error `text` is refused with; nil (and a recorded issue) if it is accepted.
  static func refusal(_ text: String) -> CSVSyntaxError? {
    do {
      let records = try CSVParser.records(in: text)
      Issue.record("accepted \(text.debugDescription) as \(records)")
      return nil
    } catch {
      return error
    }
  }

  @Test func anUnclosedQuoteIsRefusedAtItsOpeningQuote() throws {
    let error = try #require(Self.refusal("a,\"bc\nde\n"))
    #expect((error.line, error.column) == (1, 3))
    #expect(error.message.contains("not closed"))
  }

  @Test func anUnclosedQuoteOnALaterLineIsRefusedAtThatLine() throws {
    let error = try #require(Self.refusal("x,y\nzz,\"w\n"))
    #expect((error.line, error.column) == (2, 4))
  }

  @Test func aQuoteInsideAnUnquotedFieldIsRefusedAtTheQuote() throws {
    let error = try #require(Self.refusal("ok\nab\"c,d\n"))
    #expect((error.line, error.column) == (2, 3))
    #expect(error.message.contains("unquoted field"))
  }

  @Test func textAfterAClosingQuoteIsRefusedAtThatText() throws {
    let error = try #require(Self.refusal("\"ab\"c,d\n"))
    #expect((error.line, error.column) == (1, 5))
    #expect(error.message.contains("found \"c\""))
  }

  @Test func aProblemOnTheSecondLineOfAQuotedFieldIsReportedOnThatLine() throws {
    let error = try #require(Self.refusal("\"a\nbc\"x\n"))
    #expect((error.line, error.column) == (2, 4))
  }

  @Test func aCarriageReturnOutsideQuotesIsRefused() throws {
    let error = try #require(Self.refusal("a\rb,c\n"))
    #expect((error.line, error.column) == (1, 2))
  }

  @Test func columnsCountCharactersNotBytes() throws {
    // "ü" and "é" are two bytes each in UTF-8; the quote is the third character.
    let error = try #require(Self.refusal("üé\"\n"))
    #expect((error.line, error.column) == (1, 3))
  }

  @Test func theDescriptionGivesLineColumnAndMessage() {
    let error = CSVSyntaxError(line: 4, column: 7, message: "bad")
    #expect(error.description == "line 4, column 7: bad")
  }
}
