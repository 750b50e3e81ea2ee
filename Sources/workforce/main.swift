import Foundation
import WorkforceCLI

exit(WorkforceCLI.main(Array(CommandLine.arguments.dropFirst())))
