/* generated from tracing/trace-events and tracing/qapi-commands.trace-events — do not edit (run 'make gen') */
/*
 * The one translation unit that creates the 'qemu' probes and defines the
 * tracepoints, plus the plain C wrappers Swift calls.
 */
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include "qemu_tp.h"

#include "qemu_trace.h"

uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];

const volatile int *const qemu_trace_state_iommufd_change_process = &lttng_ust_tracepoint_qemu___iommufd_change_process.state;

void qemu_trace_iommufd_change_process(int fd, bool ret)
{
    lttng_ust_tracepoint(qemu, iommufd_change_process, fd, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_connect = &lttng_ust_tracepoint_qemu___iommufd_backend_connect.state;

void qemu_trace_iommufd_backend_connect(int fd, bool owned, uint32_t users)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_connect, fd, owned, users);
}

const volatile int *const qemu_trace_state_iommufd_backend_disconnect = &lttng_ust_tracepoint_qemu___iommufd_backend_disconnect.state;

void qemu_trace_iommufd_backend_disconnect(int fd, uint32_t users)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_disconnect, fd, users);
}

const volatile int *const qemu_trace_state_iommu_backend_set_fd = &lttng_ust_tracepoint_qemu___iommu_backend_set_fd.state;

void qemu_trace_iommu_backend_set_fd(int fd)
{
    lttng_ust_tracepoint(qemu, iommu_backend_set_fd, fd);
}

const volatile int *const qemu_trace_state_iommufd_backend_map_dma = &lttng_ust_tracepoint_qemu___iommufd_backend_map_dma.state;

void qemu_trace_iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, const void *vaddr, bool readonly, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_map_dma, iommufd, ioas, iova, size, (void *)vaddr, readonly, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_map_file_dma = &lttng_ust_tracepoint_qemu___iommufd_backend_map_file_dma.state;

void qemu_trace_iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_map_file_dma, iommufd, ioas, iova, size, fd, start, readonly, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_unmap_dma_non_exist = &lttng_ust_tracepoint_qemu___iommufd_backend_unmap_dma_non_exist.state;

void qemu_trace_iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_unmap_dma_non_exist, iommufd, ioas, iova, size, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_unmap_dma = &lttng_ust_tracepoint_qemu___iommufd_backend_unmap_dma.state;

void qemu_trace_iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_unmap_dma, iommufd, ioas, iova, size, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_ioas = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_ioas.state;

void qemu_trace_iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_ioas, iommufd, ioas);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_hwpt = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_hwpt.state;

void qemu_trace_iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_hwpt, iommufd, dev_id, pt_id, flags, hwpt_type, len, data_ptr, out_hwpt_id, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_free_id = &lttng_ust_tracepoint_qemu___iommufd_backend_free_id.state;

void qemu_trace_iommufd_backend_free_id(int iommufd, uint32_t id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_free_id, iommufd, id, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_set_dirty = &lttng_ust_tracepoint_qemu___iommufd_backend_set_dirty.state;

void qemu_trace_iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_set_dirty, iommufd, hwpt_id, start, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_get_dirty_bitmap = &lttng_ust_tracepoint_qemu___iommufd_backend_get_dirty_bitmap.state;

void qemu_trace_iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_get_dirty_bitmap, iommufd, hwpt_id, iova, size, flags, page_size, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_invalidate_cache = &lttng_ust_tracepoint_qemu___iommufd_backend_invalidate_cache.state;

void qemu_trace_iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_invalidate_cache, iommufd, id, data_type, entry_len, entry_num, done_num, data_ptr, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_viommu = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_viommu.state;

void qemu_trace_iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_viommu, iommufd, dev_id, type, hwpt_id, viommu_id, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_vdev = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_vdev.state;

void qemu_trace_iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_vdev, iommufd, dev_id, viommu_id, virt_id, vdev_id, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_get_device_info = &lttng_ust_tracepoint_qemu___iommufd_backend_get_device_info.state;

void qemu_trace_iommufd_backend_get_device_info(int iommufd, uint32_t dev_id, uint32_t data_len, uint32_t type, uint64_t caps, uint8_t max_pasid_log2, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_get_device_info, iommufd, dev_id, data_len, type, caps, max_pasid_log2, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_get_iova_ranges = &lttng_ust_tracepoint_qemu___iommufd_backend_get_iova_ranges.state;

void qemu_trace_iommufd_backend_get_iova_ranges(int iommufd, uint32_t ioas, uint32_t num_iovas, uint64_t alignment, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_get_iova_ranges, iommufd, ioas, num_iovas, alignment, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_allow_iovas = &lttng_ust_tracepoint_qemu___iommufd_backend_allow_iovas.state;

void qemu_trace_iommufd_backend_allow_iovas(int iommufd, uint32_t ioas, uint32_t num_iovas, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_allow_iovas, iommufd, ioas, num_iovas, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_copy_dma = &lttng_ust_tracepoint_qemu___iommufd_backend_copy_dma.state;

void qemu_trace_iommufd_backend_copy_dma(int iommufd, uint32_t dst_ioas, uint32_t src_ioas, uint64_t dst_iova, uint64_t src_iova, uint64_t size, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_copy_dma, iommufd, dst_ioas, src_ioas, dst_iova, src_iova, size, flags, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_set_option = &lttng_ust_tracepoint_qemu___iommufd_backend_set_option.state;

void qemu_trace_iommufd_backend_set_option(int iommufd, uint32_t option_id, uint32_t op, uint32_t object_id, uint64_t val, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_set_option, iommufd, option_id, op, object_id, val, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_vfio_ioas = &lttng_ust_tracepoint_qemu___iommufd_backend_vfio_ioas.state;

void qemu_trace_iommufd_backend_vfio_ioas(int iommufd, uint32_t op, uint32_t ioas, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_vfio_ioas, iommufd, op, ioas, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_fault_queue = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_fault_queue.state;

void qemu_trace_iommufd_backend_alloc_fault_queue(int iommufd, uint32_t flags, uint32_t fault_id, int fault_fd, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_fault_queue, iommufd, flags, fault_id, fault_fd, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_veventq = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_veventq.state;

void qemu_trace_iommufd_backend_alloc_veventq(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t depth, uint32_t veventq_id, int veventq_fd, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_veventq, iommufd, viommu_id, type, depth, veventq_id, veventq_fd, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_alloc_hw_queue = &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_hw_queue.state;

void qemu_trace_iommufd_backend_alloc_hw_queue(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t index, uint64_t base_addr, uint64_t length, uint32_t hw_queue_id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_alloc_hw_queue, iommufd, viommu_id, type, index, base_addr, length, hw_queue_id, ret);
}

const volatile int *const qemu_trace_state_iommufd_backend_test_cmd = &lttng_ust_tracepoint_qemu___iommufd_backend_test_cmd.state;

void qemu_trace_iommufd_backend_test_cmd(int iommufd, uint32_t op, uint32_t id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_backend_test_cmd, iommufd, op, id, ret);
}

const volatile int *const qemu_trace_state_iommufd_cdev_connect_and_bind = &lttng_ust_tracepoint_qemu___iommufd_cdev_connect_and_bind.state;

void qemu_trace_iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_connect_and_bind, iommufd, name, devfd, devid);
}

const volatile int *const qemu_trace_state_iommufd_cdev_getfd = &lttng_ust_tracepoint_qemu___iommufd_cdev_getfd.state;

void qemu_trace_iommufd_cdev_getfd(const char *dev, int devfd)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_getfd, dev, devfd);
}

const volatile int *const qemu_trace_state_iommufd_cdev_attach_ioas_hwpt = &lttng_ust_tracepoint_qemu___iommufd_cdev_attach_ioas_hwpt.state;

void qemu_trace_iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_attach_ioas_hwpt, iommufd, name, devfd, id);
}

const volatile int *const qemu_trace_state_iommufd_cdev_detach_ioas_hwpt = &lttng_ust_tracepoint_qemu___iommufd_cdev_detach_ioas_hwpt.state;

void qemu_trace_iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_detach_ioas_hwpt, iommufd, name);
}

const volatile int *const qemu_trace_state_iommufd_cdev_fail_attach_existing_container = &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_attach_existing_container.state;

void qemu_trace_iommufd_cdev_fail_attach_existing_container(const char *msg)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_fail_attach_existing_container, msg);
}

const volatile int *const qemu_trace_state_iommufd_cdev_alloc_ioas = &lttng_ust_tracepoint_qemu___iommufd_cdev_alloc_ioas.state;

void qemu_trace_iommufd_cdev_alloc_ioas(int iommufd, int ioas_id)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_alloc_ioas, iommufd, ioas_id);
}

const volatile int *const qemu_trace_state_iommufd_cdev_device_info = &lttng_ust_tracepoint_qemu___iommufd_cdev_device_info.state;

void qemu_trace_iommufd_cdev_device_info(const char *name, int devfd, int num_irqs, int num_regions, int flags)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_device_info, (char *)name, devfd, num_irqs, num_regions, flags);
}

