import Testing
import Traces

/// The availability CSV reader reads RFC 4180 through CSVCodec, plus its own conveniences for
/// hand-written files (comments, blank lines, spaces around values).
@Suite("Availability CSV: RFC 4180 syntax")
struct AvailabilityCSVSyntaxTests {
  static func error(_ text: String) -> String? {
    do {
      _ = try AvailabilityCSVReader.parse(text, file: "t.csv")
      return nil
    } catch {
      return error.description
    }
  }

  @Test("a quoted host name may hold a comma, a doubled quote and spaces around its value")
  func quotedHost() throws {
    let text = "host,start,end,state\n\"lab, row \"\"2\"\"\",0,60,up\r\n  pc1 ,\t10 , 20,down\n"
    let trace = try AvailabilityCSVReader.parse(text, file: "t.csv")
    #expect(trace.nodes.map(\.name) == ["lab, row \"2\"", "pc1"])
    #expect(trace.nodes[1].intervals == [AvailabilityInterval(start: 10, end: 20, state: .down)])
  }

  @Test("a quoted field holding a line break spans lines; later lines keep their numbers")
  func multiLineField() throws {
    let text = "host,start,end,state\n\"pc\n# not a comment\",0,60,up\npc2,0,10,up\npc2,5,20,up\n"
    // The record on lines 2-3 is one host; the overlap is on line 5, the interval it overlaps on line 4.
    #expect(Self.error(text) == "t.csv:5: node 'pc2': interval [5, 20) overlaps [0, 10) on line 4")
    let trace = try AvailabilityCSVReader.parse("host,start,end,state\n\"pc\n# x\",0,60,up\n", file: "t.csv")
    #expect(trace.nodes.map(\.name) == ["pc\n# x"])
  }

  @Test("syntax errors are reported at the file's line and the column, past skipped comments and blank lines")
  func syntaxErrors() {
    let head = "# lab 1\n\nhost,start,end,state\n"
    // Line 4 (after a comment, a blank line and the header); `pc"1` has its quote at column 3.
    #expect(Self.error(head + "pc\"1,0,10,up\n") == "t.csv:4: column 3: a double quote inside an unquoted field; "
      + "quote the whole field and double the quotes inside it")
    // Text after a closing quote: `"pc1" ,0` has a space at column 6.
    #expect(Self.error(head + "# skipped\n\"pc1\" ,0,10,up\n") == "t.csv:5: column 6: expected a comma or the end "
      + "of the line after the closing quote of a field, found \" \"")
    // A quote left open runs to the end of the input; the error is at the opening quote.
    #expect(Self.error(head + "pc1,0,10,up\n\"pc2,0,10,up\n") == "t.csv:5: column 1: the quoted field that starts "
      + "here is not closed: a closing double quote is missing before the end of the input")
  }
}
