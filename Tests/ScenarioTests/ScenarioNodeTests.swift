import Testing

@testable import Scenario

@Suite("ScenarioNode parsing")
struct ScenarioNodeTests {
  static func parse(_ yaml: String) throws -> ScenarioNode {
    try ScenarioNode.parse(yaml: yaml) { Fixture.at($0, $1) }
  }

  @Test("nodes and keys carry 1-based line and column")
  func locations() throws {
    let tree = try Self.parse("""
      name: lab
      hosts:
        - {count: 3, cores: 2}
      """)
    guard case .mapping(let entries) = tree.content else {
      Issue.record("root is not a mapping")
      return
    }
    #expect(entries.map(\.key) == ["name", "hosts"])
    #expect(entries[0].keyLocation == Fixture.at(1, 1))
    #expect(entries[0].value.location == Fixture.at(1, 7))
    #expect(entries[1].keyLocation == Fixture.at(2, 1))
    let group = try #require(tree["hosts"]?.nearest(path: "0"))
    #expect(group.location == Fixture.at(3, 5))
    #expect(group["cores"]?.location == Fixture.at(3, 23))
    #expect(group["cores"]?.scalar == "2")
  }

  @Test("mappings keep file order and scalars keep their text")
  func contentShape() throws {
    let tree = try Self.parse("b: 1\na: \"quoted: text\"\nc: [x, y]\nd: ''\n")
    guard case .mapping(let entries) = tree.content else {
      Issue.record("root is not a mapping")
      return
    }
    #expect(entries.map(\.key) == ["b", "a", "c", "d"])
    #expect(tree["a"]?.scalar == "quoted: text")
    #expect(tree["d"]?.scalar == "")
    #expect(tree["c"]?.scalar == nil)
    #expect(tree["c"]?.kindDescription == "a list")
    #expect(tree.kindDescription == "a mapping")
    #expect(tree["b"]?.kindDescription == "'1'")
    #expect(tree["missing"] == nil)
  }

  @Test("a YAML syntax error names its line")
  func syntaxError() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.parse("""
        name: lab
        hosts:
          - count: 3
        workload: {arrival: 5m
        duration: 1d
        """)
    }
    guard case .file(let path, let line, _) = error.location else {
      Issue.record("not a file location: \(error.location)")
      return
    }
    #expect(path == Fixture.file)
    #expect((4...5).contains(line))
    #expect(error.message.hasPrefix("YAML syntax error"))
    #expect(error.path == "")
  }

  @Test("a bad indentation is a syntax error at its line")
  func indentationError() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.parse("name: lab\n  duration: 1d\n")
    }
    guard case .file(_, let line, _) = error.location else {
      Issue.record("not a file location: \(error.location)")
      return
    }
    #expect(line == 2)
    #expect(error.message.contains("YAML"))
  }

  @Test("a duplicate key is an error with a line number")
  func duplicateKey() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.parse("""
        name: lab
        duration: 1d
        hosts: []
        duration: 2d
        """)
    }
    #expect(error.message.contains("duplicate"))
    #expect(error.message.contains("duration"))
    guard case .file(let path, let line, _) = error.location else {
      Issue.record("not a file location: \(error.location)")
      return
    }
    #expect(path == Fixture.file)
    // Yams reports the first occurrence of the duplicated key.
    #expect(line == 2)
  }

  @Test("a duplicate key in a nested mapping is found too")
  func nestedDuplicateKey() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.parse("""
        name: lab
        vm:
          boot: 1s
          boot: 2s
        """)
    }
    #expect(error.message.contains("duplicate"))
    #expect(error.message.contains("boot"))
    guard case .file(_, let line, _) = error.location else {
      Issue.record("not a file location: \(error.location)")
      return
    }
    #expect((3...4).contains(line))
  }

  @Test("an empty or comment-only document is an error")
  func emptyDocument() throws {
    for text in ["", "# nothing here\n"] {
      let error = try #require(throws: ScenarioError.self) { try Self.parse(text) }
      #expect(error.message == "the document is empty")
      #expect(error.location == Fixture.at(1, 1))
    }
  }

  @Test("aliases are expanded to the anchored node, keeping the anchor's location")
  func aliasesExpand() throws {
    // Yams' composer resolves `*x` to the node anchored `&x`, so the tree never holds an alias.
    let tree = try Self.parse("a: &x 1\nb: *x\n")
    #expect(tree["b"]?.scalar == "1")
    #expect(tree["b"]?.location == Fixture.at(1, 4))
  }

  @Test("a non-scalar mapping key is rejected")
  func complexKey() throws {
    let error = try #require(throws: ScenarioError.self) {
      try Self.parse("? [a, b]\n: 1\n")
    }
    #expect(error.message.contains("plain words"))
    #expect(error.location == Fixture.at(1, 1))
  }
}
