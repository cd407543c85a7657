/// Where a scheduler may place a job: the free nodes, in two ``FreeNodeIndex``es, one for the
/// PCs without a student and, under `owner-away` placement, one for the PCs with one (offered
/// only when no student-free PC fits). A batch system says what a node's listing should be
/// (``update(_:freeCores:ownerPresent:phaseClass:)``); the index moves it only when that changed.
struct PlacementIndex {
  /// The free nodes without a student (every free node under load-blind placement).
  private(set) var away: FreeNodeIndex
  /// The free nodes with a student, kept apart only under `owner-away` placement.
  private(set) var ownerPresent: FreeNodeIndex
  /// `batch.placement: owner-away`.
  let ownerAware: Bool

  init(hostCount: Int, maxCores: Int, classCount: Int, ownerAware: Bool) {
    away = FreeNodeIndex(hostCount: hostCount, maxCores: maxCores, classCount: classCount)
    ownerPresent = FreeNodeIndex(hostCount: hostCount, maxCores: maxCores, classCount: classCount)
    self.ownerAware = ownerAware
  }

  /// Lists `pc` with `freeCores` free cores (0 or fewer: not listed) in `phaseClass`, among the
  /// PCs with a student if `ownerPresent` (and placement is owner-aware), else among the others.
  @inline(__always)
  mutating func update(_ pc: Int, freeCores: Int32, ownerPresent present: Bool, phaseClass: Int32) {
    let free = max(freeCores, 0)
    let withStudent = ownerAware && present
    let wasWithStudent = ownerAware && ownerPresent.contains(pc)
    let old = wasWithStudent ? ownerPresent.listing(pc) : away.listing(pc)
    if old.free == free && (free == 0 || (wasWithStudent == withStudent && old.phaseClass == phaseClass)) { return }
    if old.free > 0 {
      if wasWithStudent { ownerPresent.remove(pc) } else { away.remove(pc) }
    }
    guard free > 0 else { return }
    if withStudent {
      ownerPresent.insert(pc, freeCores: Int(free), phaseClass: Int(phaseClass))
    } else {
      away.insert(pc, freeCores: Int(free), phaseClass: Int(phaseClass))
    }
  }

  /// The largest free-core count of any node in an active phase class (0: none).
  @inline(__always)
  func largestFree(activeClasses: UInt64) -> Int {
    let free = away.largestFree(activeClasses: activeClasses)
    return ownerAware ? max(free, ownerPresent.largestFree(activeClasses: activeClasses)) : free
  }

  /// A node in an active class with `cores` free cores other than `excluded` (tightest fit,
  /// then lowest index): a PC without a student if any fits.
  @inline(__always)
  func find(cores: Int, activeClasses: UInt64, excluding excluded: Int? = nil) -> Int? {
    if let pc = away.find(cores: cores, activeClasses: activeClasses, excluding: excluded) { return pc }
    return ownerAware ? ownerPresent.find(cores: cores, activeClasses: activeClasses, excluding: excluded) : nil
  }

  /// Whether `pc` is listed at all.
  func contains(_ pc: Int) -> Bool { away.contains(pc) || ownerPresent.contains(pc) }

  /// Checks both indexes, and that `pc` is listed as `expected` free cores (nil: not listed)
  /// in the index its student (`ownerPresent`) selects, and not in the other; `system` names
  /// the batch system in the message.
  func checkListing(_ pc: Int, expected: Int?, ownerPresent present: Bool, _ system: String) {
    let withStudent = ownerAware && present
    precondition((withStudent ? ownerPresent : away).listedFreeCores(pc) == expected
                 && (withStudent ? away : ownerPresent).listedFreeCores(pc) == nil,
                 "\(system): node \(pc) is not in the free-node index as its state says")
  }

  /// Checks both indexes against their own sets.
  func checkInvariants() {
    away.checkInvariants()
    ownerPresent.checkInvariants()
  }
}
