#if canImport(Glibc)
import Glibc
#endif
import CPosix
import CSocketShims

/// The system calls iommud makes outside the socket layer, as a value that
/// tests can replace (to record calls or force errno) — swift-system's
/// mocking idea without a build flag. The kernel layer issues its ioctls
/// through it, and the backend every file, memory and descriptor call
/// (``SystemCalls/Typed`` wraps them with errno captured at once).
///
/// Each entry follows the C convention (-1, or `MAP_FAILED` for `mmap`, and
/// errno on failure).
public struct SystemCalls: Sendable {
    public var open: @Sendable (_ path: String, _ flags: Int32) -> Int32
    public var close: @Sendable (_ fd: Int32) -> Int32
    public var ioctl: @Sendable (_ fd: Int32, _ request: UInt, _ argument: UnsafeMutableRawPointer?) -> Int32
    /// `fcntl(fd, command, argument)` for the integer-argument commands.
    public var fcntl: @Sendable (_ fd: Int32, _ command: Int32, _ argument: Int32) -> Int32
    public var memfdCreate: @Sendable (_ name: String, _ flags: UInt32) -> Int32
    public var ftruncate: @Sendable (_ fd: Int32, _ length: Int64) -> Int32
    public var fstat: @Sendable (_ fd: Int32, _ status: UnsafeMutablePointer<stat>) -> Int32
    public var mmap: @Sendable (_ length: Int, _ protection: Int32, _ flags: Int32, _ fd: Int32, _ offset: Int64) -> UnsafeMutableRawPointer?
    public var munmap: @Sendable (_ address: UnsafeMutableRawPointer, _ length: Int) -> Int32
    public var read: @Sendable (_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
    public var lseek: @Sendable (_ fd: Int32, _ offset: Int64, _ whence: Int32) -> Int64
    /// `write(2)` (a device's migration data stream).
    public var write: @Sendable (_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int
    /// `pread(2)`: reads at an offset (a VFIO device's regions).
    public var pread: @Sendable (_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int, _ offset: Int64) -> Int
    /// `pwrite(2)`: writes at an offset (a VFIO device's regions).
    public var pwrite: @Sendable (_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int, _ offset: Int64) -> Int
    /// `stat(path)`, following links.
    public var stat: @Sendable (_ path: String, _ status: UnsafeMutablePointer<stat>) -> Int32
    public var readlink: @Sendable (_ path: String, _ buffer: UnsafeMutablePointer<CChar>, _ count: Int) -> Int
    public var opendir: @Sendable (_ path: String) -> OpaquePointer?
    /// `readdir`: nil at the end (errno 0) or on an error (errno set).
    public var readdir: @Sendable (_ directory: OpaquePointer) -> UnsafeMutablePointer<dirent>?
    public var closedir: @Sendable (_ directory: OpaquePointer) -> Int32
    /// `getrlimit(resource)`.
    public var getrlimit: @Sendable (_ resource: Int32, _ limit: UnsafeMutablePointer<rlimit>) -> Int32
    /// `socket(AF_UNIX, type, 0)`.
    public var unixSocket: @Sendable (_ type: Int32) -> Int32
    /// `bind` of a Unix socket to a path (ENAMETOOLONG when it does not fit).
    public var bindUnix: @Sendable (_ fd: Int32, _ path: String) -> Int32
    /// `connect` of a Unix socket to a path.
    public var connectUnix: @Sendable (_ fd: Int32, _ path: String) -> Int32
    public var listen: @Sendable (_ fd: Int32, _ backlog: Int32) -> Int32
    public var chmod: @Sendable (_ path: String, _ mode: mode_t) -> Int32
    /// `chown(path, -1, group)`.
    public var chgrp: @Sendable (_ path: String, _ group: gid_t) -> Int32
    public var rename: @Sendable (_ from: String, _ to: String) -> Int32
    public var unlink: @Sendable (_ path: String) -> Int32
    /// `lstat(path)`, not following links.
    public var lstat: @Sendable (_ path: String, _ status: UnsafeMutablePointer<stat>) -> Int32
    /// `open(2)` with `O_CREAT` and a mode.
    public var create: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    public var fsync: @Sendable (_ fd: Int32) -> Int32
    public var flock: @Sendable (_ fd: Int32, _ operation: Int32) -> Int32
    /// sendmsg(2) of `bytes` on a connected socket with `descriptors` as
    /// SCM_RIGHTS (MSG_NOSIGNAL); bytes sent or −1.
    public var sendDescriptors: @Sendable (_ fd: Int32, _ bytes: UnsafeRawBufferPointer, _ descriptors: [Int32]) -> Int

    public init(
        open: @escaping @Sendable (String, Int32) -> Int32,
        close: @escaping @Sendable (Int32) -> Int32,
        ioctl: @escaping @Sendable (Int32, UInt, UnsafeMutableRawPointer?) -> Int32,
        fcntl: @escaping @Sendable (Int32, Int32, Int32) -> Int32 = SystemCalls.live.fcntl,
        memfdCreate: @escaping @Sendable (String, UInt32) -> Int32 = SystemCalls.live.memfdCreate,
        ftruncate: @escaping @Sendable (Int32, Int64) -> Int32 = SystemCalls.live.ftruncate,
        fstat: @escaping @Sendable (Int32, UnsafeMutablePointer<stat>) -> Int32 = SystemCalls.live.fstat,
        mmap: @escaping @Sendable (Int, Int32, Int32, Int32, Int64) -> UnsafeMutableRawPointer? = SystemCalls.live.mmap,
        munmap: @escaping @Sendable (UnsafeMutableRawPointer, Int) -> Int32 = SystemCalls.live.munmap,
        read: @escaping @Sendable (Int32, UnsafeMutableRawPointer?, Int) -> Int = SystemCalls.live.read,
        lseek: @escaping @Sendable (Int32, Int64, Int32) -> Int64 = SystemCalls.live.lseek,
        write: @escaping @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = SystemCalls.live.write,
        pread: @escaping @Sendable (Int32, UnsafeMutableRawPointer?, Int, Int64) -> Int = SystemCalls.live.pread,
        pwrite: @escaping @Sendable (Int32, UnsafeRawPointer?, Int, Int64) -> Int = SystemCalls.live.pwrite,
        stat: @escaping @Sendable (String, UnsafeMutablePointer<stat>) -> Int32 = SystemCalls.live.stat,
        readlink: @escaping @Sendable (String, UnsafeMutablePointer<CChar>, Int) -> Int = SystemCalls.live.readlink,
        opendir: @escaping @Sendable (String) -> OpaquePointer? = SystemCalls.live.opendir,
        readdir: @escaping @Sendable (OpaquePointer) -> UnsafeMutablePointer<dirent>? = SystemCalls.live.readdir,
        closedir: @escaping @Sendable (OpaquePointer) -> Int32 = SystemCalls.live.closedir,
        getrlimit: @escaping @Sendable (Int32, UnsafeMutablePointer<rlimit>) -> Int32 = SystemCalls.live.getrlimit,
        unixSocket: @escaping @Sendable (Int32) -> Int32 = SystemCalls.live.unixSocket,
        bindUnix: @escaping @Sendable (Int32, String) -> Int32 = SystemCalls.live.bindUnix,
        connectUnix: @escaping @Sendable (Int32, String) -> Int32 = SystemCalls.live.connectUnix,
        listen: @escaping @Sendable (Int32, Int32) -> Int32 = SystemCalls.live.listen,
        chmod: @escaping @Sendable (String, mode_t) -> Int32 = SystemCalls.live.chmod,
        chgrp: @escaping @Sendable (String, gid_t) -> Int32 = SystemCalls.live.chgrp,
        rename: @escaping @Sendable (String, String) -> Int32 = SystemCalls.live.rename,
        unlink: @escaping @Sendable (String) -> Int32 = SystemCalls.live.unlink,
        lstat: @escaping @Sendable (String, UnsafeMutablePointer<stat>) -> Int32 = SystemCalls.live.lstat,
        create: @escaping @Sendable (String, Int32, mode_t) -> Int32 = SystemCalls.live.create,
        fsync: @escaping @Sendable (Int32) -> Int32 = SystemCalls.live.fsync,
        flock: @escaping @Sendable (Int32, Int32) -> Int32 = SystemCalls.live.flock,
        sendDescriptors: @escaping @Sendable (Int32, UnsafeRawBufferPointer, [Int32]) -> Int = SystemCalls.live.sendDescriptors
    ) {
        self.open = open
        self.close = close
        self.ioctl = ioctl
        self.fcntl = fcntl
        self.memfdCreate = memfdCreate
        self.ftruncate = ftruncate
        self.fstat = fstat
        self.mmap = mmap
        self.munmap = munmap
        self.read = read
        self.lseek = lseek
        self.write = write
        self.pread = pread
        self.pwrite = pwrite
        self.stat = stat
        self.readlink = readlink
        self.opendir = opendir
        self.readdir = readdir
        self.closedir = closedir
        self.getrlimit = getrlimit
        self.unixSocket = unixSocket
        self.bindUnix = bindUnix
        self.connectUnix = connectUnix
        self.listen = listen
        self.chmod = chmod
        self.chgrp = chgrp
        self.rename = rename
        self.unlink = unlink
        self.lstat = lstat
        self.create = create
        self.fsync = fsync
        self.flock = flock
        self.sendDescriptors = sendDescriptors
    }

    private init(live: Void) {
        open = { path, flags in Glibc.open(path, flags) }
        close = { fd in Glibc.close(fd) }
        ioctl = { fd, request, argument in iommud_ioctl(fd, request, argument) }
        fcntl = { fd, command, argument in Glibc.fcntl(fd, command, argument) }
        memfdCreate = { name, flags in iommud_memfd_create(name, flags) }
        ftruncate = { fd, length in Glibc.ftruncate(fd, off_t(length)) }
        fstat = { fd, status in Glibc.fstat(fd, status) }
        mmap = { length, protection, flags, fd, offset in Glibc.mmap(nil, length, protection, flags, fd, off_t(offset)) }
        munmap = { address, length in Glibc.munmap(address, length) }
        read = { fd, buffer, count in Glibc.read(fd, buffer, count) }
        lseek = { fd, offset, whence in Int64(Glibc.lseek(fd, off_t(offset), whence)) }
        write = { fd, buffer, count in Glibc.write(fd, buffer, count) }
        pread = { fd, buffer, count, offset in Glibc.pread(fd, buffer, count, off_t(offset)) }
        pwrite = { fd, buffer, count, offset in Glibc.pwrite(fd, buffer, count, off_t(offset)) }
        stat = { path, status in statFollowingLinks(path, status) }
        readlink = { path, buffer, count in Glibc.readlink(path, buffer, count) }
        opendir = { path in Glibc.opendir(path) }
        readdir = { directory in Glibc.readdir(directory) }
        closedir = { directory in Glibc.closedir(directory) }
        getrlimit = { resource, limit in Glibc.getrlimit(__rlimit_resource_t(UInt32(resource)), limit) }
        unixSocket = { type in Glibc.socket(AF_UNIX, type, 0) }
        bindUnix = { fd, path in iommud_unix_address(fd, path, 0) }
        connectUnix = { fd, path in iommud_unix_address(fd, path, 1) }
        listen = { fd, backlog in Glibc.listen(fd, backlog) }
        chmod = { path, mode in Glibc.chmod(path, mode) }
        chgrp = { path, group in Glibc.chown(path, uid_t.max, group) }
        rename = { from, to in Glibc.rename(from, to) }
        unlink = { path in Glibc.unlink(path) }
        lstat = { path, status in Glibc.lstat(path, status) }
        create = { path, flags, mode in Glibc.open(path, flags | O_CREAT, mode) }
        fsync = { fd in Glibc.fsync(fd) }
        flock = { fd, operation in iommud_flock(fd, operation) }
        sendDescriptors = { fd, bytes, descriptors in
            descriptors.withUnsafeBufferPointer { fds in
                iommud_send_with_fds(fd, bytes.baseAddress, UInt(bytes.count), fds.baseAddress, Int32(fds.count))
            }
        }
    }

    /// The real calls.
    public static let live = SystemCalls(live: ())

    /// Every call of `base`, each first asking `failure` whether it must
    /// fail instead: a non-nil errno makes the call do nothing and fail with
    /// it (the simulated kernel's fault injection counts calls this way).
    public static func failing(_ base: SystemCalls, when failure: @escaping @Sendable () -> Errno?) -> SystemCalls {
        @Sendable func fails() -> Bool {
            guard let e = failure() else { return false }
            Glibc.errno = e.rawValue
            return true
        }
        return SystemCalls(
            open: { fails() ? -1 : base.open($0, $1) },
            close: base.close,
            ioctl: { fails() ? -1 : base.ioctl($0, $1, $2) },
            fcntl: { fails() ? -1 : base.fcntl($0, $1, $2) },
            memfdCreate: { fails() ? -1 : base.memfdCreate($0, $1) },
            ftruncate: { fails() ? -1 : base.ftruncate($0, $1) },
            fstat: { fails() ? -1 : base.fstat($0, $1) },
            mmap: { fails() ? MAP_FAILED : base.mmap($0, $1, $2, $3, $4) },
            munmap: base.munmap,
            read: { fails() ? -1 : base.read($0, $1, $2) },
            // A query with a fallback (SEEK_DATA/SEEK_HOLE): never failed.
            lseek: base.lseek,
            write: { fails() ? -1 : base.write($0, $1, $2) },
            pread: { fails() ? -1 : base.pread($0, $1, $2, $3) },
            pwrite: { fails() ? -1 : base.pwrite($0, $1, $2, $3) },
            stat: { fails() ? -1 : base.stat($0, $1) },
            readlink: { fails() ? -1 : base.readlink($0, $1, $2) },
            opendir: { fails() ? nil : base.opendir($0) },
            readdir: base.readdir,
            closedir: base.closedir,
            // A query whose answer only words an error: never failed.
            getrlimit: base.getrlimit,
            unixSocket: { fails() ? -1 : base.unixSocket($0) },
            bindUnix: { fails() ? -1 : base.bindUnix($0, $1) },
            // The probe of a stale socket: its failure is an answer, never failed.
            connectUnix: base.connectUnix,
            listen: { fails() ? -1 : base.listen($0, $1) },
            chmod: { fails() ? -1 : base.chmod($0, $1) },
            chgrp: { fails() ? -1 : base.chgrp($0, $1) },
            rename: { fails() ? -1 : base.rename($0, $1) },
            // Removing what is ours, and looking before binding: never failed.
            unlink: base.unlink,
            lstat: base.lstat,
            create: { fails() ? -1 : base.create($0, $1, $2) },
            fsync: { fails() ? -1 : base.fsync($0) },
            flock: { fails() ? -1 : base.flock($0, $1) },
            sendDescriptors: { fails() ? -1 : base.sendDescriptors($0, $1, $2) })
    }
}

/// `stat(2)` by name (inside `SystemCalls` the name is its property's).
private func statFollowingLinks(_ path: String, _ status: UnsafeMutablePointer<stat>) -> Int32 {
    stat(path, status)
}
