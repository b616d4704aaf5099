// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Casus",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "casus", targets: ["casus"]),
    .executable(name: "casus-bench", targets: ["casus-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    // AES-GCM (Crypto) and scrypt (_CryptoExtras) for encryption at rest.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // Pure domain and workflow engine: Foundation only, no files, no clock, no terminal.
    .target(name: "CasusCore"),
    // JSON case files on disk: atomic writes, per-case locks, revisions, quarantine, encryption.
    .target(
      name: "CasusStore",
      dependencies: [
        "CasusCore",
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "_CryptoExtras", package: "swift-crypto"),
      ]
    ),
    // Versioned process data: conversation guides, legal clocks, matrices, profiles, scenarios.
    .target(
      name: "CasusResources",
      path: "Resources",
      exclude: ["README.md"],
      resources: [
        .copy("guides"), .copy("clocks"), .copy("matrices"), .copy("profiles"),
        .copy("sociale-kaart"), .copy("scenarios"),
      ]
    ),
    // Fictional cases made through the engine, for benchmarks, reports and demos.
    .target(name: "CasusSynthetic", dependencies: ["CasusCore"]),
    // Screen buffer, cells, styles, display width, keys, widgets, backend protocol. No ncurses.
    .target(name: "TerminalUI"),
    // App state, actions, reduce, views, strings, run loop over any TerminalBackend.
    .target(
      name: "CasusApp", dependencies: ["CasusCore", "CasusStore", "TerminalUI", "CasusResources"]),
    // C shim over ncursesw: wide-character API, globals and macros as functions.
    .target(name: "CNCurses", linkerSettings: [.linkedLibrary("ncursesw")]),
    // The ncurses backend: draws a Screen, decodes get_wch keys, resize, signals.
    .target(name: "NCursesBackend", dependencies: ["TerminalUI", "CNCurses"]),
    // The executable: argument parsing, wiring, run loop.
    .executableTarget(
      name: "casus",
      dependencies: [
        "CasusApp", "CasusStore", "CasusCore", "TerminalUI", "NCursesBackend", "CasusSynthetic",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The benchmark: `swift run -c release casus-bench` writes docs/performance.md.
    .executableTarget(name: "casus-bench", dependencies: ["CasusCore", "CasusStore"]),
    // Shared test helpers: fixtures, snapshot assertions, the tmux driver.
    .target(
      name: "TestSupport",
      dependencies: ["CasusCore", "CasusStore", "TerminalUI", "CasusApp", "CasusResources"],
      path: "Tests/TestSupport"
    ),
    .testTarget(
      name: "CasusCoreTests", dependencies: ["CasusCore", "CasusResources", "TestSupport"]),
    .testTarget(
      name: "CasusStoreTests",
      dependencies: ["CasusStore", "TestSupport"],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "TestSupport"]),
    .testTarget(
      name: "CasusAppTests",
      dependencies: ["CasusApp", "TestSupport", "CasusSynthetic"],
      exclude: ["__Snapshots__"]
    ),
    .testTarget(name: "NCursesBackendTests", dependencies: ["NCursesBackend", "TerminalUI"]),
    // Hostile input for every loader and the key decoder; see Tests/FuzzTests/FuzzTargets.swift.
    .testTarget(
      name: "FuzzTests",
      dependencies: [
        "CasusStore", "CasusApp", "CasusCore", "NCursesBackend", "TerminalUI", "TestSupport",
        "CasusResources", "CasusSynthetic",
      ],
      resources: [.copy("Regressions")]
    ),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["casus", "TestSupport", "CasusStore", "CasusCore"]
    ),
  ]
)
