/* generated from tracing/trace-events and tracing/qapi-commands.trace-events — do not edit (run 'make gen') */
/*
 * What Swift imports: plain wrappers around the 'qemu' tracepoints and
 * static inline guards. Only <stdbool.h> and <stdint.h>; no LTTng header
 * (those define constructors and hidden symbols that belong in one C file).
 *
 * qemu_trace_<name>_ust_enabled(): an LTTng session records qemu:<name>.
 * qemu_trace_<name>_enabled(): that, or the event's dynamic state is on
 * (QEMU's dstate: the in-process log and capture backends want it).
 */
#ifndef QEMU_TRACE_H
#define QEMU_TRACE_H

#include <stdbool.h>
#include <stdint.h>

/* Number of events in the trace-events file, 'disable'd ones included; ids are 0..<count. */
#define QEMU_TRACE_EVENT_COUNT 219

/* Dynamic state per event id; read and written only through the two functions below. */
extern uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];

static inline bool qemu_trace_dstate_get(uint32_t id)
{
    return __atomic_load_n(&qemu_trace_dstate[id], __ATOMIC_RELAXED) != 0;
}

static inline void qemu_trace_dstate_set(uint32_t id, bool on)
{
    __atomic_store_n(&qemu_trace_dstate[id], on ? 1 : 0, __ATOMIC_RELAXED);
}

/* Whether an LTTng session records the event with this id (for trace-event-get-state). */
extern const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT];

static inline bool qemu_trace_ust_enabled_by_id(uint32_t id)
{
    return *qemu_trace_ust_state_by_id[id] != 0;
}

/* 0: iommufd_change_process(int fd, bool ret) "fd=%d (%d)" */
void qemu_trace_iommufd_change_process(int fd, bool ret);
extern const volatile int *const qemu_trace_state_iommufd_change_process;

static inline bool qemu_trace_iommufd_change_process_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_change_process != 0, 0);
}

static inline bool qemu_trace_iommufd_change_process_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_change_process != 0 || qemu_trace_dstate_get(0), 0);
}

/* 1: iommufd_backend_connect(int fd, bool owned, uint32_t users) "fd=%d owned=%d users=%d" */
void qemu_trace_iommufd_backend_connect(int fd, bool owned, uint32_t users);
extern const volatile int *const qemu_trace_state_iommufd_backend_connect;

static inline bool qemu_trace_iommufd_backend_connect_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_connect != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_connect_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_connect != 0 || qemu_trace_dstate_get(1), 0);
}

/* 2: iommufd_backend_disconnect(int fd, uint32_t users) "fd=%d users=%d" */
void qemu_trace_iommufd_backend_disconnect(int fd, uint32_t users);
extern const volatile int *const qemu_trace_state_iommufd_backend_disconnect;

static inline bool qemu_trace_iommufd_backend_disconnect_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_disconnect != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_disconnect_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_disconnect != 0 || qemu_trace_dstate_get(2), 0);
}

/* 3: iommu_backend_set_fd(int fd) "pre-opened /dev/iommu fd=%d" */
void qemu_trace_iommu_backend_set_fd(int fd);
extern const volatile int *const qemu_trace_state_iommu_backend_set_fd;

static inline bool qemu_trace_iommu_backend_set_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommu_backend_set_fd != 0, 0);
}

static inline bool qemu_trace_iommu_backend_set_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommu_backend_set_fd != 0 || qemu_trace_dstate_get(3), 0);
}

/* 4: iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, void *vaddr, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p readonly=%d (%d)" */
void qemu_trace_iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, const void *vaddr, bool readonly, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_map_dma;

static inline bool qemu_trace_iommufd_backend_map_dma_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_map_dma != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_map_dma_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_map_dma != 0 || qemu_trace_dstate_get(4), 0);
}

/* 5: iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" fd=%d start=%ld readonly=%d (%d)" */
void qemu_trace_iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_map_file_dma;

static inline bool qemu_trace_iommufd_backend_map_file_dma_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_map_file_dma != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_map_file_dma_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_map_file_dma != 0 || qemu_trace_dstate_get(5), 0);
}

/* 6: iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " Unmap nonexistent mapping: iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_unmap_dma_non_exist;

static inline bool qemu_trace_iommufd_backend_unmap_dma_non_exist_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_unmap_dma_non_exist != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_unmap_dma_non_exist_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_unmap_dma_non_exist != 0 || qemu_trace_dstate_get(6), 0);
}

/* 7: iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_unmap_dma;

static inline bool qemu_trace_iommufd_backend_unmap_dma_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_unmap_dma != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_unmap_dma_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_unmap_dma != 0 || qemu_trace_dstate_get(7), 0);
}

/* 8: iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas) " iommufd=%d ioas=%d" */
void qemu_trace_iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_ioas;

static inline bool qemu_trace_iommufd_backend_alloc_ioas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_ioas != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_ioas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_ioas != 0 || qemu_trace_dstate_get(8), 0);
}

/* 9: iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret) " iommufd=%d dev_id=%u pt_id=%u flags=0x%x hwpt_type=%u len=%u data_ptr=0x%"PRIx64" out_hwpt=%u (%d)" */
void qemu_trace_iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_hwpt;

static inline bool qemu_trace_iommufd_backend_alloc_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_hwpt != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_hwpt != 0 || qemu_trace_dstate_get(9), 0);
}

/* 10: iommufd_backend_free_id(int iommufd, uint32_t id, int ret) " iommufd=%d id=%d (%d)" */
void qemu_trace_iommufd_backend_free_id(int iommufd, uint32_t id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_free_id;

static inline bool qemu_trace_iommufd_backend_free_id_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_free_id != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_free_id_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_free_id != 0 || qemu_trace_dstate_get(10), 0);
}

/* 11: iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret) " iommufd=%d hwpt=%u enable=%d (%d)" */
void qemu_trace_iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_set_dirty;

static inline bool qemu_trace_iommufd_backend_set_dirty_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_set_dirty != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_set_dirty_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_set_dirty != 0 || qemu_trace_dstate_get(11), 0);
}

/* 12: iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret) " iommufd=%d hwpt=%u iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%"PRIx64" page_size=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_get_dirty_bitmap;

static inline bool qemu_trace_iommufd_backend_get_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_get_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_dirty_bitmap != 0 || qemu_trace_dstate_get(12), 0);
}

/* 13: iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret) " iommufd=%d id=%u data_type=%u entry_len=%u entry_num=%u done_num=%u data_ptr=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_invalidate_cache;

static inline bool qemu_trace_iommufd_backend_invalidate_cache_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_invalidate_cache != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_invalidate_cache_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_invalidate_cache != 0 || qemu_trace_dstate_get(13), 0);
}

/* 14: iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret) " iommufd=%d type=%u dev_id=%u hwpt_id=%u viommu_id=%u (%d)" */
void qemu_trace_iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_viommu;

static inline bool qemu_trace_iommufd_backend_alloc_viommu_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_viommu != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_viommu_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_viommu != 0 || qemu_trace_dstate_get(14), 0);
}

/* 15: iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret) " iommufd=%d dev_id=%u viommu_id=%u virt_id=0x%"PRIx64" vdev_id=%u (%d)" */
void qemu_trace_iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_vdev;

static inline bool qemu_trace_iommufd_backend_alloc_vdev_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_vdev != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_vdev_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_vdev != 0 || qemu_trace_dstate_get(15), 0);
}

/* 16: iommufd_backend_get_device_info(int iommufd, uint32_t dev_id, uint32_t data_len, uint32_t type, uint64_t caps, uint8_t max_pasid_log2, int ret) " iommufd=%d dev_id=%u data_len=%u type=%u caps=0x%"PRIx64" max_pasid_log2=%u (%d)" */
void qemu_trace_iommufd_backend_get_device_info(int iommufd, uint32_t dev_id, uint32_t data_len, uint32_t type, uint64_t caps, uint8_t max_pasid_log2, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_get_device_info;

static inline bool qemu_trace_iommufd_backend_get_device_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_device_info != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_get_device_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_device_info != 0 || qemu_trace_dstate_get(16), 0);
}

/* 17: iommufd_backend_get_iova_ranges(int iommufd, uint32_t ioas, uint32_t num_iovas, uint64_t alignment, int ret) " iommufd=%d ioas=%u num_iovas=%u alignment=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_get_iova_ranges(int iommufd, uint32_t ioas, uint32_t num_iovas, uint64_t alignment, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_get_iova_ranges;

static inline bool qemu_trace_iommufd_backend_get_iova_ranges_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_iova_ranges != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_get_iova_ranges_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_get_iova_ranges != 0 || qemu_trace_dstate_get(17), 0);
}

/* 18: iommufd_backend_allow_iovas(int iommufd, uint32_t ioas, uint32_t num_iovas, int ret) " iommufd=%d ioas=%u num_iovas=%u (%d)" */
void qemu_trace_iommufd_backend_allow_iovas(int iommufd, uint32_t ioas, uint32_t num_iovas, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_allow_iovas;

static inline bool qemu_trace_iommufd_backend_allow_iovas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_allow_iovas != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_allow_iovas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_allow_iovas != 0 || qemu_trace_dstate_get(18), 0);
}

/* 19: iommufd_backend_copy_dma(int iommufd, uint32_t dst_ioas, uint32_t src_ioas, uint64_t dst_iova, uint64_t src_iova, uint64_t size, uint32_t flags, int ret) " iommufd=%d dst_ioas=%u src_ioas=%u dst_iova=0x%"PRIx64" src_iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x (%d)" */
void qemu_trace_iommufd_backend_copy_dma(int iommufd, uint32_t dst_ioas, uint32_t src_ioas, uint64_t dst_iova, uint64_t src_iova, uint64_t size, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_copy_dma;

static inline bool qemu_trace_iommufd_backend_copy_dma_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_copy_dma != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_copy_dma_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_copy_dma != 0 || qemu_trace_dstate_get(19), 0);
}

/* 20: iommufd_backend_set_option(int iommufd, uint32_t option_id, uint32_t op, uint32_t object_id, uint64_t val, int ret) " iommufd=%d option_id=%u op=%u object_id=%u val=0x%"PRIx64" (%d)" */
void qemu_trace_iommufd_backend_set_option(int iommufd, uint32_t option_id, uint32_t op, uint32_t object_id, uint64_t val, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_set_option;

static inline bool qemu_trace_iommufd_backend_set_option_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_set_option != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_set_option_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_set_option != 0 || qemu_trace_dstate_get(20), 0);
}

