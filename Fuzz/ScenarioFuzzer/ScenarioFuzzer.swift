import BalloonScenario

// libFuzzer target for the whole path from a scenario file's bytes to a validated configuration.
// Built and run by scripts/fuzz-scenarios.sh (`-sanitize=fuzzer`, with AddressSanitizer); a crash,
// an abort inside toml++ or a broken promise (see ScenarioFuzzing) stops the fuzzer with a reproducer.

@_cdecl("LLVMFuzzerTestOneInput")
public func scenarioFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    if let broken = ScenarioFuzzing.exercise(bytes).brokenPromise {
        fatalError("broken promise: \(broken)")
    }
    return 0
}

#if !FUZZING
    import Foundation

    /// Without libFuzzer: replays the files given as arguments (e.g. a crasher the fuzzer saved).
    @main
    struct ScenarioFuzzerReplay {
        static func main() {
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): unreadable"); continue
                }
                let (outcome, broken) = ScenarioFuzzing.exercise([UInt8](data))
                print("\(path): \(outcome)\(broken.map { " BROKEN: \($0)" } ?? "")")
            }
        }
    }
#endif
