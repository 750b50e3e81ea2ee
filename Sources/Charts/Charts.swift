// The Charts target; see Package.swift.