/* 21: iommufd_backend_vfio_ioas(int iommufd, uint32_t op, uint32_t ioas, int ret) " iommufd=%d op=%u ioas=%u (%d)" */
void qemu_trace_iommufd_backend_vfio_ioas(int iommufd, uint32_t op, uint32_t ioas, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_vfio_ioas;

static inline bool qemu_trace_iommufd_backend_vfio_ioas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_vfio_ioas != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_vfio_ioas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_vfio_ioas != 0 || qemu_trace_dstate_get(21), 0);
}

/* 22: iommufd_backend_alloc_fault_queue(int iommufd, uint32_t flags, uint32_t fault_id, int fault_fd, int ret) " iommufd=%d flags=0x%x fault_id=%u fault_fd=%d (%d)" */
void qemu_trace_iommufd_backend_alloc_fault_queue(int iommufd, uint32_t flags, uint32_t fault_id, int fault_fd, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_fault_queue;

static inline bool qemu_trace_iommufd_backend_alloc_fault_queue_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_fault_queue != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_fault_queue_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_fault_queue != 0 || qemu_trace_dstate_get(22), 0);
}

/* 23: iommufd_backend_alloc_veventq(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t depth, uint32_t veventq_id, int veventq_fd, int ret) " iommufd=%d viommu_id=%u type=%u depth=%u veventq_id=%u veventq_fd=%d (%d)" */
void qemu_trace_iommufd_backend_alloc_veventq(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t depth, uint32_t veventq_id, int veventq_fd, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_veventq;

static inline bool qemu_trace_iommufd_backend_alloc_veventq_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_veventq != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_veventq_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_veventq != 0 || qemu_trace_dstate_get(23), 0);
}

/* 24: iommufd_backend_alloc_hw_queue(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t index, uint64_t base_addr, uint64_t length, uint32_t hw_queue_id, int ret) " iommufd=%d viommu_id=%u type=%u index=%u base_addr=0x%"PRIx64" length=0x%"PRIx64" hw_queue_id=%u (%d)" */
void qemu_trace_iommufd_backend_alloc_hw_queue(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t index, uint64_t base_addr, uint64_t length, uint32_t hw_queue_id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_alloc_hw_queue;

static inline bool qemu_trace_iommufd_backend_alloc_hw_queue_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_hw_queue != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_alloc_hw_queue_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_alloc_hw_queue != 0 || qemu_trace_dstate_get(24), 0);
}

/* 25: iommufd_backend_test_cmd(int iommufd, uint32_t op, uint32_t id, int ret) " iommufd=%d op=%u id=%u (%d)" */
void qemu_trace_iommufd_backend_test_cmd(int iommufd, uint32_t op, uint32_t id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_backend_test_cmd;

static inline bool qemu_trace_iommufd_backend_test_cmd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_test_cmd != 0, 0);
}

static inline bool qemu_trace_iommufd_backend_test_cmd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_backend_test_cmd != 0 || qemu_trace_dstate_get(25), 0);
}

/* 26: iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid) " [iommufd=%d] Successfully bound device %s (fd=%d): output devid=%d" */
void qemu_trace_iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid);
extern const volatile int *const qemu_trace_state_iommufd_cdev_connect_and_bind;

static inline bool qemu_trace_iommufd_cdev_connect_and_bind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_connect_and_bind != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_connect_and_bind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_connect_and_bind != 0 || qemu_trace_dstate_get(26), 0);
}

/* 27: iommufd_cdev_getfd(const char *dev, int devfd) " %s (fd=%d)" */
void qemu_trace_iommufd_cdev_getfd(const char *dev, int devfd);
extern const volatile int *const qemu_trace_state_iommufd_cdev_getfd;

static inline bool qemu_trace_iommufd_cdev_getfd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_getfd != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_getfd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_getfd != 0 || qemu_trace_dstate_get(27), 0);
}

/* 28: iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id) " [iommufd=%d] Successfully attached device %s (%d) to id=%d" */
void qemu_trace_iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id);
extern const volatile int *const qemu_trace_state_iommufd_cdev_attach_ioas_hwpt;

static inline bool qemu_trace_iommufd_cdev_attach_ioas_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_attach_ioas_hwpt != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_attach_ioas_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_attach_ioas_hwpt != 0 || qemu_trace_dstate_get(28), 0);
}

/* 29: iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name) " [iommufd=%d] Successfully detached %s" */
void qemu_trace_iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name);
extern const volatile int *const qemu_trace_state_iommufd_cdev_detach_ioas_hwpt;

static inline bool qemu_trace_iommufd_cdev_detach_ioas_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_detach_ioas_hwpt != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_detach_ioas_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_detach_ioas_hwpt != 0 || qemu_trace_dstate_get(29), 0);
}

/* 30: iommufd_cdev_fail_attach_existing_container(const char *msg) " %s" */
void qemu_trace_iommufd_cdev_fail_attach_existing_container(const char *msg);
extern const volatile int *const qemu_trace_state_iommufd_cdev_fail_attach_existing_container;

static inline bool qemu_trace_iommufd_cdev_fail_attach_existing_container_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_attach_existing_container != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_fail_attach_existing_container_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_attach_existing_container != 0 || qemu_trace_dstate_get(30), 0);
}

/* 31: iommufd_cdev_alloc_ioas(int iommufd, int ioas_id) " [iommufd=%d] new IOMMUFD container with ioasid=%d" */
void qemu_trace_iommufd_cdev_alloc_ioas(int iommufd, int ioas_id);
extern const volatile int *const qemu_trace_state_iommufd_cdev_alloc_ioas;

static inline bool qemu_trace_iommufd_cdev_alloc_ioas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_alloc_ioas != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_alloc_ioas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_alloc_ioas != 0 || qemu_trace_dstate_get(31), 0);
}

/* 32: iommufd_cdev_device_info(char *name, int devfd, int num_irqs, int num_regions, int flags) " %s (%d) num_irqs=%d num_regions=%d flags=%d" */
void qemu_trace_iommufd_cdev_device_info(const char *name, int devfd, int num_irqs, int num_regions, int flags);
extern const volatile int *const qemu_trace_state_iommufd_cdev_device_info;

static inline bool qemu_trace_iommufd_cdev_device_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_device_info != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_device_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_device_info != 0 || qemu_trace_dstate_get(32), 0);
}

/* 33: iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id) "\t%04x:%02x:%02x.%x devid %d" */
void qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id);
extern const volatile int *const qemu_trace_state_iommufd_cdev_pci_hot_reset_dep_devices;

static inline bool qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_pci_hot_reset_dep_devices != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_pci_hot_reset_dep_devices_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_pci_hot_reset_dep_devices != 0 || qemu_trace_dstate_get(33), 0);
}

/* 34: vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id) "ioas_id %u, devid %d, hwpt_id %u" */
void qemu_trace_vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id);
extern const volatile int *const qemu_trace_state_vfio_cpr_find_device;

static inline bool qemu_trace_vfio_cpr_find_device_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_cpr_find_device != 0, 0);
}

static inline bool qemu_trace_vfio_cpr_find_device_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_cpr_find_device != 0 || qemu_trace_dstate_get(34), 0);
}

/* 35: vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages) "iova=0x%"PRIx64" size=0x%"PRIx64" backend_flag=0x%"PRIx64" bitmap_size=0x%"PRIx64" gpa=0x%"PRIx64" dirty_pages=%"PRIu64 */
void qemu_trace_vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages);
extern const volatile int *const qemu_trace_state_vfio_container_query_dirty_bitmap;

static inline bool qemu_trace_vfio_container_query_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_container_query_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_vfio_container_query_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_container_query_dirty_bitmap != 0 || qemu_trace_dstate_get(35), 0);
}

/* 36: vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, void *vaddr) "region_add [ram] 0x%"PRIx64" - 0x%"PRIx64" [%p]" */
void qemu_trace_vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, const void *vaddr);
extern const volatile int *const qemu_trace_state_vfio_listener_region_add_ram;

static inline bool qemu_trace_vfio_listener_region_add_ram_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_listener_region_add_ram != 0, 0);
}

static inline bool qemu_trace_vfio_listener_region_add_ram_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_listener_region_add_ram != 0 || qemu_trace_dstate_get(36), 0);
}

/* 37: vfio_listener_region_del(uint64_t start, uint64_t end) "region_del 0x%"PRIx64" - 0x%"PRIx64 */
void qemu_trace_vfio_listener_region_del(uint64_t start, uint64_t end);
extern const volatile int *const qemu_trace_state_vfio_listener_region_del;

static inline bool qemu_trace_vfio_listener_region_del_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_listener_region_del != 0, 0);
}

static inline bool qemu_trace_vfio_listener_region_del_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_listener_region_del != 0 || qemu_trace_dstate_get(37), 0);
}

/* 38: vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max) "section 0x%"PRIx64" - 0x%"PRIx64" -> update [0x%"PRIx64" - 0x%"PRIx64"]" */
void qemu_trace_vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max);
extern const volatile int *const qemu_trace_state_vfio_device_dirty_tracking_update;

static inline bool qemu_trace_vfio_device_dirty_tracking_update_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_dirty_tracking_update != 0, 0);
}

static inline bool qemu_trace_vfio_device_dirty_tracking_update_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_dirty_tracking_update != 0 || qemu_trace_dstate_get(38), 0);
}

/* 39: vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci) "nr_ranges %d 32:[0x%"PRIx64" - 0x%"PRIx64"], 64:[0x%"PRIx64" - 0x%"PRIx64"], pci64:[0x%"PRIx64" - 0x%"PRIx64"]" */
void qemu_trace_vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci);
extern const volatile int *const qemu_trace_state_vfio_device_dirty_tracking_start;

static inline bool qemu_trace_vfio_device_dirty_tracking_start_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_dirty_tracking_start != 0, 0);
}

static inline bool qemu_trace_vfio_device_dirty_tracking_start_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_dirty_tracking_start != 0 || qemu_trace_dstate_get(39), 0);
}

/* 40: vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64 */
void qemu_trace_vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end);
extern const volatile int *const qemu_trace_state_vfio_iommu_map_dirty_notify;

static inline bool qemu_trace_vfio_iommu_map_dirty_notify_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_iommu_map_dirty_notify != 0, 0);
}

static inline bool qemu_trace_vfio_iommu_map_dirty_notify_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_iommu_map_dirty_notify != 0 || qemu_trace_dstate_get(40), 0);
}

/* 41: vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64 */
void qemu_trace_vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end);
extern const volatile int *const qemu_trace_state_vfio_iommu_map_dirty_notify_skip_ro;

static inline bool qemu_trace_vfio_iommu_map_dirty_notify_skip_ro_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_iommu_map_dirty_notify_skip_ro != 0, 0);
}

static inline bool qemu_trace_vfio_iommu_map_dirty_notify_skip_ro_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_iommu_map_dirty_notify_skip_ro != 0 || qemu_trace_dstate_get(41), 0);
}

