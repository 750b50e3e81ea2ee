// The Assessment target; see Package.swift.
