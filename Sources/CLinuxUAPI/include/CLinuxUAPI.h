/*
 * The kernel's uapi for IOMMUFD and VFIO, imported into Swift.
 *
 * The structs import as they are. The ioctl numbers are function-like macros
 * (_IO(type, nr)), which Swift cannot import, so each is re-exported here as a
 * constant; tests pin every value against the numbers in the reference.
 */
#ifndef CLINUXUAPI_H
#define CLINUXUAPI_H

#include <linux/iommufd.h>
#include <linux/vfio.h>

/* IOMMUFD, on /dev/iommu */
static const unsigned long IOMMUD_IOMMU_DESTROY = IOMMU_DESTROY;
static const unsigned long IOMMUD_IOMMU_IOAS_ALLOC = IOMMU_IOAS_ALLOC;
static const unsigned long IOMMUD_IOMMU_IOAS_ALLOW_IOVAS = IOMMU_IOAS_ALLOW_IOVAS;
static const unsigned long IOMMUD_IOMMU_IOAS_COPY = IOMMU_IOAS_COPY;
static const unsigned long IOMMUD_IOMMU_IOAS_IOVA_RANGES = IOMMU_IOAS_IOVA_RANGES;
static const unsigned long IOMMUD_IOMMU_IOAS_MAP = IOMMU_IOAS_MAP;
static const unsigned long IOMMUD_IOMMU_IOAS_UNMAP = IOMMU_IOAS_UNMAP;
static const unsigned long IOMMUD_IOMMU_OPTION = IOMMU_OPTION;
static const unsigned long IOMMUD_IOMMU_VFIO_IOAS = IOMMU_VFIO_IOAS;
static const unsigned long IOMMUD_IOMMU_HWPT_ALLOC = IOMMU_HWPT_ALLOC;
static const unsigned long IOMMUD_IOMMU_GET_HW_INFO = IOMMU_GET_HW_INFO;
static const unsigned long IOMMUD_IOMMU_HWPT_SET_DIRTY_TRACKING = IOMMU_HWPT_SET_DIRTY_TRACKING;
static const unsigned long IOMMUD_IOMMU_HWPT_GET_DIRTY_BITMAP = IOMMU_HWPT_GET_DIRTY_BITMAP;
static const unsigned long IOMMUD_IOMMU_HWPT_INVALIDATE = IOMMU_HWPT_INVALIDATE;
static const unsigned long IOMMUD_IOMMU_FAULT_QUEUE_ALLOC = IOMMU_FAULT_QUEUE_ALLOC;

/*
 * IOMMU_IOAS_MAP_FILE (Linux 6.13) is newer than the 6.12 headers iommud
 * builds against, so its number and struct are spelled out here, with the
 * uapi layout: a 6.12 kernel answers the number with ENOTTY.
 */
static const unsigned long IOMMUD_IOMMU_IOAS_MAP_FILE = _IO(IOMMUFD_TYPE, 0x8f);
struct iommud_ioas_map_file {
	__u32 size;
	__u32 flags;
	__u32 ioas_id;
	__s32 fd;
	__aligned_u64 start;
	__aligned_u64 length;
	__aligned_u64 iova;
};

/*
 * IOMMU_IOAS_CHANGE_PROCESS (Linux 6.13), likewise: moves the pinned-page
 * accounting of every mapping (all made by MAP_FILE) to the calling process.
 */
static const unsigned long IOMMUD_IOMMU_IOAS_CHANGE_PROCESS = _IO(IOMMUFD_TYPE, 0x92);
struct iommud_ioas_change_process {
	__u32 size;
	__u32 __reserved;
};