/* 42: vfio_container_disconnect(int fd) "close container->fd=%d" */
void qemu_trace_vfio_container_disconnect(int fd);
extern const volatile int *const qemu_trace_state_vfio_container_disconnect;

static inline bool qemu_trace_vfio_container_disconnect_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_container_disconnect != 0, 0);
}

static inline bool qemu_trace_vfio_container_disconnect_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_container_disconnect != 0 || qemu_trace_dstate_get(42), 0);
}

/* 43: vfio_group_put(int fd) "close group->fd=%d" */
void qemu_trace_vfio_group_put(int fd);
extern const volatile int *const qemu_trace_state_vfio_group_put;

static inline bool qemu_trace_vfio_group_put_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_group_put != 0, 0);
}

static inline bool qemu_trace_vfio_group_put_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_group_put != 0 || qemu_trace_dstate_get(43), 0);
}

/* 44: vfio_device_get(const char *name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs) "Device %s flags: %u, regions: %u, irqs: %u" */
void qemu_trace_vfio_device_get(const char *name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs);
extern const volatile int *const qemu_trace_state_vfio_device_get;

static inline bool qemu_trace_vfio_device_get_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get != 0, 0);
}

static inline bool qemu_trace_vfio_device_get_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get != 0 || qemu_trace_dstate_get(44), 0);
}

/* 45: vfio_device_put(int fd) "close vdev->fd=%d" */
void qemu_trace_vfio_device_put(int fd);
extern const volatile int *const qemu_trace_state_vfio_device_put;

static inline bool qemu_trace_vfio_device_put_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_put != 0, 0);
}

static inline bool qemu_trace_vfio_device_put_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_put != 0 || qemu_trace_dstate_get(45), 0);
}

/* 46: vfio_device_attach(const char *name, int group_id) " (%s) group %d" */
void qemu_trace_vfio_device_attach(const char *name, int group_id);
extern const volatile int *const qemu_trace_state_vfio_device_attach;

static inline bool qemu_trace_vfio_device_attach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_attach != 0, 0);
}

static inline bool qemu_trace_vfio_device_attach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_attach != 0 || qemu_trace_dstate_get(46), 0);
}

/* 47: vfio_device_detach(const char *name, int group_id) " (%s) group %d" */
void qemu_trace_vfio_device_detach(const char *name, int group_id);
extern const volatile int *const qemu_trace_state_vfio_device_detach;

static inline bool qemu_trace_vfio_device_detach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_detach != 0, 0);
}

static inline bool qemu_trace_vfio_device_detach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_detach != 0 || qemu_trace_dstate_get(47), 0);
}

/* 48: vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d" */
void qemu_trace_vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret);
extern const volatile int *const qemu_trace_state_vtd_device_attach_hwpt;

static inline bool qemu_trace_vtd_device_attach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_attach_hwpt != 0, 0);
}

static inline bool qemu_trace_vtd_device_attach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_attach_hwpt != 0 || qemu_trace_dstate_get(48), 0);
}

/* 49: vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret) "dev_id %d pasid %d ret: %d" */
void qemu_trace_vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret);
extern const volatile int *const qemu_trace_state_vtd_device_detach_hwpt;

static inline bool qemu_trace_vtd_device_detach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_detach_hwpt != 0, 0);
}

static inline bool qemu_trace_vtd_device_detach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_detach_hwpt != 0 || qemu_trace_dstate_get(49), 0);
}

/* 50: vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d" */
void qemu_trace_vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret);
extern const volatile int *const qemu_trace_state_vtd_device_reattach_def_hwpt;

static inline bool qemu_trace_vtd_device_reattach_def_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_reattach_def_hwpt != 0, 0);
}

static inline bool qemu_trace_vtd_device_reattach_def_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vtd_device_reattach_def_hwpt != 0 || qemu_trace_dstate_get(50), 0);
}

/* 51: virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new) "mr=%s old_mask=0x%"PRIx64" new_mask=0x%"PRIx64 */
void qemu_trace_virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new);
extern const volatile int *const qemu_trace_state_virtio_iommu_set_page_size_mask;

static inline bool qemu_trace_virtio_iommu_set_page_size_mask_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_virtio_iommu_set_page_size_mask != 0, 0);
}

static inline bool qemu_trace_virtio_iommu_set_page_size_mask_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_virtio_iommu_set_page_size_mask != 0 || qemu_trace_dstate_get(51), 0);
}

/* 52: virtio_iommu_freeze_granule(uint64_t page_size_mask) "granule: 0x%"PRIx64 */
void qemu_trace_virtio_iommu_freeze_granule(uint64_t page_size_mask);
extern const volatile int *const qemu_trace_state_virtio_iommu_freeze_granule;

static inline bool qemu_trace_virtio_iommu_freeze_granule_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_virtio_iommu_freeze_granule != 0, 0);
}

static inline bool qemu_trace_virtio_iommu_freeze_granule_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_virtio_iommu_freeze_granule != 0 || qemu_trace_dstate_get(52), 0);
}

/* 53: iommufd_cdev_fail_connect_and_bind(int iommufd, const char *name, int devfd, int ret) " [iommufd=%d] Failed to bind device %s (fd=%d) (%d)" */
void qemu_trace_iommufd_cdev_fail_connect_and_bind(int iommufd, const char *name, int devfd, int ret);
extern const volatile int *const qemu_trace_state_iommufd_cdev_fail_connect_and_bind;

static inline bool qemu_trace_iommufd_cdev_fail_connect_and_bind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_connect_and_bind != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_fail_connect_and_bind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_connect_and_bind != 0 || qemu_trace_dstate_get(53), 0);
}

/* 54: iommufd_cdev_fail_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id, int ret) " [iommufd=%d] Failed to attach device %s (%d) to id=%d (%d)" */
void qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id, int ret);
extern const volatile int *const qemu_trace_state_iommufd_cdev_fail_attach_ioas_hwpt;

static inline bool qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_attach_ioas_hwpt != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_fail_attach_ioas_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_attach_ioas_hwpt != 0 || qemu_trace_dstate_get(54), 0);
}

/* 55: iommufd_cdev_fail_detach_ioas_hwpt(int iommufd, const char *name, int ret) " [iommufd=%d] Failed to detach %s (%d)" */
void qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt(int iommufd, const char *name, int ret);
extern const volatile int *const qemu_trace_state_iommufd_cdev_fail_detach_ioas_hwpt;

static inline bool qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_detach_ioas_hwpt != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_fail_detach_ioas_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_detach_ioas_hwpt != 0 || qemu_trace_dstate_get(55), 0);
}

/* 56: iommufd_cdev_fail_device_info(const char *name, int devfd, int ret) " %s (%d) (%d)" */
void qemu_trace_iommufd_cdev_fail_device_info(const char *name, int devfd, int ret);
extern const volatile int *const qemu_trace_state_iommufd_cdev_fail_device_info;

static inline bool qemu_trace_iommufd_cdev_fail_device_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_device_info != 0, 0);
}

static inline bool qemu_trace_iommufd_cdev_fail_device_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_iommufd_cdev_fail_device_info != 0 || qemu_trace_dstate_get(56), 0);
}

/* 57: vfio_device_get_region_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint64_t size, uint64_t offset, uint32_t caps, int ret) " %s (%d) index %u flags 0x%x size 0x%"PRIx64" offset 0x%"PRIx64" caps %u (%d)" */
void qemu_trace_vfio_device_get_region_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint64_t size, uint64_t offset, uint32_t caps, int ret);
extern const volatile int *const qemu_trace_state_vfio_device_get_region_info;

static inline bool qemu_trace_vfio_device_get_region_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get_region_info != 0, 0);
}

static inline bool qemu_trace_vfio_device_get_region_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get_region_info != 0 || qemu_trace_dstate_get(57), 0);
}

/* 58: vfio_device_get_irq_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint32_t count, int ret) " %s (%d) index %u flags 0x%x count %u (%d)" */
void qemu_trace_vfio_device_get_irq_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint32_t count, int ret);
extern const volatile int *const qemu_trace_state_vfio_device_get_irq_info;

static inline bool qemu_trace_vfio_device_get_irq_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get_irq_info != 0, 0);
}

static inline bool qemu_trace_vfio_device_get_irq_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_get_irq_info != 0 || qemu_trace_dstate_get(58), 0);
}

/* 59: vfio_device_set_irqs(const char *name, int devfd, uint32_t index, uint32_t start, uint32_t count, uint32_t flags, int ret) " %s (%d) index %u start %u count %u flags 0x%x (%d)" */
void qemu_trace_vfio_device_set_irqs(const char *name, int devfd, uint32_t index, uint32_t start, uint32_t count, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_vfio_device_set_irqs;

static inline bool qemu_trace_vfio_device_set_irqs_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_set_irqs != 0, 0);
}

static inline bool qemu_trace_vfio_device_set_irqs_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_set_irqs != 0 || qemu_trace_dstate_get(59), 0);
}

/* 60: vfio_device_reset(const char *name, int devfd, int ret) " %s (%d) (%d)" */
void qemu_trace_vfio_device_reset(const char *name, int devfd, int ret);
extern const volatile int *const qemu_trace_state_vfio_device_reset;

static inline bool qemu_trace_vfio_device_reset_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_reset != 0, 0);
}

static inline bool qemu_trace_vfio_device_reset_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_reset != 0 || qemu_trace_dstate_get(60), 0);
}

/* 61: vfio_device_feature(const char *name, int devfd, uint32_t flags, int ret) " %s (%d) flags 0x%x (%d)" */
void qemu_trace_vfio_device_feature(const char *name, int devfd, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_vfio_device_feature;

static inline bool qemu_trace_vfio_device_feature_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_feature != 0, 0);
}

static inline bool qemu_trace_vfio_device_feature_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_device_feature != 0 || qemu_trace_dstate_get(61), 0);
}

/* 62: vfio_legacy_get_api_version(int container, int ret) " container=%d (%d)" */
void qemu_trace_vfio_legacy_get_api_version(int container, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_get_api_version;

static inline bool qemu_trace_vfio_legacy_get_api_version_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_get_api_version != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_get_api_version_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_get_api_version != 0 || qemu_trace_dstate_get(62), 0);
}

/* 63: vfio_legacy_check_extension(int container, int extension, int ret) " container=%d extension=%d (%d)" */
void qemu_trace_vfio_legacy_check_extension(int container, int extension, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_check_extension;

static inline bool qemu_trace_vfio_legacy_check_extension_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_check_extension != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_check_extension_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_check_extension != 0 || qemu_trace_dstate_get(63), 0);
}

