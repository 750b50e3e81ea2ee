// The Spreadsheet target; see Package.swift.
