/* The CLinuxUAPI target has only constants in its header; this file gives it a
 * translation unit and checks at build time that the headers are new enough. */
#include "CLinuxUAPI.h"

_Static_assert(sizeof(struct iommu_hwpt_alloc) >= 44, "linux-libc-dev >= 6.12 is required (make deps)");