/* 64: vfio_legacy_set_iommu(int container, int type, int ret) " container=%d type=%d (%d)" */
void qemu_trace_vfio_legacy_set_iommu(int container, int type, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_set_iommu;

static inline bool qemu_trace_vfio_legacy_set_iommu_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_set_iommu != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_set_iommu_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_set_iommu != 0 || qemu_trace_dstate_get(64), 0);
}

/* 65: vfio_legacy_group_get_status(int group, uint32_t flags, int ret) " group=%d flags=0x%x (%d)" */
void qemu_trace_vfio_legacy_group_get_status(int group, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_group_get_status;

static inline bool qemu_trace_vfio_legacy_group_get_status_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_get_status != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_group_get_status_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_get_status != 0 || qemu_trace_dstate_get(65), 0);
}

/* 66: vfio_legacy_group_set_container(int group, int container, int ret) " group=%d container=%d (%d)" */
void qemu_trace_vfio_legacy_group_set_container(int group, int container, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_group_set_container;

static inline bool qemu_trace_vfio_legacy_group_set_container_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_set_container != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_group_set_container_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_set_container != 0 || qemu_trace_dstate_get(66), 0);
}

/* 67: vfio_legacy_group_unset_container(int group, int ret) " group=%d (%d)" */
void qemu_trace_vfio_legacy_group_unset_container(int group, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_group_unset_container;

static inline bool qemu_trace_vfio_legacy_group_unset_container_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_unset_container != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_group_unset_container_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_unset_container != 0 || qemu_trace_dstate_get(67), 0);
}

/* 68: vfio_legacy_group_get_device_fd(int group, const char *name, int ret) " group=%d device=%s (%d)" */
void qemu_trace_vfio_legacy_group_get_device_fd(int group, const char *name, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_group_get_device_fd;

static inline bool qemu_trace_vfio_legacy_group_get_device_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_get_device_fd != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_group_get_device_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_group_get_device_fd != 0 || qemu_trace_dstate_get(68), 0);
}

/* 69: vfio_legacy_iommu_get_info(int container, uint32_t flags, uint64_t iova_pgsizes, int ret) " container=%d flags=0x%x iova_pgsizes=0x%"PRIx64" (%d)" */
void qemu_trace_vfio_legacy_iommu_get_info(int container, uint32_t flags, uint64_t iova_pgsizes, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_iommu_get_info;

static inline bool qemu_trace_vfio_legacy_iommu_get_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_iommu_get_info != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_iommu_get_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_iommu_get_info != 0 || qemu_trace_dstate_get(69), 0);
}

/* 70: vfio_legacy_dma_map(int container, uint64_t iova, uint64_t size, void *vaddr, uint32_t flags, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p flags=0x%x (%d)" */
void qemu_trace_vfio_legacy_dma_map(int container, uint64_t iova, uint64_t size, const void *vaddr, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_dma_map;

static inline bool qemu_trace_vfio_legacy_dma_map_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dma_map != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_dma_map_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dma_map != 0 || qemu_trace_dstate_get(70), 0);
}

/* 71: vfio_legacy_dma_unmap(int container, uint64_t iova, uint64_t size, uint32_t flags, uint64_t unmapped, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x unmapped=0x%"PRIx64" (%d)" */
void qemu_trace_vfio_legacy_dma_unmap(int container, uint64_t iova, uint64_t size, uint32_t flags, uint64_t unmapped, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_dma_unmap;

static inline bool qemu_trace_vfio_legacy_dma_unmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dma_unmap != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_dma_unmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dma_unmap != 0 || qemu_trace_dstate_get(71), 0);
}

/* 72: vfio_legacy_dirty_pages(int container, uint32_t flags, uint64_t iova, uint64_t size, uint64_t pgsize, int ret) " container=%d flags=0x%x iova=0x%"PRIx64" size=0x%"PRIx64" pgsize=0x%"PRIx64" (%d)" */
void qemu_trace_vfio_legacy_dirty_pages(int container, uint32_t flags, uint64_t iova, uint64_t size, uint64_t pgsize, int ret);
extern const volatile int *const qemu_trace_state_vfio_legacy_dirty_pages;

static inline bool qemu_trace_vfio_legacy_dirty_pages_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dirty_pages != 0, 0);
}

static inline bool qemu_trace_vfio_legacy_dirty_pages_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_legacy_dirty_pages != 0 || qemu_trace_dstate_get(72), 0);
}

/* 75: monitor_protocol_event_emit(uint32_t event, void *data) "event=%d data=%p" */
void qemu_trace_monitor_protocol_event_emit(uint32_t event, const void *data);
extern const volatile int *const qemu_trace_state_monitor_protocol_event_emit;

static inline bool qemu_trace_monitor_protocol_event_emit_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_protocol_event_emit != 0, 0);
}

static inline bool qemu_trace_monitor_protocol_event_emit_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_protocol_event_emit != 0 || qemu_trace_dstate_get(75), 0);
}

/* 76: monitor_suspend(void *ptr, int cnt) "mon %p: %d" */
void qemu_trace_monitor_suspend(const void *ptr, int cnt);
extern const volatile int *const qemu_trace_state_monitor_suspend;

static inline bool qemu_trace_monitor_suspend_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_suspend != 0, 0);
}

static inline bool qemu_trace_monitor_suspend_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_suspend != 0 || qemu_trace_dstate_get(76), 0);
}

/* 77: monitor_qmp_in_band_enqueue(void *req, void *mon, unsigned len) "%p mon %p len %u" */
void qemu_trace_monitor_qmp_in_band_enqueue(const void *req, const void *mon, unsigned len);
extern const volatile int *const qemu_trace_state_monitor_qmp_in_band_enqueue;

static inline bool qemu_trace_monitor_qmp_in_band_enqueue_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_in_band_enqueue != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_in_band_enqueue_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_in_band_enqueue != 0 || qemu_trace_dstate_get(77), 0);
}

/* 78: monitor_qmp_in_band_dequeue(void *req, unsigned len) "%p len %u" */
void qemu_trace_monitor_qmp_in_band_dequeue(const void *req, unsigned len);
extern const volatile int *const qemu_trace_state_monitor_qmp_in_band_dequeue;

static inline bool qemu_trace_monitor_qmp_in_band_dequeue_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_in_band_dequeue != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_in_band_dequeue_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_in_band_dequeue != 0 || qemu_trace_dstate_get(78), 0);
}

/* 79: monitor_qmp_cmd_in_band(const char *id) "%s" */
void qemu_trace_monitor_qmp_cmd_in_band(const char *id);
extern const volatile int *const qemu_trace_state_monitor_qmp_cmd_in_band;

static inline bool qemu_trace_monitor_qmp_cmd_in_band_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_cmd_in_band != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_cmd_in_band_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_cmd_in_band != 0 || qemu_trace_dstate_get(79), 0);
}

/* 80: monitor_qmp_err_in_band(const char *desc) "%s" */
void qemu_trace_monitor_qmp_err_in_band(const char *desc);
extern const volatile int *const qemu_trace_state_monitor_qmp_err_in_band;

static inline bool qemu_trace_monitor_qmp_err_in_band_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_err_in_band != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_err_in_band_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_err_in_band != 0 || qemu_trace_dstate_get(80), 0);
}

/* 81: monitor_qmp_cmd_out_of_band(const char *id) "%s" */
void qemu_trace_monitor_qmp_cmd_out_of_band(const char *id);
extern const volatile int *const qemu_trace_state_monitor_qmp_cmd_out_of_band;

static inline bool qemu_trace_monitor_qmp_cmd_out_of_band_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_cmd_out_of_band != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_cmd_out_of_band_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_cmd_out_of_band != 0 || qemu_trace_dstate_get(81), 0);
}

/* 82: monitor_qmp_respond(void *mon, const char *json) "mon %p resp: %s" */
void qemu_trace_monitor_qmp_respond(const void *mon, const char *json);
extern const volatile int *const qemu_trace_state_monitor_qmp_respond;

static inline bool qemu_trace_monitor_qmp_respond_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_respond != 0, 0);
}

static inline bool qemu_trace_monitor_qmp_respond_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_monitor_qmp_respond != 0 || qemu_trace_dstate_get(82), 0);
}

/* 83: handle_qmp_command(void *mon, const char *req) "mon %p req: %s" */
void qemu_trace_handle_qmp_command(const void *mon, const char *req);
extern const volatile int *const qemu_trace_state_handle_qmp_command;

static inline bool qemu_trace_handle_qmp_command_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_handle_qmp_command != 0, 0);
}

static inline bool qemu_trace_handle_qmp_command_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_handle_qmp_command != 0 || qemu_trace_dstate_get(83), 0);
}

/* 84: vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags) " (%s) id 0x%x cmd 0x%x size 0x%x flags 0x%x" */
void qemu_trace_vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags);
extern const volatile int *const qemu_trace_state_vfio_user_recv_hdr;

static inline bool qemu_trace_vfio_user_recv_hdr_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_recv_hdr != 0, 0);
}

static inline bool qemu_trace_vfio_user_recv_hdr_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_recv_hdr != 0 || qemu_trace_dstate_get(84), 0);
}

/* 85: vfio_user_recv_request(uint16_t cmd) " command 0x%x" */
void qemu_trace_vfio_user_recv_request(uint16_t cmd);
extern const volatile int *const qemu_trace_state_vfio_user_recv_request;

static inline bool qemu_trace_vfio_user_recv_request_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_recv_request != 0, 0);
}

static inline bool qemu_trace_vfio_user_recv_request_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_recv_request != 0 || qemu_trace_dstate_get(85), 0);
}

/* 86: vfio_user_send_write(uint16_t id, int wrote) " id 0x%x wrote 0x%x" */
void qemu_trace_vfio_user_send_write(uint16_t id, int wrote);
extern const volatile int *const qemu_trace_state_vfio_user_send_write;

static inline bool qemu_trace_vfio_user_send_write_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_send_write != 0, 0);
}

static inline bool qemu_trace_vfio_user_send_write_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_send_write != 0 || qemu_trace_dstate_get(86), 0);
}

/* 87: vfio_user_version(uint16_t major, uint16_t minor, const char *caps) " major %d minor %d caps: %s" */
void qemu_trace_vfio_user_version(uint16_t major, uint16_t minor, const char *caps);
extern const volatile int *const qemu_trace_state_vfio_user_version;

static inline bool qemu_trace_vfio_user_version_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_version != 0, 0);
}

static inline bool qemu_trace_vfio_user_version_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_version != 0 || qemu_trace_dstate_get(87), 0);
}

/* 88: vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" off 0x%"PRIx64" flags 0x%x async_ops %d" */
void qemu_trace_vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops);
extern const volatile int *const qemu_trace_state_vfio_user_dma_map;

static inline bool qemu_trace_vfio_user_dma_map_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_dma_map != 0, 0);
}

