#!/bin/sh
# Guest job (boot A): the legacy VFIO path on the real kernel: the container,
# the e1000e's group, type1 map/unmap and a device descriptor from the group
# (KernelConformanceTests.VFIOLegacyHostPathTests, which also runs on the
# simulation). Fails unless the test ran and passed.
group=$(basename "$(readlink "/sys/bus/pci/devices/$IOMMUD_VM_BDF/iommu_group")")
cd /tmp || exit 1
IOMMUD_CONFORMANCE_KERNEL=host IOMMUD_CONFORMANCE_GROUP=$group IOMMUD_CONFORMANCE_DEVICE=$IOMMUD_VM_BDF \
  /test/iommudPackageTests.xctest --testing-library swift-testing --filter VFIOLegacyHostPathTests \
  >/tmp/legacy.log 2>&1
rc=$?
grep -E 'containerGroupType1|recorded an issue|Test run' /tmp/legacy.log
[ "$rc" = 0 ] && grep -q 'containerGroupType1() passed' /tmp/legacy.log
