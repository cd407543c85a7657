internal import CGSL

/// One independent random stream: GSL's taus2 generator (L'Ecuyer's maximally equidistributed
/// combined Tausworthe generator, period 2^88, three 32-bit words of state). Not Sendable;
/// one per process per entity.
///
/// Give every stochastic process of every entity in every replication its own
/// stream (keyed by master seed, replication, stream name and entity), so that
/// changing one part of a model does not shift the draws of another: this is
/// what makes common-random-number comparisons fair.
package final class RandomStream {
  /// The GSL generator state, owned by this object and freed in `deinit`.
  let rng: UnsafeMutablePointer<gsl_rng>

  /// The 32-bit seed handed to `gsl_rng_set`, in 1...2^32-1.
  package let seedUsed: UInt32

  /// The generator behind the stream.
  package let algorithm: Algorithm

  /// The GSL generators a stream can use. The model uses ``taus2``: its state is 24 bytes
  /// where mt19937's is 5,000 bytes (624 words of 8 bytes and an index), so a 10,000-PC lab's streams fit in the caches
  /// (docs/performance.md compares the two).
  package enum Algorithm: String, Sendable, CaseIterable {
    /// L'Ecuyer (1996, seeding of 1999): period 2^88, 3 words of state (`gsl_rng_taus2`).
    case taus2
    /// Matsumoto and Nishimura (1998): period 2^19937 − 1, 624 words of state (`gsl_rng_mt19937`).
    case mt19937
  }

  /// Creates the stream for one (seed, replication, stream name, entity) key.
  ///
  /// The seed is ``derivedSeed(seed:replication:stream:entity:)``; the same key gives the
  /// same sequence on every run and platform.
  package convenience init(seed: UInt64, replication: Int, stream: String, entity: Int = 0) {
    self.init(seed32: Self.derivedSeed(seed: seed, replication: replication, stream: stream, entity: entity))
  }

  /// Creates a stream of `algorithm` from a 32-bit seed in 1...2^32-1 (see ``RandomStreamFactory``).
  package init(seed32: UInt32, algorithm: Algorithm = .taus2) {
    precondition(seed32 != 0, "seed 0 means GSL's default seed")
    GSL.configure()
    seedUsed = seed32
    self.algorithm = algorithm
    let type = switch algorithm {
    case .taus2: cgsl_rng_taus2()
    case .mt19937: cgsl_rng_mt19937()
    }
    guard let generator = gsl_rng_alloc(type) else {
      fatalError("gsl_rng_alloc failed: out of memory")
    }
    rng = generator
    gsl_rng_set(rng, UInt(seedUsed))
  }

  deinit {
    gsl_rng_free(rng)
  }

  /// Uniform on [0,1) (`gsl_rng_uniform`).
  package func uniform() -> Double {
    gsl_rng_uniform(rng)
  }

  /// Uniform on (0,1) (`gsl_rng_uniform_pos`).
  package func uniformPositive() -> Double {
    gsl_rng_uniform_pos(rng)
  }

  /// Uniform integer in `0..<n` (`gsl_rng_uniform_int`), unbiased.
  ///
  /// - Precondition: `1 <= n <= 2^32` (the range of both generators).
  package func integer(below n: Int) -> Int {
    precondition(n >= 1 && n <= 1 << 32, "RandomStream.integer(below:) needs 1 <= n <= 2^32, got \(n)")
    return Int(gsl_rng_uniform_int(rng, UInt(n)))
  }
}

/// A stream holds mutable generator state and must not cross concurrency domains.
@available(*, unavailable)
extension RandomStream: Sendable {}