static inline bool qemu_trace_vfio_user_dma_map_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_dma_map != 0 || qemu_trace_dstate_get(88), 0);
}

/* 89: vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" flags 0x%x async_ops %d" */
void qemu_trace_vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags, bool async_ops);
extern const volatile int *const qemu_trace_state_vfio_user_dma_unmap;

static inline bool qemu_trace_vfio_user_dma_unmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_dma_unmap != 0, 0);
}

static inline bool qemu_trace_vfio_user_dma_unmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_dma_unmap != 0 || qemu_trace_dstate_get(89), 0);
}

/* 90: vfio_user_get_info(uint32_t nregions, uint32_t nirqs) " #regions %d #irqs %d" */
void qemu_trace_vfio_user_get_info(uint32_t nregions, uint32_t nirqs);
extern const volatile int *const qemu_trace_state_vfio_user_get_info;

static inline bool qemu_trace_vfio_user_get_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_info != 0, 0);
}

static inline bool qemu_trace_vfio_user_get_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_info != 0 || qemu_trace_dstate_get(90), 0);
}

/* 91: vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size) " index %d flags 0x%x size 0x%"PRIx64 */
void qemu_trace_vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size);
extern const volatile int *const qemu_trace_state_vfio_user_get_region_info;

static inline bool qemu_trace_vfio_user_get_region_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_region_info != 0, 0);
}

static inline bool qemu_trace_vfio_user_get_region_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_region_info != 0 || qemu_trace_dstate_get(91), 0);
}

/* 92: vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count) " region %d offset 0x%"PRIx64" count %d" */
void qemu_trace_vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count);
extern const volatile int *const qemu_trace_state_vfio_user_region_rw;

static inline bool qemu_trace_vfio_user_region_rw_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_region_rw != 0, 0);
}

static inline bool qemu_trace_vfio_user_region_rw_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_region_rw != 0 || qemu_trace_dstate_get(92), 0);
}

/* 93: vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count) " index %d flags 0x%x count %d" */
void qemu_trace_vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count);
extern const volatile int *const qemu_trace_state_vfio_user_get_irq_info;

static inline bool qemu_trace_vfio_user_get_irq_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_irq_info != 0, 0);
}

static inline bool qemu_trace_vfio_user_get_irq_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_get_irq_info != 0 || qemu_trace_dstate_get(93), 0);
}

/* 94: vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags) " index %d start %d count %d flags 0x%x" */
void qemu_trace_vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags);
extern const volatile int *const qemu_trace_state_vfio_user_set_irqs;

static inline bool qemu_trace_vfio_user_set_irqs_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_set_irqs != 0, 0);
}

static inline bool qemu_trace_vfio_user_set_irqs_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_set_irqs != 0 || qemu_trace_dstate_get(94), 0);
}

/* 95: vfio_user_server_connect(const char *name, int pid, uint32_t uid, uint32_t gid) " (%s) client pid %d uid %u gid %u" */
void qemu_trace_vfio_user_server_connect(const char *name, int pid, uint32_t uid, uint32_t gid);
extern const volatile int *const qemu_trace_state_vfio_user_server_connect;

static inline bool qemu_trace_vfio_user_server_connect_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_connect != 0, 0);
}

static inline bool qemu_trace_vfio_user_server_connect_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_connect != 0 || qemu_trace_dstate_get(95), 0);
}

/* 96: vfio_user_server_refuse_client(const char *name, int pid, uint32_t uid, const char *reason) " (%s) pid %d uid %u: %s" */
void qemu_trace_vfio_user_server_refuse_client(const char *name, int pid, uint32_t uid, const char *reason);
extern const volatile int *const qemu_trace_state_vfio_user_server_refuse_client;

static inline bool qemu_trace_vfio_user_server_refuse_client_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_refuse_client != 0, 0);
}

static inline bool qemu_trace_vfio_user_server_refuse_client_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_refuse_client != 0 || qemu_trace_dstate_get(96), 0);
}

/* 97: vfio_user_server_disconnect(const char *name, int windows) " (%s) windows %d" */
void qemu_trace_vfio_user_server_disconnect(const char *name, int windows);
extern const volatile int *const qemu_trace_state_vfio_user_server_disconnect;

static inline bool qemu_trace_vfio_user_server_disconnect_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_disconnect != 0, 0);
}

static inline bool qemu_trace_vfio_user_server_disconnect_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_disconnect != 0 || qemu_trace_dstate_get(97), 0);
}

/* 98: vfio_user_server_refuse(const char *name, uint16_t id, uint16_t cmd, int err, const char *reason) " (%s) id 0x%x cmd 0x%x error %d: %s" */
void qemu_trace_vfio_user_server_refuse(const char *name, uint16_t id, uint16_t cmd, int err, const char *reason);
extern const volatile int *const qemu_trace_state_vfio_user_server_refuse;

static inline bool qemu_trace_vfio_user_server_refuse_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_refuse != 0, 0);
}

static inline bool qemu_trace_vfio_user_server_refuse_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_vfio_user_server_refuse != 0 || qemu_trace_dstate_get(98), 0);
}

/* 99: qmp_enter_qmp_capabilities(const char *json) "%s" */
void qemu_trace_qmp_enter_qmp_capabilities(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qmp_capabilities;

static inline bool qemu_trace_qmp_enter_qmp_capabilities_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qmp_capabilities != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qmp_capabilities_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qmp_capabilities != 0 || qemu_trace_dstate_get(99), 0);
}

/* 100: qmp_exit_qmp_capabilities(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qmp_capabilities(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qmp_capabilities;

static inline bool qemu_trace_qmp_exit_qmp_capabilities_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qmp_capabilities != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qmp_capabilities_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qmp_capabilities != 0 || qemu_trace_dstate_get(100), 0);
}

/* 101: qmp_enter_query_version(const char *json) "%s" */
void qemu_trace_qmp_enter_query_version(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_version;

static inline bool qemu_trace_qmp_enter_query_version_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_version != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_version_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_version != 0 || qemu_trace_dstate_get(101), 0);
}

/* 102: qmp_exit_query_version(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_version(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_version;

static inline bool qemu_trace_qmp_exit_query_version_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_version != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_version_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_version != 0 || qemu_trace_dstate_get(102), 0);
}

/* 103: qmp_enter_query_commands(const char *json) "%s" */
void qemu_trace_qmp_enter_query_commands(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_commands;

static inline bool qemu_trace_qmp_enter_query_commands_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_commands != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_commands_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_commands != 0 || qemu_trace_dstate_get(103), 0);
}

/* 104: qmp_exit_query_commands(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_commands(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_commands;

static inline bool qemu_trace_qmp_exit_query_commands_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_commands != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_commands_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_commands != 0 || qemu_trace_dstate_get(104), 0);
}

/* 105: qmp_enter_quit(const char *json) "%s" */
void qemu_trace_qmp_enter_quit(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_quit;

static inline bool qemu_trace_qmp_enter_quit_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_quit != 0, 0);
}

static inline bool qemu_trace_qmp_enter_quit_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_quit != 0 || qemu_trace_dstate_get(105), 0);
}

/* 106: qmp_exit_quit(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_quit(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_quit;

static inline bool qemu_trace_qmp_exit_quit_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_quit != 0, 0);
}

static inline bool qemu_trace_qmp_exit_quit_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_quit != 0 || qemu_trace_dstate_get(106), 0);
}

/* 107: qmp_enter_query_qmp_schema(const char *json) "%s" */
void qemu_trace_qmp_enter_query_qmp_schema(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_qmp_schema;

static inline bool qemu_trace_qmp_enter_query_qmp_schema_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_qmp_schema != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_qmp_schema_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_qmp_schema != 0 || qemu_trace_dstate_get(107), 0);
}

/* 108: qmp_exit_query_qmp_schema(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_qmp_schema(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_qmp_schema;

static inline bool qemu_trace_qmp_exit_query_qmp_schema_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_qmp_schema != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_qmp_schema_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_qmp_schema != 0 || qemu_trace_dstate_get(108), 0);
}

/* 109: qmp_enter_query_status(const char *json) "%s" */
void qemu_trace_qmp_enter_query_status(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_status;

static inline bool qemu_trace_qmp_enter_query_status_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_status != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_status_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_status != 0 || qemu_trace_dstate_get(109), 0);
}

/* 110: qmp_exit_query_status(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_status(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_status;

static inline bool qemu_trace_qmp_exit_query_status_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_status != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_status_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_status != 0 || qemu_trace_dstate_get(110), 0);
}

/* 111: qmp_enter_x_exit_preconfig(const char *json) "%s" */
void qemu_trace_qmp_enter_x_exit_preconfig(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_exit_preconfig;

static inline bool qemu_trace_qmp_enter_x_exit_preconfig_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_exit_preconfig != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_exit_preconfig_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_exit_preconfig != 0 || qemu_trace_dstate_get(111), 0);
}

/* 112: qmp_exit_x_exit_preconfig(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_exit_preconfig(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_exit_preconfig;

static inline bool qemu_trace_qmp_exit_x_exit_preconfig_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_exit_preconfig != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_exit_preconfig_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_exit_preconfig != 0 || qemu_trace_dstate_get(112), 0);
}

/* 113: qmp_enter_query_state_journal(const char *json) "%s" */
void qemu_trace_qmp_enter_query_state_journal(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_state_journal;

static inline bool qemu_trace_qmp_enter_query_state_journal_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_state_journal != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_state_journal_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_state_journal != 0 || qemu_trace_dstate_get(113), 0);
}

/* 114: qmp_exit_query_state_journal(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_state_journal(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_state_journal;

static inline bool qemu_trace_qmp_exit_query_state_journal_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_state_journal != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_state_journal_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_state_journal != 0 || qemu_trace_dstate_get(114), 0);
}

/* 115: qmp_enter_x_oob_test(const char *json) "%s" */
void qemu_trace_qmp_enter_x_oob_test(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_oob_test;

static inline bool qemu_trace_qmp_enter_x_oob_test_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_oob_test != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_oob_test_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_oob_test != 0 || qemu_trace_dstate_get(115), 0);
}

/* 116: qmp_exit_x_oob_test(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_oob_test(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_oob_test;

static inline bool qemu_trace_qmp_exit_x_oob_test_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_oob_test != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_oob_test_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_oob_test != 0 || qemu_trace_dstate_get(116), 0);
}

/* 117: qmp_enter_getfd(const char *json) "%s" */
void qemu_trace_qmp_enter_getfd(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_getfd;

static inline bool qemu_trace_qmp_enter_getfd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_getfd != 0, 0);
}

static inline bool qemu_trace_qmp_enter_getfd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_getfd != 0 || qemu_trace_dstate_get(117), 0);
}

