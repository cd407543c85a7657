import Testing

@testable import Scenario

@Suite("KeyPath and ScenarioNode.nearest")
struct KeyPathTests {
  @Test("command-line and message-style paths split the same way")
  func segments() {
    let expected: [KeyPath.Segment] = [.key("hosts"), .index(0), .key("count")]
    #expect(KeyPath.segments(of: "hosts.0.count") == expected)
    #expect(KeyPath.segments(of: "hosts[0].count") == expected)
    #expect(KeyPath.segments(of: "workload.classes[1].cpu") == [.key("workload"), .key("classes"), .index(1), .key("cpu")])
    #expect(KeyPath.segments(of: "a[2][3]") == [.key("a"), .index(2), .index(3)])
    #expect(KeyPath.segments(of: "duration") == [.key("duration")])
    #expect(KeyPath.segments(of: "").isEmpty)
  }

  @Test("join builds message-style paths")
  func join() {
    #expect(KeyPath.join("", "duration") == "duration")
    #expect(KeyPath.join("hosts[0]", "count") == "hosts[0].count")
    #expect(KeyPath.join("hosts", index: 3) == "hosts[3]")
  }

  @Test("nearest finds the node at a path, or its deepest existing ancestor")
  func nearest() throws {
    let yaml = """
      hosts:
        - count: 3
          cores: 2
      workload:
        arrival: 5m
      """
    let tree = try ScenarioNode.parse(yaml: yaml) { Fixture.at($0, $1) }
    #expect(tree.nearest(path: "hosts[0].cores").location == Fixture.at(3, 12))
    #expect(tree.nearest(path: "hosts[0].cores").scalar == "2")
    #expect(tree.nearest(path: "hosts.0.count").scalar == "3")
    // A key that is absent: its parent mapping.
    #expect(tree.nearest(path: "hosts[0].speed").location == Fixture.at(2, 5))
    // An index out of range: the list.
    #expect(tree.nearest(path: "hosts[4].count").location == Fixture.at(2, 3))
    // A path below a scalar: the scalar.
    #expect(tree.nearest(path: "workload.arrival.constant.value").location == Fixture.at(5, 12))
    #expect(tree.nearest(path: "").location == Fixture.at(1, 1))
  }
}
