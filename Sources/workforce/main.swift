import Foundation
import WorkforceCLI

AllocatorTuning.keepFreedMemory()
exit(WorkforceCLI.main(Array(CommandLine.arguments.dropFirst())))