/* 118: qmp_exit_getfd(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_getfd(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_getfd;

static inline bool qemu_trace_qmp_exit_getfd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_getfd != 0, 0);
}

static inline bool qemu_trace_qmp_exit_getfd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_getfd != 0 || qemu_trace_dstate_get(118), 0);
}

/* 119: qmp_enter_closefd(const char *json) "%s" */
void qemu_trace_qmp_enter_closefd(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_closefd;

static inline bool qemu_trace_qmp_enter_closefd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_closefd != 0, 0);
}

static inline bool qemu_trace_qmp_enter_closefd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_closefd != 0 || qemu_trace_dstate_get(119), 0);
}

/* 120: qmp_exit_closefd(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_closefd(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_closefd;

static inline bool qemu_trace_qmp_exit_closefd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_closefd != 0, 0);
}

static inline bool qemu_trace_qmp_exit_closefd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_closefd != 0 || qemu_trace_dstate_get(120), 0);
}

/* 121: qmp_enter_add_fd(const char *json) "%s" */
void qemu_trace_qmp_enter_add_fd(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_add_fd;

static inline bool qemu_trace_qmp_enter_add_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_add_fd != 0, 0);
}

static inline bool qemu_trace_qmp_enter_add_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_add_fd != 0 || qemu_trace_dstate_get(121), 0);
}

/* 122: qmp_exit_add_fd(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_add_fd(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_add_fd;

static inline bool qemu_trace_qmp_exit_add_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_add_fd != 0, 0);
}

static inline bool qemu_trace_qmp_exit_add_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_add_fd != 0 || qemu_trace_dstate_get(122), 0);
}

/* 123: qmp_enter_remove_fd(const char *json) "%s" */
void qemu_trace_qmp_enter_remove_fd(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_remove_fd;

static inline bool qemu_trace_qmp_enter_remove_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_remove_fd != 0, 0);
}

static inline bool qemu_trace_qmp_enter_remove_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_remove_fd != 0 || qemu_trace_dstate_get(123), 0);
}

/* 124: qmp_exit_remove_fd(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_remove_fd(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_remove_fd;

static inline bool qemu_trace_qmp_exit_remove_fd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_remove_fd != 0, 0);
}

static inline bool qemu_trace_qmp_exit_remove_fd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_remove_fd != 0 || qemu_trace_dstate_get(124), 0);
}

/* 125: qmp_enter_query_fdsets(const char *json) "%s" */
void qemu_trace_qmp_enter_query_fdsets(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_fdsets;

static inline bool qemu_trace_qmp_enter_query_fdsets_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_fdsets != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_fdsets_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_fdsets != 0 || qemu_trace_dstate_get(125), 0);
}

/* 126: qmp_exit_query_fdsets(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_fdsets(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_fdsets;

static inline bool qemu_trace_qmp_exit_query_fdsets_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_fdsets != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_fdsets_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_fdsets != 0 || qemu_trace_dstate_get(126), 0);
}

/* 127: qmp_enter_qom_list(const char *json) "%s" */
void qemu_trace_qmp_enter_qom_list(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qom_list;

static inline bool qemu_trace_qmp_enter_qom_list_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qom_list_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list != 0 || qemu_trace_dstate_get(127), 0);
}

/* 128: qmp_exit_qom_list(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qom_list(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qom_list;

static inline bool qemu_trace_qmp_exit_qom_list_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qom_list_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list != 0 || qemu_trace_dstate_get(128), 0);
}

/* 129: qmp_enter_qom_get(const char *json) "%s" */
void qemu_trace_qmp_enter_qom_get(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qom_get;

static inline bool qemu_trace_qmp_enter_qom_get_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_get != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qom_get_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_get != 0 || qemu_trace_dstate_get(129), 0);
}

/* 130: qmp_exit_qom_get(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qom_get(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qom_get;

static inline bool qemu_trace_qmp_exit_qom_get_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_get != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qom_get_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_get != 0 || qemu_trace_dstate_get(130), 0);
}

/* 131: qmp_enter_qom_set(const char *json) "%s" */
void qemu_trace_qmp_enter_qom_set(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qom_set;

static inline bool qemu_trace_qmp_enter_qom_set_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_set != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qom_set_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_set != 0 || qemu_trace_dstate_get(131), 0);
}

/* 132: qmp_exit_qom_set(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qom_set(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qom_set;

static inline bool qemu_trace_qmp_exit_qom_set_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_set != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qom_set_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_set != 0 || qemu_trace_dstate_get(132), 0);
}

/* 133: qmp_enter_qom_list_types(const char *json) "%s" */
void qemu_trace_qmp_enter_qom_list_types(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qom_list_types;

static inline bool qemu_trace_qmp_enter_qom_list_types_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list_types != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qom_list_types_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list_types != 0 || qemu_trace_dstate_get(133), 0);
}

/* 134: qmp_exit_qom_list_types(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qom_list_types(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qom_list_types;

static inline bool qemu_trace_qmp_exit_qom_list_types_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list_types != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qom_list_types_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list_types != 0 || qemu_trace_dstate_get(134), 0);
}

/* 135: qmp_enter_qom_list_properties(const char *json) "%s" */
void qemu_trace_qmp_enter_qom_list_properties(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_qom_list_properties;

static inline bool qemu_trace_qmp_enter_qom_list_properties_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list_properties != 0, 0);
}

static inline bool qemu_trace_qmp_enter_qom_list_properties_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_qom_list_properties != 0 || qemu_trace_dstate_get(135), 0);
}

/* 136: qmp_exit_qom_list_properties(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_qom_list_properties(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_qom_list_properties;

static inline bool qemu_trace_qmp_exit_qom_list_properties_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list_properties != 0, 0);
}

static inline bool qemu_trace_qmp_exit_qom_list_properties_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_qom_list_properties != 0 || qemu_trace_dstate_get(136), 0);
}

/* 137: qmp_enter_object_add(const char *json) "%s" */
void qemu_trace_qmp_enter_object_add(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_object_add;

static inline bool qemu_trace_qmp_enter_object_add_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_object_add != 0, 0);
}

static inline bool qemu_trace_qmp_enter_object_add_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_object_add != 0 || qemu_trace_dstate_get(137), 0);
}

/* 138: qmp_exit_object_add(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_object_add(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_object_add;

static inline bool qemu_trace_qmp_exit_object_add_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_object_add != 0, 0);
}

static inline bool qemu_trace_qmp_exit_object_add_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_object_add != 0 || qemu_trace_dstate_get(138), 0);
}

/* 139: qmp_enter_object_del(const char *json) "%s" */
void qemu_trace_qmp_enter_object_del(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_object_del;

static inline bool qemu_trace_qmp_enter_object_del_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_object_del != 0, 0);
}

static inline bool qemu_trace_qmp_enter_object_del_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_object_del != 0 || qemu_trace_dstate_get(139), 0);
}

/* 140: qmp_exit_object_del(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_object_del(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_object_del;

static inline bool qemu_trace_qmp_exit_object_del_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_object_del != 0, 0);
}

static inline bool qemu_trace_qmp_exit_object_del_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_object_del != 0 || qemu_trace_dstate_get(140), 0);
}

/* 141: qmp_enter_iommufd_ioas_alloc(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_alloc(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_alloc;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_alloc_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_alloc != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_alloc_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_alloc != 0 || qemu_trace_dstate_get(141), 0);
}

/* 142: qmp_exit_iommufd_ioas_alloc(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_alloc(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_alloc;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_alloc_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_alloc != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_alloc_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_alloc != 0 || qemu_trace_dstate_get(142), 0);
}

/* 143: qmp_enter_iommufd_destroy(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_destroy(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_destroy;

static inline bool qemu_trace_qmp_enter_iommufd_destroy_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_destroy != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_destroy_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_destroy != 0 || qemu_trace_dstate_get(143), 0);
}

/* 144: qmp_exit_iommufd_destroy(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_destroy(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_destroy;

static inline bool qemu_trace_qmp_exit_iommufd_destroy_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_destroy != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_destroy_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_destroy != 0 || qemu_trace_dstate_get(144), 0);
}

/* 145: qmp_enter_iommufd_ioas_map(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_map(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_map;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_map_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_map != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_map_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_map != 0 || qemu_trace_dstate_get(145), 0);
}

/* 146: qmp_exit_iommufd_ioas_map(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_map(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_map;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_map_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_map != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_map_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_map != 0 || qemu_trace_dstate_get(146), 0);
}

/* 147: qmp_enter_iommufd_ioas_map_file(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_map_file(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_map_file;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_map_file_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_map_file != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_map_file_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_map_file != 0 || qemu_trace_dstate_get(147), 0);
}

/* 148: qmp_exit_iommufd_ioas_map_file(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_map_file(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_map_file;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_map_file_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_map_file != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_map_file_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_map_file != 0 || qemu_trace_dstate_get(148), 0);
}

/* 149: qmp_enter_iommufd_ioas_unmap(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_unmap(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_unmap;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_unmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_unmap != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_unmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_unmap != 0 || qemu_trace_dstate_get(149), 0);
}

/* 150: qmp_exit_iommufd_ioas_unmap(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_unmap(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_unmap;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_unmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_unmap != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_unmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_unmap != 0 || qemu_trace_dstate_get(150), 0);
}

/* 151: qmp_enter_iommufd_ioas_iova_ranges(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_iova_ranges(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_iova_ranges;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_iova_ranges_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_iova_ranges != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_iova_ranges_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_iova_ranges != 0 || qemu_trace_dstate_get(151), 0);
}

/* 152: qmp_exit_iommufd_ioas_iova_ranges(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_iova_ranges(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_iova_ranges;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_iova_ranges_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_iova_ranges != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_iova_ranges_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_iova_ranges != 0 || qemu_trace_dstate_get(152), 0);
}

/* 153: qmp_enter_query_iommufd(const char *json) "%s" */
void qemu_trace_qmp_enter_query_iommufd(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_iommufd;

static inline bool qemu_trace_qmp_enter_query_iommufd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_iommufd != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_iommufd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_iommufd != 0 || qemu_trace_dstate_get(153), 0);
}

