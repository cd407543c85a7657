internal import CGSL

/// One independent mt19937 stream. Not Sendable; one per process per entity.
///
/// Give every stochastic process of every entity in every replication its own
/// stream (keyed by master seed, replication, stream name and entity), so that
/// changing one part of a model does not shift the draws of another: this is
/// what makes common-random-number comparisons fair.
public final class RandomStream {
  /// The GSL generator state, owned by this object and freed in `deinit`.
  let rng: UnsafeMutablePointer<gsl_rng>

  /// The 32-bit seed handed to `gsl_rng_set`, in 1...2^32-1.
  public let seedUsed: UInt32

  /// Creates the stream for one (seed, replication, stream name, entity) key.
  ///
  /// The mt19937 seed is ``derivedSeed(seed:replication:stream:entity:)``; the
  /// same key gives the same sequence on every run and platform.
  public convenience init(seed: UInt64, replication: Int, stream: String, entity: Int = 0) {
    self.init(mt19937Seed: Self.derivedSeed(seed: seed, replication: replication, stream: stream, entity: entity))
  }

  /// Creates a stream from a 32-bit mt19937 seed in 1...2^32-1 (see ``RandomStreamFactory``).
  public init(mt19937Seed: UInt32) {
    precondition(mt19937Seed != 0, "mt19937 seed 0 means GSL's default seed")
    GSL.configure()
    seedUsed = mt19937Seed
    guard let generator = gsl_rng_alloc(cgsl_rng_mt19937()) else {
      fatalError("gsl_rng_alloc failed: out of memory")
    }
    rng = generator
    gsl_rng_set(rng, UInt(seedUsed))
  }

  deinit {
    gsl_rng_free(rng)
  }

  /// Uniform on [0,1) (`gsl_rng_uniform`).
  public func uniform() -> Double {
    gsl_rng_uniform(rng)
  }

  /// Uniform on (0,1) (`gsl_rng_uniform_pos`).
  public func uniformPositive() -> Double {
    gsl_rng_uniform_pos(rng)
  }

  /// Uniform integer in `0..<n` (`gsl_rng_uniform_int`), unbiased.
  ///
  /// - Precondition: `1 <= n <= 2^32` (the range of mt19937).
  public func integer(below n: Int) -> Int {
    precondition(n >= 1 && n <= 1 << 32, "RandomStream.integer(below:) needs 1 <= n <= 2^32, got \(n)")
    return Int(gsl_rng_uniform_int(rng, UInt(n)))
  }
}

/// A stream holds mutable generator state and must not cross concurrency domains.
@available(*, unavailable)
extension RandomStream: Sendable {}