const volatile int *const qemu_trace_state_iommufd_cdev_pci_hot_reset_dep_devices = &lttng_ust_tracepoint_qemu___iommufd_cdev_pci_hot_reset_dep_devices.state;

void qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_pci_hot_reset_dep_devices, domain, bus, slot, function, dev_id);
}

const volatile int *const qemu_trace_state_vfio_cpr_find_device = &lttng_ust_tracepoint_qemu___vfio_cpr_find_device.state;

void qemu_trace_vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id)
{
    lttng_ust_tracepoint(qemu, vfio_cpr_find_device, ioas_id, devid, hwpt_id);
}

const volatile int *const qemu_trace_state_vfio_container_query_dirty_bitmap = &lttng_ust_tracepoint_qemu___vfio_container_query_dirty_bitmap.state;

void qemu_trace_vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages)
{
    lttng_ust_tracepoint(qemu, vfio_container_query_dirty_bitmap, iova, size, backend_flag, bitmap_size, translated_addr, dirty_pages);
}

const volatile int *const qemu_trace_state_vfio_listener_region_add_ram = &lttng_ust_tracepoint_qemu___vfio_listener_region_add_ram.state;

void qemu_trace_vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, const void *vaddr)
{
    lttng_ust_tracepoint(qemu, vfio_listener_region_add_ram, iova_start, iova_end, (void *)vaddr);
}

const volatile int *const qemu_trace_state_vfio_listener_region_del = &lttng_ust_tracepoint_qemu___vfio_listener_region_del.state;

void qemu_trace_vfio_listener_region_del(uint64_t start, uint64_t end)
{
    lttng_ust_tracepoint(qemu, vfio_listener_region_del, start, end);
}

const volatile int *const qemu_trace_state_vfio_device_dirty_tracking_update = &lttng_ust_tracepoint_qemu___vfio_device_dirty_tracking_update.state;

void qemu_trace_vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max)
{
    lttng_ust_tracepoint(qemu, vfio_device_dirty_tracking_update, start, end, min, max);
}

const volatile int *const qemu_trace_state_vfio_device_dirty_tracking_start = &lttng_ust_tracepoint_qemu___vfio_device_dirty_tracking_start.state;

void qemu_trace_vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci)
{
    lttng_ust_tracepoint(qemu, vfio_device_dirty_tracking_start, nr_ranges, min32, max32, min64, max64, minpci, maxpci);
}

const volatile int *const qemu_trace_state_vfio_iommu_map_dirty_notify = &lttng_ust_tracepoint_qemu___vfio_iommu_map_dirty_notify.state;

void qemu_trace_vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end)
{
    lttng_ust_tracepoint(qemu, vfio_iommu_map_dirty_notify, iova_start, iova_end);
}

const volatile int *const qemu_trace_state_vfio_iommu_map_dirty_notify_skip_ro = &lttng_ust_tracepoint_qemu___vfio_iommu_map_dirty_notify_skip_ro.state;

void qemu_trace_vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end)
{
    lttng_ust_tracepoint(qemu, vfio_iommu_map_dirty_notify_skip_ro, iova_start, iova_end);
}

const volatile int *const qemu_trace_state_vfio_container_disconnect = &lttng_ust_tracepoint_qemu___vfio_container_disconnect.state;

void qemu_trace_vfio_container_disconnect(int fd)
{
    lttng_ust_tracepoint(qemu, vfio_container_disconnect, fd);
}

const volatile int *const qemu_trace_state_vfio_group_put = &lttng_ust_tracepoint_qemu___vfio_group_put.state;

void qemu_trace_vfio_group_put(int fd)
{
    lttng_ust_tracepoint(qemu, vfio_group_put, fd);
}

const volatile int *const qemu_trace_state_vfio_device_get = &lttng_ust_tracepoint_qemu___vfio_device_get.state;

void qemu_trace_vfio_device_get(const char *name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs)
{
    lttng_ust_tracepoint(qemu, vfio_device_get, name, flags, num_regions, num_irqs);
}

const volatile int *const qemu_trace_state_vfio_device_put = &lttng_ust_tracepoint_qemu___vfio_device_put.state;

void qemu_trace_vfio_device_put(int fd)
{
    lttng_ust_tracepoint(qemu, vfio_device_put, fd);
}

const volatile int *const qemu_trace_state_vfio_device_attach = &lttng_ust_tracepoint_qemu___vfio_device_attach.state;

void qemu_trace_vfio_device_attach(const char *name, int group_id)
{
    lttng_ust_tracepoint(qemu, vfio_device_attach, name, group_id);
}

const volatile int *const qemu_trace_state_vfio_device_detach = &lttng_ust_tracepoint_qemu___vfio_device_detach.state;

void qemu_trace_vfio_device_detach(const char *name, int group_id)
{
    lttng_ust_tracepoint(qemu, vfio_device_detach, name, group_id);
}

const volatile int *const qemu_trace_state_vtd_device_attach_hwpt = &lttng_ust_tracepoint_qemu___vtd_device_attach_hwpt.state;

void qemu_trace_vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret)
{
    lttng_ust_tracepoint(qemu, vtd_device_attach_hwpt, dev_id, pasid, hwpt_id, ret);
}

const volatile int *const qemu_trace_state_vtd_device_detach_hwpt = &lttng_ust_tracepoint_qemu___vtd_device_detach_hwpt.state;

void qemu_trace_vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret)
{
    lttng_ust_tracepoint(qemu, vtd_device_detach_hwpt, dev_id, pasid, ret);
}

const volatile int *const qemu_trace_state_vtd_device_reattach_def_hwpt = &lttng_ust_tracepoint_qemu___vtd_device_reattach_def_hwpt.state;

void qemu_trace_vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret)
{
    lttng_ust_tracepoint(qemu, vtd_device_reattach_def_hwpt, dev_id, pasid, hwpt_id, ret);
}

const volatile int *const qemu_trace_state_virtio_iommu_set_page_size_mask = &lttng_ust_tracepoint_qemu___virtio_iommu_set_page_size_mask.state;

void qemu_trace_virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new)
{
    lttng_ust_tracepoint(qemu, virtio_iommu_set_page_size_mask, name, old, new);
}

const volatile int *const qemu_trace_state_virtio_iommu_freeze_granule = &lttng_ust_tracepoint_qemu___virtio_iommu_freeze_granule.state;

void qemu_trace_virtio_iommu_freeze_granule(uint64_t page_size_mask)
{
    lttng_ust_tracepoint(qemu, virtio_iommu_freeze_granule, page_size_mask);
}

const volatile int *const qemu_trace_state_iommufd_cdev_fail_connect_and_bind = &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_connect_and_bind.state;

void qemu_trace_iommufd_cdev_fail_connect_and_bind(int iommufd, const char *name, int devfd, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_fail_connect_and_bind, iommufd, name, devfd, ret);
}

const volatile int *const qemu_trace_state_iommufd_cdev_fail_attach_ioas_hwpt = &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_attach_ioas_hwpt.state;

void qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_fail_attach_ioas_hwpt, iommufd, name, devfd, id, ret);
}

const volatile int *const qemu_trace_state_iommufd_cdev_fail_detach_ioas_hwpt = &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_detach_ioas_hwpt.state;

void qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt(int iommufd, const char *name, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_fail_detach_ioas_hwpt, iommufd, name, ret);
}

const volatile int *const qemu_trace_state_iommufd_cdev_fail_device_info = &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_device_info.state;

void qemu_trace_iommufd_cdev_fail_device_info(const char *name, int devfd, int ret)
{
    lttng_ust_tracepoint(qemu, iommufd_cdev_fail_device_info, name, devfd, ret);
}

const volatile int *const qemu_trace_state_vfio_device_get_region_info = &lttng_ust_tracepoint_qemu___vfio_device_get_region_info.state;

void qemu_trace_vfio_device_get_region_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint64_t size, uint64_t offset, uint32_t caps, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_device_get_region_info, name, devfd, index, flags, size, offset, caps, ret);
}

const volatile int *const qemu_trace_state_vfio_device_get_irq_info = &lttng_ust_tracepoint_qemu___vfio_device_get_irq_info.state;

void qemu_trace_vfio_device_get_irq_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint32_t count, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_device_get_irq_info, name, devfd, index, flags, count, ret);
}

const volatile int *const qemu_trace_state_vfio_device_set_irqs = &lttng_ust_tracepoint_qemu___vfio_device_set_irqs.state;

void qemu_trace_vfio_device_set_irqs(const char *name, int devfd, uint32_t index, uint32_t start, uint32_t count, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_device_set_irqs, name, devfd, index, start, count, flags, ret);
}

const volatile int *const qemu_trace_state_vfio_device_reset = &lttng_ust_tracepoint_qemu___vfio_device_reset.state;

void qemu_trace_vfio_device_reset(const char *name, int devfd, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_device_reset, name, devfd, ret);
}

const volatile int *const qemu_trace_state_vfio_device_feature = &lttng_ust_tracepoint_qemu___vfio_device_feature.state;

