/// An error from reading a Standard Workload Format file.
package enum SWFError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file could not be opened.
  case cannotOpen(path: String, reason: String)
  /// Reading the file failed part-way.
  case readFailed(path: String, reason: String)
  /// A job line could not be parsed (thrown only when the reader is strict, and always for
  /// a line longer than the read buffer).
  case badLine(SWFLineError)
  /// The reading options are inconsistent (for example a window that ends before it starts).
  case invalidOptions(String)

  /// A one-line explanation.
  package var description: String {
    switch self {
    case .cannotOpen(let path, let reason): return "\(path): cannot open: \(reason)"
    case .readFailed(let path, let reason): return "\(path): read failed: \(reason)"
    case .badLine(let error): return error.description
    case .invalidOptions(let message): return "invalid workload options: \(message)"
    }
  }
}
