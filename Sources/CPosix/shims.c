#define _GNU_SOURCE
#include "CPosix.h"
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <linux/memfd.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>

int iommud_ioctl(int fd, unsigned long request, void *argument)
{
    return ioctl(fd, request, argument);
}

int iommud_anonymous_fd(void)
{
    return eventfd(0, EFD_CLOEXEC);
}

long iommud_read_own_memory(void *destination, unsigned long source, unsigned long length)
{
    struct iovec local = { .iov_base = destination, .iov_len = length };
    struct iovec remote = { .iov_base = (void *)source, .iov_len = length };
    return (long)process_vm_readv(getpid(), &local, 1, &remote, 1, 0);
}

long iommud_write_own_memory(unsigned long destination, const void *source, unsigned long length)
{
    struct iovec local = { .iov_base = (void *)source, .iov_len = length };
    struct iovec remote = { .iov_base = (void *)destination, .iov_len = length };
    return (long)process_vm_writev(getpid(), &local, 1, &remote, 1, 0);
}

int iommud_memfd_create(const char *name, unsigned int flags)
{
    return memfd_create(name, flags);
}

const unsigned int IOMMUD_MFD_CLOEXEC = MFD_CLOEXEC;
const unsigned int IOMMUD_MFD_ALLOW_SEALING = MFD_ALLOW_SEALING;
const unsigned int IOMMUD_MFD_HUGETLB = MFD_HUGETLB;
const int IOMMUD_F_ADD_SEALS = F_ADD_SEALS;
const int IOMMUD_SEALS_FIXED_SIZE = F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL;
const int IOMMUD_MFD_HUGE_SHIFT = MFD_HUGE_SHIFT;
