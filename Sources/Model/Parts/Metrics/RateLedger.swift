/// The lab-wide rates and each PC's share of them. A share changes only through
/// ``set(_:to:)``, which moves the totals by the difference.
struct RateLedger {
  /// The lab-wide totals.
  private(set) var totals = LabRates()
  private(set) var shares: [HostRates]

  init(hostCount: Int) {
    shares = Array(repeating: HostRates(), count: hostCount)
  }

  /// Sets `pc`'s share.
  @inline(__always)
  mutating func set(_ pc: Int, to share: HostRates) {
    totals.move(from: shares[pc], to: share)
    shares[pc] = share
  }

  /// Checks the totals against the sum of the shares (sums of floats to a relative 1e-9).
  func checkInvariants() {
    var sum = LabRates()
    for share in shares { sum.move(from: HostRates(), to: share) }
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
    precondition(close(sum.harvestedCores, totals.harvestedCores) && close(sum.occupiedCores, totals.occupiedCores)
                 && close(sum.idleCores, totals.idleCores)
                 && close(sum.watts, totals.watts) && close(sum.ownerSlowdown, totals.ownerSlowdown)
                 && sum.sessions == totals.sessions && sum.impairedOwners == totals.impairedOwners,
                 "RateLedger: totals \(totals) disagree with the sum of the shares \(sum)")
  }
}