void qemu_trace_vfio_device_feature(const char *name, int devfd, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_device_feature, name, devfd, flags, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_get_api_version = &lttng_ust_tracepoint_qemu___vfio_legacy_get_api_version.state;

void qemu_trace_vfio_legacy_get_api_version(int container, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_get_api_version, container, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_check_extension = &lttng_ust_tracepoint_qemu___vfio_legacy_check_extension.state;

void qemu_trace_vfio_legacy_check_extension(int container, int extension, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_check_extension, container, extension, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_set_iommu = &lttng_ust_tracepoint_qemu___vfio_legacy_set_iommu.state;

void qemu_trace_vfio_legacy_set_iommu(int container, int type, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_set_iommu, container, type, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_group_get_status = &lttng_ust_tracepoint_qemu___vfio_legacy_group_get_status.state;

void qemu_trace_vfio_legacy_group_get_status(int group, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_group_get_status, group, flags, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_group_set_container = &lttng_ust_tracepoint_qemu___vfio_legacy_group_set_container.state;

void qemu_trace_vfio_legacy_group_set_container(int group, int container, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_group_set_container, group, container, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_group_unset_container = &lttng_ust_tracepoint_qemu___vfio_legacy_group_unset_container.state;

void qemu_trace_vfio_legacy_group_unset_container(int group, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_group_unset_container, group, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_group_get_device_fd = &lttng_ust_tracepoint_qemu___vfio_legacy_group_get_device_fd.state;

void qemu_trace_vfio_legacy_group_get_device_fd(int group, const char *name, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_group_get_device_fd, group, name, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_iommu_get_info = &lttng_ust_tracepoint_qemu___vfio_legacy_iommu_get_info.state;

void qemu_trace_vfio_legacy_iommu_get_info(int container, uint32_t flags, uint64_t iova_pgsizes, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_iommu_get_info, container, flags, iova_pgsizes, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_dma_map = &lttng_ust_tracepoint_qemu___vfio_legacy_dma_map.state;

void qemu_trace_vfio_legacy_dma_map(int container, uint64_t iova, uint64_t size, const void *vaddr, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_dma_map, container, iova, size, (void *)vaddr, flags, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_dma_unmap = &lttng_ust_tracepoint_qemu___vfio_legacy_dma_unmap.state;

void qemu_trace_vfio_legacy_dma_unmap(int container, uint64_t iova, uint64_t size, uint32_t flags, uint64_t unmapped, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_dma_unmap, container, iova, size, flags, unmapped, ret);
}

const volatile int *const qemu_trace_state_vfio_legacy_dirty_pages = &lttng_ust_tracepoint_qemu___vfio_legacy_dirty_pages.state;

void qemu_trace_vfio_legacy_dirty_pages(int container, uint32_t flags, uint64_t iova, uint64_t size, uint64_t pgsize, int ret)
{
    lttng_ust_tracepoint(qemu, vfio_legacy_dirty_pages, container, flags, iova, size, pgsize, ret);
}

const volatile int *const qemu_trace_state_monitor_protocol_event_emit = &lttng_ust_tracepoint_qemu___monitor_protocol_event_emit.state;

void qemu_trace_monitor_protocol_event_emit(uint32_t event, const void *data)
{
    lttng_ust_tracepoint(qemu, monitor_protocol_event_emit, event, (void *)data);
}

const volatile int *const qemu_trace_state_monitor_suspend = &lttng_ust_tracepoint_qemu___monitor_suspend.state;

void qemu_trace_monitor_suspend(const void *ptr, int cnt)
{
    lttng_ust_tracepoint(qemu, monitor_suspend, (void *)ptr, cnt);
}

const volatile int *const qemu_trace_state_monitor_qmp_in_band_enqueue = &lttng_ust_tracepoint_qemu___monitor_qmp_in_band_enqueue.state;

void qemu_trace_monitor_qmp_in_band_enqueue(const void *req, const void *mon, unsigned len)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_in_band_enqueue, (void *)req, (void *)mon, len);
}

const volatile int *const qemu_trace_state_monitor_qmp_in_band_dequeue = &lttng_ust_tracepoint_qemu___monitor_qmp_in_band_dequeue.state;

void qemu_trace_monitor_qmp_in_band_dequeue(const void *req, unsigned len)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_in_band_dequeue, (void *)req, len);
}

const volatile int *const qemu_trace_state_monitor_qmp_cmd_in_band = &lttng_ust_tracepoint_qemu___monitor_qmp_cmd_in_band.state;

void qemu_trace_monitor_qmp_cmd_in_band(const char *id)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_cmd_in_band, id);
}

const volatile int *const qemu_trace_state_monitor_qmp_err_in_band = &lttng_ust_tracepoint_qemu___monitor_qmp_err_in_band.state;

void qemu_trace_monitor_qmp_err_in_band(const char *desc)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_err_in_band, desc);
}

const volatile int *const qemu_trace_state_monitor_qmp_cmd_out_of_band = &lttng_ust_tracepoint_qemu___monitor_qmp_cmd_out_of_band.state;

void qemu_trace_monitor_qmp_cmd_out_of_band(const char *id)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_cmd_out_of_band, id);
}

const volatile int *const qemu_trace_state_monitor_qmp_respond = &lttng_ust_tracepoint_qemu___monitor_qmp_respond.state;

void qemu_trace_monitor_qmp_respond(const void *mon, const char *json)
{
    lttng_ust_tracepoint(qemu, monitor_qmp_respond, (void *)mon, json);
}

const volatile int *const qemu_trace_state_handle_qmp_command = &lttng_ust_tracepoint_qemu___handle_qmp_command.state;

void qemu_trace_handle_qmp_command(const void *mon, const char *req)
{
    lttng_ust_tracepoint(qemu, handle_qmp_command, (void *)mon, req);
}

const volatile int *const qemu_trace_state_vfio_user_recv_hdr = &lttng_ust_tracepoint_qemu___vfio_user_recv_hdr.state;

void qemu_trace_vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags)
{
    lttng_ust_tracepoint(qemu, vfio_user_recv_hdr, name, id, cmd, size, flags);
}

const volatile int *const qemu_trace_state_vfio_user_recv_request = &lttng_ust_tracepoint_qemu___vfio_user_recv_request.state;

void qemu_trace_vfio_user_recv_request(uint16_t cmd)
{
    lttng_ust_tracepoint(qemu, vfio_user_recv_request, cmd);
}

const volatile int *const qemu_trace_state_vfio_user_send_write = &lttng_ust_tracepoint_qemu___vfio_user_send_write.state;

void qemu_trace_vfio_user_send_write(uint16_t id, int wrote)
{
    lttng_ust_tracepoint(qemu, vfio_user_send_write, id, wrote);
}

const volatile int *const qemu_trace_state_vfio_user_version = &lttng_ust_tracepoint_qemu___vfio_user_version.state;

void qemu_trace_vfio_user_version(uint16_t major, uint16_t minor, const char *caps)
{
    lttng_ust_tracepoint(qemu, vfio_user_version, major, minor, caps);
}

const volatile int *const qemu_trace_state_vfio_user_dma_map = &lttng_ust_tracepoint_qemu___vfio_user_dma_map.state;

void qemu_trace_vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops)
{
    lttng_ust_tracepoint(qemu, vfio_user_dma_map, iova, size, off, flags, async_ops);
}

const volatile int *const qemu_trace_state_vfio_user_dma_unmap = &lttng_ust_tracepoint_qemu___vfio_user_dma_unmap.state;

void qemu_trace_vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags, bool async_ops)
{
    lttng_ust_tracepoint(qemu, vfio_user_dma_unmap, iova, size, flags, async_ops);
}

const volatile int *const qemu_trace_state_vfio_user_get_info = &lttng_ust_tracepoint_qemu___vfio_user_get_info.state;

void qemu_trace_vfio_user_get_info(uint32_t nregions, uint32_t nirqs)
{
    lttng_ust_tracepoint(qemu, vfio_user_get_info, nregions, nirqs);
}

const volatile int *const qemu_trace_state_vfio_user_get_region_info = &lttng_ust_tracepoint_qemu___vfio_user_get_region_info.state;

void qemu_trace_vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size)
{
    lttng_ust_tracepoint(qemu, vfio_user_get_region_info, index, flags, size);
}

const volatile int *const qemu_trace_state_vfio_user_region_rw = &lttng_ust_tracepoint_qemu___vfio_user_region_rw.state;

void qemu_trace_vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count)
{
    lttng_ust_tracepoint(qemu, vfio_user_region_rw, region, off, count);
}

const volatile int *const qemu_trace_state_vfio_user_get_irq_info = &lttng_ust_tracepoint_qemu___vfio_user_get_irq_info.state;

void qemu_trace_vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count)
{
    lttng_ust_tracepoint(qemu, vfio_user_get_irq_info, index, flags, count);
}

const volatile int *const qemu_trace_state_vfio_user_set_irqs = &lttng_ust_tracepoint_qemu___vfio_user_set_irqs.state;

