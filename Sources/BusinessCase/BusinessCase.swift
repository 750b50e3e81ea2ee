// The BusinessCase target; see Package.swift.
