import RealModule

/// e^x, without the library call when x is exactly zero.
///
/// e^0 is exactly 1, so the result has the same bits as `Double.exp(x)` for every x. `exp` is the
/// costliest call in a simulated month, and many of the model's exponents are exactly zero: an
/// instrument that is off, a region never eradicated, the cheapest route of a market.
@inline(__always)
func exponential(_ x: Double) -> Double { x == 0 ? 1 : Double.exp(x) }
