/// Generation counters for cancelling scheduled events lazily.
///
/// An entity's events carry the generation current when they were scheduled.
/// Bumping the entity's generation cancels all of them at once: when a stale
/// event is popped, ``isCurrent(_:generation:)`` is false and it is dropped.
/// This avoids removing entries from the middle of the event queue.
public struct GenerationTable: Sendable {
  @usableFromInline
  internal var generations: ContiguousArray<UInt32>

  /// Creates a table for `count` entities, all at generation 0.
  public init(count: Int) {
    generations = ContiguousArray(repeating: 0, count: count)
  }

  /// The number of entities.
  @inlinable
  public var count: Int { generations.count }

  /// Adds entities at generation 0 until `entity` is one (for tables that grow with the jobs).
  @inlinable
  public mutating func grow(toInclude entity: Int) {
    while generations.count <= entity { generations.append(0) }
  }

  /// Whether `entity` is in the table and an event stamped with `generation` is still live for it.
  @inlinable
  public func isCurrentIfPresent(_ entity: Int, generation: UInt32) -> Bool {
    entity < generations.count && generations[entity] == generation
  }

  /// The current generation of `entity`.
  @inlinable
  public subscript(entity: Int) -> UInt32 { generations[entity] }

  /// Cancels every pending event of `entity` and returns the new generation.
  @inlinable
  @discardableResult
  public mutating func bump(_ entity: Int) -> UInt32 {
    generations[entity] &+= 1
    return generations[entity]
  }

  /// Whether an event stamped with `generation` is still live for `entity`.
  @inlinable
  public func isCurrent(_ entity: Int, generation: UInt32) -> Bool {
    generations[entity] == generation
  }
}
