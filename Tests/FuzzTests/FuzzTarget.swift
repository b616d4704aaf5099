import Foundation
import Testing

/// One loader under fuzzing: its name, good inputs to mutate, and how to feed it one input.
///
/// `load` must not throw or crash on any input; it records an `Issue` itself when an input
/// gets through that should not (for example a control byte on a rendered screen).
struct FuzzTarget: Sendable, CustomTestStringConvertible {
  var name: String
  var seed: UInt64
  var iterations: Int
  var seeds: @Sendable () -> [Data]
  var load: @Sendable (Data) -> Void

  var testDescription: String { name }
}
