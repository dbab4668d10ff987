/* generated from tracing/trace-events and tracing/qapi-commands.trace-events — do not edit (run 'make gen') */
/*
 * LTTng-UST provider 'qemu': one tracepoint per trace event that is not
 * 'disable'd, fields mapped as QEMU's tracetool maps them. Private to the C
 * target: only qemu_tp.c includes it, never anything Swift imports.
 */
#undef LTTNG_UST_TRACEPOINT_PROVIDER
#define LTTNG_UST_TRACEPOINT_PROVIDER qemu

#undef LTTNG_UST_TRACEPOINT_INCLUDE
#define LTTNG_UST_TRACEPOINT_INCLUDE "qemu_tp.h"

#if !defined(QEMU_TP_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)
#define QEMU_TP_H

#include <lttng/tracepoint.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* iommufd_change_process(int fd, bool ret) "fd=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_change_process,
    LTTNG_UST_TP_ARGS(int, fd, bool, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
        lttng_ust_field_integer(bool, ret, ret)
    )
)

/* iommufd_backend_connect(int fd, bool owned, uint32_t users) "fd=%d owned=%d users=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_connect,
    LTTNG_UST_TP_ARGS(int, fd, bool, owned, uint32_t, users),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
        lttng_ust_field_integer(bool, owned, owned)
        lttng_ust_field_integer(uint32_t, users, users)
    )
)

/* iommufd_backend_disconnect(int fd, uint32_t users) "fd=%d users=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_disconnect,
    LTTNG_UST_TP_ARGS(int, fd, uint32_t, users),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
        lttng_ust_field_integer(uint32_t, users, users)
    )
)

/* iommu_backend_set_fd(int fd) "pre-opened /dev/iommu fd=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommu_backend_set_fd,
    LTTNG_UST_TP_ARGS(int, fd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
    )
)

/* iommufd_backend_map_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, void *vaddr, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p readonly=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_map_dma,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint64_t, iova, uint64_t, size, void *, vaddr, bool, readonly, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(void *, vaddr, vaddr)
        lttng_ust_field_integer(bool, readonly, readonly)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_map_file_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int fd, unsigned long start, bool readonly, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" fd=%d start=%ld readonly=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_map_file_dma,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint64_t, iova, uint64_t, size, int, fd, unsigned long, start, bool, readonly, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer(int, fd, fd)
        lttng_ust_field_integer(unsigned long, start, start)
        lttng_ust_field_integer(bool, readonly, readonly)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_unmap_dma_non_exist(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " Unmap nonexistent mapping: iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_unmap_dma_non_exist,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint64_t, iova, uint64_t, size, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_unmap_dma(int iommufd, uint32_t ioas, uint64_t iova, uint64_t size, int ret) " iommufd=%d ioas=%d iova=0x%"PRIx64" size=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_unmap_dma,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint64_t, iova, uint64_t, size, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_ioas(int iommufd, uint32_t ioas) " iommufd=%d ioas=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_ioas,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
    )
)

/* iommufd_backend_alloc_hwpt(int iommufd, uint32_t dev_id, uint32_t pt_id, uint32_t flags, uint32_t hwpt_type, uint32_t len, uint64_t data_ptr, uint32_t out_hwpt_id, int ret) " iommufd=%d dev_id=%u pt_id=%u flags=0x%x hwpt_type=%u len=%u data_ptr=0x%"PRIx64" out_hwpt=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_hwpt,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, dev_id, uint32_t, pt_id, uint32_t, flags, uint32_t, hwpt_type, uint32_t, len, uint64_t, data_ptr, uint32_t, out_hwpt_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, pt_id, pt_id)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(uint32_t, hwpt_type, hwpt_type)
        lttng_ust_field_integer(uint32_t, len, len)
        lttng_ust_field_integer_hex(uint64_t, data_ptr, data_ptr)
        lttng_ust_field_integer(uint32_t, out_hwpt_id, out_hwpt_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_free_id(int iommufd, uint32_t id, int ret) " iommufd=%d id=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_free_id,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, id, id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_set_dirty(int iommufd, uint32_t hwpt_id, bool start, int ret) " iommufd=%d hwpt=%u enable=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_set_dirty,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, hwpt_id, bool, start, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
        lttng_ust_field_integer(bool, start, start)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_get_dirty_bitmap(int iommufd, uint32_t hwpt_id, uint64_t iova, uint64_t size, uint64_t flags, uint64_t page_size, int ret) " iommufd=%d hwpt=%u iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%"PRIx64" page_size=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_get_dirty_bitmap,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, hwpt_id, uint64_t, iova, uint64_t, size, uint64_t, flags, uint64_t, page_size, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint64_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, page_size, page_size)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_invalidate_cache(int iommufd, uint32_t id, uint32_t data_type, uint32_t entry_len, uint32_t entry_num, uint32_t done_num, uint64_t data_ptr, int ret) " iommufd=%d id=%u data_type=%u entry_len=%u entry_num=%u done_num=%u data_ptr=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_invalidate_cache,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, id, uint32_t, data_type, uint32_t, entry_len, uint32_t, entry_num, uint32_t, done_num, uint64_t, data_ptr, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, id, id)
        lttng_ust_field_integer(uint32_t, data_type, data_type)
        lttng_ust_field_integer(uint32_t, entry_len, entry_len)
        lttng_ust_field_integer(uint32_t, entry_num, entry_num)
        lttng_ust_field_integer(uint32_t, done_num, done_num)
        lttng_ust_field_integer_hex(uint64_t, data_ptr, data_ptr)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_viommu(int iommufd, uint32_t dev_id, uint32_t type, uint32_t hwpt_id, uint32_t viommu_id, int ret) " iommufd=%d type=%u dev_id=%u hwpt_id=%u viommu_id=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_viommu,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, dev_id, uint32_t, type, uint32_t, hwpt_id, uint32_t, viommu_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, type, type)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
        lttng_ust_field_integer(uint32_t, viommu_id, viommu_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_vdev(int iommufd, uint32_t dev_id, uint32_t viommu_id, uint64_t virt_id, uint32_t vdev_id, int ret) " iommufd=%d dev_id=%u viommu_id=%u virt_id=0x%"PRIx64" vdev_id=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_vdev,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, dev_id, uint32_t, viommu_id, uint64_t, virt_id, uint32_t, vdev_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, viommu_id, viommu_id)
        lttng_ust_field_integer_hex(uint64_t, virt_id, virt_id)
        lttng_ust_field_integer(uint32_t, vdev_id, vdev_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_get_device_info(int iommufd, uint32_t dev_id, uint32_t data_len, uint32_t type, uint64_t caps, uint8_t max_pasid_log2, int ret) " iommufd=%d dev_id=%u data_len=%u type=%u caps=0x%"PRIx64" max_pasid_log2=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_get_device_info,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, dev_id, uint32_t, data_len, uint32_t, type, uint64_t, caps, uint8_t, max_pasid_log2, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, data_len, data_len)
        lttng_ust_field_integer(uint32_t, type, type)
        lttng_ust_field_integer_hex(uint64_t, caps, caps)
        lttng_ust_field_integer(uint8_t, max_pasid_log2, max_pasid_log2)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_get_iova_ranges(int iommufd, uint32_t ioas, uint32_t num_iovas, uint64_t alignment, int ret) " iommufd=%d ioas=%u num_iovas=%u alignment=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_get_iova_ranges,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint32_t, num_iovas, uint64_t, alignment, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer(uint32_t, num_iovas, num_iovas)
        lttng_ust_field_integer_hex(uint64_t, alignment, alignment)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_allow_iovas(int iommufd, uint32_t ioas, uint32_t num_iovas, int ret) " iommufd=%d ioas=%u num_iovas=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_allow_iovas,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, ioas, uint32_t, num_iovas, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer(uint32_t, num_iovas, num_iovas)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_copy_dma(int iommufd, uint32_t dst_ioas, uint32_t src_ioas, uint64_t dst_iova, uint64_t src_iova, uint64_t size, uint32_t flags, int ret) " iommufd=%d dst_ioas=%u src_ioas=%u dst_iova=0x%"PRIx64" src_iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_copy_dma,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, dst_ioas, uint32_t, src_ioas, uint64_t, dst_iova, uint64_t, src_iova, uint64_t, size, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, dst_ioas, dst_ioas)
        lttng_ust_field_integer(uint32_t, src_ioas, src_ioas)
        lttng_ust_field_integer_hex(uint64_t, dst_iova, dst_iova)
        lttng_ust_field_integer_hex(uint64_t, src_iova, src_iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_set_option(int iommufd, uint32_t option_id, uint32_t op, uint32_t object_id, uint64_t val, int ret) " iommufd=%d option_id=%u op=%u object_id=%u val=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_set_option,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, option_id, uint32_t, op, uint32_t, object_id, uint64_t, val, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, option_id, option_id)
        lttng_ust_field_integer(uint32_t, op, op)
        lttng_ust_field_integer(uint32_t, object_id, object_id)
        lttng_ust_field_integer_hex(uint64_t, val, val)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_vfio_ioas(int iommufd, uint32_t op, uint32_t ioas, int ret) " iommufd=%d op=%u ioas=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_vfio_ioas,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, op, uint32_t, ioas, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, op, op)
        lttng_ust_field_integer(uint32_t, ioas, ioas)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_fault_queue(int iommufd, uint32_t flags, uint32_t fault_id, int fault_fd, int ret) " iommufd=%d flags=0x%x fault_id=%u fault_fd=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_fault_queue,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, flags, uint32_t, fault_id, int, fault_fd, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(uint32_t, fault_id, fault_id)
        lttng_ust_field_integer(int, fault_fd, fault_fd)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_veventq(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t depth, uint32_t veventq_id, int veventq_fd, int ret) " iommufd=%d viommu_id=%u type=%u depth=%u veventq_id=%u veventq_fd=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_veventq,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, viommu_id, uint32_t, type, uint32_t, depth, uint32_t, veventq_id, int, veventq_fd, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, viommu_id, viommu_id)
        lttng_ust_field_integer(uint32_t, type, type)
        lttng_ust_field_integer(uint32_t, depth, depth)
        lttng_ust_field_integer(uint32_t, veventq_id, veventq_id)
        lttng_ust_field_integer(int, veventq_fd, veventq_fd)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_alloc_hw_queue(int iommufd, uint32_t viommu_id, uint32_t type, uint32_t index, uint64_t base_addr, uint64_t length, uint32_t hw_queue_id, int ret) " iommufd=%d viommu_id=%u type=%u index=%u base_addr=0x%"PRIx64" length=0x%"PRIx64" hw_queue_id=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_alloc_hw_queue,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, viommu_id, uint32_t, type, uint32_t, index, uint64_t, base_addr, uint64_t, length, uint32_t, hw_queue_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, viommu_id, viommu_id)
        lttng_ust_field_integer(uint32_t, type, type)
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer_hex(uint64_t, base_addr, base_addr)
        lttng_ust_field_integer_hex(uint64_t, length, length)
        lttng_ust_field_integer(uint32_t, hw_queue_id, hw_queue_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_backend_test_cmd(int iommufd, uint32_t op, uint32_t id, int ret) " iommufd=%d op=%u id=%u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_backend_test_cmd,
    LTTNG_UST_TP_ARGS(int, iommufd, uint32_t, op, uint32_t, id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(uint32_t, op, op)
        lttng_ust_field_integer(uint32_t, id, id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_cdev_connect_and_bind(int iommufd, const char *name, int devfd, int devid) " [iommufd=%d] Successfully bound device %s (fd=%d): output devid=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_connect_and_bind,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name, int, devfd, int, devid),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, devid, devid)
    )
)

/* iommufd_cdev_getfd(const char *dev, int devfd) " %s (fd=%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_getfd,
    LTTNG_UST_TP_ARGS(const char *, dev, int, devfd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(dev, dev)
        lttng_ust_field_integer(int, devfd, devfd)
    )
)

/* iommufd_cdev_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id) " [iommufd=%d] Successfully attached device %s (%d) to id=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_attach_ioas_hwpt,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name, int, devfd, int, id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, id, id)
    )
)

/* iommufd_cdev_detach_ioas_hwpt(int iommufd, const char *name) " [iommufd=%d] Successfully detached %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_detach_ioas_hwpt,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
    )
)

/* iommufd_cdev_fail_attach_existing_container(const char *msg) " %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_fail_attach_existing_container,
    LTTNG_UST_TP_ARGS(const char *, msg),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(msg, msg)
    )
)

/* iommufd_cdev_alloc_ioas(int iommufd, int ioas_id) " [iommufd=%d] new IOMMUFD container with ioasid=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_alloc_ioas,
    LTTNG_UST_TP_ARGS(int, iommufd, int, ioas_id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_integer(int, ioas_id, ioas_id)
    )
)

/* iommufd_cdev_device_info(char *name, int devfd, int num_irqs, int num_regions, int flags) " %s (%d) num_irqs=%d num_regions=%d flags=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_device_info,
    LTTNG_UST_TP_ARGS(char *, name, int, devfd, int, num_irqs, int, num_regions, int, flags),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, num_irqs, num_irqs)
        lttng_ust_field_integer(int, num_regions, num_regions)
        lttng_ust_field_integer(int, flags, flags)
    )
)

/* iommufd_cdev_pci_hot_reset_dep_devices(int domain, int bus, int slot, int function, int dev_id) "\t%04x:%02x:%02x.%x devid %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_pci_hot_reset_dep_devices,
    LTTNG_UST_TP_ARGS(int, domain, int, bus, int, slot, int, function, int, dev_id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(int, domain, domain)
        lttng_ust_field_integer_hex(int, bus, bus)
        lttng_ust_field_integer_hex(int, slot, slot)
        lttng_ust_field_integer_hex(int, function, function)
        lttng_ust_field_integer(int, dev_id, dev_id)
    )
)

/* vfio_cpr_find_device(uint32_t ioas_id, int devid, uint32_t hwpt_id) "ioas_id %u, devid %d, hwpt_id %u" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_cpr_find_device,
    LTTNG_UST_TP_ARGS(uint32_t, ioas_id, int, devid, uint32_t, hwpt_id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, ioas_id, ioas_id)
        lttng_ust_field_integer(int, devid, devid)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
    )
)

/* vfio_container_query_dirty_bitmap(uint64_t iova, uint64_t size, uint64_t backend_flag, uint64_t bitmap_size, uint64_t translated_addr, uint64_t dirty_pages) "iova=0x%"PRIx64" size=0x%"PRIx64" backend_flag=0x%"PRIx64" bitmap_size=0x%"PRIx64" gpa=0x%"PRIx64" dirty_pages=%"PRIu64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_container_query_dirty_bitmap,
    LTTNG_UST_TP_ARGS(uint64_t, iova, uint64_t, size, uint64_t, backend_flag, uint64_t, bitmap_size, uint64_t, translated_addr, uint64_t, dirty_pages),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint64_t, backend_flag, backend_flag)
        lttng_ust_field_integer_hex(uint64_t, bitmap_size, bitmap_size)
        lttng_ust_field_integer_hex(uint64_t, translated_addr, translated_addr)
        lttng_ust_field_integer(uint64_t, dirty_pages, dirty_pages)
    )
)

/* vfio_listener_region_add_ram(uint64_t iova_start, uint64_t iova_end, void *vaddr) "region_add [ram] 0x%"PRIx64" - 0x%"PRIx64" [%p]" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_listener_region_add_ram,
    LTTNG_UST_TP_ARGS(uint64_t, iova_start, uint64_t, iova_end, void *, vaddr),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova_start, iova_start)
        lttng_ust_field_integer_hex(uint64_t, iova_end, iova_end)
        lttng_ust_field_integer_hex(void *, vaddr, vaddr)
    )
)

/* vfio_listener_region_del(uint64_t start, uint64_t end) "region_del 0x%"PRIx64" - 0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_listener_region_del,
    LTTNG_UST_TP_ARGS(uint64_t, start, uint64_t, end),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, start, start)
        lttng_ust_field_integer_hex(uint64_t, end, end)
    )
)

/* vfio_device_dirty_tracking_update(uint64_t start, uint64_t end, uint64_t min, uint64_t max) "section 0x%"PRIx64" - 0x%"PRIx64" -> update [0x%"PRIx64" - 0x%"PRIx64"]" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_dirty_tracking_update,
    LTTNG_UST_TP_ARGS(uint64_t, start, uint64_t, end, uint64_t, min, uint64_t, max),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, start, start)
        lttng_ust_field_integer_hex(uint64_t, end, end)
        lttng_ust_field_integer_hex(uint64_t, min, min)
        lttng_ust_field_integer_hex(uint64_t, max, max)
    )
)

/* vfio_device_dirty_tracking_start(int nr_ranges, uint64_t min32, uint64_t max32, uint64_t min64, uint64_t max64, uint64_t minpci, uint64_t maxpci) "nr_ranges %d 32:[0x%"PRIx64" - 0x%"PRIx64"], 64:[0x%"PRIx64" - 0x%"PRIx64"], pci64:[0x%"PRIx64" - 0x%"PRIx64"]" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_dirty_tracking_start,
    LTTNG_UST_TP_ARGS(int, nr_ranges, uint64_t, min32, uint64_t, max32, uint64_t, min64, uint64_t, max64, uint64_t, minpci, uint64_t, maxpci),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, nr_ranges, nr_ranges)
        lttng_ust_field_integer_hex(uint64_t, min32, min32)
        lttng_ust_field_integer_hex(uint64_t, max32, max32)
        lttng_ust_field_integer_hex(uint64_t, min64, min64)
        lttng_ust_field_integer_hex(uint64_t, max64, max64)
        lttng_ust_field_integer_hex(uint64_t, minpci, minpci)
        lttng_ust_field_integer_hex(uint64_t, maxpci, maxpci)
    )
)

/* vfio_iommu_map_dirty_notify(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_iommu_map_dirty_notify,
    LTTNG_UST_TP_ARGS(uint64_t, iova_start, uint64_t, iova_end),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova_start, iova_start)
        lttng_ust_field_integer_hex(uint64_t, iova_end, iova_end)
    )
)

/* vfio_iommu_map_dirty_notify_skip_ro(uint64_t iova_start, uint64_t iova_end) "iommu dirty @ 0x%"PRIx64" - 0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_iommu_map_dirty_notify_skip_ro,
    LTTNG_UST_TP_ARGS(uint64_t, iova_start, uint64_t, iova_end),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova_start, iova_start)
        lttng_ust_field_integer_hex(uint64_t, iova_end, iova_end)
    )
)

/* vfio_container_disconnect(int fd) "close container->fd=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_container_disconnect,
    LTTNG_UST_TP_ARGS(int, fd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
    )
)

/* vfio_group_put(int fd) "close group->fd=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_group_put,
    LTTNG_UST_TP_ARGS(int, fd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
    )
)

/* vfio_device_get(const char *name, unsigned int flags, unsigned int num_regions, unsigned int num_irqs) "Device %s flags: %u, regions: %u, irqs: %u" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_get,
    LTTNG_UST_TP_ARGS(const char *, name, unsigned int, flags, unsigned int, num_regions, unsigned int, num_irqs),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(unsigned int, flags, flags)
        lttng_ust_field_integer(unsigned int, num_regions, num_regions)
        lttng_ust_field_integer(unsigned int, num_irqs, num_irqs)
    )
)

/* vfio_device_put(int fd) "close vdev->fd=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_put,
    LTTNG_UST_TP_ARGS(int, fd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, fd, fd)
    )
)

/* vfio_device_attach(const char *name, int group_id) " (%s) group %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_attach,
    LTTNG_UST_TP_ARGS(const char *, name, int, group_id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, group_id, group_id)
    )
)

/* vfio_device_detach(const char *name, int group_id) " (%s) group %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_detach,
    LTTNG_UST_TP_ARGS(const char *, name, int, group_id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, group_id, group_id)
    )
)

/* vtd_device_attach_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vtd_device_attach_hwpt,
    LTTNG_UST_TP_ARGS(uint32_t, dev_id, uint32_t, pasid, uint32_t, hwpt_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, pasid, pasid)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vtd_device_detach_hwpt(uint32_t dev_id, uint32_t pasid, int ret) "dev_id %d pasid %d ret: %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vtd_device_detach_hwpt,
    LTTNG_UST_TP_ARGS(uint32_t, dev_id, uint32_t, pasid, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, pasid, pasid)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vtd_device_reattach_def_hwpt(uint32_t dev_id, uint32_t pasid, uint32_t hwpt_id, int ret) "dev_id %d pasid %d hwpt_id %d, ret: %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vtd_device_reattach_def_hwpt,
    LTTNG_UST_TP_ARGS(uint32_t, dev_id, uint32_t, pasid, uint32_t, hwpt_id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, dev_id, dev_id)
        lttng_ust_field_integer(uint32_t, pasid, pasid)
        lttng_ust_field_integer(uint32_t, hwpt_id, hwpt_id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* virtio_iommu_set_page_size_mask(const char *name, uint64_t old, uint64_t new) "mr=%s old_mask=0x%"PRIx64" new_mask=0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    virtio_iommu_set_page_size_mask,
    LTTNG_UST_TP_ARGS(const char *, name, uint64_t, old, uint64_t, new),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer_hex(uint64_t, old, old)
        lttng_ust_field_integer_hex(uint64_t, new, new)
    )
)

/* virtio_iommu_freeze_granule(uint64_t page_size_mask) "granule: 0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    virtio_iommu_freeze_granule,
    LTTNG_UST_TP_ARGS(uint64_t, page_size_mask),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, page_size_mask, page_size_mask)
    )
)

/* iommufd_cdev_fail_connect_and_bind(int iommufd, const char *name, int devfd, int ret) " [iommufd=%d] Failed to bind device %s (fd=%d) (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_fail_connect_and_bind,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name, int, devfd, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_cdev_fail_attach_ioas_hwpt(int iommufd, const char *name, int devfd, int id, int ret) " [iommufd=%d] Failed to attach device %s (%d) to id=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_fail_attach_ioas_hwpt,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name, int, devfd, int, id, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, id, id)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_cdev_fail_detach_ioas_hwpt(int iommufd, const char *name, int ret) " [iommufd=%d] Failed to detach %s (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_fail_detach_ioas_hwpt,
    LTTNG_UST_TP_ARGS(int, iommufd, const char *, name, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, iommufd, iommufd)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* iommufd_cdev_fail_device_info(const char *name, int devfd, int ret) " %s (%d) (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    iommufd_cdev_fail_device_info,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_device_get_region_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint64_t size, uint64_t offset, uint32_t caps, int ret) " %s (%d) index %u flags 0x%x size 0x%"PRIx64" offset 0x%"PRIx64" caps %u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_get_region_info,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, uint32_t, index, uint32_t, flags, uint64_t, size, uint64_t, offset, uint32_t, caps, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint64_t, offset, offset)
        lttng_ust_field_integer(uint32_t, caps, caps)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_device_get_irq_info(const char *name, int devfd, uint32_t index, uint32_t flags, uint32_t count, int ret) " %s (%d) index %u flags 0x%x count %u (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_get_irq_info,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, uint32_t, index, uint32_t, flags, uint32_t, count, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(uint32_t, count, count)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_device_set_irqs(const char *name, int devfd, uint32_t index, uint32_t start, uint32_t count, uint32_t flags, int ret) " %s (%d) index %u start %u count %u flags 0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_set_irqs,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, uint32_t, index, uint32_t, start, uint32_t, count, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer(uint32_t, start, start)
        lttng_ust_field_integer(uint32_t, count, count)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_device_reset(const char *name, int devfd, int ret) " %s (%d) (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_reset,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_device_feature(const char *name, int devfd, uint32_t flags, int ret) " %s (%d) flags 0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_device_feature,
    LTTNG_UST_TP_ARGS(const char *, name, int, devfd, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, devfd, devfd)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_get_api_version(int container, int ret) " container=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_get_api_version,
    LTTNG_UST_TP_ARGS(int, container, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_check_extension(int container, int extension, int ret) " container=%d extension=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_check_extension,
    LTTNG_UST_TP_ARGS(int, container, int, extension, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer(int, extension, extension)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_set_iommu(int container, int type, int ret) " container=%d type=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_set_iommu,
    LTTNG_UST_TP_ARGS(int, container, int, type, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer(int, type, type)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_group_get_status(int group, uint32_t flags, int ret) " group=%d flags=0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_group_get_status,
    LTTNG_UST_TP_ARGS(int, group, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, group, group)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_group_set_container(int group, int container, int ret) " group=%d container=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_group_set_container,
    LTTNG_UST_TP_ARGS(int, group, int, container, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, group, group)
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_group_unset_container(int group, int ret) " group=%d (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_group_unset_container,
    LTTNG_UST_TP_ARGS(int, group, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, group, group)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_group_get_device_fd(int group, const char *name, int ret) " group=%d device=%s (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_group_get_device_fd,
    LTTNG_UST_TP_ARGS(int, group, const char *, name, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, group, group)
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_iommu_get_info(int container, uint32_t flags, uint64_t iova_pgsizes, int ret) " container=%d flags=0x%x iova_pgsizes=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_iommu_get_info,
    LTTNG_UST_TP_ARGS(int, container, uint32_t, flags, uint64_t, iova_pgsizes, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, iova_pgsizes, iova_pgsizes)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_dma_map(int container, uint64_t iova, uint64_t size, void *vaddr, uint32_t flags, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" addr=%p flags=0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_dma_map,
    LTTNG_UST_TP_ARGS(int, container, uint64_t, iova, uint64_t, size, void *, vaddr, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(void *, vaddr, vaddr)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_dma_unmap(int container, uint64_t iova, uint64_t size, uint32_t flags, uint64_t unmapped, int ret) " container=%d iova=0x%"PRIx64" size=0x%"PRIx64" flags=0x%x unmapped=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_dma_unmap,
    LTTNG_UST_TP_ARGS(int, container, uint64_t, iova, uint64_t, size, uint32_t, flags, uint64_t, unmapped, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, unmapped, unmapped)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* vfio_legacy_dirty_pages(int container, uint32_t flags, uint64_t iova, uint64_t size, uint64_t pgsize, int ret) " container=%d flags=0x%x iova=0x%"PRIx64" size=0x%"PRIx64" pgsize=0x%"PRIx64" (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_legacy_dirty_pages,
    LTTNG_UST_TP_ARGS(int, container, uint32_t, flags, uint64_t, iova, uint64_t, size, uint64_t, pgsize, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(int, container, container)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint64_t, pgsize, pgsize)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* monitor_protocol_event_emit(uint32_t event, void *data) "event=%d data=%p" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_protocol_event_emit,
    LTTNG_UST_TP_ARGS(uint32_t, event, void *, data),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, event, event)
        lttng_ust_field_integer_hex(void *, data, data)
    )
)

/* monitor_suspend(void *ptr, int cnt) "mon %p: %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_suspend,
    LTTNG_UST_TP_ARGS(void *, ptr, int, cnt),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, ptr, ptr)
        lttng_ust_field_integer(int, cnt, cnt)
    )
)

/* monitor_qmp_in_band_enqueue(void *req, void *mon, unsigned len) "%p mon %p len %u" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_in_band_enqueue,
    LTTNG_UST_TP_ARGS(void *, req, void *, mon, unsigned, len),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, req, req)
        lttng_ust_field_integer_hex(void *, mon, mon)
        lttng_ust_field_integer(unsigned, len, len)
    )
)

/* monitor_qmp_in_band_dequeue(void *req, unsigned len) "%p len %u" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_in_band_dequeue,
    LTTNG_UST_TP_ARGS(void *, req, unsigned, len),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, req, req)
        lttng_ust_field_integer(unsigned, len, len)
    )
)

/* monitor_qmp_cmd_in_band(const char *id) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_cmd_in_band,
    LTTNG_UST_TP_ARGS(const char *, id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(id, id)
    )
)

/* monitor_qmp_err_in_band(const char *desc) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_err_in_band,
    LTTNG_UST_TP_ARGS(const char *, desc),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(desc, desc)
    )
)

/* monitor_qmp_cmd_out_of_band(const char *id) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_cmd_out_of_band,
    LTTNG_UST_TP_ARGS(const char *, id),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(id, id)
    )
)

/* monitor_qmp_respond(void *mon, const char *json) "mon %p resp: %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    monitor_qmp_respond,
    LTTNG_UST_TP_ARGS(void *, mon, const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, mon, mon)
        lttng_ust_field_string(json, json)
    )
)

/* handle_qmp_command(void *mon, const char *req) "mon %p req: %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    handle_qmp_command,
    LTTNG_UST_TP_ARGS(void *, mon, const char *, req),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, mon, mon)
        lttng_ust_field_string(req, req)
    )
)

/* vfio_user_recv_hdr(const char *name, uint16_t id, uint16_t cmd, uint32_t size, uint32_t flags) " (%s) id 0x%x cmd 0x%x size 0x%x flags 0x%x" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_recv_hdr,
    LTTNG_UST_TP_ARGS(const char *, name, uint16_t, id, uint16_t, cmd, uint32_t, size, uint32_t, flags),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer_hex(uint16_t, id, id)
        lttng_ust_field_integer_hex(uint16_t, cmd, cmd)
        lttng_ust_field_integer_hex(uint32_t, size, size)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
    )
)

/* vfio_user_recv_request(uint16_t cmd) " command 0x%x" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_recv_request,
    LTTNG_UST_TP_ARGS(uint16_t, cmd),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint16_t, cmd, cmd)
    )
)

/* vfio_user_send_write(uint16_t id, int wrote) " id 0x%x wrote 0x%x" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_send_write,
    LTTNG_UST_TP_ARGS(uint16_t, id, int, wrote),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint16_t, id, id)
        lttng_ust_field_integer_hex(int, wrote, wrote)
    )
)

/* vfio_user_version(uint16_t major, uint16_t minor, const char *caps) " major %d minor %d caps: %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_version,
    LTTNG_UST_TP_ARGS(uint16_t, major, uint16_t, minor, const char *, caps),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint16_t, major, major)
        lttng_ust_field_integer(uint16_t, minor, minor)
        lttng_ust_field_string(caps, caps)
    )
)

/* vfio_user_dma_map(uint64_t iova, uint64_t size, uint64_t off, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" off 0x%"PRIx64" flags 0x%x async_ops %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_dma_map,
    LTTNG_UST_TP_ARGS(uint64_t, iova, uint64_t, size, uint64_t, off, uint32_t, flags, bool, async_ops),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint64_t, off, off)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(bool, async_ops, async_ops)
    )
)

/* vfio_user_dma_unmap(uint64_t iova, uint64_t size, uint32_t flags, bool async_ops) " iova 0x%"PRIx64" size 0x%"PRIx64" flags 0x%x async_ops %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_dma_unmap,
    LTTNG_UST_TP_ARGS(uint64_t, iova, uint64_t, size, uint32_t, flags, bool, async_ops),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, iova, iova)
        lttng_ust_field_integer_hex(uint64_t, size, size)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(bool, async_ops, async_ops)
    )
)

/* vfio_user_get_info(uint32_t nregions, uint32_t nirqs) " #regions %d #irqs %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_get_info,
    LTTNG_UST_TP_ARGS(uint32_t, nregions, uint32_t, nirqs),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, nregions, nregions)
        lttng_ust_field_integer(uint32_t, nirqs, nirqs)
    )
)

/* vfio_user_get_region_info(uint32_t index, uint32_t flags, uint64_t size) " index %d flags 0x%x size 0x%"PRIx64 */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_get_region_info,
    LTTNG_UST_TP_ARGS(uint32_t, index, uint32_t, flags, uint64_t, size),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer_hex(uint64_t, size, size)
    )
)

