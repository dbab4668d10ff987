#!/bin/sh
# Guest job: the devices the host-path tests need are there.
ls -l /dev/iommu /dev/vfio /dev/vfio/devices
[ -c /dev/iommu ] && [ -c /dev/vfio/devices/vfio0 ]
