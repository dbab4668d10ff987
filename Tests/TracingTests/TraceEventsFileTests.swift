import TraceGen
import Testing

/// `tracing/trace-events` against QEMU: the events taken from QEMU are there
/// byte for byte, and the LTTng fields are what tracetool generates for them.
@Suite struct TraceEventsFileTests {
    static let text: String = (try? readTextFile(Paths.root + "/tracing/trace-events")) ?? ""
    static let events: [TraceEventDefinition] = (try? TraceEventsParser().parse(text, file: "tracing/trace-events")) ?? []

    /// QEMU's lines (backends/trace-events iommufd section; hw/vfio/trace-events
    /// iommufd, container and dirty events; monitor/trace-events;
    /// hw/vfio-user/trace-events).
    static let qemuLines = #"""
        iommufd_change_process(int fd, bool ret) "fd=%d (%d)"
        iommufd_backend_connect(int fd, bool owned, uint32_t users) "fd=%d owned=%d users=%d"
        iommufd_backend_disconnect(int fd, uint32_t users) "fd=%d users=%d"
        iommu_backend_set_fd(int fd) "pre-opened /dev/iommu fd=%d"
        iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, void *vaddr, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p readonly=%d (%d)"
        iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" fd=%d start=%ld readonly=%d (%d)"
        iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " Unmap nonexistent mapping: iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)"
        iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)"
        iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas) " iommufd=%d ioas=%d"
        iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret) " iommufd=%d dev_id=%u pt_id=%u flags=0x%x hwpt_type=%u len=%u data_ptr=0x%"PRIx64" out_hwpt=%u (%d)"
        iommufd_backend_free_id(int iommufd, uint32_t id, int ret) " iommufd=%d id=%d (%d)"
        iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret) " iommufd=%d hwpt=%u enable=%d (%d)"
        iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret) " iommufd=%d hwpt=%u iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%"PRIx64" page_size=0x%"PRIx64" (%d)"
        iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret) " iommufd=%d id=%u data_type=%u entry_len=%u entry_num=%u done_num=%u data_ptr=0x%"PRIx64" (%d)"
        iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret) " iommufd=%d type=%u dev_id=%u hwpt_id=%u viommu_id=%u (%d)"
        iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret) " iommufd=%d dev_id=%u viommu_id=%u virt_id=0x%"PRIx64" vdev_id=%u (%d)"
        vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max) "section 0x%"PRIx64" - 0x%"PRIx64" -> update [0x%"PRIx64" - 0x%"PRIx64"]"
        vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci) "nr_ranges %d 32:[0x%"PRIx64" - 0x%"PRIx64"], 64:[0x%"PRIx64" - 0x%"PRIx64"], pci64:[0x%"PRIx64" - 0x%"PRIx64"]"
        vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64
        vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64
        vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages) "iova=0x%"PRIx64" size=0x%"PRIx64" backend_flag=0x%"PRIx64" bitmap_size=0x%"PRIx64" gpa=0x%"PRIx64" dirty_pages=%"PRIu64
        vfio_container_disconnect(int fd) "close container->fd=%d"
        vfio_group_put(int fd) "close group->fd=%d"
        vfio_device_get(const char * name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs) "Device %s flags: %u, regions: %u, irqs: %u"
        vfio_device_put(int fd) "close vdev->fd=%d"
        iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid) " [iommufd=%d] Successfully bound device %s (fd=%d): output devid=%d"
        iommufd_cdev_getfd(const char *dev, int devfd) " %s (fd=%d)"
        iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id) " [iommufd=%d] Successfully attached device %s (%d) to id=%d"
        iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name) " [iommufd=%d] Successfully detached %s"
        iommufd_cdev_fail_attach_existing_container(const char *msg) " %s"
        iommufd_cdev_alloc_ioas(int iommufd, int ioas_id) " [iommufd=%d] new IOMMUFD container with ioasid=%d"
        iommufd_cdev_device_info(char *name, int devfd, int num_irqs, int num_regions, int flags) " %s (%d) num_irqs=%d num_regions=%d flags=%d"
        iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id) "\t%04x:%02x:%02x.%x devid %d"
        vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id) "ioas_id %u, devid %d, hwpt_id %u"
        vfio_device_attach(const char *name, int group_id) " (%s) group %d"
        vfio_device_detach(const char *name, int group_id) " (%s) group %d"
        monitor_protocol_event_emit(uint32_t event, void *data) "event=%d data=%p"
        monitor_suspend(void *ptr, int cnt) "mon %p: %d"
        monitor_qmp_in_band_enqueue(void *req, void *mon, unsigned len) "%p mon %p len %u"
        monitor_qmp_in_band_dequeue(void *req, unsigned len) "%p len %u"
        monitor_qmp_cmd_in_band(const char *id) "%s"
        monitor_qmp_err_in_band(const char *desc) "%s"
        monitor_qmp_cmd_out_of_band(const char *id) "%s"
        monitor_qmp_respond(void *mon, const char *json) "mon %p resp: %s"
        vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, void *vaddr) "region_add [ram] 0x%"PRIx64" - 0x%"PRIx64" [%p]"
        vfio_listener_region_del(uint64_t start, uint64_t end) "region_del 0x%"PRIx64" - 0x%"PRIx64
        handle_qmp_command(void *mon, const char *req) "mon %p req: %s"
        vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d"
        vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret) "dev_id %d pasid %d ret: %d"
        vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d"
        virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new) "mr=%s old_mask=0x%"PRIx64" new_mask=0x%"PRIx64
        virtio_iommu_freeze_granule(uint64_t page_size_mask) "granule: 0x%"PRIx64
        vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags) " (%s) id 0x%x cmd 0x%x size 0x%x flags 0x%x"
        vfio_user_recv_request(uint16_t cmd) " command 0x%x"
        vfio_user_send_write(uint16_t id, int wrote) " id 0x%x wrote 0x%x"
        vfio_user_version(uint16_t major, uint16_t minor, const char *caps) " major %d minor %d caps: %s"
        vfio_user_get_info(uint32_t nregions, uint32_t nirqs) " #regions %d #irqs %d"
        vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size) " index %d flags 0x%x size 0x%"PRIx64
        vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count) " region %d offset 0x%"PRIx64" count %d"
        vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count) " index %d flags 0x%x count %d"
        vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags) " index %d start %d count %d flags 0x%x"
        vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" off 0x%"PRIx64" flags 0x%x async_ops %d"
        vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags,  bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" flags 0x%x async_ops %d"
        """#

    @Test func qemuEventsAreCopiedExactly() {
        let lines = Set(Self.text.split(separator: "\n").map(String.init))
        for line in Self.qemuLines.split(separator: "\n") {
            #expect(lines.contains(String(line)), "missing or altered: \(line)")
        }
    }

    @Test func fileParses() throws {
        _ = try TraceEventsParser().parse(Self.text, file: "tracing/trace-events")
        #expect(Self.events.count >= 60)
    }

    /// Every event iommud adds is documented by a comment starting `iommud:`.
    @Test func addedEventsAreDocumented() {
        let qemuNames = Set(Self.qemuLines.split(separator: "\n").map { String($0.prefix(while: { $0 != "(" })) })
        for event in Self.events where !qemuNames.contains(event.name) && !event.isDisabled {
            #expect(event.comment.contains { $0.hasPrefix("iommud:") }, "\(event.name) has no 'iommud:' comment")
        }
    }

    func fields(_ name: String) -> [String] {
        Self.events.first(where: { $0.name == name })?.lttngFields ?? []
    }

    /// The field kinds reference §6.4 reports from running tracetool on these lines.
    @Test func lttngFieldsMatchTracetool() {
        #expect(fields("iommufd_backend_map_dma") == [
            "lttng_ust_field_integer(int, iommufd, iommufd)",
            "lttng_ust_field_integer(uint32_t, ioas, ioas)",
            "lttng_ust_field_integer_hex(uint64_t, iova, iova)",
            "lttng_ust_field_integer_hex(uint64_t, size, size)",
            "lttng_ust_field_integer_hex(void *, vaddr, vaddr)",
            "lttng_ust_field_integer(bool, readonly, readonly)",
            "lttng_ust_field_integer(int, ret, ret)",
        ])
        let hwpt = fields("iommufd_backend_alloc_hwpt")
        #expect(hwpt.filter { $0.contains("_hex") } == [
            "lttng_ust_field_integer_hex(uint32_t, flags, flags)",
            "lttng_ust_field_integer_hex(uint64_t, data_ptr, data_ptr)",
        ])
        #expect(hwpt.count == 9)
        #expect(fields("iommufd_backend_get_dirty_bitmap").filter { $0.contains("_hex") }.count == 4)
        #expect(fields("iommufd_cdev_connect_and_bind")[1] == "lttng_ust_field_string(name, name)")
        #expect(fields("iommufd_cdev_device_info")[0] == "lttng_ust_field_string(name, name)")
        #expect(fields("vfio_device_get")[0] == "lttng_ust_field_string(name, name)")
        #expect(fields("iommufd_cdev_pci_hot_reset_dep_devices") == [
            "lttng_ust_field_integer_hex(int, domain, domain)",
            "lttng_ust_field_integer_hex(int, bus, bus)",
            "lttng_ust_field_integer_hex(int, slot, slot)",
            "lttng_ust_field_integer_hex(int, function, function)",
            "lttng_ust_field_integer(int, dev_id, dev_id)",
        ])
        let query = fields("vfio_container_query_dirty_bitmap")
        #expect(query.prefix(5).allSatisfy { $0.contains("_hex") })
        #expect(query.last == "lttng_ust_field_integer(uint64_t, dirty_pages, dirty_pages)")
        #expect(fields("handle_qmp_command") == [
            "lttng_ust_field_integer_hex(void *, mon, mon)", "lttng_ust_field_string(req, req)",
        ])
    }

    @Test func typesAreCanonicalised() throws {
        let events = try TraceEventsParser().parse(
            "t(const char* a, char *b, unsigned c, long int d, unsigned long long e, char **f, size_t g, int8_t h) \"%s %s %u %ld %llu %p %zu %d\"\n",
            file: "t")
        let types = try #require(events.first).arguments.map(\.type)
        #expect(types.map(\.spelling) == [
            "const char *", "char *", "unsigned", "long int", "unsigned long long", "char **", "size_t", "int8_t",
        ])
        #expect(types.map(\.kind) == [
            .string, .string, .integer(signed: false, bits: 32), .integer(signed: true, bits: 64),
            .integer(signed: false, bits: 64), .pointer, .integer(signed: false, bits: 64), .integer(signed: true, bits: 8),
        ])
        #expect(types.map(\.swiftType) == ["String", "String", "UInt32", "Int", "UInt64", "UnsafeRawPointer?", "UInt", "Int8"])
        #expect(types.map(\.wrapperType) == [
            "const char *", "const char *", "unsigned", "long int", "unsigned long long", "const void *", "unsigned long", "int8_t",
        ])
    }

    @Test func formatIsDecoded() throws {
        let event = try #require(Self.events.first { $0.name == "iommufd_backend_map_dma" })
        #expect(event.format.text == " iommufd=%d ioas=%d iova=0x%lx size=0x%lx addr=%p readonly=%d (%d)")
        #expect(event.format.conversions.map(\.spelling) == ["%d", "%d", "%lx", "%lx", "%p", "%d", "%d"])
        let reset = try #require(Self.events.first { $0.name == "iommufd_cdev_pci_hot_reset_dep_devices" })
        #expect(reset.format.text == "\t%04x:%02x:%02x.%x devid %d")
        let queue = try #require(Self.events.first { $0.name == "monitor_protocol_event_queue" })
        #expect(queue.isDisabled)
        #expect(queue.format.text == "event=%d data=%p rate=%ld")
    }
}
