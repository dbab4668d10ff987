import LinuxKernel

/// Where an ``IOMMUFDObject``'s `/dev/iommu` descriptor comes from.
enum IOMMUFDDescriptor: ~Copyable {
    /// None was passed: iommud opens `/dev/iommu` for the first user
    /// and closes it after the last (nil while closed).
    case onDemand(IOMMUFD?)
    /// One was passed at creation and is held for the object's life:
    /// owned when it came from `getfd` (closed at deletion), borrowed
    /// when it is an inherited number (never closed).
    case passed(IOMMUFD)

    /// The open descriptor, if any.
    var fd: Int32? {
        switch self {
        case .onDemand(let handle):
            switch handle {
            case .some(let open): return open.fd
            case .none: return nil
            }
        case .passed(let handle): return handle.fd
        }
    }

    /// Whether it is opened on demand (nothing was passed).
    var opensOnDemand: Bool {
        switch self {
        case .onDemand: return true
        case .passed: return false
        }
    }
}
