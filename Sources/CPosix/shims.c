#define _GNU_SOURCE
#include "CPosix.h"
#include <sys/eventfd.h>
#include <sys/mman.h>
#include <sys/file.h>
#include <linux/memfd.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/uio.h>
#include <unistd.h>
#include <pthread.h>
#include <string.h>
#include <errno.h>
#include <sys/socket.h>
#include <sys/un.h>

static void forget_own_pid(void);
static void register_fork_handler(void) { pthread_atfork(NULL, NULL, forget_own_pid); }

int iommud_ioctl(int fd, unsigned long request, void *argument)
{
    return ioctl(fd, request, argument);
}

int iommud_anonymous_fd(void)
{
    return eventfd(0, EFD_CLOEXEC);
}

/* The process's own pid, for process_vm_readv/writev on itself: getpid() is
 * a system call in glibc, so it is read once and again only in a forked
 * child (pthread_atfork), where it changes. */
static _Atomic pid_t own_pid;

static void forget_own_pid(void) { own_pid = 0; }

static pid_t current_pid(void)
{
    pid_t pid = own_pid;
    if (pid == 0) {
        static pthread_once_t once = PTHREAD_ONCE_INIT;
        pthread_once(&once, register_fork_handler);
        pid = getpid();
        own_pid = pid;
    }
    return pid;
}

/* The range this thread's caller vouches for (empty when length is 0). */
static _Thread_local unsigned long vouched_start;
static _Thread_local unsigned long vouched_length;

void iommud_vouch_memory(const void *address, unsigned long length)
{
    vouched_start = (unsigned long)address;
    vouched_length = address ? length : 0;
}

void iommud_unvouch_memory(void) { vouched_length = 0; }

static int is_vouched(unsigned long address, unsigned long length)
{
    return vouched_length != 0 && address >= vouched_start
        && address - vouched_start <= vouched_length
        && length <= vouched_length - (address - vouched_start);
}

long iommud_read_own_memory(void *destination, unsigned long source, unsigned long length)
{
    if (is_vouched(source, length)) {
        memcpy(destination, (const void *)source, length);
        return (long)length;
    }
    struct iovec local = { .iov_base = destination, .iov_len = length };
    struct iovec remote = { .iov_base = (void *)source, .iov_len = length };
    return (long)process_vm_readv(current_pid(), &local, 1, &remote, 1, 0);
}

long iommud_write_own_memory(unsigned long destination, const void *source, unsigned long length)
{
    if (is_vouched(destination, length)) {
        memcpy((void *)destination, source, length);
        return (long)length;
    }
    struct iovec local = { .iov_base = (void *)source, .iov_len = length };
    struct iovec remote = { .iov_base = (void *)destination, .iov_len = length };
    return (long)process_vm_writev(current_pid(), &local, 1, &remote, 1, 0);
}

/* Whether one byte of every page in [address, address + length) can be read:
 * up to 512 pages per system call (one 1-byte remote iovec each). */
int iommud_own_pages_readable(unsigned long address, unsigned long length, unsigned long page_size)
{
    enum { batch = 512 };
    static _Thread_local unsigned char sink[batch];
    struct iovec local = { .iov_base = sink, .iov_len = batch };
    struct iovec remote[batch];
    if (length == 0)
        return 1;
    unsigned long end = address + length;
    if (end <= address)
        return 0;
    unsigned long at = address & ~(page_size - 1);
    while (at < end) {
        int n = 0;
        for (; n < batch && at < end; n++, at += page_size) {
            unsigned long start = at < address ? address : at;
            remote[n].iov_base = (void *)start;
            remote[n].iov_len = 1;
        }
        local.iov_len = (size_t)n;
        if (process_vm_readv(current_pid(), &local, 1, remote, (unsigned long)n, 0) != n)
            return 0;
    }
    return 1;
}

int iommud_memfd_create(const char *name, unsigned int flags)
{
    return memfd_create(name, flags);
}

int iommud_flock(int fd, int operation)
{
    return flock(fd, operation);
}

const unsigned int IOMMUD_MFD_CLOEXEC = MFD_CLOEXEC;
const unsigned int IOMMUD_MFD_ALLOW_SEALING = MFD_ALLOW_SEALING;
const unsigned int IOMMUD_MFD_HUGETLB = MFD_HUGETLB;
const int IOMMUD_F_ADD_SEALS = F_ADD_SEALS;
const int IOMMUD_F_GET_SEALS = F_GET_SEALS;
const int IOMMUD_SEALS_FIXED_SIZE = F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL;
const int IOMMUD_MFD_HUGE_SHIFT = MFD_HUGE_SHIFT;

int iommud_unix_address(int fd, const char *path, int connect_instead)
{
    struct sockaddr_un address;
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    size_t length = strlen(path);
    if (length >= sizeof address.sun_path) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(address.sun_path, path, length);
    return connect_instead ? connect(fd, (struct sockaddr *)&address, sizeof address)
                           : bind(fd, (struct sockaddr *)&address, sizeof address);
}

const char *iommud_errno_name(int error) {
    return strerrorname_np(error);
}