/* 154: qmp_exit_query_iommufd(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_iommufd(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_iommufd;

static inline bool qemu_trace_qmp_exit_query_iommufd_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_iommufd != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_iommufd_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_iommufd != 0 || qemu_trace_dstate_get(154), 0);
}

/* 155: qmp_enter_iommufd_ioas_copy(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_copy(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_copy;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_copy_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_copy != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_copy_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_copy != 0 || qemu_trace_dstate_get(155), 0);
}

/* 156: qmp_exit_iommufd_ioas_copy(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_copy(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_copy;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_copy_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_copy != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_copy_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_copy != 0 || qemu_trace_dstate_get(156), 0);
}

/* 157: qmp_enter_iommufd_ioas_allow_iovas(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_ioas_allow_iovas(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_ioas_allow_iovas;

static inline bool qemu_trace_qmp_enter_iommufd_ioas_allow_iovas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_allow_iovas != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_ioas_allow_iovas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_ioas_allow_iovas != 0 || qemu_trace_dstate_get(157), 0);
}

/* 158: qmp_exit_iommufd_ioas_allow_iovas(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_ioas_allow_iovas(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_ioas_allow_iovas;

static inline bool qemu_trace_qmp_exit_iommufd_ioas_allow_iovas_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_allow_iovas != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_ioas_allow_iovas_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_ioas_allow_iovas != 0 || qemu_trace_dstate_get(158), 0);
}

/* 159: qmp_enter_iommufd_option(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_option(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_option;

static inline bool qemu_trace_qmp_enter_iommufd_option_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_option != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_option_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_option != 0 || qemu_trace_dstate_get(159), 0);
}

/* 160: qmp_exit_iommufd_option(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_option(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_option;

static inline bool qemu_trace_qmp_exit_iommufd_option_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_option != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_option_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_option != 0 || qemu_trace_dstate_get(160), 0);
}

/* 161: qmp_enter_iommufd_hwpt_alloc(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_hwpt_alloc(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_alloc;

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_alloc_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_alloc != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_alloc_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_alloc != 0 || qemu_trace_dstate_get(161), 0);
}

/* 162: qmp_exit_iommufd_hwpt_alloc(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_hwpt_alloc(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_alloc;

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_alloc_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_alloc != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_alloc_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_alloc != 0 || qemu_trace_dstate_get(162), 0);
}

/* 163: qmp_enter_iommufd_hwpt_set_dirty_tracking(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_set_dirty_tracking;

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_set_dirty_tracking != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_set_dirty_tracking_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_set_dirty_tracking != 0 || qemu_trace_dstate_get(163), 0);
}

/* 164: qmp_exit_iommufd_hwpt_set_dirty_tracking(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_set_dirty_tracking;

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_set_dirty_tracking != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_set_dirty_tracking_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_set_dirty_tracking != 0 || qemu_trace_dstate_get(164), 0);
}

/* 165: qmp_enter_iommufd_hwpt_get_dirty_bitmap(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_get_dirty_bitmap;

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_get_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_get_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_get_dirty_bitmap != 0 || qemu_trace_dstate_get(165), 0);
}

/* 166: qmp_exit_iommufd_hwpt_get_dirty_bitmap(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_get_dirty_bitmap;

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_get_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_get_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_get_dirty_bitmap != 0 || qemu_trace_dstate_get(166), 0);
}

/* 167: qmp_enter_iommufd_hwpt_invalidate(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_hwpt_invalidate(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_hwpt_invalidate;

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_invalidate_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_invalidate != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_hwpt_invalidate_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_hwpt_invalidate != 0 || qemu_trace_dstate_get(167), 0);
}

/* 168: qmp_exit_iommufd_hwpt_invalidate(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_hwpt_invalidate(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_hwpt_invalidate;

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_invalidate_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_invalidate != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_hwpt_invalidate_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_hwpt_invalidate != 0 || qemu_trace_dstate_get(168), 0);
}

/* 169: qmp_enter_iommufd_get_hw_info(const char *json) "%s" */
void qemu_trace_qmp_enter_iommufd_get_hw_info(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_iommufd_get_hw_info;

static inline bool qemu_trace_qmp_enter_iommufd_get_hw_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_get_hw_info != 0, 0);
}

static inline bool qemu_trace_qmp_enter_iommufd_get_hw_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_iommufd_get_hw_info != 0 || qemu_trace_dstate_get(169), 0);
}

/* 170: qmp_exit_iommufd_get_hw_info(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_iommufd_get_hw_info(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_iommufd_get_hw_info;

static inline bool qemu_trace_qmp_exit_iommufd_get_hw_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_get_hw_info != 0, 0);
}

static inline bool qemu_trace_qmp_exit_iommufd_get_hw_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_iommufd_get_hw_info != 0 || qemu_trace_dstate_get(170), 0);
}

/* 171: qmp_enter_query_vfio_host_devices(const char *json) "%s" */
void qemu_trace_qmp_enter_query_vfio_host_devices(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_vfio_host_devices;

static inline bool qemu_trace_qmp_enter_query_vfio_host_devices_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_vfio_host_devices != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_vfio_host_devices_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_vfio_host_devices != 0 || qemu_trace_dstate_get(171), 0);
}

/* 172: qmp_exit_query_vfio_host_devices(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_vfio_host_devices(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_vfio_host_devices;

static inline bool qemu_trace_qmp_exit_query_vfio_host_devices_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_vfio_host_devices != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_vfio_host_devices_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_vfio_host_devices != 0 || qemu_trace_dstate_get(172), 0);
}

/* 173: qmp_enter_vfio_device_bind(const char *json) "%s" */
void qemu_trace_qmp_enter_vfio_device_bind(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vfio_device_bind;

static inline bool qemu_trace_qmp_enter_vfio_device_bind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_bind != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vfio_device_bind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_bind != 0 || qemu_trace_dstate_get(173), 0);
}

/* 174: qmp_exit_vfio_device_bind(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vfio_device_bind(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vfio_device_bind;

static inline bool qemu_trace_qmp_exit_vfio_device_bind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_bind != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vfio_device_bind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_bind != 0 || qemu_trace_dstate_get(174), 0);
}

/* 175: qmp_enter_vfio_device_attach(const char *json) "%s" */
void qemu_trace_qmp_enter_vfio_device_attach(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vfio_device_attach;

static inline bool qemu_trace_qmp_enter_vfio_device_attach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_attach != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vfio_device_attach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_attach != 0 || qemu_trace_dstate_get(175), 0);
}

/* 176: qmp_exit_vfio_device_attach(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vfio_device_attach(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vfio_device_attach;

static inline bool qemu_trace_qmp_exit_vfio_device_attach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_attach != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vfio_device_attach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_attach != 0 || qemu_trace_dstate_get(176), 0);
}

/* 177: qmp_enter_vfio_device_detach(const char *json) "%s" */
void qemu_trace_qmp_enter_vfio_device_detach(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vfio_device_detach;

static inline bool qemu_trace_qmp_enter_vfio_device_detach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_detach != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vfio_device_detach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_detach != 0 || qemu_trace_dstate_get(177), 0);
}

/* 178: qmp_exit_vfio_device_detach(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vfio_device_detach(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vfio_device_detach;

static inline bool qemu_trace_qmp_exit_vfio_device_detach_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_detach != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vfio_device_detach_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_detach != 0 || qemu_trace_dstate_get(178), 0);
}

/* 179: qmp_enter_vfio_device_unbind(const char *json) "%s" */
void qemu_trace_qmp_enter_vfio_device_unbind(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vfio_device_unbind;

static inline bool qemu_trace_qmp_enter_vfio_device_unbind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_unbind != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vfio_device_unbind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_unbind != 0 || qemu_trace_dstate_get(179), 0);
}

/* 180: qmp_exit_vfio_device_unbind(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vfio_device_unbind(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vfio_device_unbind;

static inline bool qemu_trace_qmp_exit_vfio_device_unbind_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_unbind != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vfio_device_unbind_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_unbind != 0 || qemu_trace_dstate_get(180), 0);
}

/* 181: qmp_enter_vfio_device_get_info(const char *json) "%s" */
void qemu_trace_qmp_enter_vfio_device_get_info(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vfio_device_get_info;

static inline bool qemu_trace_qmp_enter_vfio_device_get_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_get_info != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vfio_device_get_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vfio_device_get_info != 0 || qemu_trace_dstate_get(181), 0);
}

/* 182: qmp_exit_vfio_device_get_info(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vfio_device_get_info(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vfio_device_get_info;

static inline bool qemu_trace_qmp_exit_vfio_device_get_info_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_get_info != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vfio_device_get_info_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vfio_device_get_info != 0 || qemu_trace_dstate_get(182), 0);
}

/* 183: qmp_enter_device_add(const char *json) "%s" */
void qemu_trace_qmp_enter_device_add(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_device_add;

static inline bool qemu_trace_qmp_enter_device_add_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_device_add != 0, 0);
}

static inline bool qemu_trace_qmp_enter_device_add_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_device_add != 0 || qemu_trace_dstate_get(183), 0);
}

/* 184: qmp_exit_device_add(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_device_add(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_device_add;

static inline bool qemu_trace_qmp_exit_device_add_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_device_add != 0, 0);
}

static inline bool qemu_trace_qmp_exit_device_add_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_device_add != 0 || qemu_trace_dstate_get(184), 0);
}

/* 185: qmp_enter_device_del(const char *json) "%s" */
void qemu_trace_qmp_enter_device_del(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_device_del;

static inline bool qemu_trace_qmp_enter_device_del_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_device_del != 0, 0);
}

static inline bool qemu_trace_qmp_enter_device_del_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_device_del != 0 || qemu_trace_dstate_get(185), 0);
}

/* 186: qmp_exit_device_del(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_device_del(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_device_del;

static inline bool qemu_trace_qmp_exit_device_del_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_device_del != 0, 0);
}

static inline bool qemu_trace_qmp_exit_device_del_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_device_del != 0 || qemu_trace_dstate_get(186), 0);
}

/* 187: qmp_enter_query_vfio(const char *json) "%s" */
void qemu_trace_qmp_enter_query_vfio(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_vfio;

static inline bool qemu_trace_qmp_enter_query_vfio_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_vfio != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_vfio_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_vfio != 0 || qemu_trace_dstate_get(187), 0);
}

/* 188: qmp_exit_query_vfio(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_vfio(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_vfio;

static inline bool qemu_trace_qmp_exit_query_vfio_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_vfio != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_vfio_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_vfio != 0 || qemu_trace_dstate_get(188), 0);
}

/* 189: qmp_enter_dirty_tracking_start(const char *json) "%s" */
void qemu_trace_qmp_enter_dirty_tracking_start(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_dirty_tracking_start;

static inline bool qemu_trace_qmp_enter_dirty_tracking_start_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_dirty_tracking_start != 0, 0);
}

static inline bool qemu_trace_qmp_enter_dirty_tracking_start_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_dirty_tracking_start != 0 || qemu_trace_dstate_get(189), 0);
}

/* 190: qmp_exit_dirty_tracking_start(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_dirty_tracking_start(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_dirty_tracking_start;

static inline bool qemu_trace_qmp_exit_dirty_tracking_start_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_dirty_tracking_start != 0, 0);
}

static inline bool qemu_trace_qmp_exit_dirty_tracking_start_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_dirty_tracking_start != 0 || qemu_trace_dstate_get(190), 0);
}

/* 191: qmp_enter_dirty_tracking_stop(const char *json) "%s" */
void qemu_trace_qmp_enter_dirty_tracking_stop(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_dirty_tracking_stop;

static inline bool qemu_trace_qmp_enter_dirty_tracking_stop_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_dirty_tracking_stop != 0, 0);
}

