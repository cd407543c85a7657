/// The CPU micro-benchmark: a fixed number of iterations of a floating-point loop.
///
/// Each iteration runs two logistic maps, a square root, a division and a
/// multiply-add (about a dozen dependent floating-point operations). The result
/// depends only on the iteration count (IEEE 754 arithmetic, no fast-math), so
/// native and virtual runs with the same count do exactly the same work.
package enum CPUKernel {
  /// Runs `iterations` iterations and returns the accumulated value (use it, so
  /// the optimiser cannot drop the loop).
  package static func run(iterations: Int) -> Double {
    var x0 = 0.3
    var x1 = 0.6
    var x2 = 0.5
    var x3 = 0.25
    var accumulator = 0.0
    var index = 0
    while index < iterations {
      x0 = 3.9 * x0 * (1 - x0)
      x1 = 3.7 * x1 * (1 - x1)
      x2 = (x2 + x0 * x1).squareRoot() * 0.5
      x3 = x3 / (1 + x2) + 0.25
      accumulator += x2 * x3
      index += 1
    }
    return accumulator + x0 + x1
  }

  /// The iteration count that takes about `targetSeconds` on this machine: doubles a
  /// probe from 2¹⁴ iterations until one probe lasts `probeSeconds` (or the target,
  /// if shorter), then scales linearly. At least 1.
  package static func calibrate(targetSeconds: Double, probeSeconds: Double = 0.25) -> Int {
    let probeTarget = min(probeSeconds, targetSeconds)
    var iterations = 1 << 14
    while true {
      let (value, seconds) = Stopwatch.time { run(iterations: iterations) }
      if seconds >= probeTarget || iterations >= Int.max / 4 {
        Sink.keep(value)
        let scaled = Double(iterations) * targetSeconds / max(seconds, 1e-9)
        return max(1, Int(min(scaled, Double(Int.max / 2))))
      }
      iterations *= 2
    }
  }
}