void qemu_trace_vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags)
{
    lttng_ust_tracepoint(qemu, vfio_user_set_irqs, index, start, count, flags);
}

const volatile int *const qemu_trace_state_vfio_user_server_connect = &lttng_ust_tracepoint_qemu___vfio_user_server_connect.state;

void qemu_trace_vfio_user_server_connect(const char *name, int pid, uint32_t uid, uint32_t gid)
{
    lttng_ust_tracepoint(qemu, vfio_user_server_connect, name, pid, uid, gid);
}

const volatile int *const qemu_trace_state_vfio_user_server_refuse_client = &lttng_ust_tracepoint_qemu___vfio_user_server_refuse_client.state;

void qemu_trace_vfio_user_server_refuse_client(const char *name, int pid, uint32_t uid, const char *reason)
{
    lttng_ust_tracepoint(qemu, vfio_user_server_refuse_client, name, pid, uid, reason);
}

const volatile int *const qemu_trace_state_vfio_user_server_disconnect = &lttng_ust_tracepoint_qemu___vfio_user_server_disconnect.state;

void qemu_trace_vfio_user_server_disconnect(const char *name, int windows)
{
    lttng_ust_tracepoint(qemu, vfio_user_server_disconnect, name, windows);
}

const volatile int *const qemu_trace_state_vfio_user_server_refuse = &lttng_ust_tracepoint_qemu___vfio_user_server_refuse.state;

void qemu_trace_vfio_user_server_refuse(const char *name, uint16_t id, uint16_t cmd, int err, const char *reason)
{
    lttng_ust_tracepoint(qemu, vfio_user_server_refuse, name, id, cmd, err, reason);
}

const volatile int *const qemu_trace_state_qmp_enter_qmp_capabilities = &lttng_ust_tracepoint_qemu___qmp_enter_qmp_capabilities.state;

