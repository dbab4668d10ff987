// generated from tracing/trace-events and tracing/qapi-commands.trace-events — do not edit (run 'make gen')

import CQemuTrace

extension Trace {
    /// `iommufd_change_process(int fd, bool ret) "fd=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_change_process` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_change_process(fd: @autoclosure () -> Int32, ret: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_iommufd_change_process_enabled()) {
            _iommufd_change_process(fd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_change_process(_ fd: Int32, _ ret: Bool) {
        if qemu_trace_iommufd_change_process_ust_enabled() {
            qemu_trace_iommufd_change_process(fd, ret)
        }
        if qemu_trace_dstate_get(0) {
            TraceBackends.emit(eventID: 0, arguments: [.int32(fd), .bool(ret)])
        }
    }

    /// `iommufd_backend_connect(int fd, bool owned, uint32_t users) "fd=%d owned=%d users=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_connect` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_connect(fd: @autoclosure () -> Int32, owned: @autoclosure () -> Bool, users: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_iommufd_backend_connect_enabled()) {
            _iommufd_backend_connect(fd(), owned(), users())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_connect(_ fd: Int32, _ owned: Bool, _ users: UInt32) {
        if qemu_trace_iommufd_backend_connect_ust_enabled() {
            qemu_trace_iommufd_backend_connect(fd, owned, users)
        }
        if qemu_trace_dstate_get(1) {
            TraceBackends.emit(eventID: 1, arguments: [.int32(fd), .bool(owned), .uint32(users)])
        }
    }

    /// `iommufd_backend_disconnect(int fd, uint32_t users) "fd=%d users=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_disconnect` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_disconnect(fd: @autoclosure () -> Int32, users: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_iommufd_backend_disconnect_enabled()) {
            _iommufd_backend_disconnect(fd(), users())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_disconnect(_ fd: Int32, _ users: UInt32) {
        if qemu_trace_iommufd_backend_disconnect_ust_enabled() {
            qemu_trace_iommufd_backend_disconnect(fd, users)
        }
        if qemu_trace_dstate_get(2) {
            TraceBackends.emit(eventID: 2, arguments: [.int32(fd), .uint32(users)])
        }
    }

    /// QEMU quirk kept: the name is iommu_backend_set_fd, without "fd".
    ///
    /// `iommu_backend_set_fd(int fd) "pre-opened /dev/iommu fd=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommu_backend_set_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommu_backend_set_fd(fd: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommu_backend_set_fd_enabled()) {
            _iommu_backend_set_fd(fd())
        }
    }

    @usableFromInline @inline(never)
    static func _iommu_backend_set_fd(_ fd: Int32) {
        if qemu_trace_iommu_backend_set_fd_ust_enabled() {
            qemu_trace_iommu_backend_set_fd(fd)
        }
        if qemu_trace_dstate_get(3) {
            TraceBackends.emit(eventID: 3, arguments: [.int32(fd)])
        }
    }

    /// `iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, void *vaddr, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p readonly=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_map_dma` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_map_dma(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, vaddr: @autoclosure () -> UnsafeRawPointer?, readonly: @autoclosure () -> Bool, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_map_dma_enabled()) {
            _iommufd_backend_map_dma(iommufd(), ioas(), iova(), size(), vaddr(), readonly(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_map_dma(_ iommufd: Int32, _ ioas: UInt32, _ iova: UInt64, _ size: UInt64, _ vaddr: UnsafeRawPointer?, _ readonly: Bool, _ ret: Int32) {
        if qemu_trace_iommufd_backend_map_dma_ust_enabled() {
            qemu_trace_iommufd_backend_map_dma(iommufd, ioas, iova, size, vaddr, readonly, ret)
        }
        if qemu_trace_dstate_get(4) {
            TraceBackends.emit(eventID: 4, arguments: [.int32(iommufd), .uint32(ioas), .uint64(iova), .uint64(size), .pointer(UInt(bitPattern: vaddr)), .bool(readonly), .int32(ret)])
        }
    }

    /// `iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" fd=%d start=%ld readonly=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_map_file_dma` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_map_file_dma(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, fd: @autoclosure () -> Int32, start: @autoclosure () -> UInt, readonly: @autoclosure () -> Bool, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_map_file_dma_enabled()) {
            _iommufd_backend_map_file_dma(iommufd(), ioas(), iova(), size(), fd(), start(), readonly(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_map_file_dma(_ iommufd: Int32, _ ioas: UInt32, _ iova: UInt64, _ size: UInt64, _ fd: Int32, _ start: UInt, _ readonly: Bool, _ ret: Int32) {
        if qemu_trace_iommufd_backend_map_file_dma_ust_enabled() {
            qemu_trace_iommufd_backend_map_file_dma(iommufd, ioas, iova, size, fd, start, readonly, ret)
        }
        if qemu_trace_dstate_get(5) {
            TraceBackends.emit(eventID: 5, arguments: [.int32(iommufd), .uint32(ioas), .uint64(iova), .uint64(size), .int32(fd), .uint64(UInt64(start)), .bool(readonly), .int32(ret)])
        }
    }

    /// `iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " Unmap nonexistent mapping: iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_unmap_dma_non_exist` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_unmap_dma_non_exist(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_unmap_dma_non_exist_enabled()) {
            _iommufd_backend_unmap_dma_non_exist(iommufd(), ioas(), iova(), size(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_unmap_dma_non_exist(_ iommufd: Int32, _ ioas: UInt32, _ iova: UInt64, _ size: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_unmap_dma_non_exist_ust_enabled() {
            qemu_trace_iommufd_backend_unmap_dma_non_exist(iommufd, ioas, iova, size, ret)
        }
        if qemu_trace_dstate_get(6) {
            TraceBackends.emit(eventID: 6, arguments: [.int32(iommufd), .uint32(ioas), .uint64(iova), .uint64(size), .int32(ret)])
        }
    }

    /// `iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_unmap_dma` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_unmap_dma(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_unmap_dma_enabled()) {
            _iommufd_backend_unmap_dma(iommufd(), ioas(), iova(), size(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_unmap_dma(_ iommufd: Int32, _ ioas: UInt32, _ iova: UInt64, _ size: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_unmap_dma_ust_enabled() {
            qemu_trace_iommufd_backend_unmap_dma(iommufd, ioas, iova, size, ret)
        }
        if qemu_trace_dstate_get(7) {
            TraceBackends.emit(eventID: 7, arguments: [.int32(iommufd), .uint32(ioas), .uint64(iova), .uint64(size), .int32(ret)])
        }
    }

    /// `iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas) " iommufd=%d ioas=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_ioas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_ioas(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_ioas_enabled()) {
            _iommufd_backend_alloc_ioas(iommufd(), ioas())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_ioas(_ iommufd: Int32, _ ioas: UInt32) {
        if qemu_trace_iommufd_backend_alloc_ioas_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_ioas(iommufd, ioas)
        }
        if qemu_trace_dstate_get(8) {
            TraceBackends.emit(eventID: 8, arguments: [.int32(iommufd), .uint32(ioas)])
        }
    }

    /// `iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret) " iommufd=%d dev_id=%u pt_id=%u flags=0x%x hwpt_type=%u len=%u data_ptr=0x%"PRIx64" out_hwpt=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_hwpt(iommufd: @autoclosure () -> Int32, dev_id: @autoclosure () -> UInt32, pt_id: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, hwpt_type: @autoclosure () -> UInt32, len: @autoclosure () -> UInt32, data_ptr: @autoclosure () -> UInt64, out_hwpt_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_hwpt_enabled()) {
            _iommufd_backend_alloc_hwpt(iommufd(), dev_id(), pt_id(), flags(), hwpt_type(), len(), data_ptr(), out_hwpt_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_hwpt(_ iommufd: Int32, _ dev_id: UInt32, _ pt_id: UInt32, _ flags: UInt32, _ hwpt_type: UInt32, _ len: UInt32, _ data_ptr: UInt64, _ out_hwpt_id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_hwpt_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_hwpt(iommufd, dev_id, pt_id, flags, hwpt_type, len, data_ptr, out_hwpt_id, ret)
        }
        if qemu_trace_dstate_get(9) {
            TraceBackends.emit(eventID: 9, arguments: [.int32(iommufd), .uint32(dev_id), .uint32(pt_id), .uint32(flags), .uint32(hwpt_type), .uint32(len), .uint64(data_ptr), .uint32(out_hwpt_id), .int32(ret)])
        }
    }

    /// IOMMU_DESTROY (of an IOAS, HWPT, vIOMMU, vDEVICE, fault or vEVENTQ id).
    ///
    /// `iommufd_backend_free_id(int iommufd, uint32_t id, int ret) " iommufd=%d id=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_free_id` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_free_id(iommufd: @autoclosure () -> Int32, id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_free_id_enabled()) {
            _iommufd_backend_free_id(iommufd(), id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_free_id(_ iommufd: Int32, _ id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_free_id_ust_enabled() {
            qemu_trace_iommufd_backend_free_id(iommufd, id, ret)
        }
        if qemu_trace_dstate_get(10) {
            TraceBackends.emit(eventID: 10, arguments: [.int32(iommufd), .uint32(id), .int32(ret)])
        }
    }

    /// `iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret) " iommufd=%d hwpt=%u enable=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_set_dirty` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_set_dirty(iommufd: @autoclosure () -> Int32, hwpt_id: @autoclosure () -> UInt32, start: @autoclosure () -> Bool, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_set_dirty_enabled()) {
            _iommufd_backend_set_dirty(iommufd(), hwpt_id(), start(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_set_dirty(_ iommufd: Int32, _ hwpt_id: UInt32, _ start: Bool, _ ret: Int32) {
        if qemu_trace_iommufd_backend_set_dirty_ust_enabled() {
            qemu_trace_iommufd_backend_set_dirty(iommufd, hwpt_id, start, ret)
        }
        if qemu_trace_dstate_get(11) {
            TraceBackends.emit(eventID: 11, arguments: [.int32(iommufd), .uint32(hwpt_id), .bool(start), .int32(ret)])
        }
    }

    /// `iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret) " iommufd=%d hwpt=%u iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%"PRIx64" page_size=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_get_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_get_dirty_bitmap(iommufd: @autoclosure () -> Int32, hwpt_id: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt64, page_size: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_get_dirty_bitmap_enabled()) {
            _iommufd_backend_get_dirty_bitmap(iommufd(), hwpt_id(), iova(), size(), flags(), page_size(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_get_dirty_bitmap(_ iommufd: Int32, _ hwpt_id: UInt32, _ iova: UInt64, _ size: UInt64, _ flags: UInt64, _ page_size: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_get_dirty_bitmap_ust_enabled() {
            qemu_trace_iommufd_backend_get_dirty_bitmap(iommufd, hwpt_id, iova, size, flags, page_size, ret)
        }
        if qemu_trace_dstate_get(12) {
            TraceBackends.emit(eventID: 12, arguments: [.int32(iommufd), .uint32(hwpt_id), .uint64(iova), .uint64(size), .uint64(flags), .uint64(page_size), .int32(ret)])
        }
    }

    /// `iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret) " iommufd=%d id=%u data_type=%u entry_len=%u entry_num=%u done_num=%u data_ptr=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_invalidate_cache` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_invalidate_cache(iommufd: @autoclosure () -> Int32, id: @autoclosure () -> UInt32, data_type: @autoclosure () -> UInt32, entry_len: @autoclosure () -> UInt32, entry_num: @autoclosure () -> UInt32, done_num: @autoclosure () -> UInt32, data_ptr: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_invalidate_cache_enabled()) {
            _iommufd_backend_invalidate_cache(iommufd(), id(), data_type(), entry_len(), entry_num(), done_num(), data_ptr(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_invalidate_cache(_ iommufd: Int32, _ id: UInt32, _ data_type: UInt32, _ entry_len: UInt32, _ entry_num: UInt32, _ done_num: UInt32, _ data_ptr: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_invalidate_cache_ust_enabled() {
            qemu_trace_iommufd_backend_invalidate_cache(iommufd, id, data_type, entry_len, entry_num, done_num, data_ptr, ret)
        }
        if qemu_trace_dstate_get(13) {
            TraceBackends.emit(eventID: 13, arguments: [.int32(iommufd), .uint32(id), .uint32(data_type), .uint32(entry_len), .uint32(entry_num), .uint32(done_num), .uint64(data_ptr), .int32(ret)])
        }
    }

    /// QEMU quirk kept: the format prints type= before dev_id=, the reverse of the
    /// argument order, so "type=" shows dev_id and "dev_id=" shows type in the log
    /// line. LTTng fields are named after the arguments and are right.
    ///
    /// `iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret) " iommufd=%d type=%u dev_id=%u hwpt_id=%u viommu_id=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_viommu` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_viommu(iommufd: @autoclosure () -> Int32, dev_id: @autoclosure () -> UInt32, type: @autoclosure () -> UInt32, hwpt_id: @autoclosure () -> UInt32, viommu_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_viommu_enabled()) {
            _iommufd_backend_alloc_viommu(iommufd(), dev_id(), type(), hwpt_id(), viommu_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_viommu(_ iommufd: Int32, _ dev_id: UInt32, _ type: UInt32, _ hwpt_id: UInt32, _ viommu_id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_viommu_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_viommu(iommufd, dev_id, type, hwpt_id, viommu_id, ret)
        }
        if qemu_trace_dstate_get(14) {
            TraceBackends.emit(eventID: 14, arguments: [.int32(iommufd), .uint32(dev_id), .uint32(type), .uint32(hwpt_id), .uint32(viommu_id), .int32(ret)])
        }
    }

    /// `iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret) " iommufd=%d dev_id=%u viommu_id=%u virt_id=0x%"PRIx64" vdev_id=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_vdev` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_vdev(iommufd: @autoclosure () -> Int32, dev_id: @autoclosure () -> UInt32, viommu_id: @autoclosure () -> UInt32, virt_id: @autoclosure () -> UInt64, vdev_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_vdev_enabled()) {
            _iommufd_backend_alloc_vdev(iommufd(), dev_id(), viommu_id(), virt_id(), vdev_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_vdev(_ iommufd: Int32, _ dev_id: UInt32, _ viommu_id: UInt32, _ virt_id: UInt64, _ vdev_id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_vdev_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_vdev(iommufd, dev_id, viommu_id, virt_id, vdev_id, ret)
        }
        if qemu_trace_dstate_get(15) {
            TraceBackends.emit(eventID: 15, arguments: [.int32(iommufd), .uint32(dev_id), .uint32(viommu_id), .uint64(virt_id), .uint32(vdev_id), .int32(ret)])
        }
    }

    /// iommud: IOMMU_GET_HW_INFO (QEMU's function is iommufd_backend_get_device_info).
    /// caps is out_capabilities; max_pasid_log2 is 0 where the kernel lacks it.
    ///
    /// `iommufd_backend_get_device_info(int iommufd, uint32_t dev_id, uint32_t data_len, uint32_t type, uint64_t caps, uint8_t max_pasid_log2, int ret) " iommufd=%d dev_id=%u data_len=%u type=%u caps=0x%"PRIx64" max_pasid_log2=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_get_device_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_get_device_info(iommufd: @autoclosure () -> Int32, dev_id: @autoclosure () -> UInt32, data_len: @autoclosure () -> UInt32, type: @autoclosure () -> UInt32, caps: @autoclosure () -> UInt64, max_pasid_log2: @autoclosure () -> UInt8, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_get_device_info_enabled()) {
            _iommufd_backend_get_device_info(iommufd(), dev_id(), data_len(), type(), caps(), max_pasid_log2(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_get_device_info(_ iommufd: Int32, _ dev_id: UInt32, _ data_len: UInt32, _ type: UInt32, _ caps: UInt64, _ max_pasid_log2: UInt8, _ ret: Int32) {
        if qemu_trace_iommufd_backend_get_device_info_ust_enabled() {
            qemu_trace_iommufd_backend_get_device_info(iommufd, dev_id, data_len, type, caps, max_pasid_log2, ret)
        }
        if qemu_trace_dstate_get(16) {
            TraceBackends.emit(eventID: 16, arguments: [.int32(iommufd), .uint32(dev_id), .uint32(data_len), .uint32(type), .uint64(caps), .uint8(max_pasid_log2), .int32(ret)])
        }
    }

    /// iommud: IOMMU_IOAS_IOVA_RANGES; num_iovas is the kernel's count (it may exceed
    /// what fitted), alignment is out_iova_alignment.
    ///
    /// `iommufd_backend_get_iova_ranges(int iommufd, uint32_t ioas, uint32_t num_iovas, uint64_t alignment, int ret) " iommufd=%d ioas=%u num_iovas=%u alignment=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_get_iova_ranges` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_get_iova_ranges(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, num_iovas: @autoclosure () -> UInt32, alignment: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_get_iova_ranges_enabled()) {
            _iommufd_backend_get_iova_ranges(iommufd(), ioas(), num_iovas(), alignment(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_get_iova_ranges(_ iommufd: Int32, _ ioas: UInt32, _ num_iovas: UInt32, _ alignment: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_get_iova_ranges_ust_enabled() {
            qemu_trace_iommufd_backend_get_iova_ranges(iommufd, ioas, num_iovas, alignment, ret)
        }
        if qemu_trace_dstate_get(17) {
            TraceBackends.emit(eventID: 17, arguments: [.int32(iommufd), .uint32(ioas), .uint32(num_iovas), .uint64(alignment), .int32(ret)])
        }
    }

    /// iommud: IOMMU_IOAS_ALLOW_IOVAS.
    ///
    /// `iommufd_backend_allow_iovas(int iommufd, uint32_t ioas, uint32_t num_iovas, int ret) " iommufd=%d ioas=%u num_iovas=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_allow_iovas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_allow_iovas(iommufd: @autoclosure () -> Int32, ioas: @autoclosure () -> UInt32, num_iovas: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_allow_iovas_enabled()) {
            _iommufd_backend_allow_iovas(iommufd(), ioas(), num_iovas(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_allow_iovas(_ iommufd: Int32, _ ioas: UInt32, _ num_iovas: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_allow_iovas_ust_enabled() {
            qemu_trace_iommufd_backend_allow_iovas(iommufd, ioas, num_iovas, ret)
        }
        if qemu_trace_dstate_get(18) {
            TraceBackends.emit(eventID: 18, arguments: [.int32(iommufd), .uint32(ioas), .uint32(num_iovas), .int32(ret)])
        }
    }

    /// iommud: IOMMU_IOAS_COPY; flags are the IOMMU_IOAS_MAP_* flags.
    ///
    /// `iommufd_backend_copy_dma(int iommufd, uint32_t dst_ioas, uint32_t src_ioas, uint64_t dst_iova, uint64_t src_iova, uint64_t size, uint32_t flags, int ret) " iommufd=%d dst_ioas=%u src_ioas=%u dst_iova=0x%"PRIx64" src_iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_copy_dma` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_copy_dma(iommufd: @autoclosure () -> Int32, dst_ioas: @autoclosure () -> UInt32, src_ioas: @autoclosure () -> UInt32, dst_iova: @autoclosure () -> UInt64, src_iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_copy_dma_enabled()) {
            _iommufd_backend_copy_dma(iommufd(), dst_ioas(), src_ioas(), dst_iova(), src_iova(), size(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_copy_dma(_ iommufd: Int32, _ dst_ioas: UInt32, _ src_ioas: UInt32, _ dst_iova: UInt64, _ src_iova: UInt64, _ size: UInt64, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_copy_dma_ust_enabled() {
            qemu_trace_iommufd_backend_copy_dma(iommufd, dst_ioas, src_ioas, dst_iova, src_iova, size, flags, ret)
        }
        if qemu_trace_dstate_get(19) {
            TraceBackends.emit(eventID: 19, arguments: [.int32(iommufd), .uint32(dst_ioas), .uint32(src_ioas), .uint64(dst_iova), .uint64(src_iova), .uint64(size), .uint32(flags), .int32(ret)])
        }
    }

    /// iommud: IOMMU_OPTION; val is val64 after the call (the value read for GET).
    ///
    /// `iommufd_backend_set_option(int iommufd, uint32_t option_id, uint32_t op, uint32_t object_id, uint64_t val, int ret) " iommufd=%d option_id=%u op=%u object_id=%u val=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_set_option` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_set_option(iommufd: @autoclosure () -> Int32, option_id: @autoclosure () -> UInt32, op: @autoclosure () -> UInt32, object_id: @autoclosure () -> UInt32, val: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_set_option_enabled()) {
            _iommufd_backend_set_option(iommufd(), option_id(), op(), object_id(), val(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_set_option(_ iommufd: Int32, _ option_id: UInt32, _ op: UInt32, _ object_id: UInt32, _ val: UInt64, _ ret: Int32) {
        if qemu_trace_iommufd_backend_set_option_ust_enabled() {
            qemu_trace_iommufd_backend_set_option(iommufd, option_id, op, object_id, val, ret)
        }
        if qemu_trace_dstate_get(20) {
            TraceBackends.emit(eventID: 20, arguments: [.int32(iommufd), .uint32(option_id), .uint32(op), .uint32(object_id), .uint64(val), .int32(ret)])
        }
    }

    /// iommud: IOMMU_VFIO_IOAS (get/set/clear the VFIO compatibility IOAS).
    ///
    /// `iommufd_backend_vfio_ioas(int iommufd, uint32_t op, uint32_t ioas, int ret) " iommufd=%d op=%u ioas=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_vfio_ioas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_vfio_ioas(iommufd: @autoclosure () -> Int32, op: @autoclosure () -> UInt32, ioas: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_vfio_ioas_enabled()) {
            _iommufd_backend_vfio_ioas(iommufd(), op(), ioas(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_vfio_ioas(_ iommufd: Int32, _ op: UInt32, _ ioas: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_vfio_ioas_ust_enabled() {
            qemu_trace_iommufd_backend_vfio_ioas(iommufd, op, ioas, ret)
        }
        if qemu_trace_dstate_get(21) {
            TraceBackends.emit(eventID: 21, arguments: [.int32(iommufd), .uint32(op), .uint32(ioas), .int32(ret)])
        }
    }

    /// iommud: IOMMU_FAULT_QUEUE_ALLOC.
    ///
    /// `iommufd_backend_alloc_fault_queue(int iommufd, uint32_t flags, uint32_t fault_id, int fault_fd, int ret) " iommufd=%d flags=0x%x fault_id=%u fault_fd=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_fault_queue` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_fault_queue(iommufd: @autoclosure () -> Int32, flags: @autoclosure () -> UInt32, fault_id: @autoclosure () -> UInt32, fault_fd: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_fault_queue_enabled()) {
            _iommufd_backend_alloc_fault_queue(iommufd(), flags(), fault_id(), fault_fd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_fault_queue(_ iommufd: Int32, _ flags: UInt32, _ fault_id: UInt32, _ fault_fd: Int32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_fault_queue_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_fault_queue(iommufd, flags, fault_id, fault_fd, ret)
        }
        if qemu_trace_dstate_get(22) {
            TraceBackends.emit(eventID: 22, arguments: [.int32(iommufd), .uint32(flags), .uint32(fault_id), .int32(fault_fd), .int32(ret)])
        }
    }

    /// iommud: IOMMU_VEVENTQ_ALLOC.
    ///
    /// `iommufd_backend_alloc_veventq(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t depth, uint32_t veventq_id, int veventq_fd, int ret) " iommufd=%d viommu_id=%u type=%u depth=%u veventq_id=%u veventq_fd=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_veventq` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_veventq(iommufd: @autoclosure () -> Int32, viommu_id: @autoclosure () -> UInt32, type: @autoclosure () -> UInt32, depth: @autoclosure () -> UInt32, veventq_id: @autoclosure () -> UInt32, veventq_fd: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_veventq_enabled()) {
            _iommufd_backend_alloc_veventq(iommufd(), viommu_id(), type(), depth(), veventq_id(), veventq_fd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_veventq(_ iommufd: Int32, _ viommu_id: UInt32, _ type: UInt32, _ depth: UInt32, _ veventq_id: UInt32, _ veventq_fd: Int32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_veventq_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_veventq(iommufd, viommu_id, type, depth, veventq_id, veventq_fd, ret)
        }
        if qemu_trace_dstate_get(23) {
            TraceBackends.emit(eventID: 23, arguments: [.int32(iommufd), .uint32(viommu_id), .uint32(type), .uint32(depth), .uint32(veventq_id), .int32(veventq_fd), .int32(ret)])
        }
    }

    /// iommud: IOMMU_HW_QUEUE_ALLOC.
    ///
    /// `iommufd_backend_alloc_hw_queue(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t index, uint64_t base_addr, uint64_t length, uint32_t hw_queue_id, int ret) " iommufd=%d viommu_id=%u type=%u index=%u base_addr=0x%"PRIx64" length=0x%"PRIx64" hw_queue_id=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_alloc_hw_queue` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_alloc_hw_queue(iommufd: @autoclosure () -> Int32, viommu_id: @autoclosure () -> UInt32, type: @autoclosure () -> UInt32, index: @autoclosure () -> UInt32, base_addr: @autoclosure () -> UInt64, length: @autoclosure () -> UInt64, hw_queue_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_alloc_hw_queue_enabled()) {
            _iommufd_backend_alloc_hw_queue(iommufd(), viommu_id(), type(), index(), base_addr(), length(), hw_queue_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_alloc_hw_queue(_ iommufd: Int32, _ viommu_id: UInt32, _ type: UInt32, _ index: UInt32, _ base_addr: UInt64, _ length: UInt64, _ hw_queue_id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_alloc_hw_queue_ust_enabled() {
            qemu_trace_iommufd_backend_alloc_hw_queue(iommufd, viommu_id, type, index, base_addr, length, hw_queue_id, ret)
        }
        if qemu_trace_dstate_get(24) {
            TraceBackends.emit(eventID: 24, arguments: [.int32(iommufd), .uint32(viommu_id), .uint32(type), .uint32(index), .uint64(base_addr), .uint64(length), .uint32(hw_queue_id), .int32(ret)])
        }
    }

    /// iommud: IOMMU_TEST_CMD (the kernel's selftest mock driver only).
    ///
    /// `iommufd_backend_test_cmd(int iommufd, uint32_t op, uint32_t id, int ret) " iommufd=%d op=%u id=%u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_backend_test_cmd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_backend_test_cmd(iommufd: @autoclosure () -> Int32, op: @autoclosure () -> UInt32, id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_backend_test_cmd_enabled()) {
            _iommufd_backend_test_cmd(iommufd(), op(), id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_backend_test_cmd(_ iommufd: Int32, _ op: UInt32, _ id: UInt32, _ ret: Int32) {
        if qemu_trace_iommufd_backend_test_cmd_ust_enabled() {
            qemu_trace_iommufd_backend_test_cmd(iommufd, op, id, ret)
        }
        if qemu_trace_dstate_get(25) {
            TraceBackends.emit(eventID: 25, arguments: [.int32(iommufd), .uint32(op), .uint32(id), .int32(ret)])
        }
    }

    /// `iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid) " [iommufd=%d] Successfully bound device %s (fd=%d): output devid=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_connect_and_bind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_connect_and_bind(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, devid: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_connect_and_bind_enabled()) {
            _iommufd_cdev_connect_and_bind(iommufd(), name(), devfd(), devid())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_connect_and_bind(_ iommufd: Int32, _ name: String, _ devfd: Int32, _ devid: Int32) {
        if qemu_trace_iommufd_cdev_connect_and_bind_ust_enabled() {
            qemu_trace_iommufd_cdev_connect_and_bind(iommufd, name, devfd, devid)
        }
        if qemu_trace_dstate_get(26) {
            TraceBackends.emit(eventID: 26, arguments: [.int32(iommufd), .string(name), .int32(devfd), .int32(devid)])
        }
    }

    /// `iommufd_cdev_getfd(const char *dev, int devfd) " %s (fd=%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_getfd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_getfd(dev: @autoclosure () -> String, devfd: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_getfd_enabled()) {
            _iommufd_cdev_getfd(dev(), devfd())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_getfd(_ dev: String, _ devfd: Int32) {
        if qemu_trace_iommufd_cdev_getfd_ust_enabled() {
            qemu_trace_iommufd_cdev_getfd(dev, devfd)
        }
        if qemu_trace_dstate_get(27) {
            TraceBackends.emit(eventID: 27, arguments: [.string(dev), .int32(devfd)])
        }
    }

    /// `iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id) " [iommufd=%d] Successfully attached device %s (%d) to id=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_attach_ioas_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_attach_ioas_hwpt(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, id: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_attach_ioas_hwpt_enabled()) {
            _iommufd_cdev_attach_ioas_hwpt(iommufd(), name(), devfd(), id())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_attach_ioas_hwpt(_ iommufd: Int32, _ name: String, _ devfd: Int32, _ id: Int32) {
        if qemu_trace_iommufd_cdev_attach_ioas_hwpt_ust_enabled() {
            qemu_trace_iommufd_cdev_attach_ioas_hwpt(iommufd, name, devfd, id)
        }
        if qemu_trace_dstate_get(28) {
            TraceBackends.emit(eventID: 28, arguments: [.int32(iommufd), .string(name), .int32(devfd), .int32(id)])
        }
    }

    /// `iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name) " [iommufd=%d] Successfully detached %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_detach_ioas_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_detach_ioas_hwpt(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String) {
        if _slowPath(qemu_trace_iommufd_cdev_detach_ioas_hwpt_enabled()) {
            _iommufd_cdev_detach_ioas_hwpt(iommufd(), name())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_detach_ioas_hwpt(_ iommufd: Int32, _ name: String) {
        if qemu_trace_iommufd_cdev_detach_ioas_hwpt_ust_enabled() {
            qemu_trace_iommufd_cdev_detach_ioas_hwpt(iommufd, name)
        }
        if qemu_trace_dstate_get(29) {
            TraceBackends.emit(eventID: 29, arguments: [.int32(iommufd), .string(name)])
        }
    }

    /// `iommufd_cdev_fail_attach_existing_container(const char *msg) " %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_fail_attach_existing_container` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_fail_attach_existing_container(msg: @autoclosure () -> String) {
        if _slowPath(qemu_trace_iommufd_cdev_fail_attach_existing_container_enabled()) {
            _iommufd_cdev_fail_attach_existing_container(msg())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_fail_attach_existing_container(_ msg: String) {
        if qemu_trace_iommufd_cdev_fail_attach_existing_container_ust_enabled() {
            qemu_trace_iommufd_cdev_fail_attach_existing_container(msg)
        }
        if qemu_trace_dstate_get(30) {
            TraceBackends.emit(eventID: 30, arguments: [.string(msg)])
        }
    }

    /// `iommufd_cdev_alloc_ioas(int iommufd, int ioas_id) " [iommufd=%d] new IOMMUFD container with ioasid=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_alloc_ioas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_alloc_ioas(iommufd: @autoclosure () -> Int32, ioas_id: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_alloc_ioas_enabled()) {
            _iommufd_cdev_alloc_ioas(iommufd(), ioas_id())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_alloc_ioas(_ iommufd: Int32, _ ioas_id: Int32) {
        if qemu_trace_iommufd_cdev_alloc_ioas_ust_enabled() {
            qemu_trace_iommufd_cdev_alloc_ioas(iommufd, ioas_id)
        }
        if qemu_trace_dstate_get(31) {
            TraceBackends.emit(eventID: 31, arguments: [.int32(iommufd), .int32(ioas_id)])
        }
    }

    /// `iommufd_cdev_device_info(char *name, int devfd, int num_irqs, int num_regions, int flags) " %s (%d) num_irqs=%d num_regions=%d flags=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_device_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_device_info(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, num_irqs: @autoclosure () -> Int32, num_regions: @autoclosure () -> Int32, flags: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_device_info_enabled()) {
            _iommufd_cdev_device_info(name(), devfd(), num_irqs(), num_regions(), flags())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_device_info(_ name: String, _ devfd: Int32, _ num_irqs: Int32, _ num_regions: Int32, _ flags: Int32) {
        if qemu_trace_iommufd_cdev_device_info_ust_enabled() {
            qemu_trace_iommufd_cdev_device_info(name, devfd, num_irqs, num_regions, flags)
        }
        if qemu_trace_dstate_get(32) {
            TraceBackends.emit(eventID: 32, arguments: [.string(name), .int32(devfd), .int32(num_irqs), .int32(num_regions), .int32(flags)])
        }
    }

    /// `iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id) "\t%04x:%02x:%02x.%x devid %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_pci_hot_reset_dep_devices` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_pci_hot_reset_dep_devices(domain: @autoclosure () -> Int32, bus: @autoclosure () -> Int32, slot: @autoclosure () -> Int32, function: @autoclosure () -> Int32, dev_id: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices_enabled()) {
            _iommufd_cdev_pci_hot_reset_dep_devices(domain(), bus(), slot(), function(), dev_id())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_pci_hot_reset_dep_devices(_ domain: Int32, _ bus: Int32, _ slot: Int32, _ function: Int32, _ dev_id: Int32) {
        if qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices_ust_enabled() {
            qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices(domain, bus, slot, function, dev_id)
        }
        if qemu_trace_dstate_get(33) {
            TraceBackends.emit(eventID: 33, arguments: [.int32(domain), .int32(bus), .int32(slot), .int32(function), .int32(dev_id)])
        }
    }

    /// `vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id) "ioas_id %u, devid %d, hwpt_id %u"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_cpr_find_device` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_cpr_find_device(ioas_id: @autoclosure () -> UInt32, devid: @autoclosure () -> Int32, hwpt_id: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_cpr_find_device_enabled()) {
            _vfio_cpr_find_device(ioas_id(), devid(), hwpt_id())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_cpr_find_device(_ ioas_id: UInt32, _ devid: Int32, _ hwpt_id: UInt32) {
        if qemu_trace_vfio_cpr_find_device_ust_enabled() {
            qemu_trace_vfio_cpr_find_device(ioas_id, devid, hwpt_id)
        }
        if qemu_trace_dstate_get(34) {
            TraceBackends.emit(eventID: 34, arguments: [.uint32(ioas_id), .int32(devid), .uint32(hwpt_id)])
        }
    }

    /// `vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages) "iova=0x%"PRIx64" size=0x%"PRIx64" backend_flag=0x%"PRIx64" bitmap_size=0x%"PRIx64" gpa=0x%"PRIx64" dirty_pages=%"PRIu64`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_container_query_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_container_query_dirty_bitmap(iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, backend_flag: @autoclosure () -> UInt64, bitmap_size: @autoclosure () -> UInt64, translated_addr: @autoclosure () -> UInt64, dirty_pages: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_container_query_dirty_bitmap_enabled()) {
            _vfio_container_query_dirty_bitmap(iova(), size(), backend_flag(), bitmap_size(), translated_addr(), dirty_pages())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_container_query_dirty_bitmap(_ iova: UInt64, _ size: UInt64, _ backend_flag: UInt64, _ bitmap_size: UInt64, _ translated_addr: UInt64, _ dirty_pages: UInt64) {
        if qemu_trace_vfio_container_query_dirty_bitmap_ust_enabled() {
            qemu_trace_vfio_container_query_dirty_bitmap(iova, size, backend_flag, bitmap_size, translated_addr, dirty_pages)
        }
        if qemu_trace_dstate_get(35) {
            TraceBackends.emit(eventID: 35, arguments: [.uint64(iova), .uint64(size), .uint64(backend_flag), .uint64(bitmap_size), .uint64(translated_addr), .uint64(dirty_pages)])
        }
    }

    /// `vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, void *vaddr) "region_add [ram] 0x%"PRIx64" - 0x%"PRIx64" [%p]"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_listener_region_add_ram` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_listener_region_add_ram(iova_start: @autoclosure () -> UInt64, iova_end: @autoclosure () -> UInt64, vaddr: @autoclosure () -> UnsafeRawPointer?) {
        if _slowPath(qemu_trace_vfio_listener_region_add_ram_enabled()) {
            _vfio_listener_region_add_ram(iova_start(), iova_end(), vaddr())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_listener_region_add_ram(_ iova_start: UInt64, _ iova_end: UInt64, _ vaddr: UnsafeRawPointer?) {
        if qemu_trace_vfio_listener_region_add_ram_ust_enabled() {
            qemu_trace_vfio_listener_region_add_ram(iova_start, iova_end, vaddr)
        }
        if qemu_trace_dstate_get(36) {
            TraceBackends.emit(eventID: 36, arguments: [.uint64(iova_start), .uint64(iova_end), .pointer(UInt(bitPattern: vaddr))])
        }
    }

    /// `vfio_listener_region_del(uint64_t start, uint64_t end) "region_del 0x%"PRIx64" - 0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_listener_region_del` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_listener_region_del(start: @autoclosure () -> UInt64, end: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_listener_region_del_enabled()) {
            _vfio_listener_region_del(start(), end())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_listener_region_del(_ start: UInt64, _ end: UInt64) {
        if qemu_trace_vfio_listener_region_del_ust_enabled() {
            qemu_trace_vfio_listener_region_del(start, end)
        }
        if qemu_trace_dstate_get(37) {
            TraceBackends.emit(eventID: 37, arguments: [.uint64(start), .uint64(end)])
        }
    }

    /// `vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max) "section 0x%"PRIx64" - 0x%"PRIx64" -> update [0x%"PRIx64" - 0x%"PRIx64"]"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_dirty_tracking_update` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_dirty_tracking_update(start: @autoclosure () -> UInt64, end: @autoclosure () -> UInt64, min: @autoclosure () -> UInt64, max: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_device_dirty_tracking_update_enabled()) {
            _vfio_device_dirty_tracking_update(start(), end(), min(), max())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_dirty_tracking_update(_ start: UInt64, _ end: UInt64, _ min: UInt64, _ max: UInt64) {
        if qemu_trace_vfio_device_dirty_tracking_update_ust_enabled() {
            qemu_trace_vfio_device_dirty_tracking_update(start, end, min, max)
        }
        if qemu_trace_dstate_get(38) {
            TraceBackends.emit(eventID: 38, arguments: [.uint64(start), .uint64(end), .uint64(min), .uint64(max)])
        }
    }

    /// `vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci) "nr_ranges %d 32:[0x%"PRIx64" - 0x%"PRIx64"], 64:[0x%"PRIx64" - 0x%"PRIx64"], pci64:[0x%"PRIx64" - 0x%"PRIx64"]"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_dirty_tracking_start` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_dirty_tracking_start(nr_ranges: @autoclosure () -> Int32, min32: @autoclosure () -> UInt64, max32: @autoclosure () -> UInt64, min64: @autoclosure () -> UInt64, max64: @autoclosure () -> UInt64, minpci: @autoclosure () -> UInt64, maxpci: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_device_dirty_tracking_start_enabled()) {
            _vfio_device_dirty_tracking_start(nr_ranges(), min32(), max32(), min64(), max64(), minpci(), maxpci())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_dirty_tracking_start(_ nr_ranges: Int32, _ min32: UInt64, _ max32: UInt64, _ min64: UInt64, _ max64: UInt64, _ minpci: UInt64, _ maxpci: UInt64) {
        if qemu_trace_vfio_device_dirty_tracking_start_ust_enabled() {
            qemu_trace_vfio_device_dirty_tracking_start(nr_ranges, min32, max32, min64, max64, minpci, maxpci)
        }
        if qemu_trace_dstate_get(39) {
            TraceBackends.emit(eventID: 39, arguments: [.int32(nr_ranges), .uint64(min32), .uint64(max32), .uint64(min64), .uint64(max64), .uint64(minpci), .uint64(maxpci)])
        }
    }

    /// `vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_iommu_map_dirty_notify` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_iommu_map_dirty_notify(iova_start: @autoclosure () -> UInt64, iova_end: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_iommu_map_dirty_notify_enabled()) {
            _vfio_iommu_map_dirty_notify(iova_start(), iova_end())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_iommu_map_dirty_notify(_ iova_start: UInt64, _ iova_end: UInt64) {
        if qemu_trace_vfio_iommu_map_dirty_notify_ust_enabled() {
            qemu_trace_vfio_iommu_map_dirty_notify(iova_start, iova_end)
        }
        if qemu_trace_dstate_get(40) {
            TraceBackends.emit(eventID: 40, arguments: [.uint64(iova_start), .uint64(iova_end)])
        }
    }

    /// `vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_iommu_map_dirty_notify_skip_ro` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_iommu_map_dirty_notify_skip_ro(iova_start: @autoclosure () -> UInt64, iova_end: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_iommu_map_dirty_notify_skip_ro_enabled()) {
            _vfio_iommu_map_dirty_notify_skip_ro(iova_start(), iova_end())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_iommu_map_dirty_notify_skip_ro(_ iova_start: UInt64, _ iova_end: UInt64) {
        if qemu_trace_vfio_iommu_map_dirty_notify_skip_ro_ust_enabled() {
            qemu_trace_vfio_iommu_map_dirty_notify_skip_ro(iova_start, iova_end)
        }
        if qemu_trace_dstate_get(41) {
            TraceBackends.emit(eventID: 41, arguments: [.uint64(iova_start), .uint64(iova_end)])
        }
    }

    /// `vfio_container_disconnect(int fd) "close container->fd=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_container_disconnect` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_container_disconnect(fd: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_container_disconnect_enabled()) {
            _vfio_container_disconnect(fd())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_container_disconnect(_ fd: Int32) {
        if qemu_trace_vfio_container_disconnect_ust_enabled() {
            qemu_trace_vfio_container_disconnect(fd)
        }
        if qemu_trace_dstate_get(42) {
            TraceBackends.emit(eventID: 42, arguments: [.int32(fd)])
        }
    }

    /// `vfio_group_put(int fd) "close group->fd=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_group_put` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_group_put(fd: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_group_put_enabled()) {
            _vfio_group_put(fd())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_group_put(_ fd: Int32) {
        if qemu_trace_vfio_group_put_ust_enabled() {
            qemu_trace_vfio_group_put(fd)
        }
        if qemu_trace_dstate_get(43) {
            TraceBackends.emit(eventID: 43, arguments: [.int32(fd)])
        }
    }

    /// `vfio_device_get(const char *name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs) "Device %s flags: %u, regions: %u, irqs: %u"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_get` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_get(name: @autoclosure () -> String, flags: @autoclosure () -> UInt32, num_regions: @autoclosure () -> UInt32, num_irqs: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_device_get_enabled()) {
            _vfio_device_get(name(), flags(), num_regions(), num_irqs())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_get(_ name: String, _ flags: UInt32, _ num_regions: UInt32, _ num_irqs: UInt32) {
        if qemu_trace_vfio_device_get_ust_enabled() {
            qemu_trace_vfio_device_get(name, flags, num_regions, num_irqs)
        }
        if qemu_trace_dstate_get(44) {
            TraceBackends.emit(eventID: 44, arguments: [.string(name), .uint32(flags), .uint32(num_regions), .uint32(num_irqs)])
        }
    }

    /// `vfio_device_put(int fd) "close vdev->fd=%d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_put` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_put(fd: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_put_enabled()) {
            _vfio_device_put(fd())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_put(_ fd: Int32) {
        if qemu_trace_vfio_device_put_ust_enabled() {
            qemu_trace_vfio_device_put(fd)
        }
        if qemu_trace_dstate_get(45) {
            TraceBackends.emit(eventID: 45, arguments: [.int32(fd)])
        }
    }

    /// `vfio_device_attach(const char *name, int group_id) " (%s) group %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_attach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_attach(name: @autoclosure () -> String, group_id: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_attach_enabled()) {
            _vfio_device_attach(name(), group_id())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_attach(_ name: String, _ group_id: Int32) {
        if qemu_trace_vfio_device_attach_ust_enabled() {
            qemu_trace_vfio_device_attach(name, group_id)
        }
        if qemu_trace_dstate_get(46) {
            TraceBackends.emit(eventID: 46, arguments: [.string(name), .int32(group_id)])
        }
    }

    /// `vfio_device_detach(const char *name, int group_id) " (%s) group %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_detach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_detach(name: @autoclosure () -> String, group_id: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_detach_enabled()) {
            _vfio_device_detach(name(), group_id())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_detach(_ name: String, _ group_id: Int32) {
        if qemu_trace_vfio_device_detach_ust_enabled() {
            qemu_trace_vfio_device_detach(name, group_id)
        }
        if qemu_trace_dstate_get(47) {
            TraceBackends.emit(eventID: 47, arguments: [.string(name), .int32(group_id)])
        }
    }

    /// intel_iommu_accel.c: `ret` is QEMU's, the attach helper's bool inverted (0 on
    /// success, 1 on failure); pasid is 0 (the device's requester id).
    ///
    /// `vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vtd_device_attach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vtd_device_attach_hwpt(dev_id: @autoclosure () -> UInt32, pasid: @autoclosure () -> UInt32, hwpt_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vtd_device_attach_hwpt_enabled()) {
            _vtd_device_attach_hwpt(dev_id(), pasid(), hwpt_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vtd_device_attach_hwpt(_ dev_id: UInt32, _ pasid: UInt32, _ hwpt_id: UInt32, _ ret: Int32) {
        if qemu_trace_vtd_device_attach_hwpt_ust_enabled() {
            qemu_trace_vtd_device_attach_hwpt(dev_id, pasid, hwpt_id, ret)
        }
        if qemu_trace_dstate_get(48) {
            TraceBackends.emit(eventID: 48, arguments: [.uint32(dev_id), .uint32(pasid), .uint32(hwpt_id), .int32(ret)])
        }
    }

    /// `vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret) "dev_id %d pasid %d ret: %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vtd_device_detach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vtd_device_detach_hwpt(dev_id: @autoclosure () -> UInt32, pasid: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vtd_device_detach_hwpt_enabled()) {
            _vtd_device_detach_hwpt(dev_id(), pasid(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vtd_device_detach_hwpt(_ dev_id: UInt32, _ pasid: UInt32, _ ret: Int32) {
        if qemu_trace_vtd_device_detach_hwpt_ust_enabled() {
            qemu_trace_vtd_device_detach_hwpt(dev_id, pasid, ret)
        }
        if qemu_trace_dstate_get(49) {
            TraceBackends.emit(eventID: 49, arguments: [.uint32(dev_id), .uint32(pasid), .int32(ret)])
        }
    }

    /// `vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vtd_device_reattach_def_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vtd_device_reattach_def_hwpt(dev_id: @autoclosure () -> UInt32, pasid: @autoclosure () -> UInt32, hwpt_id: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vtd_device_reattach_def_hwpt_enabled()) {
            _vtd_device_reattach_def_hwpt(dev_id(), pasid(), hwpt_id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vtd_device_reattach_def_hwpt(_ dev_id: UInt32, _ pasid: UInt32, _ hwpt_id: UInt32, _ ret: Int32) {
        if qemu_trace_vtd_device_reattach_def_hwpt_ust_enabled() {
            qemu_trace_vtd_device_reattach_def_hwpt(dev_id, pasid, hwpt_id, ret)
        }
        if qemu_trace_dstate_get(50) {
            TraceBackends.emit(eventID: 50, arguments: [.uint32(dev_id), .uint32(pasid), .uint32(hwpt_id), .int32(ret)])
        }
    }

    /// `virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new) "mr=%s old_mask=0x%"PRIx64" new_mask=0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:virtio_iommu_set_page_size_mask` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func virtio_iommu_set_page_size_mask(name: @autoclosure () -> String, old: @autoclosure () -> UInt64, new: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_virtio_iommu_set_page_size_mask_enabled()) {
            _virtio_iommu_set_page_size_mask(name(), old(), new())
        }
    }

    @usableFromInline @inline(never)
    static func _virtio_iommu_set_page_size_mask(_ name: String, _ old: UInt64, _ new: UInt64) {
        if qemu_trace_virtio_iommu_set_page_size_mask_ust_enabled() {
            qemu_trace_virtio_iommu_set_page_size_mask(name, old, new)
        }
        if qemu_trace_dstate_get(51) {
            TraceBackends.emit(eventID: 51, arguments: [.string(name), .uint64(old), .uint64(new)])
        }
    }

    /// `virtio_iommu_freeze_granule(uint64_t page_size_mask) "granule: 0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:virtio_iommu_freeze_granule` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func virtio_iommu_freeze_granule(page_size_mask: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_virtio_iommu_freeze_granule_enabled()) {
            _virtio_iommu_freeze_granule(page_size_mask())
        }
    }

    @usableFromInline @inline(never)
    static func _virtio_iommu_freeze_granule(_ page_size_mask: UInt64) {
        if qemu_trace_virtio_iommu_freeze_granule_ust_enabled() {
            qemu_trace_virtio_iommu_freeze_granule(page_size_mask)
        }
        if qemu_trace_dstate_get(52) {
            TraceBackends.emit(eventID: 52, arguments: [.uint64(page_size_mask)])
        }
    }

    /// iommud: VFIO_DEVICE_BIND_IOMMUFD failed (success is iommufd_cdev_connect_and_bind).
    ///
    /// `iommufd_cdev_fail_connect_and_bind(int iommufd, const char *name, int devfd, int ret) " [iommufd=%d] Failed to bind device %s (fd=%d) (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_fail_connect_and_bind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_fail_connect_and_bind(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_fail_connect_and_bind_enabled()) {
            _iommufd_cdev_fail_connect_and_bind(iommufd(), name(), devfd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_fail_connect_and_bind(_ iommufd: Int32, _ name: String, _ devfd: Int32, _ ret: Int32) {
        if qemu_trace_iommufd_cdev_fail_connect_and_bind_ust_enabled() {
            qemu_trace_iommufd_cdev_fail_connect_and_bind(iommufd, name, devfd, ret)
        }
        if qemu_trace_dstate_get(53) {
            TraceBackends.emit(eventID: 53, arguments: [.int32(iommufd), .string(name), .int32(devfd), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_ATTACH_IOMMUFD_PT failed (success is iommufd_cdev_attach_ioas_hwpt).
    ///
    /// `iommufd_cdev_fail_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id, int ret) " [iommufd=%d] Failed to attach device %s (%d) to id=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_fail_attach_ioas_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_fail_attach_ioas_hwpt(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, id: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt_enabled()) {
            _iommufd_cdev_fail_attach_ioas_hwpt(iommufd(), name(), devfd(), id(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_fail_attach_ioas_hwpt(_ iommufd: Int32, _ name: String, _ devfd: Int32, _ id: Int32, _ ret: Int32) {
        if qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt_ust_enabled() {
            qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt(iommufd, name, devfd, id, ret)
        }
        if qemu_trace_dstate_get(54) {
            TraceBackends.emit(eventID: 54, arguments: [.int32(iommufd), .string(name), .int32(devfd), .int32(id), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_DETACH_IOMMUFD_PT failed (success is iommufd_cdev_detach_ioas_hwpt).
    ///
    /// `iommufd_cdev_fail_detach_ioas_hwpt(int iommufd, const char *name, int ret) " [iommufd=%d] Failed to detach %s (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_fail_detach_ioas_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_fail_detach_ioas_hwpt(iommufd: @autoclosure () -> Int32, name: @autoclosure () -> String, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt_enabled()) {
            _iommufd_cdev_fail_detach_ioas_hwpt(iommufd(), name(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_fail_detach_ioas_hwpt(_ iommufd: Int32, _ name: String, _ ret: Int32) {
        if qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt_ust_enabled() {
            qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt(iommufd, name, ret)
        }
        if qemu_trace_dstate_get(55) {
            TraceBackends.emit(eventID: 55, arguments: [.int32(iommufd), .string(name), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_GET_INFO failed (success is iommufd_cdev_device_info).
    ///
    /// `iommufd_cdev_fail_device_info(const char *name, int devfd, int ret) " %s (%d) (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:iommufd_cdev_fail_device_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func iommufd_cdev_fail_device_info(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_iommufd_cdev_fail_device_info_enabled()) {
            _iommufd_cdev_fail_device_info(name(), devfd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _iommufd_cdev_fail_device_info(_ name: String, _ devfd: Int32, _ ret: Int32) {
        if qemu_trace_iommufd_cdev_fail_device_info_ust_enabled() {
            qemu_trace_iommufd_cdev_fail_device_info(name, devfd, ret)
        }
        if qemu_trace_dstate_get(56) {
            TraceBackends.emit(eventID: 56, arguments: [.string(name), .int32(devfd), .int32(ret)])
        }
    }

    /// iommud: the region and interrupt ioctls of a VFIO device descriptor (cdev or
    /// group), which QEMU traces only in its own words (vfio_region_setup,
    /// vfio_msi_enable, ...). Named after the ioctl; ret as for iommud's events.
    /// iommud: VFIO_DEVICE_GET_REGION_INFO; caps is the capability chain's offset (0: none returned).
    ///
    /// `vfio_device_get_region_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint64_t size, uint64_t offset, uint32_t caps, int ret) " %s (%d) index %u flags 0x%x size 0x%"PRIx64" offset 0x%"PRIx64" caps %u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_get_region_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_get_region_info(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, index: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, size: @autoclosure () -> UInt64, offset: @autoclosure () -> UInt64, caps: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_get_region_info_enabled()) {
            _vfio_device_get_region_info(name(), devfd(), index(), flags(), size(), offset(), caps(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_get_region_info(_ name: String, _ devfd: Int32, _ index: UInt32, _ flags: UInt32, _ size: UInt64, _ offset: UInt64, _ caps: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_device_get_region_info_ust_enabled() {
            qemu_trace_vfio_device_get_region_info(name, devfd, index, flags, size, offset, caps, ret)
        }
        if qemu_trace_dstate_get(57) {
            TraceBackends.emit(eventID: 57, arguments: [.string(name), .int32(devfd), .uint32(index), .uint32(flags), .uint64(size), .uint64(offset), .uint32(caps), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_GET_IRQ_INFO.
    ///
    /// `vfio_device_get_irq_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint32_t count, int ret) " %s (%d) index %u flags 0x%x count %u (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_get_irq_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_get_irq_info(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, index: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, count: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_get_irq_info_enabled()) {
            _vfio_device_get_irq_info(name(), devfd(), index(), flags(), count(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_get_irq_info(_ name: String, _ devfd: Int32, _ index: UInt32, _ flags: UInt32, _ count: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_device_get_irq_info_ust_enabled() {
            qemu_trace_vfio_device_get_irq_info(name, devfd, index, flags, count, ret)
        }
        if qemu_trace_dstate_get(58) {
            TraceBackends.emit(eventID: 58, arguments: [.string(name), .int32(devfd), .uint32(index), .uint32(flags), .uint32(count), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_SET_IRQS; flags are the VFIO_IRQ_SET_* data and action bits.
    ///
    /// `vfio_device_set_irqs(const char *name, int devfd, uint32_t index, uint32_t start, uint32_t count, uint32_t flags, int ret) " %s (%d) index %u start %u count %u flags 0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_set_irqs` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_set_irqs(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, index: @autoclosure () -> UInt32, start: @autoclosure () -> UInt32, count: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_set_irqs_enabled()) {
            _vfio_device_set_irqs(name(), devfd(), index(), start(), count(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_set_irqs(_ name: String, _ devfd: Int32, _ index: UInt32, _ start: UInt32, _ count: UInt32, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_device_set_irqs_ust_enabled() {
            qemu_trace_vfio_device_set_irqs(name, devfd, index, start, count, flags, ret)
        }
        if qemu_trace_dstate_get(59) {
            TraceBackends.emit(eventID: 59, arguments: [.string(name), .int32(devfd), .uint32(index), .uint32(start), .uint32(count), .uint32(flags), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_RESET.
    ///
    /// `vfio_device_reset(const char *name, int devfd, int ret) " %s (%d) (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_reset` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_reset(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_reset_enabled()) {
            _vfio_device_reset(name(), devfd(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_reset(_ name: String, _ devfd: Int32, _ ret: Int32) {
        if qemu_trace_vfio_device_reset_ust_enabled() {
            qemu_trace_vfio_device_reset(name, devfd, ret)
        }
        if qemu_trace_dstate_get(60) {
            TraceBackends.emit(eventID: 60, arguments: [.string(name), .int32(devfd), .int32(ret)])
        }
    }

    /// iommud: VFIO_DEVICE_FEATURE; flags are the feature index and GET/SET/PROBE,
    /// ret the ioctl's (0, or a migration data fd's number is in the data).
    ///
    /// `vfio_device_feature(const char *name, int devfd, uint32_t flags, int ret) " %s (%d) flags 0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_device_feature` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_device_feature(name: @autoclosure () -> String, devfd: @autoclosure () -> Int32, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_device_feature_enabled()) {
            _vfio_device_feature(name(), devfd(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_device_feature(_ name: String, _ devfd: Int32, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_device_feature_ust_enabled() {
            qemu_trace_vfio_device_feature(name, devfd, flags, ret)
        }
        if qemu_trace_dstate_get(61) {
            TraceBackends.emit(eventID: 61, arguments: [.string(name), .int32(devfd), .uint32(flags), .int32(ret)])
        }
    }

    /// iommud: VFIO_GET_API_VERSION; ret is the version.
    ///
    /// `vfio_legacy_get_api_version(int container, int ret) " container=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_get_api_version` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_get_api_version(container: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_get_api_version_enabled()) {
            _vfio_legacy_get_api_version(container(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_get_api_version(_ container: Int32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_get_api_version_ust_enabled() {
            qemu_trace_vfio_legacy_get_api_version(container, ret)
        }
        if qemu_trace_dstate_get(62) {
            TraceBackends.emit(eventID: 62, arguments: [.int32(container), .int32(ret)])
        }
    }

    /// iommud: VFIO_CHECK_EXTENSION; ret is the answer (0 or 1) or -errno.
    ///
    /// `vfio_legacy_check_extension(int container, int extension, int ret) " container=%d extension=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_check_extension` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_check_extension(container: @autoclosure () -> Int32, `extension`: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_check_extension_enabled()) {
            _vfio_legacy_check_extension(container(), `extension`(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_check_extension(_ container: Int32, _ `extension`: Int32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_check_extension_ust_enabled() {
            qemu_trace_vfio_legacy_check_extension(container, `extension`, ret)
        }
        if qemu_trace_dstate_get(63) {
            TraceBackends.emit(eventID: 63, arguments: [.int32(container), .int32(`extension`), .int32(ret)])
        }
    }

    /// iommud: VFIO_SET_IOMMU.
    ///
    /// `vfio_legacy_set_iommu(int container, int type, int ret) " container=%d type=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_set_iommu` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_set_iommu(container: @autoclosure () -> Int32, type: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_set_iommu_enabled()) {
            _vfio_legacy_set_iommu(container(), type(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_set_iommu(_ container: Int32, _ type: Int32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_set_iommu_ust_enabled() {
            qemu_trace_vfio_legacy_set_iommu(container, type, ret)
        }
        if qemu_trace_dstate_get(64) {
            TraceBackends.emit(eventID: 64, arguments: [.int32(container), .int32(type), .int32(ret)])
        }
    }

    /// iommud: VFIO_GROUP_GET_STATUS.
    ///
    /// `vfio_legacy_group_get_status(int group, uint32_t flags, int ret) " group=%d flags=0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_group_get_status` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_group_get_status(group: @autoclosure () -> Int32, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_group_get_status_enabled()) {
            _vfio_legacy_group_get_status(group(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_group_get_status(_ group: Int32, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_group_get_status_ust_enabled() {
            qemu_trace_vfio_legacy_group_get_status(group, flags, ret)
        }
        if qemu_trace_dstate_get(65) {
            TraceBackends.emit(eventID: 65, arguments: [.int32(group), .uint32(flags), .int32(ret)])
        }
    }

    /// iommud: VFIO_GROUP_SET_CONTAINER.
    ///
    /// `vfio_legacy_group_set_container(int group, int container, int ret) " group=%d container=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_group_set_container` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_group_set_container(group: @autoclosure () -> Int32, container: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_group_set_container_enabled()) {
            _vfio_legacy_group_set_container(group(), container(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_group_set_container(_ group: Int32, _ container: Int32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_group_set_container_ust_enabled() {
            qemu_trace_vfio_legacy_group_set_container(group, container, ret)
        }
        if qemu_trace_dstate_get(66) {
            TraceBackends.emit(eventID: 66, arguments: [.int32(group), .int32(container), .int32(ret)])
        }
    }

    /// iommud: VFIO_GROUP_UNSET_CONTAINER.
    ///
    /// `vfio_legacy_group_unset_container(int group, int ret) " group=%d (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_group_unset_container` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_group_unset_container(group: @autoclosure () -> Int32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_group_unset_container_enabled()) {
            _vfio_legacy_group_unset_container(group(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_group_unset_container(_ group: Int32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_group_unset_container_ust_enabled() {
            qemu_trace_vfio_legacy_group_unset_container(group, ret)
        }
        if qemu_trace_dstate_get(67) {
            TraceBackends.emit(eventID: 67, arguments: [.int32(group), .int32(ret)])
        }
    }

    /// iommud: VFIO_GROUP_GET_DEVICE_FD; ret is the device fd or -errno.
    ///
    /// `vfio_legacy_group_get_device_fd(int group, const char *name, int ret) " group=%d device=%s (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_group_get_device_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_group_get_device_fd(group: @autoclosure () -> Int32, name: @autoclosure () -> String, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_group_get_device_fd_enabled()) {
            _vfio_legacy_group_get_device_fd(group(), name(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_group_get_device_fd(_ group: Int32, _ name: String, _ ret: Int32) {
        if qemu_trace_vfio_legacy_group_get_device_fd_ust_enabled() {
            qemu_trace_vfio_legacy_group_get_device_fd(group, name, ret)
        }
        if qemu_trace_dstate_get(68) {
            TraceBackends.emit(eventID: 68, arguments: [.int32(group), .string(name), .int32(ret)])
        }
    }

    /// iommud: VFIO_IOMMU_GET_INFO.
    ///
    /// `vfio_legacy_iommu_get_info(int container, uint32_t flags, uint64_t iova_pgsizes, int ret) " container=%d flags=0x%x iova_pgsizes=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_iommu_get_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_iommu_get_info(container: @autoclosure () -> Int32, flags: @autoclosure () -> UInt32, iova_pgsizes: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_iommu_get_info_enabled()) {
            _vfio_legacy_iommu_get_info(container(), flags(), iova_pgsizes(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_iommu_get_info(_ container: Int32, _ flags: UInt32, _ iova_pgsizes: UInt64, _ ret: Int32) {
        if qemu_trace_vfio_legacy_iommu_get_info_ust_enabled() {
            qemu_trace_vfio_legacy_iommu_get_info(container, flags, iova_pgsizes, ret)
        }
        if qemu_trace_dstate_get(69) {
            TraceBackends.emit(eventID: 69, arguments: [.int32(container), .uint32(flags), .uint64(iova_pgsizes), .int32(ret)])
        }
    }

    /// iommud: VFIO_IOMMU_MAP_DMA; flags are VFIO_DMA_MAP_FLAG_*.
    ///
    /// `vfio_legacy_dma_map(int container, uint64_t iova, uint64_t size, void *vaddr, uint32_t flags, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p flags=0x%x (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_dma_map` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_dma_map(container: @autoclosure () -> Int32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, vaddr: @autoclosure () -> UnsafeRawPointer?, flags: @autoclosure () -> UInt32, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_dma_map_enabled()) {
            _vfio_legacy_dma_map(container(), iova(), size(), vaddr(), flags(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_dma_map(_ container: Int32, _ iova: UInt64, _ size: UInt64, _ vaddr: UnsafeRawPointer?, _ flags: UInt32, _ ret: Int32) {
        if qemu_trace_vfio_legacy_dma_map_ust_enabled() {
            qemu_trace_vfio_legacy_dma_map(container, iova, size, vaddr, flags, ret)
        }
        if qemu_trace_dstate_get(70) {
            TraceBackends.emit(eventID: 70, arguments: [.int32(container), .uint64(iova), .uint64(size), .pointer(UInt(bitPattern: vaddr)), .uint32(flags), .int32(ret)])
        }
    }

    /// iommud: VFIO_IOMMU_UNMAP_DMA; unmapped is the size the kernel wrote back.
    ///
    /// `vfio_legacy_dma_unmap(int container, uint64_t iova, uint64_t size, uint32_t flags, uint64_t unmapped, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x unmapped=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_dma_unmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_dma_unmap(container: @autoclosure () -> Int32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt32, unmapped: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_dma_unmap_enabled()) {
            _vfio_legacy_dma_unmap(container(), iova(), size(), flags(), unmapped(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_dma_unmap(_ container: Int32, _ iova: UInt64, _ size: UInt64, _ flags: UInt32, _ unmapped: UInt64, _ ret: Int32) {
        if qemu_trace_vfio_legacy_dma_unmap_ust_enabled() {
            qemu_trace_vfio_legacy_dma_unmap(container, iova, size, flags, unmapped, ret)
        }
        if qemu_trace_dstate_get(71) {
            TraceBackends.emit(eventID: 71, arguments: [.int32(container), .uint64(iova), .uint64(size), .uint32(flags), .uint64(unmapped), .int32(ret)])
        }
    }

    /// iommud: VFIO_IOMMU_DIRTY_PAGES; iova, size and pgsize are 0 unless GET_BITMAP.
    ///
    /// `vfio_legacy_dirty_pages(int container, uint32_t flags, uint64_t iova, uint64_t size, uint64_t pgsize, int ret) " container=%d flags=0x%x iova=0x%"PRIx64" size=0x%"PRIx64" pgsize=0x%"PRIx64" (%d)"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_legacy_dirty_pages` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_legacy_dirty_pages(container: @autoclosure () -> Int32, flags: @autoclosure () -> UInt32, iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, pgsize: @autoclosure () -> UInt64, ret: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_legacy_dirty_pages_enabled()) {
            _vfio_legacy_dirty_pages(container(), flags(), iova(), size(), pgsize(), ret())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_legacy_dirty_pages(_ container: Int32, _ flags: UInt32, _ iova: UInt64, _ size: UInt64, _ pgsize: UInt64, _ ret: Int32) {
        if qemu_trace_vfio_legacy_dirty_pages_ust_enabled() {
            qemu_trace_vfio_legacy_dirty_pages(container, flags, iova, size, pgsize, ret)
        }
        if qemu_trace_dstate_get(72) {
            TraceBackends.emit(eventID: 72, arguments: [.int32(container), .uint32(flags), .uint64(iova), .uint64(size), .uint64(pgsize), .int32(ret)])
        }
    }

    /// iommud has no event rate limiting, which these two trace in QEMU: they are
    /// 'disable'd (compiled out; trace-event-get-state reports them 'unavailable').
    ///
    /// `disable monitor_protocol_event_handler(uint32_t event, void *qdict) "event=%d data=%p"`
    ///
    /// Compiled out (`disable`): does nothing and evaluates no argument.
    @inlinable @inline(__always)
    public static func monitor_protocol_event_handler(event: @autoclosure () -> UInt32, qdict: @autoclosure () -> UnsafeRawPointer?) {}

    /// `disable monitor_protocol_event_queue(uint32_t event, void *qdict, uint64_t rate) "event=%d data=%p rate=%" PRId64`
    ///
    /// Compiled out (`disable`): does nothing and evaluates no argument.
    @inlinable @inline(__always)
    public static func monitor_protocol_event_queue(event: @autoclosure () -> UInt32, qdict: @autoclosure () -> UnsafeRawPointer?, rate: @autoclosure () -> UInt64) {}

    /// `monitor_protocol_event_emit(uint32_t event, void *data) "event=%d data=%p"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_protocol_event_emit` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_protocol_event_emit(event: @autoclosure () -> UInt32, data: @autoclosure () -> UnsafeRawPointer?) {
        if _slowPath(qemu_trace_monitor_protocol_event_emit_enabled()) {
            _monitor_protocol_event_emit(event(), data())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_protocol_event_emit(_ event: UInt32, _ data: UnsafeRawPointer?) {
        if qemu_trace_monitor_protocol_event_emit_ust_enabled() {
            qemu_trace_monitor_protocol_event_emit(event, data)
        }
        if qemu_trace_dstate_get(75) {
            TraceBackends.emit(eventID: 75, arguments: [.uint32(event), .pointer(UInt(bitPattern: data))])
        }
    }

    /// `monitor_suspend(void *ptr, int cnt) "mon %p: %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_suspend` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_suspend(ptr: @autoclosure () -> UnsafeRawPointer?, cnt: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_monitor_suspend_enabled()) {
            _monitor_suspend(ptr(), cnt())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_suspend(_ ptr: UnsafeRawPointer?, _ cnt: Int32) {
        if qemu_trace_monitor_suspend_ust_enabled() {
            qemu_trace_monitor_suspend(ptr, cnt)
        }
        if qemu_trace_dstate_get(76) {
            TraceBackends.emit(eventID: 76, arguments: [.pointer(UInt(bitPattern: ptr)), .int32(cnt)])
        }
    }

    /// `monitor_qmp_in_band_enqueue(void *req, void *mon, unsigned len) "%p mon %p len %u"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_in_band_enqueue` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_in_band_enqueue(req: @autoclosure () -> UnsafeRawPointer?, mon: @autoclosure () -> UnsafeRawPointer?, len: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_monitor_qmp_in_band_enqueue_enabled()) {
            _monitor_qmp_in_band_enqueue(req(), mon(), len())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_in_band_enqueue(_ req: UnsafeRawPointer?, _ mon: UnsafeRawPointer?, _ len: UInt32) {
        if qemu_trace_monitor_qmp_in_band_enqueue_ust_enabled() {
            qemu_trace_monitor_qmp_in_band_enqueue(req, mon, len)
        }
        if qemu_trace_dstate_get(77) {
            TraceBackends.emit(eventID: 77, arguments: [.pointer(UInt(bitPattern: req)), .pointer(UInt(bitPattern: mon)), .uint32(len)])
        }
    }

    /// `monitor_qmp_in_band_dequeue(void *req, unsigned len) "%p len %u"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_in_band_dequeue` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_in_band_dequeue(req: @autoclosure () -> UnsafeRawPointer?, len: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_monitor_qmp_in_band_dequeue_enabled()) {
            _monitor_qmp_in_band_dequeue(req(), len())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_in_band_dequeue(_ req: UnsafeRawPointer?, _ len: UInt32) {
        if qemu_trace_monitor_qmp_in_band_dequeue_ust_enabled() {
            qemu_trace_monitor_qmp_in_band_dequeue(req, len)
        }
        if qemu_trace_dstate_get(78) {
            TraceBackends.emit(eventID: 78, arguments: [.pointer(UInt(bitPattern: req)), .uint32(len)])
        }
    }

    /// `monitor_qmp_cmd_in_band(const char *id) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_cmd_in_band` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_cmd_in_band(id: @autoclosure () -> String) {
        if _slowPath(qemu_trace_monitor_qmp_cmd_in_band_enabled()) {
            _monitor_qmp_cmd_in_band(id())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_cmd_in_band(_ id: String) {
        if qemu_trace_monitor_qmp_cmd_in_band_ust_enabled() {
            qemu_trace_monitor_qmp_cmd_in_band(id)
        }
        if qemu_trace_dstate_get(79) {
            TraceBackends.emit(eventID: 79, arguments: [.string(id)])
        }
    }

    /// `monitor_qmp_err_in_band(const char *desc) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_err_in_band` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_err_in_band(desc: @autoclosure () -> String) {
        if _slowPath(qemu_trace_monitor_qmp_err_in_band_enabled()) {
            _monitor_qmp_err_in_band(desc())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_err_in_band(_ desc: String) {
        if qemu_trace_monitor_qmp_err_in_band_ust_enabled() {
            qemu_trace_monitor_qmp_err_in_band(desc)
        }
        if qemu_trace_dstate_get(80) {
            TraceBackends.emit(eventID: 80, arguments: [.string(desc)])
        }
    }

    /// `monitor_qmp_cmd_out_of_band(const char *id) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_cmd_out_of_band` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_cmd_out_of_band(id: @autoclosure () -> String) {
        if _slowPath(qemu_trace_monitor_qmp_cmd_out_of_band_enabled()) {
            _monitor_qmp_cmd_out_of_band(id())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_cmd_out_of_band(_ id: String) {
        if qemu_trace_monitor_qmp_cmd_out_of_band_ust_enabled() {
            qemu_trace_monitor_qmp_cmd_out_of_band(id)
        }
        if qemu_trace_dstate_get(81) {
            TraceBackends.emit(eventID: 81, arguments: [.string(id)])
        }
    }

    /// `monitor_qmp_respond(void *mon, const char *json) "mon %p resp: %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:monitor_qmp_respond` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func monitor_qmp_respond(mon: @autoclosure () -> UnsafeRawPointer?, json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_monitor_qmp_respond_enabled()) {
            _monitor_qmp_respond(mon(), json())
        }
    }

    @usableFromInline @inline(never)
    static func _monitor_qmp_respond(_ mon: UnsafeRawPointer?, _ json: String) {
        if qemu_trace_monitor_qmp_respond_ust_enabled() {
            qemu_trace_monitor_qmp_respond(mon, json)
        }
        if qemu_trace_dstate_get(82) {
            TraceBackends.emit(eventID: 82, arguments: [.pointer(UInt(bitPattern: mon)), .string(json)])
        }
    }

    /// `handle_qmp_command(void *mon, const char *req) "mon %p req: %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:handle_qmp_command` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func handle_qmp_command(mon: @autoclosure () -> UnsafeRawPointer?, req: @autoclosure () -> String) {
        if _slowPath(qemu_trace_handle_qmp_command_enabled()) {
            _handle_qmp_command(mon(), req())
        }
    }

    @usableFromInline @inline(never)
    static func _handle_qmp_command(_ mon: UnsafeRawPointer?, _ req: String) {
        if qemu_trace_handle_qmp_command_ust_enabled() {
            qemu_trace_handle_qmp_command(mon, req)
        }
        if qemu_trace_dstate_get(83) {
            TraceBackends.emit(eventID: 83, arguments: [.pointer(UInt(bitPattern: mon)), .string(req)])
        }
    }

    /// `vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags) " (%s) id 0x%x cmd 0x%x size 0x%x flags 0x%x"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_recv_hdr` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_recv_hdr(name: @autoclosure () -> String, id: @autoclosure () -> UInt16, cmd: @autoclosure () -> UInt16, size: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_recv_hdr_enabled()) {
            _vfio_user_recv_hdr(name(), id(), cmd(), size(), flags())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_recv_hdr(_ name: String, _ id: UInt16, _ cmd: UInt16, _ size: UInt32, _ flags: UInt32) {
        if qemu_trace_vfio_user_recv_hdr_ust_enabled() {
            qemu_trace_vfio_user_recv_hdr(name, id, cmd, size, flags)
        }
        if qemu_trace_dstate_get(84) {
            TraceBackends.emit(eventID: 84, arguments: [.string(name), .uint16(id), .uint16(cmd), .uint32(size), .uint32(flags)])
        }
    }

    /// `vfio_user_recv_request(uint16_t cmd) " command 0x%x"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_recv_request` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_recv_request(cmd: @autoclosure () -> UInt16) {
        if _slowPath(qemu_trace_vfio_user_recv_request_enabled()) {
            _vfio_user_recv_request(cmd())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_recv_request(_ cmd: UInt16) {
        if qemu_trace_vfio_user_recv_request_ust_enabled() {
            qemu_trace_vfio_user_recv_request(cmd)
        }
        if qemu_trace_dstate_get(85) {
            TraceBackends.emit(eventID: 85, arguments: [.uint16(cmd)])
        }
    }

    /// `vfio_user_send_write(uint16_t id, int wrote) " id 0x%x wrote 0x%x"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_send_write` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_send_write(id: @autoclosure () -> UInt16, wrote: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_user_send_write_enabled()) {
            _vfio_user_send_write(id(), wrote())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_send_write(_ id: UInt16, _ wrote: Int32) {
        if qemu_trace_vfio_user_send_write_ust_enabled() {
            qemu_trace_vfio_user_send_write(id, wrote)
        }
        if qemu_trace_dstate_get(86) {
            TraceBackends.emit(eventID: 86, arguments: [.uint16(id), .int32(wrote)])
        }
    }

    /// `vfio_user_version(uint16_t major, uint16_t minor, const char *caps) " major %d minor %d caps: %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_version` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_version(major: @autoclosure () -> UInt16, minor: @autoclosure () -> UInt16, caps: @autoclosure () -> String) {
        if _slowPath(qemu_trace_vfio_user_version_enabled()) {
            _vfio_user_version(major(), minor(), caps())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_version(_ major: UInt16, _ minor: UInt16, _ caps: String) {
        if qemu_trace_vfio_user_version_ust_enabled() {
            qemu_trace_vfio_user_version(major, minor, caps)
        }
        if qemu_trace_dstate_get(87) {
            TraceBackends.emit(eventID: 87, arguments: [.uint16(major), .uint16(minor), .string(caps)])
        }
    }

    /// `vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" off 0x%"PRIx64" flags 0x%x async_ops %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_dma_map` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_dma_map(iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, off: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt32, async_ops: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_vfio_user_dma_map_enabled()) {
            _vfio_user_dma_map(iova(), size(), off(), flags(), async_ops())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_dma_map(_ iova: UInt64, _ size: UInt64, _ off: UInt64, _ flags: UInt32, _ async_ops: Bool) {
        if qemu_trace_vfio_user_dma_map_ust_enabled() {
            qemu_trace_vfio_user_dma_map(iova, size, off, flags, async_ops)
        }
        if qemu_trace_dstate_get(88) {
            TraceBackends.emit(eventID: 88, arguments: [.uint64(iova), .uint64(size), .uint64(off), .uint32(flags), .bool(async_ops)])
        }
    }

    /// `vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" flags 0x%x async_ops %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_dma_unmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_dma_unmap(iova: @autoclosure () -> UInt64, size: @autoclosure () -> UInt64, flags: @autoclosure () -> UInt32, async_ops: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_vfio_user_dma_unmap_enabled()) {
            _vfio_user_dma_unmap(iova(), size(), flags(), async_ops())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_dma_unmap(_ iova: UInt64, _ size: UInt64, _ flags: UInt32, _ async_ops: Bool) {
        if qemu_trace_vfio_user_dma_unmap_ust_enabled() {
            qemu_trace_vfio_user_dma_unmap(iova, size, flags, async_ops)
        }
        if qemu_trace_dstate_get(89) {
            TraceBackends.emit(eventID: 89, arguments: [.uint64(iova), .uint64(size), .uint32(flags), .bool(async_ops)])
        }
    }

    /// `vfio_user_get_info(uint32_t nregions, uint32_t nirqs) " #regions %d #irqs %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_get_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_get_info(nregions: @autoclosure () -> UInt32, nirqs: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_get_info_enabled()) {
            _vfio_user_get_info(nregions(), nirqs())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_get_info(_ nregions: UInt32, _ nirqs: UInt32) {
        if qemu_trace_vfio_user_get_info_ust_enabled() {
            qemu_trace_vfio_user_get_info(nregions, nirqs)
        }
        if qemu_trace_dstate_get(90) {
            TraceBackends.emit(eventID: 90, arguments: [.uint32(nregions), .uint32(nirqs)])
        }
    }

    /// `vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size) " index %d flags 0x%x size 0x%"PRIx64`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_get_region_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_get_region_info(index: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, size: @autoclosure () -> UInt64) {
        if _slowPath(qemu_trace_vfio_user_get_region_info_enabled()) {
            _vfio_user_get_region_info(index(), flags(), size())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_get_region_info(_ index: UInt32, _ flags: UInt32, _ size: UInt64) {
        if qemu_trace_vfio_user_get_region_info_ust_enabled() {
            qemu_trace_vfio_user_get_region_info(index, flags, size)
        }
        if qemu_trace_dstate_get(91) {
            TraceBackends.emit(eventID: 91, arguments: [.uint32(index), .uint32(flags), .uint64(size)])
        }
    }

    /// `vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count) " region %d offset 0x%"PRIx64" count %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_region_rw` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_region_rw(region: @autoclosure () -> UInt32, off: @autoclosure () -> UInt64, count: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_region_rw_enabled()) {
            _vfio_user_region_rw(region(), off(), count())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_region_rw(_ region: UInt32, _ off: UInt64, _ count: UInt32) {
        if qemu_trace_vfio_user_region_rw_ust_enabled() {
            qemu_trace_vfio_user_region_rw(region, off, count)
        }
        if qemu_trace_dstate_get(92) {
            TraceBackends.emit(eventID: 92, arguments: [.uint32(region), .uint64(off), .uint32(count)])
        }
    }

    /// `vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count) " index %d flags 0x%x count %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_get_irq_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_get_irq_info(index: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32, count: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_get_irq_info_enabled()) {
            _vfio_user_get_irq_info(index(), flags(), count())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_get_irq_info(_ index: UInt32, _ flags: UInt32, _ count: UInt32) {
        if qemu_trace_vfio_user_get_irq_info_ust_enabled() {
            qemu_trace_vfio_user_get_irq_info(index, flags, count)
        }
        if qemu_trace_dstate_get(93) {
            TraceBackends.emit(eventID: 93, arguments: [.uint32(index), .uint32(flags), .uint32(count)])
        }
    }

    /// `vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags) " index %d start %d count %d flags 0x%x"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_set_irqs` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_set_irqs(index: @autoclosure () -> UInt32, start: @autoclosure () -> UInt32, count: @autoclosure () -> UInt32, flags: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_set_irqs_enabled()) {
            _vfio_user_set_irqs(index(), start(), count(), flags())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_set_irqs(_ index: UInt32, _ start: UInt32, _ count: UInt32, _ flags: UInt32) {
        if qemu_trace_vfio_user_set_irqs_ust_enabled() {
            qemu_trace_vfio_user_set_irqs(index, start, count, flags)
        }
        if qemu_trace_dstate_get(94) {
            TraceBackends.emit(eventID: 94, arguments: [.uint32(index), .uint32(start), .uint32(count), .uint32(flags)])
        }
    }

    /// iommud: a client connected to an export (peer credentials).
    ///
    /// `vfio_user_server_connect(const char *name, int pid, uint32_t uid, uint32_t gid) " (%s) client pid %d uid %u gid %u"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_server_connect` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_server_connect(name: @autoclosure () -> String, pid: @autoclosure () -> Int32, uid: @autoclosure () -> UInt32, gid: @autoclosure () -> UInt32) {
        if _slowPath(qemu_trace_vfio_user_server_connect_enabled()) {
            _vfio_user_server_connect(name(), pid(), uid(), gid())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_server_connect(_ name: String, _ pid: Int32, _ uid: UInt32, _ gid: UInt32) {
        if qemu_trace_vfio_user_server_connect_ust_enabled() {
            qemu_trace_vfio_user_server_connect(name, pid, uid, gid)
        }
        if qemu_trace_dstate_get(95) {
            TraceBackends.emit(eventID: 95, arguments: [.string(name), .int32(pid), .uint32(uid), .uint32(gid)])
        }
    }

    /// iommud: a client refused at connect (a second client, or one not allowed).
    ///
    /// `vfio_user_server_refuse_client(const char *name, int pid, uint32_t uid, const char *reason) " (%s) pid %d uid %u: %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_server_refuse_client` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_server_refuse_client(name: @autoclosure () -> String, pid: @autoclosure () -> Int32, uid: @autoclosure () -> UInt32, reason: @autoclosure () -> String) {
        if _slowPath(qemu_trace_vfio_user_server_refuse_client_enabled()) {
            _vfio_user_server_refuse_client(name(), pid(), uid(), reason())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_server_refuse_client(_ name: String, _ pid: Int32, _ uid: UInt32, _ reason: String) {
        if qemu_trace_vfio_user_server_refuse_client_ust_enabled() {
            qemu_trace_vfio_user_server_refuse_client(name, pid, uid, reason)
        }
        if qemu_trace_dstate_get(96) {
            TraceBackends.emit(eventID: 96, arguments: [.string(name), .int32(pid), .uint32(uid), .string(reason)])
        }
    }

    /// iommud: the client left; windows is how many DMA windows it had mapped.
    ///
    /// `vfio_user_server_disconnect(const char *name, int windows) " (%s) windows %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_server_disconnect` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_server_disconnect(name: @autoclosure () -> String, windows: @autoclosure () -> Int32) {
        if _slowPath(qemu_trace_vfio_user_server_disconnect_enabled()) {
            _vfio_user_server_disconnect(name(), windows())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_server_disconnect(_ name: String, _ windows: Int32) {
        if qemu_trace_vfio_user_server_disconnect_ust_enabled() {
            qemu_trace_vfio_user_server_disconnect(name, windows)
        }
        if qemu_trace_dstate_get(97) {
            TraceBackends.emit(eventID: 97, arguments: [.string(name), .int32(windows)])
        }
    }

    /// iommud: a request refused with an error reply (err is the errno sent).
    ///
    /// `vfio_user_server_refuse(const char *name, uint16_t id, uint16_t cmd, int err, const char *reason) " (%s) id 0x%x cmd 0x%x error %d: %s"`
    ///
    /// Fires the LTTng tracepoint `qemu:vfio_user_server_refuse` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func vfio_user_server_refuse(name: @autoclosure () -> String, id: @autoclosure () -> UInt16, cmd: @autoclosure () -> UInt16, err: @autoclosure () -> Int32, reason: @autoclosure () -> String) {
        if _slowPath(qemu_trace_vfio_user_server_refuse_enabled()) {
            _vfio_user_server_refuse(name(), id(), cmd(), err(), reason())
        }
    }

    @usableFromInline @inline(never)
    static func _vfio_user_server_refuse(_ name: String, _ id: UInt16, _ cmd: UInt16, _ err: Int32, _ reason: String) {
        if qemu_trace_vfio_user_server_refuse_ust_enabled() {
            qemu_trace_vfio_user_server_refuse(name, id, cmd, err, reason)
        }
        if qemu_trace_dstate_get(98) {
            TraceBackends.emit(eventID: 98, arguments: [.string(name), .uint16(id), .uint16(cmd), .int32(err), .string(reason)])
        }
    }

    /// qmp_capabilities
    ///
    /// `qmp_enter_qmp_capabilities(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qmp_capabilities` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qmp_capabilities(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qmp_capabilities_enabled()) {
            _qmp_enter_qmp_capabilities(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qmp_capabilities(_ json: String) {
        if qemu_trace_qmp_enter_qmp_capabilities_ust_enabled() {
            qemu_trace_qmp_enter_qmp_capabilities(json)
        }
        if qemu_trace_dstate_get(99) {
            TraceBackends.emit(eventID: 99, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qmp_capabilities(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qmp_capabilities` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qmp_capabilities(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qmp_capabilities_enabled()) {
            _qmp_exit_qmp_capabilities(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qmp_capabilities(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qmp_capabilities_ust_enabled() {
            qemu_trace_qmp_exit_qmp_capabilities(result, succeeded)
        }
        if qemu_trace_dstate_get(100) {
            TraceBackends.emit(eventID: 100, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-version
    ///
    /// `qmp_enter_query_version(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_version` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_version(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_version_enabled()) {
            _qmp_enter_query_version(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_version(_ json: String) {
        if qemu_trace_qmp_enter_query_version_ust_enabled() {
            qemu_trace_qmp_enter_query_version(json)
        }
        if qemu_trace_dstate_get(101) {
            TraceBackends.emit(eventID: 101, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_version(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_version` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_version(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_version_enabled()) {
            _qmp_exit_query_version(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_version(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_version_ust_enabled() {
            qemu_trace_qmp_exit_query_version(result, succeeded)
        }
        if qemu_trace_dstate_get(102) {
            TraceBackends.emit(eventID: 102, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-commands
    ///
    /// `qmp_enter_query_commands(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_commands` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_commands(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_commands_enabled()) {
            _qmp_enter_query_commands(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_commands(_ json: String) {
        if qemu_trace_qmp_enter_query_commands_ust_enabled() {
            qemu_trace_qmp_enter_query_commands(json)
        }
        if qemu_trace_dstate_get(103) {
            TraceBackends.emit(eventID: 103, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_commands(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_commands` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_commands(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_commands_enabled()) {
            _qmp_exit_query_commands(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_commands(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_commands_ust_enabled() {
            qemu_trace_qmp_exit_query_commands(result, succeeded)
        }
        if qemu_trace_dstate_get(104) {
            TraceBackends.emit(eventID: 104, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// quit
    ///
    /// `qmp_enter_quit(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_quit` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_quit(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_quit_enabled()) {
            _qmp_enter_quit(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_quit(_ json: String) {
        if qemu_trace_qmp_enter_quit_ust_enabled() {
            qemu_trace_qmp_enter_quit(json)
        }
        if qemu_trace_dstate_get(105) {
            TraceBackends.emit(eventID: 105, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_quit(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_quit` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_quit(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_quit_enabled()) {
            _qmp_exit_quit(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_quit(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_quit_ust_enabled() {
            qemu_trace_qmp_exit_quit(result, succeeded)
        }
        if qemu_trace_dstate_get(106) {
            TraceBackends.emit(eventID: 106, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-qmp-schema
    ///
    /// `qmp_enter_query_qmp_schema(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_qmp_schema` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_qmp_schema(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_qmp_schema_enabled()) {
            _qmp_enter_query_qmp_schema(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_qmp_schema(_ json: String) {
        if qemu_trace_qmp_enter_query_qmp_schema_ust_enabled() {
            qemu_trace_qmp_enter_query_qmp_schema(json)
        }
        if qemu_trace_dstate_get(107) {
            TraceBackends.emit(eventID: 107, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_qmp_schema(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_qmp_schema` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_qmp_schema(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_qmp_schema_enabled()) {
            _qmp_exit_query_qmp_schema(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_qmp_schema(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_qmp_schema_ust_enabled() {
            qemu_trace_qmp_exit_query_qmp_schema(result, succeeded)
        }
        if qemu_trace_dstate_get(108) {
            TraceBackends.emit(eventID: 108, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-status
    ///
    /// `qmp_enter_query_status(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_status` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_status(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_status_enabled()) {
            _qmp_enter_query_status(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_status(_ json: String) {
        if qemu_trace_qmp_enter_query_status_ust_enabled() {
            qemu_trace_qmp_enter_query_status(json)
        }
        if qemu_trace_dstate_get(109) {
            TraceBackends.emit(eventID: 109, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_status(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_status` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_status(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_status_enabled()) {
            _qmp_exit_query_status(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_status(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_status_ust_enabled() {
            qemu_trace_qmp_exit_query_status(result, succeeded)
        }
        if qemu_trace_dstate_get(110) {
            TraceBackends.emit(eventID: 110, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-exit-preconfig
    ///
    /// `qmp_enter_x_exit_preconfig(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_exit_preconfig` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_exit_preconfig(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_exit_preconfig_enabled()) {
            _qmp_enter_x_exit_preconfig(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_exit_preconfig(_ json: String) {
        if qemu_trace_qmp_enter_x_exit_preconfig_ust_enabled() {
            qemu_trace_qmp_enter_x_exit_preconfig(json)
        }
        if qemu_trace_dstate_get(111) {
            TraceBackends.emit(eventID: 111, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_exit_preconfig(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_exit_preconfig` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_exit_preconfig(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_exit_preconfig_enabled()) {
            _qmp_exit_x_exit_preconfig(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_exit_preconfig(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_exit_preconfig_ust_enabled() {
            qemu_trace_qmp_exit_x_exit_preconfig(result, succeeded)
        }
        if qemu_trace_dstate_get(112) {
            TraceBackends.emit(eventID: 112, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-state-journal
    ///
    /// `qmp_enter_query_state_journal(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_state_journal` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_state_journal(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_state_journal_enabled()) {
            _qmp_enter_query_state_journal(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_state_journal(_ json: String) {
        if qemu_trace_qmp_enter_query_state_journal_ust_enabled() {
            qemu_trace_qmp_enter_query_state_journal(json)
        }
        if qemu_trace_dstate_get(113) {
            TraceBackends.emit(eventID: 113, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_state_journal(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_state_journal` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_state_journal(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_state_journal_enabled()) {
            _qmp_exit_query_state_journal(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_state_journal(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_state_journal_ust_enabled() {
            qemu_trace_qmp_exit_query_state_journal(result, succeeded)
        }
        if qemu_trace_dstate_get(114) {
            TraceBackends.emit(eventID: 114, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-oob-test
    ///
    /// `qmp_enter_x_oob_test(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_oob_test` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_oob_test(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_oob_test_enabled()) {
            _qmp_enter_x_oob_test(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_oob_test(_ json: String) {
        if qemu_trace_qmp_enter_x_oob_test_ust_enabled() {
            qemu_trace_qmp_enter_x_oob_test(json)
        }
        if qemu_trace_dstate_get(115) {
            TraceBackends.emit(eventID: 115, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_oob_test(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_oob_test` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_oob_test(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_oob_test_enabled()) {
            _qmp_exit_x_oob_test(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_oob_test(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_oob_test_ust_enabled() {
            qemu_trace_qmp_exit_x_oob_test(result, succeeded)
        }
        if qemu_trace_dstate_get(116) {
            TraceBackends.emit(eventID: 116, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// getfd
    ///
    /// `qmp_enter_getfd(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_getfd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_getfd(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_getfd_enabled()) {
            _qmp_enter_getfd(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_getfd(_ json: String) {
        if qemu_trace_qmp_enter_getfd_ust_enabled() {
            qemu_trace_qmp_enter_getfd(json)
        }
        if qemu_trace_dstate_get(117) {
            TraceBackends.emit(eventID: 117, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_getfd(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_getfd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_getfd(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_getfd_enabled()) {
            _qmp_exit_getfd(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_getfd(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_getfd_ust_enabled() {
            qemu_trace_qmp_exit_getfd(result, succeeded)
        }
        if qemu_trace_dstate_get(118) {
            TraceBackends.emit(eventID: 118, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// closefd
    ///
    /// `qmp_enter_closefd(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_closefd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_closefd(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_closefd_enabled()) {
            _qmp_enter_closefd(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_closefd(_ json: String) {
        if qemu_trace_qmp_enter_closefd_ust_enabled() {
            qemu_trace_qmp_enter_closefd(json)
        }
        if qemu_trace_dstate_get(119) {
            TraceBackends.emit(eventID: 119, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_closefd(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_closefd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_closefd(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_closefd_enabled()) {
            _qmp_exit_closefd(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_closefd(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_closefd_ust_enabled() {
            qemu_trace_qmp_exit_closefd(result, succeeded)
        }
        if qemu_trace_dstate_get(120) {
            TraceBackends.emit(eventID: 120, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// add-fd
    ///
    /// `qmp_enter_add_fd(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_add_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_add_fd(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_add_fd_enabled()) {
            _qmp_enter_add_fd(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_add_fd(_ json: String) {
        if qemu_trace_qmp_enter_add_fd_ust_enabled() {
            qemu_trace_qmp_enter_add_fd(json)
        }
        if qemu_trace_dstate_get(121) {
            TraceBackends.emit(eventID: 121, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_add_fd(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_add_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_add_fd(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_add_fd_enabled()) {
            _qmp_exit_add_fd(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_add_fd(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_add_fd_ust_enabled() {
            qemu_trace_qmp_exit_add_fd(result, succeeded)
        }
        if qemu_trace_dstate_get(122) {
            TraceBackends.emit(eventID: 122, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// remove-fd
    ///
    /// `qmp_enter_remove_fd(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_remove_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_remove_fd(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_remove_fd_enabled()) {
            _qmp_enter_remove_fd(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_remove_fd(_ json: String) {
        if qemu_trace_qmp_enter_remove_fd_ust_enabled() {
            qemu_trace_qmp_enter_remove_fd(json)
        }
        if qemu_trace_dstate_get(123) {
            TraceBackends.emit(eventID: 123, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_remove_fd(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_remove_fd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_remove_fd(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_remove_fd_enabled()) {
            _qmp_exit_remove_fd(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_remove_fd(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_remove_fd_ust_enabled() {
            qemu_trace_qmp_exit_remove_fd(result, succeeded)
        }
        if qemu_trace_dstate_get(124) {
            TraceBackends.emit(eventID: 124, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-fdsets
    ///
    /// `qmp_enter_query_fdsets(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_fdsets` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_fdsets(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_fdsets_enabled()) {
            _qmp_enter_query_fdsets(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_fdsets(_ json: String) {
        if qemu_trace_qmp_enter_query_fdsets_ust_enabled() {
            qemu_trace_qmp_enter_query_fdsets(json)
        }
        if qemu_trace_dstate_get(125) {
            TraceBackends.emit(eventID: 125, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_fdsets(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_fdsets` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_fdsets(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_fdsets_enabled()) {
            _qmp_exit_query_fdsets(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_fdsets(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_fdsets_ust_enabled() {
            qemu_trace_qmp_exit_query_fdsets(result, succeeded)
        }
        if qemu_trace_dstate_get(126) {
            TraceBackends.emit(eventID: 126, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// qom-list
    ///
    /// `qmp_enter_qom_list(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qom_list` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qom_list(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qom_list_enabled()) {
            _qmp_enter_qom_list(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qom_list(_ json: String) {
        if qemu_trace_qmp_enter_qom_list_ust_enabled() {
            qemu_trace_qmp_enter_qom_list(json)
        }
        if qemu_trace_dstate_get(127) {
            TraceBackends.emit(eventID: 127, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qom_list(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qom_list` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qom_list(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qom_list_enabled()) {
            _qmp_exit_qom_list(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qom_list(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qom_list_ust_enabled() {
            qemu_trace_qmp_exit_qom_list(result, succeeded)
        }
        if qemu_trace_dstate_get(128) {
            TraceBackends.emit(eventID: 128, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// qom-get
    ///
    /// `qmp_enter_qom_get(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qom_get` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qom_get(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qom_get_enabled()) {
            _qmp_enter_qom_get(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qom_get(_ json: String) {
        if qemu_trace_qmp_enter_qom_get_ust_enabled() {
            qemu_trace_qmp_enter_qom_get(json)
        }
        if qemu_trace_dstate_get(129) {
            TraceBackends.emit(eventID: 129, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qom_get(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qom_get` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qom_get(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qom_get_enabled()) {
            _qmp_exit_qom_get(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qom_get(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qom_get_ust_enabled() {
            qemu_trace_qmp_exit_qom_get(result, succeeded)
        }
        if qemu_trace_dstate_get(130) {
            TraceBackends.emit(eventID: 130, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// qom-set
    ///
    /// `qmp_enter_qom_set(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qom_set` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qom_set(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qom_set_enabled()) {
            _qmp_enter_qom_set(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qom_set(_ json: String) {
        if qemu_trace_qmp_enter_qom_set_ust_enabled() {
            qemu_trace_qmp_enter_qom_set(json)
        }
        if qemu_trace_dstate_get(131) {
            TraceBackends.emit(eventID: 131, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qom_set(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qom_set` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qom_set(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qom_set_enabled()) {
            _qmp_exit_qom_set(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qom_set(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qom_set_ust_enabled() {
            qemu_trace_qmp_exit_qom_set(result, succeeded)
        }
        if qemu_trace_dstate_get(132) {
            TraceBackends.emit(eventID: 132, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// qom-list-types
    ///
    /// `qmp_enter_qom_list_types(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qom_list_types` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qom_list_types(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qom_list_types_enabled()) {
            _qmp_enter_qom_list_types(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qom_list_types(_ json: String) {
        if qemu_trace_qmp_enter_qom_list_types_ust_enabled() {
            qemu_trace_qmp_enter_qom_list_types(json)
        }
        if qemu_trace_dstate_get(133) {
            TraceBackends.emit(eventID: 133, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qom_list_types(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qom_list_types` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qom_list_types(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qom_list_types_enabled()) {
            _qmp_exit_qom_list_types(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qom_list_types(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qom_list_types_ust_enabled() {
            qemu_trace_qmp_exit_qom_list_types(result, succeeded)
        }
        if qemu_trace_dstate_get(134) {
            TraceBackends.emit(eventID: 134, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// qom-list-properties
    ///
    /// `qmp_enter_qom_list_properties(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_qom_list_properties` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_qom_list_properties(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_qom_list_properties_enabled()) {
            _qmp_enter_qom_list_properties(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_qom_list_properties(_ json: String) {
        if qemu_trace_qmp_enter_qom_list_properties_ust_enabled() {
            qemu_trace_qmp_enter_qom_list_properties(json)
        }
        if qemu_trace_dstate_get(135) {
            TraceBackends.emit(eventID: 135, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_qom_list_properties(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_qom_list_properties` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_qom_list_properties(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_qom_list_properties_enabled()) {
            _qmp_exit_qom_list_properties(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_qom_list_properties(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_qom_list_properties_ust_enabled() {
            qemu_trace_qmp_exit_qom_list_properties(result, succeeded)
        }
        if qemu_trace_dstate_get(136) {
            TraceBackends.emit(eventID: 136, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// object-add
    ///
    /// `qmp_enter_object_add(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_object_add` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_object_add(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_object_add_enabled()) {
            _qmp_enter_object_add(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_object_add(_ json: String) {
        if qemu_trace_qmp_enter_object_add_ust_enabled() {
            qemu_trace_qmp_enter_object_add(json)
        }
        if qemu_trace_dstate_get(137) {
            TraceBackends.emit(eventID: 137, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_object_add(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_object_add` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_object_add(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_object_add_enabled()) {
            _qmp_exit_object_add(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_object_add(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_object_add_ust_enabled() {
            qemu_trace_qmp_exit_object_add(result, succeeded)
        }
        if qemu_trace_dstate_get(138) {
            TraceBackends.emit(eventID: 138, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// object-del
    ///
    /// `qmp_enter_object_del(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_object_del` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_object_del(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_object_del_enabled()) {
            _qmp_enter_object_del(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_object_del(_ json: String) {
        if qemu_trace_qmp_enter_object_del_ust_enabled() {
            qemu_trace_qmp_enter_object_del(json)
        }
        if qemu_trace_dstate_get(139) {
            TraceBackends.emit(eventID: 139, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_object_del(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_object_del` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_object_del(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_object_del_enabled()) {
            _qmp_exit_object_del(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_object_del(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_object_del_ust_enabled() {
            qemu_trace_qmp_exit_object_del(result, succeeded)
        }
        if qemu_trace_dstate_get(140) {
            TraceBackends.emit(eventID: 140, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-alloc
    ///
    /// `qmp_enter_iommufd_ioas_alloc(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_alloc` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_alloc(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_alloc_enabled()) {
            _qmp_enter_iommufd_ioas_alloc(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_alloc(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_alloc_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_alloc(json)
        }
        if qemu_trace_dstate_get(141) {
            TraceBackends.emit(eventID: 141, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_alloc(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_alloc` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_alloc(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_alloc_enabled()) {
            _qmp_exit_iommufd_ioas_alloc(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_alloc(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_alloc_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_alloc(result, succeeded)
        }
        if qemu_trace_dstate_get(142) {
            TraceBackends.emit(eventID: 142, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-destroy
    ///
    /// `qmp_enter_iommufd_destroy(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_destroy` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_destroy(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_destroy_enabled()) {
            _qmp_enter_iommufd_destroy(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_destroy(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_destroy_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_destroy(json)
        }
        if qemu_trace_dstate_get(143) {
            TraceBackends.emit(eventID: 143, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_destroy(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_destroy` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_destroy(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_destroy_enabled()) {
            _qmp_exit_iommufd_destroy(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_destroy(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_destroy_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_destroy(result, succeeded)
        }
        if qemu_trace_dstate_get(144) {
            TraceBackends.emit(eventID: 144, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-map
    ///
    /// `qmp_enter_iommufd_ioas_map(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_map` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_map(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_map_enabled()) {
            _qmp_enter_iommufd_ioas_map(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_map(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_map_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_map(json)
        }
        if qemu_trace_dstate_get(145) {
            TraceBackends.emit(eventID: 145, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_map(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_map` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_map(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_map_enabled()) {
            _qmp_exit_iommufd_ioas_map(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_map(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_map_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_map(result, succeeded)
        }
        if qemu_trace_dstate_get(146) {
            TraceBackends.emit(eventID: 146, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-map-file
    ///
    /// `qmp_enter_iommufd_ioas_map_file(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_map_file` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_map_file(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_map_file_enabled()) {
            _qmp_enter_iommufd_ioas_map_file(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_map_file(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_map_file_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_map_file(json)
        }
        if qemu_trace_dstate_get(147) {
            TraceBackends.emit(eventID: 147, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_map_file(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_map_file` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_map_file(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_map_file_enabled()) {
            _qmp_exit_iommufd_ioas_map_file(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_map_file(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_map_file_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_map_file(result, succeeded)
        }
        if qemu_trace_dstate_get(148) {
            TraceBackends.emit(eventID: 148, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-unmap
    ///
    /// `qmp_enter_iommufd_ioas_unmap(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_unmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_unmap(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_unmap_enabled()) {
            _qmp_enter_iommufd_ioas_unmap(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_unmap(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_unmap_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_unmap(json)
        }
        if qemu_trace_dstate_get(149) {
            TraceBackends.emit(eventID: 149, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_unmap(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_unmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_unmap(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_unmap_enabled()) {
            _qmp_exit_iommufd_ioas_unmap(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_unmap(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_unmap_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_unmap(result, succeeded)
        }
        if qemu_trace_dstate_get(150) {
            TraceBackends.emit(eventID: 150, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-iova-ranges
    ///
    /// `qmp_enter_iommufd_ioas_iova_ranges(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_iova_ranges` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_iova_ranges(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_iova_ranges_enabled()) {
            _qmp_enter_iommufd_ioas_iova_ranges(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_iova_ranges(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_iova_ranges_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_iova_ranges(json)
        }
        if qemu_trace_dstate_get(151) {
            TraceBackends.emit(eventID: 151, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_iova_ranges(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_iova_ranges` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_iova_ranges(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_iova_ranges_enabled()) {
            _qmp_exit_iommufd_ioas_iova_ranges(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_iova_ranges(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_iova_ranges_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_iova_ranges(result, succeeded)
        }
        if qemu_trace_dstate_get(152) {
            TraceBackends.emit(eventID: 152, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-iommufd
    ///
    /// `qmp_enter_query_iommufd(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_iommufd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_iommufd(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_iommufd_enabled()) {
            _qmp_enter_query_iommufd(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_iommufd(_ json: String) {
        if qemu_trace_qmp_enter_query_iommufd_ust_enabled() {
            qemu_trace_qmp_enter_query_iommufd(json)
        }
        if qemu_trace_dstate_get(153) {
            TraceBackends.emit(eventID: 153, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_iommufd(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_iommufd` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_iommufd(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_iommufd_enabled()) {
            _qmp_exit_query_iommufd(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_iommufd(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_iommufd_ust_enabled() {
            qemu_trace_qmp_exit_query_iommufd(result, succeeded)
        }
        if qemu_trace_dstate_get(154) {
            TraceBackends.emit(eventID: 154, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-copy
    ///
    /// `qmp_enter_iommufd_ioas_copy(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_copy` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_copy(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_copy_enabled()) {
            _qmp_enter_iommufd_ioas_copy(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_copy(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_copy_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_copy(json)
        }
        if qemu_trace_dstate_get(155) {
            TraceBackends.emit(eventID: 155, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_copy(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_copy` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_copy(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_copy_enabled()) {
            _qmp_exit_iommufd_ioas_copy(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_copy(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_copy_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_copy(result, succeeded)
        }
        if qemu_trace_dstate_get(156) {
            TraceBackends.emit(eventID: 156, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-ioas-allow-iovas
    ///
    /// `qmp_enter_iommufd_ioas_allow_iovas(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_ioas_allow_iovas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_ioas_allow_iovas(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_ioas_allow_iovas_enabled()) {
            _qmp_enter_iommufd_ioas_allow_iovas(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_ioas_allow_iovas(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_ioas_allow_iovas_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_ioas_allow_iovas(json)
        }
        if qemu_trace_dstate_get(157) {
            TraceBackends.emit(eventID: 157, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_ioas_allow_iovas(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_ioas_allow_iovas` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_ioas_allow_iovas(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_ioas_allow_iovas_enabled()) {
            _qmp_exit_iommufd_ioas_allow_iovas(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_ioas_allow_iovas(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_ioas_allow_iovas_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_ioas_allow_iovas(result, succeeded)
        }
        if qemu_trace_dstate_get(158) {
            TraceBackends.emit(eventID: 158, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-option
    ///
    /// `qmp_enter_iommufd_option(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_option` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_option(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_option_enabled()) {
            _qmp_enter_iommufd_option(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_option(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_option_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_option(json)
        }
        if qemu_trace_dstate_get(159) {
            TraceBackends.emit(eventID: 159, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_option(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_option` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_option(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_option_enabled()) {
            _qmp_exit_iommufd_option(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_option(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_option_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_option(result, succeeded)
        }
        if qemu_trace_dstate_get(160) {
            TraceBackends.emit(eventID: 160, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-hwpt-alloc
    ///
    /// `qmp_enter_iommufd_hwpt_alloc(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_hwpt_alloc` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_hwpt_alloc(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_hwpt_alloc_enabled()) {
            _qmp_enter_iommufd_hwpt_alloc(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_hwpt_alloc(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_hwpt_alloc_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_hwpt_alloc(json)
        }
        if qemu_trace_dstate_get(161) {
            TraceBackends.emit(eventID: 161, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_hwpt_alloc(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_hwpt_alloc` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_hwpt_alloc(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_hwpt_alloc_enabled()) {
            _qmp_exit_iommufd_hwpt_alloc(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_hwpt_alloc(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_hwpt_alloc_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_hwpt_alloc(result, succeeded)
        }
        if qemu_trace_dstate_get(162) {
            TraceBackends.emit(eventID: 162, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-hwpt-set-dirty-tracking
    ///
    /// `qmp_enter_iommufd_hwpt_set_dirty_tracking(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_hwpt_set_dirty_tracking` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_hwpt_set_dirty_tracking(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking_enabled()) {
            _qmp_enter_iommufd_hwpt_set_dirty_tracking(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_hwpt_set_dirty_tracking(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking(json)
        }
        if qemu_trace_dstate_get(163) {
            TraceBackends.emit(eventID: 163, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_hwpt_set_dirty_tracking(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_hwpt_set_dirty_tracking` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_hwpt_set_dirty_tracking(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking_enabled()) {
            _qmp_exit_iommufd_hwpt_set_dirty_tracking(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_hwpt_set_dirty_tracking(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking(result, succeeded)
        }
        if qemu_trace_dstate_get(164) {
            TraceBackends.emit(eventID: 164, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-hwpt-get-dirty-bitmap
    ///
    /// `qmp_enter_iommufd_hwpt_get_dirty_bitmap(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_hwpt_get_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_hwpt_get_dirty_bitmap(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap_enabled()) {
            _qmp_enter_iommufd_hwpt_get_dirty_bitmap(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_hwpt_get_dirty_bitmap(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap(json)
        }
        if qemu_trace_dstate_get(165) {
            TraceBackends.emit(eventID: 165, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_hwpt_get_dirty_bitmap(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_hwpt_get_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_hwpt_get_dirty_bitmap(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap_enabled()) {
            _qmp_exit_iommufd_hwpt_get_dirty_bitmap(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_hwpt_get_dirty_bitmap(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap(result, succeeded)
        }
        if qemu_trace_dstate_get(166) {
            TraceBackends.emit(eventID: 166, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-hwpt-invalidate
    ///
    /// `qmp_enter_iommufd_hwpt_invalidate(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_hwpt_invalidate` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_hwpt_invalidate(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_hwpt_invalidate_enabled()) {
            _qmp_enter_iommufd_hwpt_invalidate(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_hwpt_invalidate(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_hwpt_invalidate_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_hwpt_invalidate(json)
        }
        if qemu_trace_dstate_get(167) {
            TraceBackends.emit(eventID: 167, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_hwpt_invalidate(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_hwpt_invalidate` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_hwpt_invalidate(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_hwpt_invalidate_enabled()) {
            _qmp_exit_iommufd_hwpt_invalidate(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_hwpt_invalidate(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_hwpt_invalidate_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_hwpt_invalidate(result, succeeded)
        }
        if qemu_trace_dstate_get(168) {
            TraceBackends.emit(eventID: 168, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// iommufd-get-hw-info
    ///
    /// `qmp_enter_iommufd_get_hw_info(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_iommufd_get_hw_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_iommufd_get_hw_info(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_iommufd_get_hw_info_enabled()) {
            _qmp_enter_iommufd_get_hw_info(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_iommufd_get_hw_info(_ json: String) {
        if qemu_trace_qmp_enter_iommufd_get_hw_info_ust_enabled() {
            qemu_trace_qmp_enter_iommufd_get_hw_info(json)
        }
        if qemu_trace_dstate_get(169) {
            TraceBackends.emit(eventID: 169, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_iommufd_get_hw_info(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_iommufd_get_hw_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_iommufd_get_hw_info(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_iommufd_get_hw_info_enabled()) {
            _qmp_exit_iommufd_get_hw_info(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_iommufd_get_hw_info(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_iommufd_get_hw_info_ust_enabled() {
            qemu_trace_qmp_exit_iommufd_get_hw_info(result, succeeded)
        }
        if qemu_trace_dstate_get(170) {
            TraceBackends.emit(eventID: 170, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-vfio-host-devices
    ///
    /// `qmp_enter_query_vfio_host_devices(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_vfio_host_devices` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_vfio_host_devices(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_vfio_host_devices_enabled()) {
            _qmp_enter_query_vfio_host_devices(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_vfio_host_devices(_ json: String) {
        if qemu_trace_qmp_enter_query_vfio_host_devices_ust_enabled() {
            qemu_trace_qmp_enter_query_vfio_host_devices(json)
        }
        if qemu_trace_dstate_get(171) {
            TraceBackends.emit(eventID: 171, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_vfio_host_devices(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_vfio_host_devices` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_vfio_host_devices(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_vfio_host_devices_enabled()) {
            _qmp_exit_query_vfio_host_devices(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_vfio_host_devices(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_vfio_host_devices_ust_enabled() {
            qemu_trace_qmp_exit_query_vfio_host_devices(result, succeeded)
        }
        if qemu_trace_dstate_get(172) {
            TraceBackends.emit(eventID: 172, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vfio-device-bind
    ///
    /// `qmp_enter_vfio_device_bind(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vfio_device_bind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vfio_device_bind(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vfio_device_bind_enabled()) {
            _qmp_enter_vfio_device_bind(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vfio_device_bind(_ json: String) {
        if qemu_trace_qmp_enter_vfio_device_bind_ust_enabled() {
            qemu_trace_qmp_enter_vfio_device_bind(json)
        }
        if qemu_trace_dstate_get(173) {
            TraceBackends.emit(eventID: 173, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vfio_device_bind(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vfio_device_bind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vfio_device_bind(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vfio_device_bind_enabled()) {
            _qmp_exit_vfio_device_bind(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vfio_device_bind(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vfio_device_bind_ust_enabled() {
            qemu_trace_qmp_exit_vfio_device_bind(result, succeeded)
        }
        if qemu_trace_dstate_get(174) {
            TraceBackends.emit(eventID: 174, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vfio-device-attach
    ///
    /// `qmp_enter_vfio_device_attach(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vfio_device_attach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vfio_device_attach(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vfio_device_attach_enabled()) {
            _qmp_enter_vfio_device_attach(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vfio_device_attach(_ json: String) {
        if qemu_trace_qmp_enter_vfio_device_attach_ust_enabled() {
            qemu_trace_qmp_enter_vfio_device_attach(json)
        }
        if qemu_trace_dstate_get(175) {
            TraceBackends.emit(eventID: 175, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vfio_device_attach(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vfio_device_attach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vfio_device_attach(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vfio_device_attach_enabled()) {
            _qmp_exit_vfio_device_attach(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vfio_device_attach(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vfio_device_attach_ust_enabled() {
            qemu_trace_qmp_exit_vfio_device_attach(result, succeeded)
        }
        if qemu_trace_dstate_get(176) {
            TraceBackends.emit(eventID: 176, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vfio-device-detach
    ///
    /// `qmp_enter_vfio_device_detach(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vfio_device_detach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vfio_device_detach(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vfio_device_detach_enabled()) {
            _qmp_enter_vfio_device_detach(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vfio_device_detach(_ json: String) {
        if qemu_trace_qmp_enter_vfio_device_detach_ust_enabled() {
            qemu_trace_qmp_enter_vfio_device_detach(json)
        }
        if qemu_trace_dstate_get(177) {
            TraceBackends.emit(eventID: 177, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vfio_device_detach(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vfio_device_detach` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vfio_device_detach(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vfio_device_detach_enabled()) {
            _qmp_exit_vfio_device_detach(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vfio_device_detach(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vfio_device_detach_ust_enabled() {
            qemu_trace_qmp_exit_vfio_device_detach(result, succeeded)
        }
        if qemu_trace_dstate_get(178) {
            TraceBackends.emit(eventID: 178, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vfio-device-unbind
    ///
    /// `qmp_enter_vfio_device_unbind(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vfio_device_unbind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vfio_device_unbind(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vfio_device_unbind_enabled()) {
            _qmp_enter_vfio_device_unbind(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vfio_device_unbind(_ json: String) {
        if qemu_trace_qmp_enter_vfio_device_unbind_ust_enabled() {
            qemu_trace_qmp_enter_vfio_device_unbind(json)
        }
        if qemu_trace_dstate_get(179) {
            TraceBackends.emit(eventID: 179, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vfio_device_unbind(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vfio_device_unbind` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vfio_device_unbind(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vfio_device_unbind_enabled()) {
            _qmp_exit_vfio_device_unbind(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vfio_device_unbind(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vfio_device_unbind_ust_enabled() {
            qemu_trace_qmp_exit_vfio_device_unbind(result, succeeded)
        }
        if qemu_trace_dstate_get(180) {
            TraceBackends.emit(eventID: 180, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vfio-device-get-info
    ///
    /// `qmp_enter_vfio_device_get_info(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vfio_device_get_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vfio_device_get_info(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vfio_device_get_info_enabled()) {
            _qmp_enter_vfio_device_get_info(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vfio_device_get_info(_ json: String) {
        if qemu_trace_qmp_enter_vfio_device_get_info_ust_enabled() {
            qemu_trace_qmp_enter_vfio_device_get_info(json)
        }
        if qemu_trace_dstate_get(181) {
            TraceBackends.emit(eventID: 181, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vfio_device_get_info(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vfio_device_get_info` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vfio_device_get_info(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vfio_device_get_info_enabled()) {
            _qmp_exit_vfio_device_get_info(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vfio_device_get_info(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vfio_device_get_info_ust_enabled() {
            qemu_trace_qmp_exit_vfio_device_get_info(result, succeeded)
        }
        if qemu_trace_dstate_get(182) {
            TraceBackends.emit(eventID: 182, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// device_add
    ///
    /// `qmp_enter_device_add(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_device_add` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_device_add(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_device_add_enabled()) {
            _qmp_enter_device_add(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_device_add(_ json: String) {
        if qemu_trace_qmp_enter_device_add_ust_enabled() {
            qemu_trace_qmp_enter_device_add(json)
        }
        if qemu_trace_dstate_get(183) {
            TraceBackends.emit(eventID: 183, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_device_add(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_device_add` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_device_add(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_device_add_enabled()) {
            _qmp_exit_device_add(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_device_add(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_device_add_ust_enabled() {
            qemu_trace_qmp_exit_device_add(result, succeeded)
        }
        if qemu_trace_dstate_get(184) {
            TraceBackends.emit(eventID: 184, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// device_del
    ///
    /// `qmp_enter_device_del(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_device_del` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_device_del(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_device_del_enabled()) {
            _qmp_enter_device_del(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_device_del(_ json: String) {
        if qemu_trace_qmp_enter_device_del_ust_enabled() {
            qemu_trace_qmp_enter_device_del(json)
        }
        if qemu_trace_dstate_get(185) {
            TraceBackends.emit(eventID: 185, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_device_del(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_device_del` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_device_del(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_device_del_enabled()) {
            _qmp_exit_device_del(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_device_del(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_device_del_ust_enabled() {
            qemu_trace_qmp_exit_device_del(result, succeeded)
        }
        if qemu_trace_dstate_get(186) {
            TraceBackends.emit(eventID: 186, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-vfio
    ///
    /// `qmp_enter_query_vfio(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_vfio` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_vfio(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_vfio_enabled()) {
            _qmp_enter_query_vfio(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_vfio(_ json: String) {
        if qemu_trace_qmp_enter_query_vfio_ust_enabled() {
            qemu_trace_qmp_enter_query_vfio(json)
        }
        if qemu_trace_dstate_get(187) {
            TraceBackends.emit(eventID: 187, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_vfio(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_vfio` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_vfio(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_vfio_enabled()) {
            _qmp_exit_query_vfio(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_vfio(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_vfio_ust_enabled() {
            qemu_trace_qmp_exit_query_vfio(result, succeeded)
        }
        if qemu_trace_dstate_get(188) {
            TraceBackends.emit(eventID: 188, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// dirty-tracking-start
    ///
    /// `qmp_enter_dirty_tracking_start(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_dirty_tracking_start` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_dirty_tracking_start(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_dirty_tracking_start_enabled()) {
            _qmp_enter_dirty_tracking_start(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_dirty_tracking_start(_ json: String) {
        if qemu_trace_qmp_enter_dirty_tracking_start_ust_enabled() {
            qemu_trace_qmp_enter_dirty_tracking_start(json)
        }
        if qemu_trace_dstate_get(189) {
            TraceBackends.emit(eventID: 189, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_dirty_tracking_start(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_dirty_tracking_start` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_dirty_tracking_start(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_dirty_tracking_start_enabled()) {
            _qmp_exit_dirty_tracking_start(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_dirty_tracking_start(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_dirty_tracking_start_ust_enabled() {
            qemu_trace_qmp_exit_dirty_tracking_start(result, succeeded)
        }
        if qemu_trace_dstate_get(190) {
            TraceBackends.emit(eventID: 190, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// dirty-tracking-stop
    ///
    /// `qmp_enter_dirty_tracking_stop(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_dirty_tracking_stop` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_dirty_tracking_stop(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_dirty_tracking_stop_enabled()) {
            _qmp_enter_dirty_tracking_stop(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_dirty_tracking_stop(_ json: String) {
        if qemu_trace_qmp_enter_dirty_tracking_stop_ust_enabled() {
            qemu_trace_qmp_enter_dirty_tracking_stop(json)
        }
        if qemu_trace_dstate_get(191) {
            TraceBackends.emit(eventID: 191, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_dirty_tracking_stop(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_dirty_tracking_stop` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_dirty_tracking_stop(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_dirty_tracking_stop_enabled()) {
            _qmp_exit_dirty_tracking_stop(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_dirty_tracking_stop(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_dirty_tracking_stop_ust_enabled() {
            qemu_trace_qmp_exit_dirty_tracking_stop(result, succeeded)
        }
        if qemu_trace_dstate_get(192) {
            TraceBackends.emit(eventID: 192, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-dirty-bitmap
    ///
    /// `qmp_enter_query_dirty_bitmap(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_dirty_bitmap(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_dirty_bitmap_enabled()) {
            _qmp_enter_query_dirty_bitmap(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_dirty_bitmap(_ json: String) {
        if qemu_trace_qmp_enter_query_dirty_bitmap_ust_enabled() {
            qemu_trace_qmp_enter_query_dirty_bitmap(json)
        }
        if qemu_trace_dstate_get(193) {
            TraceBackends.emit(eventID: 193, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_dirty_bitmap(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_dirty_bitmap` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_dirty_bitmap(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_dirty_bitmap_enabled()) {
            _qmp_exit_query_dirty_bitmap(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_dirty_bitmap(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_dirty_bitmap_ust_enabled() {
            qemu_trace_qmp_exit_query_dirty_bitmap(result, succeeded)
        }
        if qemu_trace_dstate_get(194) {
            TraceBackends.emit(eventID: 194, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-host-iommu-devices
    ///
    /// `qmp_enter_query_host_iommu_devices(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_host_iommu_devices` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_host_iommu_devices(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_host_iommu_devices_enabled()) {
            _qmp_enter_query_host_iommu_devices(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_host_iommu_devices(_ json: String) {
        if qemu_trace_qmp_enter_query_host_iommu_devices_ust_enabled() {
            qemu_trace_qmp_enter_query_host_iommu_devices(json)
        }
        if qemu_trace_dstate_get(195) {
            TraceBackends.emit(eventID: 195, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_host_iommu_devices(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_host_iommu_devices` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_host_iommu_devices(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_host_iommu_devices_enabled()) {
            _qmp_exit_query_host_iommu_devices(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_host_iommu_devices(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_host_iommu_devices_ust_enabled() {
            qemu_trace_qmp_exit_query_host_iommu_devices(result, succeeded)
        }
        if qemu_trace_dstate_get(196) {
            TraceBackends.emit(eventID: 196, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vtd-device-attach-hwpt
    ///
    /// `qmp_enter_vtd_device_attach_hwpt(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vtd_device_attach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vtd_device_attach_hwpt(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vtd_device_attach_hwpt_enabled()) {
            _qmp_enter_vtd_device_attach_hwpt(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vtd_device_attach_hwpt(_ json: String) {
        if qemu_trace_qmp_enter_vtd_device_attach_hwpt_ust_enabled() {
            qemu_trace_qmp_enter_vtd_device_attach_hwpt(json)
        }
        if qemu_trace_dstate_get(197) {
            TraceBackends.emit(eventID: 197, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vtd_device_attach_hwpt(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vtd_device_attach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vtd_device_attach_hwpt(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vtd_device_attach_hwpt_enabled()) {
            _qmp_exit_vtd_device_attach_hwpt(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vtd_device_attach_hwpt(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vtd_device_attach_hwpt_ust_enabled() {
            qemu_trace_qmp_exit_vtd_device_attach_hwpt(result, succeeded)
        }
        if qemu_trace_dstate_get(198) {
            TraceBackends.emit(eventID: 198, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vtd-device-detach-hwpt
    ///
    /// `qmp_enter_vtd_device_detach_hwpt(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vtd_device_detach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vtd_device_detach_hwpt(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vtd_device_detach_hwpt_enabled()) {
            _qmp_enter_vtd_device_detach_hwpt(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vtd_device_detach_hwpt(_ json: String) {
        if qemu_trace_qmp_enter_vtd_device_detach_hwpt_ust_enabled() {
            qemu_trace_qmp_enter_vtd_device_detach_hwpt(json)
        }
        if qemu_trace_dstate_get(199) {
            TraceBackends.emit(eventID: 199, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vtd_device_detach_hwpt(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vtd_device_detach_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vtd_device_detach_hwpt(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vtd_device_detach_hwpt_enabled()) {
            _qmp_exit_vtd_device_detach_hwpt(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vtd_device_detach_hwpt(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vtd_device_detach_hwpt_ust_enabled() {
            qemu_trace_qmp_exit_vtd_device_detach_hwpt(result, succeeded)
        }
        if qemu_trace_dstate_get(200) {
            TraceBackends.emit(eventID: 200, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// vtd-device-reattach-def-hwpt
    ///
    /// `qmp_enter_vtd_device_reattach_def_hwpt(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_vtd_device_reattach_def_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_vtd_device_reattach_def_hwpt(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt_enabled()) {
            _qmp_enter_vtd_device_reattach_def_hwpt(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_vtd_device_reattach_def_hwpt(_ json: String) {
        if qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt_ust_enabled() {
            qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt(json)
        }
        if qemu_trace_dstate_get(201) {
            TraceBackends.emit(eventID: 201, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_vtd_device_reattach_def_hwpt(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_vtd_device_reattach_def_hwpt` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_vtd_device_reattach_def_hwpt(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt_enabled()) {
            _qmp_exit_vtd_device_reattach_def_hwpt(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_vtd_device_reattach_def_hwpt(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt_ust_enabled() {
            qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt(result, succeeded)
        }
        if qemu_trace_dstate_get(202) {
            TraceBackends.emit(eventID: 202, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// query-migrate
    ///
    /// `qmp_enter_query_migrate(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_query_migrate` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_query_migrate(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_query_migrate_enabled()) {
            _qmp_enter_query_migrate(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_query_migrate(_ json: String) {
        if qemu_trace_qmp_enter_query_migrate_ust_enabled() {
            qemu_trace_qmp_enter_query_migrate(json)
        }
        if qemu_trace_dstate_get(203) {
            TraceBackends.emit(eventID: 203, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_query_migrate(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_query_migrate` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_query_migrate(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_query_migrate_enabled()) {
            _qmp_exit_query_migrate(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_query_migrate(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_query_migrate_ust_enabled() {
            qemu_trace_qmp_exit_query_migrate(result, succeeded)
        }
        if qemu_trace_dstate_get(204) {
            TraceBackends.emit(eventID: 204, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-sim-dma-write
    ///
    /// `qmp_enter_x_sim_dma_write(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_sim_dma_write` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_sim_dma_write(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_sim_dma_write_enabled()) {
            _qmp_enter_x_sim_dma_write(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_sim_dma_write(_ json: String) {
        if qemu_trace_qmp_enter_x_sim_dma_write_ust_enabled() {
            qemu_trace_qmp_enter_x_sim_dma_write(json)
        }
        if qemu_trace_dstate_get(205) {
            TraceBackends.emit(eventID: 205, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_sim_dma_write(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_sim_dma_write` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_sim_dma_write(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_sim_dma_write_enabled()) {
            _qmp_exit_x_sim_dma_write(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_sim_dma_write(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_sim_dma_write_ust_enabled() {
            qemu_trace_qmp_exit_x_sim_dma_write(result, succeeded)
        }
        if qemu_trace_dstate_get(206) {
            TraceBackends.emit(eventID: 206, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-sim-dma-read
    ///
    /// `qmp_enter_x_sim_dma_read(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_sim_dma_read` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_sim_dma_read(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_sim_dma_read_enabled()) {
            _qmp_enter_x_sim_dma_read(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_sim_dma_read(_ json: String) {
        if qemu_trace_qmp_enter_x_sim_dma_read_ust_enabled() {
            qemu_trace_qmp_enter_x_sim_dma_read(json)
        }
        if qemu_trace_dstate_get(207) {
            TraceBackends.emit(eventID: 207, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_sim_dma_read(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_sim_dma_read` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_sim_dma_read(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_sim_dma_read_enabled()) {
            _qmp_exit_x_sim_dma_read(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_sim_dma_read(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_sim_dma_read_ust_enabled() {
            qemu_trace_qmp_exit_x_sim_dma_read(result, succeeded)
        }
        if qemu_trace_dstate_get(208) {
            TraceBackends.emit(eventID: 208, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-sim-inject-fault
    ///
    /// `qmp_enter_x_sim_inject_fault(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_sim_inject_fault` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_sim_inject_fault(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_sim_inject_fault_enabled()) {
            _qmp_enter_x_sim_inject_fault(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_sim_inject_fault(_ json: String) {
        if qemu_trace_qmp_enter_x_sim_inject_fault_ust_enabled() {
            qemu_trace_qmp_enter_x_sim_inject_fault(json)
        }
        if qemu_trace_dstate_get(209) {
            TraceBackends.emit(eventID: 209, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_sim_inject_fault(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_sim_inject_fault` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_sim_inject_fault(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_sim_inject_fault_enabled()) {
            _qmp_exit_x_sim_inject_fault(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_sim_inject_fault(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_sim_inject_fault_ust_enabled() {
            qemu_trace_qmp_exit_x_sim_inject_fault(result, succeeded)
        }
        if qemu_trace_dstate_get(210) {
            TraceBackends.emit(eventID: 210, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-sim-set-memlock-limit
    ///
    /// `qmp_enter_x_sim_set_memlock_limit(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_sim_set_memlock_limit` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_sim_set_memlock_limit(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_sim_set_memlock_limit_enabled()) {
            _qmp_enter_x_sim_set_memlock_limit(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_sim_set_memlock_limit(_ json: String) {
        if qemu_trace_qmp_enter_x_sim_set_memlock_limit_ust_enabled() {
            qemu_trace_qmp_enter_x_sim_set_memlock_limit(json)
        }
        if qemu_trace_dstate_get(211) {
            TraceBackends.emit(eventID: 211, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_sim_set_memlock_limit(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_sim_set_memlock_limit` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_sim_set_memlock_limit(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_sim_set_memlock_limit_enabled()) {
            _qmp_exit_x_sim_set_memlock_limit(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_sim_set_memlock_limit(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_sim_set_memlock_limit_ust_enabled() {
            qemu_trace_qmp_exit_x_sim_set_memlock_limit(result, succeeded)
        }
        if qemu_trace_dstate_get(212) {
            TraceBackends.emit(eventID: 212, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// x-sim-irq
    ///
    /// `qmp_enter_x_sim_irq(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_x_sim_irq` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_x_sim_irq(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_x_sim_irq_enabled()) {
            _qmp_enter_x_sim_irq(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_x_sim_irq(_ json: String) {
        if qemu_trace_qmp_enter_x_sim_irq_ust_enabled() {
            qemu_trace_qmp_enter_x_sim_irq(json)
        }
        if qemu_trace_dstate_get(213) {
            TraceBackends.emit(eventID: 213, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_x_sim_irq(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_x_sim_irq` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_x_sim_irq(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_x_sim_irq_enabled()) {
            _qmp_exit_x_sim_irq(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_x_sim_irq(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_x_sim_irq_ust_enabled() {
            qemu_trace_qmp_exit_x_sim_irq(result, succeeded)
        }
        if qemu_trace_dstate_get(214) {
            TraceBackends.emit(eventID: 214, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// trace-event-get-state
    ///
    /// `qmp_enter_trace_event_get_state(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_trace_event_get_state` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_trace_event_get_state(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_trace_event_get_state_enabled()) {
            _qmp_enter_trace_event_get_state(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_trace_event_get_state(_ json: String) {
        if qemu_trace_qmp_enter_trace_event_get_state_ust_enabled() {
            qemu_trace_qmp_enter_trace_event_get_state(json)
        }
        if qemu_trace_dstate_get(215) {
            TraceBackends.emit(eventID: 215, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_trace_event_get_state(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_trace_event_get_state` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_trace_event_get_state(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_trace_event_get_state_enabled()) {
            _qmp_exit_trace_event_get_state(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_trace_event_get_state(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_trace_event_get_state_ust_enabled() {
            qemu_trace_qmp_exit_trace_event_get_state(result, succeeded)
        }
        if qemu_trace_dstate_get(216) {
            TraceBackends.emit(eventID: 216, arguments: [.string(result), .bool(succeeded)])
        }
    }

    /// trace-event-set-state
    ///
    /// `qmp_enter_trace_event_set_state(const char *json) "%s"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_enter_trace_event_set_state` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_enter_trace_event_set_state(json: @autoclosure () -> String) {
        if _slowPath(qemu_trace_qmp_enter_trace_event_set_state_enabled()) {
            _qmp_enter_trace_event_set_state(json())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_enter_trace_event_set_state(_ json: String) {
        if qemu_trace_qmp_enter_trace_event_set_state_ust_enabled() {
            qemu_trace_qmp_enter_trace_event_set_state(json)
        }
        if qemu_trace_dstate_get(217) {
            TraceBackends.emit(eventID: 217, arguments: [.string(json)])
        }
    }

    /// `qmp_exit_trace_event_set_state(const char *result, bool succeeded) "%s %d"`
    ///
    /// Fires the LTTng tracepoint `qemu:qmp_exit_trace_event_set_state` when a session records it, and
    /// the in-process backends when the event's state is enabled. The arguments
    /// are evaluated only then.
    @inlinable @inline(__always)
    public static func qmp_exit_trace_event_set_state(result: @autoclosure () -> String, succeeded: @autoclosure () -> Bool) {
        if _slowPath(qemu_trace_qmp_exit_trace_event_set_state_enabled()) {
            _qmp_exit_trace_event_set_state(result(), succeeded())
        }
    }

    @usableFromInline @inline(never)
    static func _qmp_exit_trace_event_set_state(_ result: String, _ succeeded: Bool) {
        if qemu_trace_qmp_exit_trace_event_set_state_ust_enabled() {
            qemu_trace_qmp_exit_trace_event_set_state(result, succeeded)
        }
        if qemu_trace_dstate_get(218) {
            TraceBackends.emit(eventID: 218, arguments: [.string(result), .bool(succeeded)])
        }
    }
}

extension TraceEventTable {
    /// Every event of the trace-events file in file order; the index is the event id.
    static let generated: [TraceEventDescriptor] = [
        TraceEventDescriptor(
            id: 0, name: "iommufd_change_process", isAvailable: true,
            format: "fd=%d (%d)",
            arguments: [("fd", .int32), ("ret", .bool)]),
        TraceEventDescriptor(
            id: 1, name: "iommufd_backend_connect", isAvailable: true,
            format: "fd=%d owned=%d users=%d",
            arguments: [("fd", .int32), ("owned", .bool), ("users", .uint32)]),
        TraceEventDescriptor(
            id: 2, name: "iommufd_backend_disconnect", isAvailable: true,
            format: "fd=%d users=%d",
            arguments: [("fd", .int32), ("users", .uint32)]),
        TraceEventDescriptor(
            id: 3, name: "iommu_backend_set_fd", isAvailable: true,
            format: "pre-opened /dev/iommu fd=%d",
            arguments: [("fd", .int32)]),
        TraceEventDescriptor(
            id: 4, name: "iommufd_backend_map_dma", isAvailable: true,
            format: " iommufd=%d ioas=%d iova=0x%lx size=0x%lx addr=%p readonly=%d (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("iova", .uint64), ("size", .uint64), ("vaddr", .pointer), ("readonly", .bool), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 5, name: "iommufd_backend_map_file_dma", isAvailable: true,
            format: " iommufd=%d ioas=%d iova=0x%lx size=0x%lx fd=%d start=%ld readonly=%d (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("iova", .uint64), ("size", .uint64), ("fd", .int32), ("start", .uint64), ("readonly", .bool), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 6, name: "iommufd_backend_unmap_dma_non_exist", isAvailable: true,
            format: " Unmap nonexistent mapping: iommufd=%d ioas=%d iova=0x%lx size=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("iova", .uint64), ("size", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 7, name: "iommufd_backend_unmap_dma", isAvailable: true,
            format: " iommufd=%d ioas=%d iova=0x%lx size=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("iova", .uint64), ("size", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 8, name: "iommufd_backend_alloc_ioas", isAvailable: true,
            format: " iommufd=%d ioas=%d",
            arguments: [("iommufd", .int32), ("ioas", .uint32)]),
        TraceEventDescriptor(
            id: 9, name: "iommufd_backend_alloc_hwpt", isAvailable: true,
            format: " iommufd=%d dev_id=%u pt_id=%u flags=0x%x hwpt_type=%u len=%u data_ptr=0x%lx out_hwpt=%u (%d)",
            arguments: [("iommufd", .int32), ("dev_id", .uint32), ("pt_id", .uint32), ("flags", .uint32), ("hwpt_type", .uint32), ("len", .uint32), ("data_ptr", .uint64), ("out_hwpt_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 10, name: "iommufd_backend_free_id", isAvailable: true,
            format: " iommufd=%d id=%d (%d)",
            arguments: [("iommufd", .int32), ("id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 11, name: "iommufd_backend_set_dirty", isAvailable: true,
            format: " iommufd=%d hwpt=%u enable=%d (%d)",
            arguments: [("iommufd", .int32), ("hwpt_id", .uint32), ("start", .bool), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 12, name: "iommufd_backend_get_dirty_bitmap", isAvailable: true,
            format: " iommufd=%d hwpt=%u iova=0x%lx size=0x%lx flags=0x%lx page_size=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("hwpt_id", .uint32), ("iova", .uint64), ("size", .uint64), ("flags", .uint64), ("page_size", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 13, name: "iommufd_backend_invalidate_cache", isAvailable: true,
            format: " iommufd=%d id=%u data_type=%u entry_len=%u entry_num=%u done_num=%u data_ptr=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("id", .uint32), ("data_type", .uint32), ("entry_len", .uint32), ("entry_num", .uint32), ("done_num", .uint32), ("data_ptr", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 14, name: "iommufd_backend_alloc_viommu", isAvailable: true,
            format: " iommufd=%d type=%u dev_id=%u hwpt_id=%u viommu_id=%u (%d)",
            arguments: [("iommufd", .int32), ("dev_id", .uint32), ("type", .uint32), ("hwpt_id", .uint32), ("viommu_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 15, name: "iommufd_backend_alloc_vdev", isAvailable: true,
            format: " iommufd=%d dev_id=%u viommu_id=%u virt_id=0x%lx vdev_id=%u (%d)",
            arguments: [("iommufd", .int32), ("dev_id", .uint32), ("viommu_id", .uint32), ("virt_id", .uint64), ("vdev_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 16, name: "iommufd_backend_get_device_info", isAvailable: true,
            format: " iommufd=%d dev_id=%u data_len=%u type=%u caps=0x%lx max_pasid_log2=%u (%d)",
            arguments: [("iommufd", .int32), ("dev_id", .uint32), ("data_len", .uint32), ("type", .uint32), ("caps", .uint64), ("max_pasid_log2", .uint8), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 17, name: "iommufd_backend_get_iova_ranges", isAvailable: true,
            format: " iommufd=%d ioas=%u num_iovas=%u alignment=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("num_iovas", .uint32), ("alignment", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 18, name: "iommufd_backend_allow_iovas", isAvailable: true,
            format: " iommufd=%d ioas=%u num_iovas=%u (%d)",
            arguments: [("iommufd", .int32), ("ioas", .uint32), ("num_iovas", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 19, name: "iommufd_backend_copy_dma", isAvailable: true,
            format: " iommufd=%d dst_ioas=%u src_ioas=%u dst_iova=0x%lx src_iova=0x%lx size=0x%lx flags=0x%x (%d)",
            arguments: [("iommufd", .int32), ("dst_ioas", .uint32), ("src_ioas", .uint32), ("dst_iova", .uint64), ("src_iova", .uint64), ("size", .uint64), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 20, name: "iommufd_backend_set_option", isAvailable: true,
            format: " iommufd=%d option_id=%u op=%u object_id=%u val=0x%lx (%d)",
            arguments: [("iommufd", .int32), ("option_id", .uint32), ("op", .uint32), ("object_id", .uint32), ("val", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 21, name: "iommufd_backend_vfio_ioas", isAvailable: true,
            format: " iommufd=%d op=%u ioas=%u (%d)",
            arguments: [("iommufd", .int32), ("op", .uint32), ("ioas", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 22, name: "iommufd_backend_alloc_fault_queue", isAvailable: true,
            format: " iommufd=%d flags=0x%x fault_id=%u fault_fd=%d (%d)",
            arguments: [("iommufd", .int32), ("flags", .uint32), ("fault_id", .uint32), ("fault_fd", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 23, name: "iommufd_backend_alloc_veventq", isAvailable: true,
            format: " iommufd=%d viommu_id=%u type=%u depth=%u veventq_id=%u veventq_fd=%d (%d)",
            arguments: [("iommufd", .int32), ("viommu_id", .uint32), ("type", .uint32), ("depth", .uint32), ("veventq_id", .uint32), ("veventq_fd", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 24, name: "iommufd_backend_alloc_hw_queue", isAvailable: true,
            format: " iommufd=%d viommu_id=%u type=%u index=%u base_addr=0x%lx length=0x%lx hw_queue_id=%u (%d)",
            arguments: [("iommufd", .int32), ("viommu_id", .uint32), ("type", .uint32), ("index", .uint32), ("base_addr", .uint64), ("length", .uint64), ("hw_queue_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 25, name: "iommufd_backend_test_cmd", isAvailable: true,
            format: " iommufd=%d op=%u id=%u (%d)",
            arguments: [("iommufd", .int32), ("op", .uint32), ("id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 26, name: "iommufd_cdev_connect_and_bind", isAvailable: true,
            format: " [iommufd=%d] Successfully bound device %s (fd=%d): output devid=%d",
            arguments: [("iommufd", .int32), ("name", .string), ("devfd", .int32), ("devid", .int32)]),
        TraceEventDescriptor(
            id: 27, name: "iommufd_cdev_getfd", isAvailable: true,
            format: " %s (fd=%d)",
            arguments: [("dev", .string), ("devfd", .int32)]),
        TraceEventDescriptor(
            id: 28, name: "iommufd_cdev_attach_ioas_hwpt", isAvailable: true,
            format: " [iommufd=%d] Successfully attached device %s (%d) to id=%d",
            arguments: [("iommufd", .int32), ("name", .string), ("devfd", .int32), ("id", .int32)]),
        TraceEventDescriptor(
            id: 29, name: "iommufd_cdev_detach_ioas_hwpt", isAvailable: true,
            format: " [iommufd=%d] Successfully detached %s",
            arguments: [("iommufd", .int32), ("name", .string)]),
        TraceEventDescriptor(
            id: 30, name: "iommufd_cdev_fail_attach_existing_container", isAvailable: true,
            format: " %s",
            arguments: [("msg", .string)]),
        TraceEventDescriptor(
            id: 31, name: "iommufd_cdev_alloc_ioas", isAvailable: true,
            format: " [iommufd=%d] new IOMMUFD container with ioasid=%d",
            arguments: [("iommufd", .int32), ("ioas_id", .int32)]),
        TraceEventDescriptor(
            id: 32, name: "iommufd_cdev_device_info", isAvailable: true,
            format: " %s (%d) num_irqs=%d num_regions=%d flags=%d",
            arguments: [("name", .string), ("devfd", .int32), ("num_irqs", .int32), ("num_regions", .int32), ("flags", .int32)]),
        TraceEventDescriptor(
            id: 33, name: "iommufd_cdev_pci_hot_reset_dep_devices", isAvailable: true,
            format: "\t%04x:%02x:%02x.%x devid %d",
            arguments: [("domain", .int32), ("bus", .int32), ("slot", .int32), ("function", .int32), ("dev_id", .int32)]),
        TraceEventDescriptor(
            id: 34, name: "vfio_cpr_find_device", isAvailable: true,
            format: "ioas_id %u, devid %d, hwpt_id %u",
            arguments: [("ioas_id", .uint32), ("devid", .int32), ("hwpt_id", .uint32)]),
        TraceEventDescriptor(
            id: 35, name: "vfio_container_query_dirty_bitmap", isAvailable: true,
            format: "iova=0x%lx size=0x%lx backend_flag=0x%lx bitmap_size=0x%lx gpa=0x%lx dirty_pages=%lu",
            arguments: [("iova", .uint64), ("size", .uint64), ("backend_flag", .uint64), ("bitmap_size", .uint64), ("translated_addr", .uint64), ("dirty_pages", .uint64)]),
        TraceEventDescriptor(
            id: 36, name: "vfio_listener_region_add_ram", isAvailable: true,
            format: "region_add [ram] 0x%lx - 0x%lx [%p]",
            arguments: [("iova_start", .uint64), ("iova_end", .uint64), ("vaddr", .pointer)]),
        TraceEventDescriptor(
            id: 37, name: "vfio_listener_region_del", isAvailable: true,
            format: "region_del 0x%lx - 0x%lx",
            arguments: [("start", .uint64), ("end", .uint64)]),
        TraceEventDescriptor(
            id: 38, name: "vfio_device_dirty_tracking_update", isAvailable: true,
            format: "section 0x%lx - 0x%lx -> update [0x%lx - 0x%lx]",
            arguments: [("start", .uint64), ("end", .uint64), ("min", .uint64), ("max", .uint64)]),
        TraceEventDescriptor(
            id: 39, name: "vfio_device_dirty_tracking_start", isAvailable: true,
            format: "nr_ranges %d 32:[0x%lx - 0x%lx], 64:[0x%lx - 0x%lx], pci64:[0x%lx - 0x%lx]",
            arguments: [("nr_ranges", .int32), ("min32", .uint64), ("max32", .uint64), ("min64", .uint64), ("max64", .uint64), ("minpci", .uint64), ("maxpci", .uint64)]),
        TraceEventDescriptor(
            id: 40, name: "vfio_iommu_map_dirty_notify", isAvailable: true,
            format: "iommu dirty @ 0x%lx - 0x%lx",
            arguments: [("iova_start", .uint64), ("iova_end", .uint64)]),
        TraceEventDescriptor(
            id: 41, name: "vfio_iommu_map_dirty_notify_skip_ro", isAvailable: true,
            format: "iommu dirty @ 0x%lx - 0x%lx",
            arguments: [("iova_start", .uint64), ("iova_end", .uint64)]),
        TraceEventDescriptor(
            id: 42, name: "vfio_container_disconnect", isAvailable: true,
            format: "close container->fd=%d",
            arguments: [("fd", .int32)]),
        TraceEventDescriptor(
            id: 43, name: "vfio_group_put", isAvailable: true,
            format: "close group->fd=%d",
            arguments: [("fd", .int32)]),
        TraceEventDescriptor(
            id: 44, name: "vfio_device_get", isAvailable: true,
            format: "Device %s flags: %u, regions: %u, irqs: %u",
            arguments: [("name", .string), ("flags", .uint32), ("num_regions", .uint32), ("num_irqs", .uint32)]),
        TraceEventDescriptor(
            id: 45, name: "vfio_device_put", isAvailable: true,
            format: "close vdev->fd=%d",
            arguments: [("fd", .int32)]),
        TraceEventDescriptor(
            id: 46, name: "vfio_device_attach", isAvailable: true,
            format: " (%s) group %d",
            arguments: [("name", .string), ("group_id", .int32)]),
        TraceEventDescriptor(
            id: 47, name: "vfio_device_detach", isAvailable: true,
            format: " (%s) group %d",
            arguments: [("name", .string), ("group_id", .int32)]),
        TraceEventDescriptor(
            id: 48, name: "vtd_device_attach_hwpt", isAvailable: true,
            format: "dev_id %d pasid %d hwpt_id %d, ret: %d",
            arguments: [("dev_id", .uint32), ("pasid", .uint32), ("hwpt_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 49, name: "vtd_device_detach_hwpt", isAvailable: true,
            format: "dev_id %d pasid %d ret: %d",
            arguments: [("dev_id", .uint32), ("pasid", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 50, name: "vtd_device_reattach_def_hwpt", isAvailable: true,
            format: "dev_id %d pasid %d hwpt_id %d, ret: %d",
            arguments: [("dev_id", .uint32), ("pasid", .uint32), ("hwpt_id", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 51, name: "virtio_iommu_set_page_size_mask", isAvailable: true,
            format: "mr=%s old_mask=0x%lx new_mask=0x%lx",
            arguments: [("name", .string), ("old", .uint64), ("new", .uint64)]),
        TraceEventDescriptor(
            id: 52, name: "virtio_iommu_freeze_granule", isAvailable: true,
            format: "granule: 0x%lx",
            arguments: [("page_size_mask", .uint64)]),
        TraceEventDescriptor(
            id: 53, name: "iommufd_cdev_fail_connect_and_bind", isAvailable: true,
            format: " [iommufd=%d] Failed to bind device %s (fd=%d) (%d)",
            arguments: [("iommufd", .int32), ("name", .string), ("devfd", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 54, name: "iommufd_cdev_fail_attach_ioas_hwpt", isAvailable: true,
            format: " [iommufd=%d] Failed to attach device %s (%d) to id=%d (%d)",
            arguments: [("iommufd", .int32), ("name", .string), ("devfd", .int32), ("id", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 55, name: "iommufd_cdev_fail_detach_ioas_hwpt", isAvailable: true,
            format: " [iommufd=%d] Failed to detach %s (%d)",
            arguments: [("iommufd", .int32), ("name", .string), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 56, name: "iommufd_cdev_fail_device_info", isAvailable: true,
            format: " %s (%d) (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 57, name: "vfio_device_get_region_info", isAvailable: true,
            format: " %s (%d) index %u flags 0x%x size 0x%lx offset 0x%lx caps %u (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("index", .uint32), ("flags", .uint32), ("size", .uint64), ("offset", .uint64), ("caps", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 58, name: "vfio_device_get_irq_info", isAvailable: true,
            format: " %s (%d) index %u flags 0x%x count %u (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("index", .uint32), ("flags", .uint32), ("count", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 59, name: "vfio_device_set_irqs", isAvailable: true,
            format: " %s (%d) index %u start %u count %u flags 0x%x (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("index", .uint32), ("start", .uint32), ("count", .uint32), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 60, name: "vfio_device_reset", isAvailable: true,
            format: " %s (%d) (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 61, name: "vfio_device_feature", isAvailable: true,
            format: " %s (%d) flags 0x%x (%d)",
            arguments: [("name", .string), ("devfd", .int32), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 62, name: "vfio_legacy_get_api_version", isAvailable: true,
            format: " container=%d (%d)",
            arguments: [("container", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 63, name: "vfio_legacy_check_extension", isAvailable: true,
            format: " container=%d extension=%d (%d)",
            arguments: [("container", .int32), ("extension", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 64, name: "vfio_legacy_set_iommu", isAvailable: true,
            format: " container=%d type=%d (%d)",
            arguments: [("container", .int32), ("type", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 65, name: "vfio_legacy_group_get_status", isAvailable: true,
            format: " group=%d flags=0x%x (%d)",
            arguments: [("group", .int32), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 66, name: "vfio_legacy_group_set_container", isAvailable: true,
            format: " group=%d container=%d (%d)",
            arguments: [("group", .int32), ("container", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 67, name: "vfio_legacy_group_unset_container", isAvailable: true,
            format: " group=%d (%d)",
            arguments: [("group", .int32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 68, name: "vfio_legacy_group_get_device_fd", isAvailable: true,
            format: " group=%d device=%s (%d)",
            arguments: [("group", .int32), ("name", .string), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 69, name: "vfio_legacy_iommu_get_info", isAvailable: true,
            format: " container=%d flags=0x%x iova_pgsizes=0x%lx (%d)",
            arguments: [("container", .int32), ("flags", .uint32), ("iova_pgsizes", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 70, name: "vfio_legacy_dma_map", isAvailable: true,
            format: " container=%d iova=0x%lx size=0x%lx addr=%p flags=0x%x (%d)",
            arguments: [("container", .int32), ("iova", .uint64), ("size", .uint64), ("vaddr", .pointer), ("flags", .uint32), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 71, name: "vfio_legacy_dma_unmap", isAvailable: true,
            format: " container=%d iova=0x%lx size=0x%lx flags=0x%x unmapped=0x%lx (%d)",
            arguments: [("container", .int32), ("iova", .uint64), ("size", .uint64), ("flags", .uint32), ("unmapped", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 72, name: "vfio_legacy_dirty_pages", isAvailable: true,
            format: " container=%d flags=0x%x iova=0x%lx size=0x%lx pgsize=0x%lx (%d)",
            arguments: [("container", .int32), ("flags", .uint32), ("iova", .uint64), ("size", .uint64), ("pgsize", .uint64), ("ret", .int32)]),
        TraceEventDescriptor(
            id: 73, name: "monitor_protocol_event_handler", isAvailable: false,
            format: "event=%d data=%p",
            arguments: [("event", .uint32), ("qdict", .pointer)]),
        TraceEventDescriptor(
            id: 74, name: "monitor_protocol_event_queue", isAvailable: false,
            format: "event=%d data=%p rate=%ld",
            arguments: [("event", .uint32), ("qdict", .pointer), ("rate", .uint64)]),
        TraceEventDescriptor(
            id: 75, name: "monitor_protocol_event_emit", isAvailable: true,
            format: "event=%d data=%p",
            arguments: [("event", .uint32), ("data", .pointer)]),
        TraceEventDescriptor(
            id: 76, name: "monitor_suspend", isAvailable: true,
            format: "mon %p: %d",
            arguments: [("ptr", .pointer), ("cnt", .int32)]),
        TraceEventDescriptor(
            id: 77, name: "monitor_qmp_in_band_enqueue", isAvailable: true,
            format: "%p mon %p len %u",
            arguments: [("req", .pointer), ("mon", .pointer), ("len", .uint32)]),
        TraceEventDescriptor(
            id: 78, name: "monitor_qmp_in_band_dequeue", isAvailable: true,
            format: "%p len %u",
            arguments: [("req", .pointer), ("len", .uint32)]),
        TraceEventDescriptor(
            id: 79, name: "monitor_qmp_cmd_in_band", isAvailable: true,
            format: "%s",
            arguments: [("id", .string)]),
        TraceEventDescriptor(
            id: 80, name: "monitor_qmp_err_in_band", isAvailable: true,
            format: "%s",
            arguments: [("desc", .string)]),
        TraceEventDescriptor(
            id: 81, name: "monitor_qmp_cmd_out_of_band", isAvailable: true,
            format: "%s",
            arguments: [("id", .string)]),
        TraceEventDescriptor(
            id: 82, name: "monitor_qmp_respond", isAvailable: true,
            format: "mon %p resp: %s",
            arguments: [("mon", .pointer), ("json", .string)]),
        TraceEventDescriptor(
            id: 83, name: "handle_qmp_command", isAvailable: true,
            format: "mon %p req: %s",
            arguments: [("mon", .pointer), ("req", .string)]),
        TraceEventDescriptor(
            id: 84, name: "vfio_user_recv_hdr", isAvailable: true,
            format: " (%s) id 0x%x cmd 0x%x size 0x%x flags 0x%x",
            arguments: [("name", .string), ("id", .uint16), ("cmd", .uint16), ("size", .uint32), ("flags", .uint32)]),
        TraceEventDescriptor(
            id: 85, name: "vfio_user_recv_request", isAvailable: true,
            format: " command 0x%x",
            arguments: [("cmd", .uint16)]),
        TraceEventDescriptor(
            id: 86, name: "vfio_user_send_write", isAvailable: true,
            format: " id 0x%x wrote 0x%x",
            arguments: [("id", .uint16), ("wrote", .int32)]),
        TraceEventDescriptor(
            id: 87, name: "vfio_user_version", isAvailable: true,
            format: " major %d minor %d caps: %s",
            arguments: [("major", .uint16), ("minor", .uint16), ("caps", .string)]),
        TraceEventDescriptor(
            id: 88, name: "vfio_user_dma_map", isAvailable: true,
            format: " iova 0x%lx size 0x%lx off 0x%lx flags 0x%x async_ops %d",
            arguments: [("iova", .uint64), ("size", .uint64), ("off", .uint64), ("flags", .uint32), ("async_ops", .bool)]),
        TraceEventDescriptor(
            id: 89, name: "vfio_user_dma_unmap", isAvailable: true,
            format: " iova 0x%lx size 0x%lx flags 0x%x async_ops %d",
            arguments: [("iova", .uint64), ("size", .uint64), ("flags", .uint32), ("async_ops", .bool)]),
        TraceEventDescriptor(
            id: 90, name: "vfio_user_get_info", isAvailable: true,
            format: " #regions %d #irqs %d",
            arguments: [("nregions", .uint32), ("nirqs", .uint32)]),
        TraceEventDescriptor(
            id: 91, name: "vfio_user_get_region_info", isAvailable: true,
            format: " index %d flags 0x%x size 0x%lx",
            arguments: [("index", .uint32), ("flags", .uint32), ("size", .uint64)]),
        TraceEventDescriptor(
            id: 92, name: "vfio_user_region_rw", isAvailable: true,
            format: " region %d offset 0x%lx count %d",
            arguments: [("region", .uint32), ("off", .uint64), ("count", .uint32)]),
        TraceEventDescriptor(
            id: 93, name: "vfio_user_get_irq_info", isAvailable: true,
            format: " index %d flags 0x%x count %d",
            arguments: [("index", .uint32), ("flags", .uint32), ("count", .uint32)]),
        TraceEventDescriptor(
            id: 94, name: "vfio_user_set_irqs", isAvailable: true,
            format: " index %d start %d count %d flags 0x%x",
            arguments: [("index", .uint32), ("start", .uint32), ("count", .uint32), ("flags", .uint32)]),
        TraceEventDescriptor(
            id: 95, name: "vfio_user_server_connect", isAvailable: true,
            format: " (%s) client pid %d uid %u gid %u",
            arguments: [("name", .string), ("pid", .int32), ("uid", .uint32), ("gid", .uint32)]),
        TraceEventDescriptor(
            id: 96, name: "vfio_user_server_refuse_client", isAvailable: true,
            format: " (%s) pid %d uid %u: %s",
            arguments: [("name", .string), ("pid", .int32), ("uid", .uint32), ("reason", .string)]),
        TraceEventDescriptor(
            id: 97, name: "vfio_user_server_disconnect", isAvailable: true,
            format: " (%s) windows %d",
            arguments: [("name", .string), ("windows", .int32)]),
        TraceEventDescriptor(
            id: 98, name: "vfio_user_server_refuse", isAvailable: true,
            format: " (%s) id 0x%x cmd 0x%x error %d: %s",
            arguments: [("name", .string), ("id", .uint16), ("cmd", .uint16), ("err", .int32), ("reason", .string)]),
        TraceEventDescriptor(
            id: 99, name: "qmp_enter_qmp_capabilities", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 100, name: "qmp_exit_qmp_capabilities", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 101, name: "qmp_enter_query_version", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 102, name: "qmp_exit_query_version", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 103, name: "qmp_enter_query_commands", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 104, name: "qmp_exit_query_commands", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 105, name: "qmp_enter_quit", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 106, name: "qmp_exit_quit", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 107, name: "qmp_enter_query_qmp_schema", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 108, name: "qmp_exit_query_qmp_schema", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 109, name: "qmp_enter_query_status", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 110, name: "qmp_exit_query_status", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 111, name: "qmp_enter_x_exit_preconfig", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 112, name: "qmp_exit_x_exit_preconfig", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 113, name: "qmp_enter_query_state_journal", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 114, name: "qmp_exit_query_state_journal", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 115, name: "qmp_enter_x_oob_test", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 116, name: "qmp_exit_x_oob_test", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 117, name: "qmp_enter_getfd", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 118, name: "qmp_exit_getfd", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 119, name: "qmp_enter_closefd", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 120, name: "qmp_exit_closefd", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 121, name: "qmp_enter_add_fd", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 122, name: "qmp_exit_add_fd", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 123, name: "qmp_enter_remove_fd", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 124, name: "qmp_exit_remove_fd", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 125, name: "qmp_enter_query_fdsets", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 126, name: "qmp_exit_query_fdsets", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 127, name: "qmp_enter_qom_list", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 128, name: "qmp_exit_qom_list", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 129, name: "qmp_enter_qom_get", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 130, name: "qmp_exit_qom_get", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 131, name: "qmp_enter_qom_set", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 132, name: "qmp_exit_qom_set", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 133, name: "qmp_enter_qom_list_types", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 134, name: "qmp_exit_qom_list_types", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 135, name: "qmp_enter_qom_list_properties", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 136, name: "qmp_exit_qom_list_properties", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 137, name: "qmp_enter_object_add", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 138, name: "qmp_exit_object_add", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 139, name: "qmp_enter_object_del", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 140, name: "qmp_exit_object_del", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 141, name: "qmp_enter_iommufd_ioas_alloc", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 142, name: "qmp_exit_iommufd_ioas_alloc", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 143, name: "qmp_enter_iommufd_destroy", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 144, name: "qmp_exit_iommufd_destroy", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 145, name: "qmp_enter_iommufd_ioas_map", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 146, name: "qmp_exit_iommufd_ioas_map", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 147, name: "qmp_enter_iommufd_ioas_map_file", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 148, name: "qmp_exit_iommufd_ioas_map_file", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 149, name: "qmp_enter_iommufd_ioas_unmap", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 150, name: "qmp_exit_iommufd_ioas_unmap", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 151, name: "qmp_enter_iommufd_ioas_iova_ranges", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 152, name: "qmp_exit_iommufd_ioas_iova_ranges", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 153, name: "qmp_enter_query_iommufd", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 154, name: "qmp_exit_query_iommufd", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 155, name: "qmp_enter_iommufd_ioas_copy", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 156, name: "qmp_exit_iommufd_ioas_copy", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 157, name: "qmp_enter_iommufd_ioas_allow_iovas", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 158, name: "qmp_exit_iommufd_ioas_allow_iovas", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 159, name: "qmp_enter_iommufd_option", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 160, name: "qmp_exit_iommufd_option", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 161, name: "qmp_enter_iommufd_hwpt_alloc", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 162, name: "qmp_exit_iommufd_hwpt_alloc", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 163, name: "qmp_enter_iommufd_hwpt_set_dirty_tracking", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 164, name: "qmp_exit_iommufd_hwpt_set_dirty_tracking", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 165, name: "qmp_enter_iommufd_hwpt_get_dirty_bitmap", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 166, name: "qmp_exit_iommufd_hwpt_get_dirty_bitmap", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 167, name: "qmp_enter_iommufd_hwpt_invalidate", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 168, name: "qmp_exit_iommufd_hwpt_invalidate", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 169, name: "qmp_enter_iommufd_get_hw_info", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 170, name: "qmp_exit_iommufd_get_hw_info", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 171, name: "qmp_enter_query_vfio_host_devices", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 172, name: "qmp_exit_query_vfio_host_devices", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 173, name: "qmp_enter_vfio_device_bind", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 174, name: "qmp_exit_vfio_device_bind", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 175, name: "qmp_enter_vfio_device_attach", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 176, name: "qmp_exit_vfio_device_attach", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 177, name: "qmp_enter_vfio_device_detach", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 178, name: "qmp_exit_vfio_device_detach", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 179, name: "qmp_enter_vfio_device_unbind", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 180, name: "qmp_exit_vfio_device_unbind", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 181, name: "qmp_enter_vfio_device_get_info", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 182, name: "qmp_exit_vfio_device_get_info", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 183, name: "qmp_enter_device_add", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 184, name: "qmp_exit_device_add", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 185, name: "qmp_enter_device_del", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 186, name: "qmp_exit_device_del", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 187, name: "qmp_enter_query_vfio", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 188, name: "qmp_exit_query_vfio", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 189, name: "qmp_enter_dirty_tracking_start", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 190, name: "qmp_exit_dirty_tracking_start", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 191, name: "qmp_enter_dirty_tracking_stop", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 192, name: "qmp_exit_dirty_tracking_stop", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 193, name: "qmp_enter_query_dirty_bitmap", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 194, name: "qmp_exit_query_dirty_bitmap", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 195, name: "qmp_enter_query_host_iommu_devices", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 196, name: "qmp_exit_query_host_iommu_devices", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 197, name: "qmp_enter_vtd_device_attach_hwpt", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 198, name: "qmp_exit_vtd_device_attach_hwpt", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 199, name: "qmp_enter_vtd_device_detach_hwpt", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 200, name: "qmp_exit_vtd_device_detach_hwpt", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 201, name: "qmp_enter_vtd_device_reattach_def_hwpt", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 202, name: "qmp_exit_vtd_device_reattach_def_hwpt", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 203, name: "qmp_enter_query_migrate", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 204, name: "qmp_exit_query_migrate", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 205, name: "qmp_enter_x_sim_dma_write", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 206, name: "qmp_exit_x_sim_dma_write", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 207, name: "qmp_enter_x_sim_dma_read", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 208, name: "qmp_exit_x_sim_dma_read", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 209, name: "qmp_enter_x_sim_inject_fault", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 210, name: "qmp_exit_x_sim_inject_fault", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 211, name: "qmp_enter_x_sim_set_memlock_limit", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 212, name: "qmp_exit_x_sim_set_memlock_limit", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 213, name: "qmp_enter_x_sim_irq", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 214, name: "qmp_exit_x_sim_irq", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 215, name: "qmp_enter_trace_event_get_state", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 216, name: "qmp_exit_trace_event_get_state", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
        TraceEventDescriptor(
            id: 217, name: "qmp_enter_trace_event_set_state", isAvailable: true,
            format: "%s",
            arguments: [("json", .string)]),
        TraceEventDescriptor(
            id: 218, name: "qmp_exit_trace_event_set_state", isAvailable: true,
            format: "%s %d",
            arguments: [("result", .string), ("succeeded", .bool)]),
    ]
}
