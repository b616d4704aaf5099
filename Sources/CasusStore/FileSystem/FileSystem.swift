import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The POSIX calls the store reads and writes through, so tests can make any step fail.
///
/// Each closure reports failure as the exact `errno` the system gave, wrapped in
/// ``FileSystem/Failure``. ``real`` calls the operating system; a test copies it and replaces
/// one closure, for example `write` throwing `ENOSPC`, to prove a failed save leaves the old file.
public struct FileSystem: Sendable {
  /// A failed system call: its `errno`.
  public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    /// The system's wording for the error, for example "No space left on device".
    public var description: String { String(cString: strerror(code)) }
  }

  /// Opens a file (`open(2)`); returns the descriptor.
  public var open:
    @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) throws(Failure) -> Int32
  /// Writes all bytes to a descriptor, retrying short writes (`write(2)`).
  public var write: @Sendable (_ fd: Int32, _ bytes: Data) throws(Failure) -> Void
  /// Flushes a descriptor to stable storage (`fsync(2)`).
  public var fsync: @Sendable (_ fd: Int32) throws(Failure) -> Void
  /// Closes a descriptor (`close(2)`).
  public var close: @Sendable (_ fd: Int32) throws(Failure) -> Void
  /// Atomically replaces `to` with `from` (`rename(2)`).
  public var rename: @Sendable (_ from: String, _ to: String) throws(Failure) -> Void
  /// Removes a file (`unlink(2)`).
  public var unlink: @Sendable (_ path: String) throws(Failure) -> Void
  /// Creates one directory (`mkdir(2)`); an existing directory is not an error.
  public var makeDirectory: @Sendable (_ path: String, _ mode: mode_t) throws(Failure) -> Void
  /// Reads a whole file (`open(2)` and `read(2)`).
  public var read: @Sendable (_ path: String) throws(Failure) -> Data

  public init(
    open: @escaping @Sendable (String, Int32, mode_t) throws(Failure) -> Int32,
    write: @escaping @Sendable (Int32, Data) throws(Failure) -> Void,
    fsync: @escaping @Sendable (Int32) throws(Failure) -> Void,
    close: @escaping @Sendable (Int32) throws(Failure) -> Void,
    rename: @escaping @Sendable (String, String) throws(Failure) -> Void,
    unlink: @escaping @Sendable (String) throws(Failure) -> Void,
    makeDirectory: @escaping @Sendable (String, mode_t) throws(Failure) -> Void,
    read: @escaping @Sendable (String) throws(Failure) -> Data
  ) {
    self.open = open
    self.write = write
    self.fsync = fsync
    self.close = close
    self.rename = rename
    self.unlink = unlink
    self.makeDirectory = makeDirectory
    self.read = read
  }

  /// The operating system's own calls.
  public static let real = FileSystem(
    open: posixOpen, write: posixWrite, fsync: posixFsync, close: posixClose,
    rename: posixRename, unlink: posixUnlink, makeDirectory: posixMakeDirectory,
    read: posixRead)
}

// Free functions, so the names resolve to the C library rather than to the closures above.

private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) throws(FileSystem.Failure)
  -> Int32
{
  while true {
    let fd = open(path, flags, mode)
    if fd >= 0 { return fd }
    if errno != EINTR { throw FileSystem.Failure(errno) }
  }
}

private func posixWrite(_ fd: Int32, _ bytes: Data) throws(FileSystem.Failure) {
  let failure: Int32? = bytes.withUnsafeBytes { buffer -> Int32? in
    var offset = 0
    while offset < buffer.count {
      guard let base = buffer.baseAddress else { return nil }
      let n = write(fd, base + offset, buffer.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += n
    }
    return nil
  }
  if let failure { throw FileSystem.Failure(failure) }
}

private func posixFsync(_ fd: Int32) throws(FileSystem.Failure) {
  while fsync(fd) != 0 {
    if errno != EINTR { throw FileSystem.Failure(errno) }
  }
}

private func posixClose(_ fd: Int32) throws(FileSystem.Failure) {
  // Never retry close on EINTR: on Linux the descriptor is already gone.
  if close(fd) != 0, errno != EINTR { throw FileSystem.Failure(errno) }
}

private func posixRename(_ from: String, _ to: String) throws(FileSystem.Failure) {
  if rename(from, to) != 0 { throw FileSystem.Failure(errno) }
}

private func posixUnlink(_ path: String) throws(FileSystem.Failure) {
  if unlink(path) != 0 { throw FileSystem.Failure(errno) }
}

private func posixMakeDirectory(_ path: String, _ mode: mode_t) throws(FileSystem.Failure) {
  if mkdir(path, mode) == 0 { return }
  let code = errno
  var info = stat()
  if code == EEXIST, stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
  throw FileSystem.Failure(code == EEXIST ? ENOTDIR : code)
}

private func posixRead(_ path: String) throws(FileSystem.Failure) -> Data {
  let fd = try posixOpen(path, O_RDONLY | O_CLOEXEC, 0)
  defer { _ = close(fd) }
  var out = Data()
  var chunk = [UInt8](repeating: 0, count: 64 * 1024)
  while true {
    let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    if n < 0 {
      if errno == EINTR { continue }
      throw FileSystem.Failure(errno)
    }
    if n == 0 { return out }
    out.append(contentsOf: chunk[0..<n])
  }
}