void qemu_trace_qmp_enter_qmp_capabilities(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qmp_capabilities, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qmp_capabilities = &lttng_ust_tracepoint_qemu___qmp_exit_qmp_capabilities.state;

void qemu_trace_qmp_exit_qmp_capabilities(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qmp_capabilities, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_version = &lttng_ust_tracepoint_qemu___qmp_enter_query_version.state;

void qemu_trace_qmp_enter_query_version(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_version, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_version = &lttng_ust_tracepoint_qemu___qmp_exit_query_version.state;

void qemu_trace_qmp_exit_query_version(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_version, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_commands = &lttng_ust_tracepoint_qemu___qmp_enter_query_commands.state;

void qemu_trace_qmp_enter_query_commands(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_commands, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_commands = &lttng_ust_tracepoint_qemu___qmp_exit_query_commands.state;

void qemu_trace_qmp_exit_query_commands(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_commands, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_quit = &lttng_ust_tracepoint_qemu___qmp_enter_quit.state;

void qemu_trace_qmp_enter_quit(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_quit, json);
}

const volatile int *const qemu_trace_state_qmp_exit_quit = &lttng_ust_tracepoint_qemu___qmp_exit_quit.state;

void qemu_trace_qmp_exit_quit(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_quit, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_qmp_schema = &lttng_ust_tracepoint_qemu___qmp_enter_query_qmp_schema.state;

void qemu_trace_qmp_enter_query_qmp_schema(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_qmp_schema, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_qmp_schema = &lttng_ust_tracepoint_qemu___qmp_exit_query_qmp_schema.state;

void qemu_trace_qmp_exit_query_qmp_schema(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_qmp_schema, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_status = &lttng_ust_tracepoint_qemu___qmp_enter_query_status.state;

void qemu_trace_qmp_enter_query_status(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_status, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_status = &lttng_ust_tracepoint_qemu___qmp_exit_query_status.state;

void qemu_trace_qmp_exit_query_status(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_status, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_exit_preconfig = &lttng_ust_tracepoint_qemu___qmp_enter_x_exit_preconfig.state;

void qemu_trace_qmp_enter_x_exit_preconfig(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_exit_preconfig, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_exit_preconfig = &lttng_ust_tracepoint_qemu___qmp_exit_x_exit_preconfig.state;

void qemu_trace_qmp_exit_x_exit_preconfig(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_exit_preconfig, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_state_journal = &lttng_ust_tracepoint_qemu___qmp_enter_query_state_journal.state;

void qemu_trace_qmp_enter_query_state_journal(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_state_journal, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_state_journal = &lttng_ust_tracepoint_qemu___qmp_exit_query_state_journal.state;

void qemu_trace_qmp_exit_query_state_journal(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_state_journal, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_oob_test = &lttng_ust_tracepoint_qemu___qmp_enter_x_oob_test.state;

void qemu_trace_qmp_enter_x_oob_test(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_oob_test, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_oob_test = &lttng_ust_tracepoint_qemu___qmp_exit_x_oob_test.state;

void qemu_trace_qmp_exit_x_oob_test(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_oob_test, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_getfd = &lttng_ust_tracepoint_qemu___qmp_enter_getfd.state;

void qemu_trace_qmp_enter_getfd(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_getfd, json);
}

const volatile int *const qemu_trace_state_qmp_exit_getfd = &lttng_ust_tracepoint_qemu___qmp_exit_getfd.state;

void qemu_trace_qmp_exit_getfd(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_getfd, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_closefd = &lttng_ust_tracepoint_qemu___qmp_enter_closefd.state;

void qemu_trace_qmp_enter_closefd(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_closefd, json);
}

const volatile int *const qemu_trace_state_qmp_exit_closefd = &lttng_ust_tracepoint_qemu___qmp_exit_closefd.state;

void qemu_trace_qmp_exit_closefd(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_closefd, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_add_fd = &lttng_ust_tracepoint_qemu___qmp_enter_add_fd.state;

void qemu_trace_qmp_enter_add_fd(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_add_fd, json);
}

const volatile int *const qemu_trace_state_qmp_exit_add_fd = &lttng_ust_tracepoint_qemu___qmp_exit_add_fd.state;

void qemu_trace_qmp_exit_add_fd(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_add_fd, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_remove_fd = &lttng_ust_tracepoint_qemu___qmp_enter_remove_fd.state;

void qemu_trace_qmp_enter_remove_fd(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_remove_fd, json);
}

const volatile int *const qemu_trace_state_qmp_exit_remove_fd = &lttng_ust_tracepoint_qemu___qmp_exit_remove_fd.state;

void qemu_trace_qmp_exit_remove_fd(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_remove_fd, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_fdsets = &lttng_ust_tracepoint_qemu___qmp_enter_query_fdsets.state;

void qemu_trace_qmp_enter_query_fdsets(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_fdsets, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_fdsets = &lttng_ust_tracepoint_qemu___qmp_exit_query_fdsets.state;

void qemu_trace_qmp_exit_query_fdsets(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_fdsets, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_qom_list = &lttng_ust_tracepoint_qemu___qmp_enter_qom_list.state;

void qemu_trace_qmp_enter_qom_list(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qom_list, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qom_list = &lttng_ust_tracepoint_qemu___qmp_exit_qom_list.state;

void qemu_trace_qmp_exit_qom_list(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qom_list, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_qom_get = &lttng_ust_tracepoint_qemu___qmp_enter_qom_get.state;

void qemu_trace_qmp_enter_qom_get(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qom_get, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qom_get = &lttng_ust_tracepoint_qemu___qmp_exit_qom_get.state;

void qemu_trace_qmp_exit_qom_get(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qom_get, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_qom_set = &lttng_ust_tracepoint_qemu___qmp_enter_qom_set.state;

void qemu_trace_qmp_enter_qom_set(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qom_set, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qom_set = &lttng_ust_tracepoint_qemu___qmp_exit_qom_set.state;

void qemu_trace_qmp_exit_qom_set(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qom_set, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_qom_list_types = &lttng_ust_tracepoint_qemu___qmp_enter_qom_list_types.state;

void qemu_trace_qmp_enter_qom_list_types(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qom_list_types, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qom_list_types = &lttng_ust_tracepoint_qemu___qmp_exit_qom_list_types.state;

void qemu_trace_qmp_exit_qom_list_types(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qom_list_types, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_qom_list_properties = &lttng_ust_tracepoint_qemu___qmp_enter_qom_list_properties.state;

void qemu_trace_qmp_enter_qom_list_properties(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_qom_list_properties, json);
}

const volatile int *const qemu_trace_state_qmp_exit_qom_list_properties = &lttng_ust_tracepoint_qemu___qmp_exit_qom_list_properties.state;

void qemu_trace_qmp_exit_qom_list_properties(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_qom_list_properties, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_object_add = &lttng_ust_tracepoint_qemu___qmp_enter_object_add.state;

void qemu_trace_qmp_enter_object_add(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_object_add, json);
}

const volatile int *const qemu_trace_state_qmp_exit_object_add = &lttng_ust_tracepoint_qemu___qmp_exit_object_add.state;

void qemu_trace_qmp_exit_object_add(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_object_add, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_object_del = &lttng_ust_tracepoint_qemu___qmp_enter_object_del.state;

void qemu_trace_qmp_enter_object_del(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_object_del, json);
}

const volatile int *const qemu_trace_state_qmp_exit_object_del = &lttng_ust_tracepoint_qemu___qmp_exit_object_del.state;

void qemu_trace_qmp_exit_object_del(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_object_del, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_alloc = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_alloc.state;

void qemu_trace_qmp_enter_iommufd_ioas_alloc(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_alloc, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_alloc = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_alloc.state;

void qemu_trace_qmp_exit_iommufd_ioas_alloc(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_alloc, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_destroy = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_destroy.state;

void qemu_trace_qmp_enter_iommufd_destroy(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_destroy, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_destroy = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_destroy.state;

void qemu_trace_qmp_exit_iommufd_destroy(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_destroy, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_map = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_map.state;

void qemu_trace_qmp_enter_iommufd_ioas_map(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_map, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_map = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_map.state;

void qemu_trace_qmp_exit_iommufd_ioas_map(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_map, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_map_file = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_map_file.state;

void qemu_trace_qmp_enter_iommufd_ioas_map_file(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_map_file, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_map_file = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_map_file.state;

void qemu_trace_qmp_exit_iommufd_ioas_map_file(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_map_file, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_unmap = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_unmap.state;

void qemu_trace_qmp_enter_iommufd_ioas_unmap(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_unmap, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_unmap = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_unmap.state;

void qemu_trace_qmp_exit_iommufd_ioas_unmap(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_unmap, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_iova_ranges = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_iova_ranges.state;

void qemu_trace_qmp_enter_iommufd_ioas_iova_ranges(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_iova_ranges, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_iova_ranges = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_iova_ranges.state;

void qemu_trace_qmp_exit_iommufd_ioas_iova_ranges(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_iova_ranges, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_iommufd = &lttng_ust_tracepoint_qemu___qmp_enter_query_iommufd.state;

void qemu_trace_qmp_enter_query_iommufd(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_iommufd, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_iommufd = &lttng_ust_tracepoint_qemu___qmp_exit_query_iommufd.state;

void qemu_trace_qmp_exit_query_iommufd(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_iommufd, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_copy = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_copy.state;

void qemu_trace_qmp_enter_iommufd_ioas_copy(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_copy, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_copy = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_copy.state;

void qemu_trace_qmp_exit_iommufd_ioas_copy(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_copy, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_allow_iovas = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_allow_iovas.state;

void qemu_trace_qmp_enter_iommufd_ioas_allow_iovas(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_ioas_allow_iovas, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_allow_iovas = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_allow_iovas.state;

void qemu_trace_qmp_exit_iommufd_ioas_allow_iovas(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_ioas_allow_iovas, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_option = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_option.state;

void qemu_trace_qmp_enter_iommufd_option(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_option, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_option = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_option.state;

void qemu_trace_qmp_exit_iommufd_option(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_option, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_alloc = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_alloc.state;

void qemu_trace_qmp_enter_iommufd_hwpt_alloc(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_hwpt_alloc, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_alloc = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_alloc.state;

void qemu_trace_qmp_exit_iommufd_hwpt_alloc(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_hwpt_alloc, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_set_dirty_tracking = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_set_dirty_tracking.state;

void qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_hwpt_set_dirty_tracking, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_set_dirty_tracking = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_set_dirty_tracking.state;

void qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_hwpt_set_dirty_tracking, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_get_dirty_bitmap = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_get_dirty_bitmap.state;

void qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_hwpt_get_dirty_bitmap, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_get_dirty_bitmap = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_get_dirty_bitmap.state;

void qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_hwpt_get_dirty_bitmap, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_invalidate = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_invalidate.state;

void qemu_trace_qmp_enter_iommufd_hwpt_invalidate(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_hwpt_invalidate, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_invalidate = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_invalidate.state;

void qemu_trace_qmp_exit_iommufd_hwpt_invalidate(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_hwpt_invalidate, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_iommufd_get_hw_info = &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_get_hw_info.state;

void qemu_trace_qmp_enter_iommufd_get_hw_info(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_iommufd_get_hw_info, json);
}

const volatile int *const qemu_trace_state_qmp_exit_iommufd_get_hw_info = &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_get_hw_info.state;

void qemu_trace_qmp_exit_iommufd_get_hw_info(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_iommufd_get_hw_info, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_vfio_host_devices = &lttng_ust_tracepoint_qemu___qmp_enter_query_vfio_host_devices.state;

void qemu_trace_qmp_enter_query_vfio_host_devices(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_vfio_host_devices, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_vfio_host_devices = &lttng_ust_tracepoint_qemu___qmp_exit_query_vfio_host_devices.state;

void qemu_trace_qmp_exit_query_vfio_host_devices(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_vfio_host_devices, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vfio_device_bind = &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_bind.state;

void qemu_trace_qmp_enter_vfio_device_bind(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vfio_device_bind, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vfio_device_bind = &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_bind.state;

void qemu_trace_qmp_exit_vfio_device_bind(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vfio_device_bind, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vfio_device_attach = &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_attach.state;

void qemu_trace_qmp_enter_vfio_device_attach(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vfio_device_attach, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vfio_device_attach = &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_attach.state;

void qemu_trace_qmp_exit_vfio_device_attach(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vfio_device_attach, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vfio_device_detach = &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_detach.state;

void qemu_trace_qmp_enter_vfio_device_detach(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vfio_device_detach, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vfio_device_detach = &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_detach.state;

void qemu_trace_qmp_exit_vfio_device_detach(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vfio_device_detach, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vfio_device_unbind = &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_unbind.state;

void qemu_trace_qmp_enter_vfio_device_unbind(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vfio_device_unbind, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vfio_device_unbind = &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_unbind.state;

void qemu_trace_qmp_exit_vfio_device_unbind(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vfio_device_unbind, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vfio_device_get_info = &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_get_info.state;

void qemu_trace_qmp_enter_vfio_device_get_info(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vfio_device_get_info, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vfio_device_get_info = &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_get_info.state;

void qemu_trace_qmp_exit_vfio_device_get_info(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vfio_device_get_info, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_device_add = &lttng_ust_tracepoint_qemu___qmp_enter_device_add.state;

void qemu_trace_qmp_enter_device_add(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_device_add, json);
}

const volatile int *const qemu_trace_state_qmp_exit_device_add = &lttng_ust_tracepoint_qemu___qmp_exit_device_add.state;

void qemu_trace_qmp_exit_device_add(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_device_add, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_device_del = &lttng_ust_tracepoint_qemu___qmp_enter_device_del.state;

void qemu_trace_qmp_enter_device_del(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_device_del, json);
}

const volatile int *const qemu_trace_state_qmp_exit_device_del = &lttng_ust_tracepoint_qemu___qmp_exit_device_del.state;

void qemu_trace_qmp_exit_device_del(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_device_del, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_vfio = &lttng_ust_tracepoint_qemu___qmp_enter_query_vfio.state;

void qemu_trace_qmp_enter_query_vfio(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_vfio, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_vfio = &lttng_ust_tracepoint_qemu___qmp_exit_query_vfio.state;

void qemu_trace_qmp_exit_query_vfio(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_vfio, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_dirty_tracking_start = &lttng_ust_tracepoint_qemu___qmp_enter_dirty_tracking_start.state;

void qemu_trace_qmp_enter_dirty_tracking_start(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_dirty_tracking_start, json);
}

const volatile int *const qemu_trace_state_qmp_exit_dirty_tracking_start = &lttng_ust_tracepoint_qemu___qmp_exit_dirty_tracking_start.state;

void qemu_trace_qmp_exit_dirty_tracking_start(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_dirty_tracking_start, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_dirty_tracking_stop = &lttng_ust_tracepoint_qemu___qmp_enter_dirty_tracking_stop.state;

void qemu_trace_qmp_enter_dirty_tracking_stop(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_dirty_tracking_stop, json);
}

const volatile int *const qemu_trace_state_qmp_exit_dirty_tracking_stop = &lttng_ust_tracepoint_qemu___qmp_exit_dirty_tracking_stop.state;

void qemu_trace_qmp_exit_dirty_tracking_stop(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_dirty_tracking_stop, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_dirty_bitmap = &lttng_ust_tracepoint_qemu___qmp_enter_query_dirty_bitmap.state;

void qemu_trace_qmp_enter_query_dirty_bitmap(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_dirty_bitmap, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_dirty_bitmap = &lttng_ust_tracepoint_qemu___qmp_exit_query_dirty_bitmap.state;

void qemu_trace_qmp_exit_query_dirty_bitmap(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_dirty_bitmap, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_host_iommu_devices = &lttng_ust_tracepoint_qemu___qmp_enter_query_host_iommu_devices.state;

void qemu_trace_qmp_enter_query_host_iommu_devices(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_host_iommu_devices, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_host_iommu_devices = &lttng_ust_tracepoint_qemu___qmp_exit_query_host_iommu_devices.state;

void qemu_trace_qmp_exit_query_host_iommu_devices(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_host_iommu_devices, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vtd_device_attach_hwpt = &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_attach_hwpt.state;

void qemu_trace_qmp_enter_vtd_device_attach_hwpt(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vtd_device_attach_hwpt, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vtd_device_attach_hwpt = &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_attach_hwpt.state;

void qemu_trace_qmp_exit_vtd_device_attach_hwpt(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vtd_device_attach_hwpt, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vtd_device_detach_hwpt = &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_detach_hwpt.state;

void qemu_trace_qmp_enter_vtd_device_detach_hwpt(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vtd_device_detach_hwpt, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vtd_device_detach_hwpt = &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_detach_hwpt.state;

void qemu_trace_qmp_exit_vtd_device_detach_hwpt(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vtd_device_detach_hwpt, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_vtd_device_reattach_def_hwpt = &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_reattach_def_hwpt.state;

void qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_vtd_device_reattach_def_hwpt, json);
}

const volatile int *const qemu_trace_state_qmp_exit_vtd_device_reattach_def_hwpt = &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_reattach_def_hwpt.state;

void qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_vtd_device_reattach_def_hwpt, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_query_migrate = &lttng_ust_tracepoint_qemu___qmp_enter_query_migrate.state;

void qemu_trace_qmp_enter_query_migrate(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_query_migrate, json);
}

const volatile int *const qemu_trace_state_qmp_exit_query_migrate = &lttng_ust_tracepoint_qemu___qmp_exit_query_migrate.state;

void qemu_trace_qmp_exit_query_migrate(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_query_migrate, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_sim_dma_write = &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_dma_write.state;

void qemu_trace_qmp_enter_x_sim_dma_write(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_sim_dma_write, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_sim_dma_write = &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_dma_write.state;

void qemu_trace_qmp_exit_x_sim_dma_write(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_sim_dma_write, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_sim_dma_read = &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_dma_read.state;

void qemu_trace_qmp_enter_x_sim_dma_read(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_sim_dma_read, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_sim_dma_read = &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_dma_read.state;

void qemu_trace_qmp_exit_x_sim_dma_read(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_sim_dma_read, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_sim_inject_fault = &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_inject_fault.state;

void qemu_trace_qmp_enter_x_sim_inject_fault(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_sim_inject_fault, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_sim_inject_fault = &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_inject_fault.state;

void qemu_trace_qmp_exit_x_sim_inject_fault(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_sim_inject_fault, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_sim_set_memlock_limit = &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_set_memlock_limit.state;

void qemu_trace_qmp_enter_x_sim_set_memlock_limit(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_sim_set_memlock_limit, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_sim_set_memlock_limit = &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_set_memlock_limit.state;

void qemu_trace_qmp_exit_x_sim_set_memlock_limit(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_sim_set_memlock_limit, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_x_sim_irq = &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_irq.state;

void qemu_trace_qmp_enter_x_sim_irq(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_x_sim_irq, json);
}

const volatile int *const qemu_trace_state_qmp_exit_x_sim_irq = &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_irq.state;

void qemu_trace_qmp_exit_x_sim_irq(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_x_sim_irq, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_trace_event_get_state = &lttng_ust_tracepoint_qemu___qmp_enter_trace_event_get_state.state;

void qemu_trace_qmp_enter_trace_event_get_state(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_trace_event_get_state, json);
}

const volatile int *const qemu_trace_state_qmp_exit_trace_event_get_state = &lttng_ust_tracepoint_qemu___qmp_exit_trace_event_get_state.state;

void qemu_trace_qmp_exit_trace_event_get_state(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_trace_event_get_state, result, succeeded);
}

const volatile int *const qemu_trace_state_qmp_enter_trace_event_set_state = &lttng_ust_tracepoint_qemu___qmp_enter_trace_event_set_state.state;

void qemu_trace_qmp_enter_trace_event_set_state(const char *json)
{
    lttng_ust_tracepoint(qemu, qmp_enter_trace_event_set_state, json);
}

const volatile int *const qemu_trace_state_qmp_exit_trace_event_set_state = &lttng_ust_tracepoint_qemu___qmp_exit_trace_event_set_state.state;

void qemu_trace_qmp_exit_trace_event_set_state(const char *result, bool succeeded)
{
    lttng_ust_tracepoint(qemu, qmp_exit_trace_event_set_state, result, succeeded);
}

/* Events that are 'disable'd have no tracepoint: never recorded. */
static const volatile int qemu_trace_never_recorded = 0;

const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT] = {
    &lttng_ust_tracepoint_qemu___iommufd_change_process.state, /* iommufd_change_process */
    &lttng_ust_tracepoint_qemu___iommufd_backend_connect.state, /* iommufd_backend_connect */
    &lttng_ust_tracepoint_qemu___iommufd_backend_disconnect.state, /* iommufd_backend_disconnect */
    &lttng_ust_tracepoint_qemu___iommu_backend_set_fd.state, /* iommu_backend_set_fd */
    &lttng_ust_tracepoint_qemu___iommufd_backend_map_dma.state, /* iommufd_backend_map_dma */
    &lttng_ust_tracepoint_qemu___iommufd_backend_map_file_dma.state, /* iommufd_backend_map_file_dma */
    &lttng_ust_tracepoint_qemu___iommufd_backend_unmap_dma_non_exist.state, /* iommufd_backend_unmap_dma_non_exist */
    &lttng_ust_tracepoint_qemu___iommufd_backend_unmap_dma.state, /* iommufd_backend_unmap_dma */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_ioas.state, /* iommufd_backend_alloc_ioas */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_hwpt.state, /* iommufd_backend_alloc_hwpt */
    &lttng_ust_tracepoint_qemu___iommufd_backend_free_id.state, /* iommufd_backend_free_id */
    &lttng_ust_tracepoint_qemu___iommufd_backend_set_dirty.state, /* iommufd_backend_set_dirty */
    &lttng_ust_tracepoint_qemu___iommufd_backend_get_dirty_bitmap.state, /* iommufd_backend_get_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___iommufd_backend_invalidate_cache.state, /* iommufd_backend_invalidate_cache */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_viommu.state, /* iommufd_backend_alloc_viommu */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_vdev.state, /* iommufd_backend_alloc_vdev */
    &lttng_ust_tracepoint_qemu___iommufd_backend_get_device_info.state, /* iommufd_backend_get_device_info */
    &lttng_ust_tracepoint_qemu___iommufd_backend_get_iova_ranges.state, /* iommufd_backend_get_iova_ranges */
    &lttng_ust_tracepoint_qemu___iommufd_backend_allow_iovas.state, /* iommufd_backend_allow_iovas */
    &lttng_ust_tracepoint_qemu___iommufd_backend_copy_dma.state, /* iommufd_backend_copy_dma */
    &lttng_ust_tracepoint_qemu___iommufd_backend_set_option.state, /* iommufd_backend_set_option */
    &lttng_ust_tracepoint_qemu___iommufd_backend_vfio_ioas.state, /* iommufd_backend_vfio_ioas */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_fault_queue.state, /* iommufd_backend_alloc_fault_queue */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_veventq.state, /* iommufd_backend_alloc_veventq */
    &lttng_ust_tracepoint_qemu___iommufd_backend_alloc_hw_queue.state, /* iommufd_backend_alloc_hw_queue */
    &lttng_ust_tracepoint_qemu___iommufd_backend_test_cmd.state, /* iommufd_backend_test_cmd */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_connect_and_bind.state, /* iommufd_cdev_connect_and_bind */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_getfd.state, /* iommufd_cdev_getfd */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_attach_ioas_hwpt.state, /* iommufd_cdev_attach_ioas_hwpt */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_detach_ioas_hwpt.state, /* iommufd_cdev_detach_ioas_hwpt */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_attach_existing_container.state, /* iommufd_cdev_fail_attach_existing_container */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_alloc_ioas.state, /* iommufd_cdev_alloc_ioas */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_device_info.state, /* iommufd_cdev_device_info */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_pci_hot_reset_dep_devices.state, /* iommufd_cdev_pci_hot_reset_dep_devices */
    &lttng_ust_tracepoint_qemu___vfio_cpr_find_device.state, /* vfio_cpr_find_device */
    &lttng_ust_tracepoint_qemu___vfio_container_query_dirty_bitmap.state, /* vfio_container_query_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___vfio_listener_region_add_ram.state, /* vfio_listener_region_add_ram */
    &lttng_ust_tracepoint_qemu___vfio_listener_region_del.state, /* vfio_listener_region_del */
    &lttng_ust_tracepoint_qemu___vfio_device_dirty_tracking_update.state, /* vfio_device_dirty_tracking_update */
    &lttng_ust_tracepoint_qemu___vfio_device_dirty_tracking_start.state, /* vfio_device_dirty_tracking_start */
    &lttng_ust_tracepoint_qemu___vfio_iommu_map_dirty_notify.state, /* vfio_iommu_map_dirty_notify */
    &lttng_ust_tracepoint_qemu___vfio_iommu_map_dirty_notify_skip_ro.state, /* vfio_iommu_map_dirty_notify_skip_ro */
    &lttng_ust_tracepoint_qemu___vfio_container_disconnect.state, /* vfio_container_disconnect */
    &lttng_ust_tracepoint_qemu___vfio_group_put.state, /* vfio_group_put */
    &lttng_ust_tracepoint_qemu___vfio_device_get.state, /* vfio_device_get */
    &lttng_ust_tracepoint_qemu___vfio_device_put.state, /* vfio_device_put */
    &lttng_ust_tracepoint_qemu___vfio_device_attach.state, /* vfio_device_attach */
    &lttng_ust_tracepoint_qemu___vfio_device_detach.state, /* vfio_device_detach */
    &lttng_ust_tracepoint_qemu___vtd_device_attach_hwpt.state, /* vtd_device_attach_hwpt */
    &lttng_ust_tracepoint_qemu___vtd_device_detach_hwpt.state, /* vtd_device_detach_hwpt */
    &lttng_ust_tracepoint_qemu___vtd_device_reattach_def_hwpt.state, /* vtd_device_reattach_def_hwpt */
    &lttng_ust_tracepoint_qemu___virtio_iommu_set_page_size_mask.state, /* virtio_iommu_set_page_size_mask */
    &lttng_ust_tracepoint_qemu___virtio_iommu_freeze_granule.state, /* virtio_iommu_freeze_granule */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_connect_and_bind.state, /* iommufd_cdev_fail_connect_and_bind */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_attach_ioas_hwpt.state, /* iommufd_cdev_fail_attach_ioas_hwpt */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_detach_ioas_hwpt.state, /* iommufd_cdev_fail_detach_ioas_hwpt */
    &lttng_ust_tracepoint_qemu___iommufd_cdev_fail_device_info.state, /* iommufd_cdev_fail_device_info */
    &lttng_ust_tracepoint_qemu___vfio_device_get_region_info.state, /* vfio_device_get_region_info */
    &lttng_ust_tracepoint_qemu___vfio_device_get_irq_info.state, /* vfio_device_get_irq_info */
    &lttng_ust_tracepoint_qemu___vfio_device_set_irqs.state, /* vfio_device_set_irqs */
    &lttng_ust_tracepoint_qemu___vfio_device_reset.state, /* vfio_device_reset */
    &lttng_ust_tracepoint_qemu___vfio_device_feature.state, /* vfio_device_feature */
    &lttng_ust_tracepoint_qemu___vfio_legacy_get_api_version.state, /* vfio_legacy_get_api_version */
    &lttng_ust_tracepoint_qemu___vfio_legacy_check_extension.state, /* vfio_legacy_check_extension */
    &lttng_ust_tracepoint_qemu___vfio_legacy_set_iommu.state, /* vfio_legacy_set_iommu */
    &lttng_ust_tracepoint_qemu___vfio_legacy_group_get_status.state, /* vfio_legacy_group_get_status */
    &lttng_ust_tracepoint_qemu___vfio_legacy_group_set_container.state, /* vfio_legacy_group_set_container */
    &lttng_ust_tracepoint_qemu___vfio_legacy_group_unset_container.state, /* vfio_legacy_group_unset_container */
    &lttng_ust_tracepoint_qemu___vfio_legacy_group_get_device_fd.state, /* vfio_legacy_group_get_device_fd */
    &lttng_ust_tracepoint_qemu___vfio_legacy_iommu_get_info.state, /* vfio_legacy_iommu_get_info */
    &lttng_ust_tracepoint_qemu___vfio_legacy_dma_map.state, /* vfio_legacy_dma_map */
    &lttng_ust_tracepoint_qemu___vfio_legacy_dma_unmap.state, /* vfio_legacy_dma_unmap */
    &lttng_ust_tracepoint_qemu___vfio_legacy_dirty_pages.state, /* vfio_legacy_dirty_pages */
    &qemu_trace_never_recorded, /* monitor_protocol_event_handler */
    &qemu_trace_never_recorded, /* monitor_protocol_event_queue */
    &lttng_ust_tracepoint_qemu___monitor_protocol_event_emit.state, /* monitor_protocol_event_emit */
    &lttng_ust_tracepoint_qemu___monitor_suspend.state, /* monitor_suspend */
    &lttng_ust_tracepoint_qemu___monitor_qmp_in_band_enqueue.state, /* monitor_qmp_in_band_enqueue */
    &lttng_ust_tracepoint_qemu___monitor_qmp_in_band_dequeue.state, /* monitor_qmp_in_band_dequeue */
    &lttng_ust_tracepoint_qemu___monitor_qmp_cmd_in_band.state, /* monitor_qmp_cmd_in_band */
    &lttng_ust_tracepoint_qemu___monitor_qmp_err_in_band.state, /* monitor_qmp_err_in_band */
    &lttng_ust_tracepoint_qemu___monitor_qmp_cmd_out_of_band.state, /* monitor_qmp_cmd_out_of_band */
    &lttng_ust_tracepoint_qemu___monitor_qmp_respond.state, /* monitor_qmp_respond */
    &lttng_ust_tracepoint_qemu___handle_qmp_command.state, /* handle_qmp_command */
    &lttng_ust_tracepoint_qemu___vfio_user_recv_hdr.state, /* vfio_user_recv_hdr */
    &lttng_ust_tracepoint_qemu___vfio_user_recv_request.state, /* vfio_user_recv_request */
    &lttng_ust_tracepoint_qemu___vfio_user_send_write.state, /* vfio_user_send_write */
    &lttng_ust_tracepoint_qemu___vfio_user_version.state, /* vfio_user_version */
    &lttng_ust_tracepoint_qemu___vfio_user_dma_map.state, /* vfio_user_dma_map */
    &lttng_ust_tracepoint_qemu___vfio_user_dma_unmap.state, /* vfio_user_dma_unmap */
    &lttng_ust_tracepoint_qemu___vfio_user_get_info.state, /* vfio_user_get_info */
    &lttng_ust_tracepoint_qemu___vfio_user_get_region_info.state, /* vfio_user_get_region_info */
    &lttng_ust_tracepoint_qemu___vfio_user_region_rw.state, /* vfio_user_region_rw */
    &lttng_ust_tracepoint_qemu___vfio_user_get_irq_info.state, /* vfio_user_get_irq_info */
    &lttng_ust_tracepoint_qemu___vfio_user_set_irqs.state, /* vfio_user_set_irqs */
    &lttng_ust_tracepoint_qemu___vfio_user_server_connect.state, /* vfio_user_server_connect */
    &lttng_ust_tracepoint_qemu___vfio_user_server_refuse_client.state, /* vfio_user_server_refuse_client */
    &lttng_ust_tracepoint_qemu___vfio_user_server_disconnect.state, /* vfio_user_server_disconnect */
    &lttng_ust_tracepoint_qemu___vfio_user_server_refuse.state, /* vfio_user_server_refuse */
    &lttng_ust_tracepoint_qemu___qmp_enter_qmp_capabilities.state, /* qmp_enter_qmp_capabilities */
    &lttng_ust_tracepoint_qemu___qmp_exit_qmp_capabilities.state, /* qmp_exit_qmp_capabilities */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_version.state, /* qmp_enter_query_version */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_version.state, /* qmp_exit_query_version */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_commands.state, /* qmp_enter_query_commands */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_commands.state, /* qmp_exit_query_commands */
    &lttng_ust_tracepoint_qemu___qmp_enter_quit.state, /* qmp_enter_quit */
    &lttng_ust_tracepoint_qemu___qmp_exit_quit.state, /* qmp_exit_quit */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_qmp_schema.state, /* qmp_enter_query_qmp_schema */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_qmp_schema.state, /* qmp_exit_query_qmp_schema */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_status.state, /* qmp_enter_query_status */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_status.state, /* qmp_exit_query_status */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_exit_preconfig.state, /* qmp_enter_x_exit_preconfig */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_exit_preconfig.state, /* qmp_exit_x_exit_preconfig */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_state_journal.state, /* qmp_enter_query_state_journal */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_state_journal.state, /* qmp_exit_query_state_journal */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_oob_test.state, /* qmp_enter_x_oob_test */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_oob_test.state, /* qmp_exit_x_oob_test */
    &lttng_ust_tracepoint_qemu___qmp_enter_getfd.state, /* qmp_enter_getfd */
    &lttng_ust_tracepoint_qemu___qmp_exit_getfd.state, /* qmp_exit_getfd */
    &lttng_ust_tracepoint_qemu___qmp_enter_closefd.state, /* qmp_enter_closefd */
    &lttng_ust_tracepoint_qemu___qmp_exit_closefd.state, /* qmp_exit_closefd */
    &lttng_ust_tracepoint_qemu___qmp_enter_add_fd.state, /* qmp_enter_add_fd */
    &lttng_ust_tracepoint_qemu___qmp_exit_add_fd.state, /* qmp_exit_add_fd */
    &lttng_ust_tracepoint_qemu___qmp_enter_remove_fd.state, /* qmp_enter_remove_fd */
    &lttng_ust_tracepoint_qemu___qmp_exit_remove_fd.state, /* qmp_exit_remove_fd */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_fdsets.state, /* qmp_enter_query_fdsets */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_fdsets.state, /* qmp_exit_query_fdsets */
    &lttng_ust_tracepoint_qemu___qmp_enter_qom_list.state, /* qmp_enter_qom_list */
    &lttng_ust_tracepoint_qemu___qmp_exit_qom_list.state, /* qmp_exit_qom_list */
    &lttng_ust_tracepoint_qemu___qmp_enter_qom_get.state, /* qmp_enter_qom_get */
    &lttng_ust_tracepoint_qemu___qmp_exit_qom_get.state, /* qmp_exit_qom_get */
    &lttng_ust_tracepoint_qemu___qmp_enter_qom_set.state, /* qmp_enter_qom_set */
    &lttng_ust_tracepoint_qemu___qmp_exit_qom_set.state, /* qmp_exit_qom_set */
    &lttng_ust_tracepoint_qemu___qmp_enter_qom_list_types.state, /* qmp_enter_qom_list_types */
    &lttng_ust_tracepoint_qemu___qmp_exit_qom_list_types.state, /* qmp_exit_qom_list_types */
    &lttng_ust_tracepoint_qemu___qmp_enter_qom_list_properties.state, /* qmp_enter_qom_list_properties */
    &lttng_ust_tracepoint_qemu___qmp_exit_qom_list_properties.state, /* qmp_exit_qom_list_properties */
    &lttng_ust_tracepoint_qemu___qmp_enter_object_add.state, /* qmp_enter_object_add */
    &lttng_ust_tracepoint_qemu___qmp_exit_object_add.state, /* qmp_exit_object_add */
    &lttng_ust_tracepoint_qemu___qmp_enter_object_del.state, /* qmp_enter_object_del */
    &lttng_ust_tracepoint_qemu___qmp_exit_object_del.state, /* qmp_exit_object_del */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_alloc.state, /* qmp_enter_iommufd_ioas_alloc */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_alloc.state, /* qmp_exit_iommufd_ioas_alloc */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_destroy.state, /* qmp_enter_iommufd_destroy */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_destroy.state, /* qmp_exit_iommufd_destroy */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_map.state, /* qmp_enter_iommufd_ioas_map */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_map.state, /* qmp_exit_iommufd_ioas_map */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_map_file.state, /* qmp_enter_iommufd_ioas_map_file */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_map_file.state, /* qmp_exit_iommufd_ioas_map_file */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_unmap.state, /* qmp_enter_iommufd_ioas_unmap */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_unmap.state, /* qmp_exit_iommufd_ioas_unmap */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_iova_ranges.state, /* qmp_enter_iommufd_ioas_iova_ranges */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_iova_ranges.state, /* qmp_exit_iommufd_ioas_iova_ranges */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_iommufd.state, /* qmp_enter_query_iommufd */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_iommufd.state, /* qmp_exit_query_iommufd */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_copy.state, /* qmp_enter_iommufd_ioas_copy */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_copy.state, /* qmp_exit_iommufd_ioas_copy */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_ioas_allow_iovas.state, /* qmp_enter_iommufd_ioas_allow_iovas */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_ioas_allow_iovas.state, /* qmp_exit_iommufd_ioas_allow_iovas */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_option.state, /* qmp_enter_iommufd_option */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_option.state, /* qmp_exit_iommufd_option */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_alloc.state, /* qmp_enter_iommufd_hwpt_alloc */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_alloc.state, /* qmp_exit_iommufd_hwpt_alloc */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_set_dirty_tracking.state, /* qmp_enter_iommufd_hwpt_set_dirty_tracking */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_set_dirty_tracking.state, /* qmp_exit_iommufd_hwpt_set_dirty_tracking */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_get_dirty_bitmap.state, /* qmp_enter_iommufd_hwpt_get_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_get_dirty_bitmap.state, /* qmp_exit_iommufd_hwpt_get_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_hwpt_invalidate.state, /* qmp_enter_iommufd_hwpt_invalidate */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_hwpt_invalidate.state, /* qmp_exit_iommufd_hwpt_invalidate */
    &lttng_ust_tracepoint_qemu___qmp_enter_iommufd_get_hw_info.state, /* qmp_enter_iommufd_get_hw_info */
    &lttng_ust_tracepoint_qemu___qmp_exit_iommufd_get_hw_info.state, /* qmp_exit_iommufd_get_hw_info */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_vfio_host_devices.state, /* qmp_enter_query_vfio_host_devices */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_vfio_host_devices.state, /* qmp_exit_query_vfio_host_devices */
    &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_bind.state, /* qmp_enter_vfio_device_bind */
    &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_bind.state, /* qmp_exit_vfio_device_bind */
    &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_attach.state, /* qmp_enter_vfio_device_attach */
    &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_attach.state, /* qmp_exit_vfio_device_attach */
    &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_detach.state, /* qmp_enter_vfio_device_detach */
    &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_detach.state, /* qmp_exit_vfio_device_detach */
    &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_unbind.state, /* qmp_enter_vfio_device_unbind */
    &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_unbind.state, /* qmp_exit_vfio_device_unbind */
    &lttng_ust_tracepoint_qemu___qmp_enter_vfio_device_get_info.state, /* qmp_enter_vfio_device_get_info */
    &lttng_ust_tracepoint_qemu___qmp_exit_vfio_device_get_info.state, /* qmp_exit_vfio_device_get_info */
    &lttng_ust_tracepoint_qemu___qmp_enter_device_add.state, /* qmp_enter_device_add */
    &lttng_ust_tracepoint_qemu___qmp_exit_device_add.state, /* qmp_exit_device_add */
    &lttng_ust_tracepoint_qemu___qmp_enter_device_del.state, /* qmp_enter_device_del */
    &lttng_ust_tracepoint_qemu___qmp_exit_device_del.state, /* qmp_exit_device_del */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_vfio.state, /* qmp_enter_query_vfio */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_vfio.state, /* qmp_exit_query_vfio */
    &lttng_ust_tracepoint_qemu___qmp_enter_dirty_tracking_start.state, /* qmp_enter_dirty_tracking_start */
    &lttng_ust_tracepoint_qemu___qmp_exit_dirty_tracking_start.state, /* qmp_exit_dirty_tracking_start */
    &lttng_ust_tracepoint_qemu___qmp_enter_dirty_tracking_stop.state, /* qmp_enter_dirty_tracking_stop */
    &lttng_ust_tracepoint_qemu___qmp_exit_dirty_tracking_stop.state, /* qmp_exit_dirty_tracking_stop */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_dirty_bitmap.state, /* qmp_enter_query_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_dirty_bitmap.state, /* qmp_exit_query_dirty_bitmap */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_host_iommu_devices.state, /* qmp_enter_query_host_iommu_devices */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_host_iommu_devices.state, /* qmp_exit_query_host_iommu_devices */
    &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_attach_hwpt.state, /* qmp_enter_vtd_device_attach_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_attach_hwpt.state, /* qmp_exit_vtd_device_attach_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_detach_hwpt.state, /* qmp_enter_vtd_device_detach_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_detach_hwpt.state, /* qmp_exit_vtd_device_detach_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_enter_vtd_device_reattach_def_hwpt.state, /* qmp_enter_vtd_device_reattach_def_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_exit_vtd_device_reattach_def_hwpt.state, /* qmp_exit_vtd_device_reattach_def_hwpt */
    &lttng_ust_tracepoint_qemu___qmp_enter_query_migrate.state, /* qmp_enter_query_migrate */
    &lttng_ust_tracepoint_qemu___qmp_exit_query_migrate.state, /* qmp_exit_query_migrate */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_dma_write.state, /* qmp_enter_x_sim_dma_write */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_dma_write.state, /* qmp_exit_x_sim_dma_write */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_dma_read.state, /* qmp_enter_x_sim_dma_read */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_dma_read.state, /* qmp_exit_x_sim_dma_read */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_inject_fault.state, /* qmp_enter_x_sim_inject_fault */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_inject_fault.state, /* qmp_exit_x_sim_inject_fault */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_set_memlock_limit.state, /* qmp_enter_x_sim_set_memlock_limit */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_set_memlock_limit.state, /* qmp_exit_x_sim_set_memlock_limit */
    &lttng_ust_tracepoint_qemu___qmp_enter_x_sim_irq.state, /* qmp_enter_x_sim_irq */
    &lttng_ust_tracepoint_qemu___qmp_exit_x_sim_irq.state, /* qmp_exit_x_sim_irq */
    &lttng_ust_tracepoint_qemu___qmp_enter_trace_event_get_state.state, /* qmp_enter_trace_event_get_state */
    &lttng_ust_tracepoint_qemu___qmp_exit_trace_event_get_state.state, /* qmp_exit_trace_event_get_state */
    &lttng_ust_tracepoint_qemu___qmp_enter_trace_event_set_state.state, /* qmp_enter_trace_event_set_state */
    &lttng_ust_tracepoint_qemu___qmp_exit_trace_event_set_state.state, /* qmp_exit_trace_event_set_state */
};