/* vfio_user_region_rw(uint32_t region, uint64_t off, uint32_t count) " region %d offset 0x%"PRIx64" count %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_region_rw,
    LTTNG_UST_TP_ARGS(uint32_t, region, uint64_t, off, uint32_t, count),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, region, region)
        lttng_ust_field_integer_hex(uint64_t, off, off)
        lttng_ust_field_integer(uint32_t, count, count)
    )
)

/* vfio_user_get_irq_info(uint32_t index, uint32_t flags, uint32_t count) " index %d flags 0x%x count %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_get_irq_info,
    LTTNG_UST_TP_ARGS(uint32_t, index, uint32_t, flags, uint32_t, count),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(uint32_t, count, count)
    )
)

/* vfio_user_set_irqs(uint32_t index, uint32_t start, uint32_t count, uint32_t flags) " index %d start %d count %d flags 0x%x" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_set_irqs,
    LTTNG_UST_TP_ARGS(uint32_t, index, uint32_t, start, uint32_t, count, uint32_t, flags),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer(uint32_t, index, index)
        lttng_ust_field_integer(uint32_t, start, start)
        lttng_ust_field_integer(uint32_t, count, count)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
    )
)

/* vfio_user_server_connect(const char *name, int pid, uint32_t uid, uint32_t gid) " (%s) client pid %d uid %u gid %u" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_server_connect,
    LTTNG_UST_TP_ARGS(const char *, name, int, pid, uint32_t, uid, uint32_t, gid),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, pid, pid)
        lttng_ust_field_integer(uint32_t, uid, uid)
        lttng_ust_field_integer(uint32_t, gid, gid)
    )
)

/* vfio_user_server_refuse_client(const char *name, int pid, uint32_t uid, const char *reason) " (%s) pid %d uid %u: %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_server_refuse_client,
    LTTNG_UST_TP_ARGS(const char *, name, int, pid, uint32_t, uid, const char *, reason),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, pid, pid)
        lttng_ust_field_integer(uint32_t, uid, uid)
        lttng_ust_field_string(reason, reason)
    )
)

/* vfio_user_server_disconnect(const char *name, int windows) " (%s) windows %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_server_disconnect,
    LTTNG_UST_TP_ARGS(const char *, name, int, windows),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer(int, windows, windows)
    )
)

/* vfio_user_server_refuse(const char *name, uint16_t id, uint16_t cmd, int err, const char *reason) " (%s) id 0x%x cmd 0x%x error %d: %s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    vfio_user_server_refuse,
    LTTNG_UST_TP_ARGS(const char *, name, uint16_t, id, uint16_t, cmd, int, err, const char *, reason),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_integer_hex(uint16_t, id, id)
        lttng_ust_field_integer_hex(uint16_t, cmd, cmd)
        lttng_ust_field_integer(int, err, err)
        lttng_ust_field_string(reason, reason)
    )
)

/* qmp_enter_qmp_capabilities(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qmp_capabilities,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qmp_capabilities(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qmp_capabilities,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_version(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_version,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_version(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_version,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_commands(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_commands,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_commands(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_commands,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_quit(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_quit,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_quit(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_quit,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_qmp_schema(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_qmp_schema,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_qmp_schema(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_qmp_schema,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_status(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_status,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_status(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_status,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_exit_preconfig(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_exit_preconfig,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_exit_preconfig(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_exit_preconfig,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_state_journal(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_state_journal,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_state_journal(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_state_journal,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_oob_test(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_oob_test,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_oob_test(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_oob_test,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_getfd(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_getfd,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_getfd(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_getfd,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_closefd(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_closefd,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_closefd(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_closefd,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_add_fd(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_add_fd,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_add_fd(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_add_fd,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_remove_fd(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_remove_fd,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_remove_fd(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_remove_fd,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_fdsets(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_fdsets,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_fdsets(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_fdsets,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_qom_list(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qom_list,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qom_list(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qom_list,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_qom_get(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qom_get,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qom_get(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qom_get,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_qom_set(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qom_set,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qom_set(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qom_set,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_qom_list_types(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qom_list_types,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qom_list_types(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qom_list_types,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_qom_list_properties(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_qom_list_properties,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_qom_list_properties(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_qom_list_properties,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_object_add(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_object_add,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_object_add(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_object_add,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_object_del(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_object_del,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_object_del(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_object_del,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_alloc(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_alloc,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_alloc(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_alloc,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_destroy(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_destroy,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_destroy(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_destroy,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_map(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_map,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_map(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_map,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_map_file(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_map_file,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_map_file(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_map_file,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_unmap(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_unmap,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_unmap(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_unmap,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_iova_ranges(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_iova_ranges,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_iova_ranges(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_iova_ranges,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_iommufd(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_iommufd,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_iommufd(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_iommufd,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_copy(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_copy,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_copy(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_copy,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_ioas_allow_iovas(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_ioas_allow_iovas,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_ioas_allow_iovas(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_ioas_allow_iovas,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_option(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_option,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_option(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_option,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_hwpt_alloc(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_hwpt_alloc,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_hwpt_alloc(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_hwpt_alloc,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_hwpt_set_dirty_tracking(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_hwpt_set_dirty_tracking,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_hwpt_set_dirty_tracking(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_hwpt_set_dirty_tracking,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_hwpt_get_dirty_bitmap(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_hwpt_get_dirty_bitmap,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_hwpt_get_dirty_bitmap(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_hwpt_get_dirty_bitmap,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_hwpt_invalidate(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_hwpt_invalidate,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_hwpt_invalidate(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_hwpt_invalidate,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_iommufd_get_hw_info(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_iommufd_get_hw_info,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_iommufd_get_hw_info(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_iommufd_get_hw_info,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_vfio_host_devices(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_vfio_host_devices,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_vfio_host_devices(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_vfio_host_devices,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vfio_device_bind(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vfio_device_bind,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vfio_device_bind(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vfio_device_bind,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vfio_device_attach(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vfio_device_attach,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vfio_device_attach(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vfio_device_attach,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vfio_device_detach(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vfio_device_detach,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vfio_device_detach(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vfio_device_detach,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vfio_device_unbind(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vfio_device_unbind,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vfio_device_unbind(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vfio_device_unbind,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vfio_device_get_info(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vfio_device_get_info,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vfio_device_get_info(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vfio_device_get_info,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_device_add(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_device_add,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_device_add(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_device_add,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_device_del(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_device_del,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_device_del(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_device_del,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_vfio(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_vfio,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_vfio(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_vfio,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_dirty_tracking_start(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_dirty_tracking_start,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_dirty_tracking_start(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_dirty_tracking_start,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_dirty_tracking_stop(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_dirty_tracking_stop,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_dirty_tracking_stop(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_dirty_tracking_stop,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_dirty_bitmap(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_dirty_bitmap,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_dirty_bitmap(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_dirty_bitmap,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_host_iommu_devices(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_host_iommu_devices,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_host_iommu_devices(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_host_iommu_devices,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vtd_device_attach_hwpt(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vtd_device_attach_hwpt,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vtd_device_attach_hwpt(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vtd_device_attach_hwpt,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vtd_device_detach_hwpt(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vtd_device_detach_hwpt,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vtd_device_detach_hwpt(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vtd_device_detach_hwpt,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_vtd_device_reattach_def_hwpt(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_vtd_device_reattach_def_hwpt,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_vtd_device_reattach_def_hwpt(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_vtd_device_reattach_def_hwpt,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_query_migrate(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_query_migrate,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_query_migrate(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_query_migrate,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_sim_dma_write(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_sim_dma_write,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_sim_dma_write(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_sim_dma_write,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_sim_dma_read(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_sim_dma_read,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_sim_dma_read(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_sim_dma_read,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_sim_inject_fault(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_sim_inject_fault,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_sim_inject_fault(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_sim_inject_fault,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_sim_set_memlock_limit(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_sim_set_memlock_limit,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_sim_set_memlock_limit(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_sim_set_memlock_limit,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_x_sim_irq(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_x_sim_irq,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_x_sim_irq(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_x_sim_irq,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_trace_event_get_state(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_trace_event_get_state,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_trace_event_get_state(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_trace_event_get_state,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

/* qmp_enter_trace_event_set_state(const char *json) "%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_enter_trace_event_set_state,
    LTTNG_UST_TP_ARGS(const char *, json),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(json, json)
    )
)

/* qmp_exit_trace_event_set_state(const char *result, bool succeeded) "%s %d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    qmp_exit_trace_event_set_state,
    LTTNG_UST_TP_ARGS(const char *, result, bool, succeeded),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(result, result)
        lttng_ust_field_integer(bool, succeeded, succeeded)
    )
)

#endif /* QEMU_TP_H */

/* Outside the include guard: tracepoint-event.h re-reads this header. */
#include <lttng/tracepoint-event.h>
