/// A problem mapping trace nodes to hosts: an unknown node, a host index out of
/// range or listed twice, or a host left without a node.
package struct AvailabilityMappingError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong, e.g. `"host 3 has no node"`.
  package let message: String

  /// Creates an error.
  package init(message: String) {
    self.message = message
  }

  /// `"availability mapping: message"`.
  package var description: String {
    "availability mapping: \(message)"
  }
}