/* VFIO cdev, on /dev/vfio/devices/vfioN */
static const unsigned long IOMMUD_VFIO_DEVICE_BIND_IOMMUFD = VFIO_DEVICE_BIND_IOMMUFD;
static const unsigned long IOMMUD_VFIO_DEVICE_ATTACH_IOMMUFD_PT = VFIO_DEVICE_ATTACH_IOMMUFD_PT;
static const unsigned long IOMMUD_VFIO_DEVICE_DETACH_IOMMUFD_PT = VFIO_DEVICE_DETACH_IOMMUFD_PT;
static const unsigned long IOMMUD_VFIO_DEVICE_GET_INFO = VFIO_DEVICE_GET_INFO;

/* VFIO device regions and interrupts, on any VFIO device descriptor */
static const unsigned long IOMMUD_VFIO_DEVICE_GET_REGION_INFO = VFIO_DEVICE_GET_REGION_INFO;
static const unsigned long IOMMUD_VFIO_DEVICE_GET_IRQ_INFO = VFIO_DEVICE_GET_IRQ_INFO;
static const unsigned long IOMMUD_VFIO_DEVICE_SET_IRQS = VFIO_DEVICE_SET_IRQS;
static const unsigned long IOMMUD_VFIO_DEVICE_RESET = VFIO_DEVICE_RESET;
static const unsigned long IOMMUD_VFIO_DEVICE_FEATURE = VFIO_DEVICE_FEATURE;

/*
 * VFIO_DEVICE_FEATURE with room for a feature's data (the migration
 * features need 8 bytes); the head is struct vfio_device_feature's,
 * spelled out for the same reason as below.
 */
struct iommud_vfio_device_feature {
	__u32 argsz;
	__u32 flags;
	__u8 data[64];
};

/* VFIO_DEVICE_GET_REGION_INFO with room for its capability chain. */
struct iommud_vfio_region_info {
	struct vfio_region_info info;
	__u8 caps[1024];
};

/*
 * VFIO_DEVICE_SET_IRQS with room for the data of an MSI-X table's worth of
 * vectors (2048 eventfds); the head is struct vfio_irq_set's, spelled out
 * because a struct ending in a flexible array cannot be embedded.
 */
#define IOMMUD_VFIO_IRQ_SET_MAX 2048
struct iommud_vfio_irq_set {
	__u32 argsz;
	__u32 flags;
	__u32 index;
	__u32 start;
	__u32 count;
	__s32 data[IOMMUD_VFIO_IRQ_SET_MAX];
};

/* VFIO legacy container, on /dev/vfio/vfio (or /dev/iommu's compat mode) */
static const unsigned long IOMMUD_VFIO_GET_API_VERSION = VFIO_GET_API_VERSION;
static const unsigned long IOMMUD_VFIO_CHECK_EXTENSION = VFIO_CHECK_EXTENSION;
static const unsigned long IOMMUD_VFIO_SET_IOMMU = VFIO_SET_IOMMU;
static const unsigned long IOMMUD_VFIO_IOMMU_GET_INFO = VFIO_IOMMU_GET_INFO;
static const unsigned long IOMMUD_VFIO_IOMMU_MAP_DMA = VFIO_IOMMU_MAP_DMA;
static const unsigned long IOMMUD_VFIO_IOMMU_UNMAP_DMA = VFIO_IOMMU_UNMAP_DMA;
static const unsigned long IOMMUD_VFIO_IOMMU_DIRTY_PAGES = VFIO_IOMMU_DIRTY_PAGES;

/* VFIO group, on /dev/vfio/<group> (the legacy container path) */
static const unsigned long IOMMUD_VFIO_GROUP_GET_STATUS = VFIO_GROUP_GET_STATUS;
static const unsigned long IOMMUD_VFIO_GROUP_SET_CONTAINER = VFIO_GROUP_SET_CONTAINER;
static const unsigned long IOMMUD_VFIO_GROUP_UNSET_CONTAINER = VFIO_GROUP_UNSET_CONTAINER;
static const unsigned long IOMMUD_VFIO_GROUP_GET_DEVICE_FD = VFIO_GROUP_GET_DEVICE_FD;

#endif
