import CasusStore
import Foundation
import Testing

@Suite("Finding the store")
struct StoreLocationTests {
  let environment = [
    "HOME": "/home/jansen", "CASUS_STORE": "/srv/casus", "XDG_DATA_HOME": "/home/jansen/data",
  ]

  @Test("--store wins over everything")
  func explicitWins() {
    let url = StoreLocation.resolve(explicit: "/mnt/usb/casus", environment: environment)
    #expect(url.path == "/mnt/usb/casus")
  }

  @Test("CASUS_STORE comes next, then XDG_DATA_HOME, then ~/.local/share")
  func order() {
    var env = environment
    #expect(StoreLocation.resolve(explicit: nil, environment: env).path == "/srv/casus")
    env["CASUS_STORE"] = ""
    #expect(
      StoreLocation.resolve(explicit: "", environment: env).path
        == "/home/jansen/data/casus")
    env["XDG_DATA_HOME"] = nil
    #expect(
      StoreLocation.resolve(explicit: nil, environment: env).path
        == "/home/jansen/.local/share/casus")
  }

  @Test("a relative XDG_DATA_HOME is ignored and ~ expands to HOME")
  func details() {
    let env = ["HOME": "/home/jansen", "XDG_DATA_HOME": "data"]
    #expect(
      StoreLocation.resolve(explicit: nil, environment: env).path
        == "/home/jansen/.local/share/casus")
    #expect(
      StoreLocation.resolve(explicit: "~/casus", environment: env).path
        == "/home/jansen/casus")
  }
}
