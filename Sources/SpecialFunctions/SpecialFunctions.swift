/// Special functions needed by the distributions and the statistics: the
/// normal CDF and its inverse, the log-gamma function, and the regularized
/// incomplete beta function and its inverse.
///
/// They live in a target of their own so that `RandomSampling` (the
/// distributions) and `Statistics` (confidence ranks) share one
/// implementation without depending on each other.
///
/// All functions are pure, total and never trap: arguments outside the domain
/// give NaN (documented per function), never a crash.
package enum SpecialFunctions {}
