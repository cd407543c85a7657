/// `vm_profile: {file: PATH}`: a VM profile read from its own YAML file.
struct ProfileFileReference: Equatable {
  /// The profile file, absolute.
  var file: String
}
