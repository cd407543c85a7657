/// Which SWF field gives a job's number of processors.
package enum ProcessorField: Equatable, Sendable {
  /// Field 5, allocated processors; field 8 (requested) when field 5 is unknown.
  case allocated
  /// Field 8, requested processors; field 5 (allocated) when field 8 is unknown.
  case requested
}