static inline bool qemu_trace_qmp_enter_dirty_tracking_stop_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_dirty_tracking_stop != 0 || qemu_trace_dstate_get(191), 0);
}

/* 192: qmp_exit_dirty_tracking_stop(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_dirty_tracking_stop(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_dirty_tracking_stop;

static inline bool qemu_trace_qmp_exit_dirty_tracking_stop_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_dirty_tracking_stop != 0, 0);
}

static inline bool qemu_trace_qmp_exit_dirty_tracking_stop_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_dirty_tracking_stop != 0 || qemu_trace_dstate_get(192), 0);
}

/* 193: qmp_enter_query_dirty_bitmap(const char *json) "%s" */
void qemu_trace_qmp_enter_query_dirty_bitmap(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_dirty_bitmap;

static inline bool qemu_trace_qmp_enter_query_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_dirty_bitmap != 0 || qemu_trace_dstate_get(193), 0);
}

/* 194: qmp_exit_query_dirty_bitmap(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_dirty_bitmap(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_dirty_bitmap;

static inline bool qemu_trace_qmp_exit_query_dirty_bitmap_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_dirty_bitmap != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_dirty_bitmap_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_dirty_bitmap != 0 || qemu_trace_dstate_get(194), 0);
}

/* 195: qmp_enter_query_host_iommu_devices(const char *json) "%s" */
void qemu_trace_qmp_enter_query_host_iommu_devices(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_host_iommu_devices;

static inline bool qemu_trace_qmp_enter_query_host_iommu_devices_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_host_iommu_devices != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_host_iommu_devices_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_host_iommu_devices != 0 || qemu_trace_dstate_get(195), 0);
}

/* 196: qmp_exit_query_host_iommu_devices(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_host_iommu_devices(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_host_iommu_devices;

static inline bool qemu_trace_qmp_exit_query_host_iommu_devices_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_host_iommu_devices != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_host_iommu_devices_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_host_iommu_devices != 0 || qemu_trace_dstate_get(196), 0);
}

/* 197: qmp_enter_vtd_device_attach_hwpt(const char *json) "%s" */
void qemu_trace_qmp_enter_vtd_device_attach_hwpt(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vtd_device_attach_hwpt;

static inline bool qemu_trace_qmp_enter_vtd_device_attach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_attach_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vtd_device_attach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_attach_hwpt != 0 || qemu_trace_dstate_get(197), 0);
}

/* 198: qmp_exit_vtd_device_attach_hwpt(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vtd_device_attach_hwpt(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vtd_device_attach_hwpt;

static inline bool qemu_trace_qmp_exit_vtd_device_attach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_attach_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vtd_device_attach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_attach_hwpt != 0 || qemu_trace_dstate_get(198), 0);
}

/* 199: qmp_enter_vtd_device_detach_hwpt(const char *json) "%s" */
void qemu_trace_qmp_enter_vtd_device_detach_hwpt(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vtd_device_detach_hwpt;

static inline bool qemu_trace_qmp_enter_vtd_device_detach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_detach_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vtd_device_detach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_detach_hwpt != 0 || qemu_trace_dstate_get(199), 0);
}

/* 200: qmp_exit_vtd_device_detach_hwpt(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vtd_device_detach_hwpt(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vtd_device_detach_hwpt;

static inline bool qemu_trace_qmp_exit_vtd_device_detach_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_detach_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vtd_device_detach_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_detach_hwpt != 0 || qemu_trace_dstate_get(200), 0);
}

/* 201: qmp_enter_vtd_device_reattach_def_hwpt(const char *json) "%s" */
void qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_vtd_device_reattach_def_hwpt;

static inline bool qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_reattach_def_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_enter_vtd_device_reattach_def_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_vtd_device_reattach_def_hwpt != 0 || qemu_trace_dstate_get(201), 0);
}

/* 202: qmp_exit_vtd_device_reattach_def_hwpt(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_vtd_device_reattach_def_hwpt;

static inline bool qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_reattach_def_hwpt != 0, 0);
}

static inline bool qemu_trace_qmp_exit_vtd_device_reattach_def_hwpt_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_vtd_device_reattach_def_hwpt != 0 || qemu_trace_dstate_get(202), 0);
}

/* 203: qmp_enter_query_migrate(const char *json) "%s" */
void qemu_trace_qmp_enter_query_migrate(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_query_migrate;

static inline bool qemu_trace_qmp_enter_query_migrate_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_migrate != 0, 0);
}

static inline bool qemu_trace_qmp_enter_query_migrate_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_query_migrate != 0 || qemu_trace_dstate_get(203), 0);
}

/* 204: qmp_exit_query_migrate(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_query_migrate(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_query_migrate;

static inline bool qemu_trace_qmp_exit_query_migrate_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_migrate != 0, 0);
}

static inline bool qemu_trace_qmp_exit_query_migrate_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_query_migrate != 0 || qemu_trace_dstate_get(204), 0);
}

/* 205: qmp_enter_x_sim_dma_write(const char *json) "%s" */
void qemu_trace_qmp_enter_x_sim_dma_write(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_sim_dma_write;

static inline bool qemu_trace_qmp_enter_x_sim_dma_write_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_dma_write != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_sim_dma_write_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_dma_write != 0 || qemu_trace_dstate_get(205), 0);
}

/* 206: qmp_exit_x_sim_dma_write(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_sim_dma_write(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_sim_dma_write;

static inline bool qemu_trace_qmp_exit_x_sim_dma_write_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_dma_write != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_sim_dma_write_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_dma_write != 0 || qemu_trace_dstate_get(206), 0);
}

/* 207: qmp_enter_x_sim_dma_read(const char *json) "%s" */
void qemu_trace_qmp_enter_x_sim_dma_read(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_sim_dma_read;

static inline bool qemu_trace_qmp_enter_x_sim_dma_read_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_dma_read != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_sim_dma_read_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_dma_read != 0 || qemu_trace_dstate_get(207), 0);
}

/* 208: qmp_exit_x_sim_dma_read(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_sim_dma_read(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_sim_dma_read;

static inline bool qemu_trace_qmp_exit_x_sim_dma_read_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_dma_read != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_sim_dma_read_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_dma_read != 0 || qemu_trace_dstate_get(208), 0);
}

/* 209: qmp_enter_x_sim_inject_fault(const char *json) "%s" */
void qemu_trace_qmp_enter_x_sim_inject_fault(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_sim_inject_fault;

static inline bool qemu_trace_qmp_enter_x_sim_inject_fault_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_inject_fault != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_sim_inject_fault_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_inject_fault != 0 || qemu_trace_dstate_get(209), 0);
}

/* 210: qmp_exit_x_sim_inject_fault(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_sim_inject_fault(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_sim_inject_fault;

static inline bool qemu_trace_qmp_exit_x_sim_inject_fault_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_inject_fault != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_sim_inject_fault_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_inject_fault != 0 || qemu_trace_dstate_get(210), 0);
}

/* 211: qmp_enter_x_sim_set_memlock_limit(const char *json) "%s" */
void qemu_trace_qmp_enter_x_sim_set_memlock_limit(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_sim_set_memlock_limit;

static inline bool qemu_trace_qmp_enter_x_sim_set_memlock_limit_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_set_memlock_limit != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_sim_set_memlock_limit_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_set_memlock_limit != 0 || qemu_trace_dstate_get(211), 0);
}

/* 212: qmp_exit_x_sim_set_memlock_limit(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_sim_set_memlock_limit(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_sim_set_memlock_limit;

static inline bool qemu_trace_qmp_exit_x_sim_set_memlock_limit_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_set_memlock_limit != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_sim_set_memlock_limit_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_set_memlock_limit != 0 || qemu_trace_dstate_get(212), 0);
}

/* 213: qmp_enter_x_sim_irq(const char *json) "%s" */
void qemu_trace_qmp_enter_x_sim_irq(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_x_sim_irq;

static inline bool qemu_trace_qmp_enter_x_sim_irq_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_irq != 0, 0);
}

static inline bool qemu_trace_qmp_enter_x_sim_irq_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_x_sim_irq != 0 || qemu_trace_dstate_get(213), 0);
}

/* 214: qmp_exit_x_sim_irq(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_x_sim_irq(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_x_sim_irq;

static inline bool qemu_trace_qmp_exit_x_sim_irq_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_irq != 0, 0);
}

static inline bool qemu_trace_qmp_exit_x_sim_irq_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_x_sim_irq != 0 || qemu_trace_dstate_get(214), 0);
}

/* 215: qmp_enter_trace_event_get_state(const char *json) "%s" */
void qemu_trace_qmp_enter_trace_event_get_state(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_trace_event_get_state;

static inline bool qemu_trace_qmp_enter_trace_event_get_state_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_trace_event_get_state != 0, 0);
}

static inline bool qemu_trace_qmp_enter_trace_event_get_state_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_trace_event_get_state != 0 || qemu_trace_dstate_get(215), 0);
}

/* 216: qmp_exit_trace_event_get_state(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_trace_event_get_state(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_trace_event_get_state;

static inline bool qemu_trace_qmp_exit_trace_event_get_state_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_trace_event_get_state != 0, 0);
}

static inline bool qemu_trace_qmp_exit_trace_event_get_state_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_trace_event_get_state != 0 || qemu_trace_dstate_get(216), 0);
}

/* 217: qmp_enter_trace_event_set_state(const char *json) "%s" */
void qemu_trace_qmp_enter_trace_event_set_state(const char *json);
extern const volatile int *const qemu_trace_state_qmp_enter_trace_event_set_state;

static inline bool qemu_trace_qmp_enter_trace_event_set_state_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_trace_event_set_state != 0, 0);
}

static inline bool qemu_trace_qmp_enter_trace_event_set_state_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_enter_trace_event_set_state != 0 || qemu_trace_dstate_get(217), 0);
}

/* 218: qmp_exit_trace_event_set_state(const char *result, bool succeeded) "%s %d" */
void qemu_trace_qmp_exit_trace_event_set_state(const char *result, bool succeeded);
extern const volatile int *const qemu_trace_state_qmp_exit_trace_event_set_state;

static inline bool qemu_trace_qmp_exit_trace_event_set_state_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_trace_event_set_state != 0, 0);
}

static inline bool qemu_trace_qmp_exit_trace_event_set_state_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_qmp_exit_trace_event_set_state != 0 || qemu_trace_dstate_get(218), 0);
}

#endif /* QEMU_TRACE_H */
