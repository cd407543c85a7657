import Model
import Testing

@testable import Scenario

@Suite("Suggestion")
struct SuggestionTests {
  static let distances: [(String, String, Int)] = [
    ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
    ("kitten", "sitting", 3), ("flaw", "lawn", 2),
    ("duraton", "duration", 1),  // one deletion
    ("cuont", "count", 1),  // transposition
    ("restrat", "restart", 1),  // transposition
    ("ab", "ba", 1),  // transposition
    ("exponental", "exponential", 1),
    ("abc", "xyz", 3),
  ]

  @Test("edit distance, with a swap of neighbours as one edit", arguments: distances)
  func editDistance(_ a: String, _ b: String, _ expected: Int) {
    #expect(Suggestion.editDistance(a, b) == expected)
    #expect(Suggestion.editDistance(b, a) == expected)
  }

  @Test("typos find the intended word")
  func closestFindsTypos() {
    #expect(Suggestion.closest(to: "duraton", among: ScenarioSchema.root.keys.map(\.name)) == "duration")
    #expect(Suggestion.closest(to: "wrkload", among: ScenarioSchema.root.keys.map(\.name)) == "workload")
    #expect(Suggestion.closest(to: "cuont", among: ["name", "count", "cores", "speed"]) == "count")
    let modes = RegistrationMode.allCases.map(\.rawValue)
    #expect(Suggestion.closest(to: "restrat", among: modes) == "restart")
    #expect(Suggestion.closest(to: "exponental", among: DistributionReader.families.map(\.name)) == "exponential")
    #expect(Suggestion.closest(to: "lognormall", among: DistributionReader.families.map(\.name)) == "lognormal")
  }

  @Test("comparison ignores case")
  func closestIgnoresCase() {
    #expect(Suggestion.closest(to: "DURATION", among: ["name", "duration"]) == "duration")
    #expect(Suggestion.closest(to: "Restart", among: ["restart", "live"]) == "restart")
  }

  @Test("far words and empty candidate lists give nil")
  func farWordsGiveNil() {
    #expect(Suggestion.closest(to: "zzzzzzzz", among: ScenarioSchema.root.keys.map(\.name)) == nil)
    #expect(Suggestion.closest(to: "banana", among: ["always"]) == nil)
    #expect(Suggestion.closest(to: "duration", among: []) == nil)
  }

  @Test("the threshold is a third of the word's length, at least 2")
  func threshold() {
    // 9 letters: up to 3 edits.
    #expect(Suggestion.closest(to: "abcdefxyz", among: ["abcdefghi"]) == "abcdefghi")
    #expect(Suggestion.closest(to: "abcdewxyz", among: ["abcdefghi"]) == nil)
    // 4 letters: the minimum of 2 edits applies.
    #expect(Suggestion.closest(to: "bxxt", among: ["boot"]) == "boot")
    #expect(Suggestion.closest(to: "xxxt", among: ["boot"]) == nil)
  }

  @Test("the nearest candidate wins over an earlier, farther one")
  func nearestWins() {
    #expect(Suggestion.closest(to: "cores", among: ["count", "cores"]) == "cores")
    #expect(Suggestion.closest(to: "coutn", among: ["cores", "count"]) == "count")
  }
}
