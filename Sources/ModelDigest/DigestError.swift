/// Why the digest could not be made.
struct DigestError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
