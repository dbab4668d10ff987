/* C calls Swift cannot make directly. */
#ifndef CPOSIX_H
#define CPOSIX_H

/** The symbolic name of errno value `error` ("EISDIR"), or NULL when the C
 *  library has none (glibc's strerrorname_np). */
const char *iommud_errno_name(int error);

/** ioctl(2) with a pointer argument (Swift cannot call the variadic ioctl). */
int iommud_ioctl(int fd, unsigned long request, void *argument);

/** A fresh close-on-exec descriptor that stands for a simulated kernel file (an eventfd). */
int iommud_anonymous_fd(void);

/** Copies `length` bytes from address `source` of this process into `destination`
 *  with process_vm_readv(2): an unmapped source fails (EFAULT) instead of
 *  crashing. Returns the bytes copied or -1. */
long iommud_read_own_memory(void *destination, unsigned long source, unsigned long length);

/** The same for writing `length` bytes from `source` to address `destination`. */
long iommud_write_own_memory(unsigned long destination, const void *source, unsigned long length);

/** Vouches for `[address, address + length)` on this thread until
 *  iommud_unvouch_memory(): memory the caller owns, readable and writable
 *  (a typed request's own struct). The two copies above then use memcpy for
 *  a range inside it, with no system call; anything else is still checked. */
void iommud_vouch_memory(const void *address, unsigned long length);

/** Ends the vouching of this thread. */
void iommud_unvouch_memory(void);

/* 1 when one byte of every page of [address, address + length) is readable
 * by the process, batched into few system calls; 0 otherwise. */
int iommud_own_pages_readable(unsigned long address, unsigned long length, unsigned long page_size);

/** memfd_create(2); returns the descriptor or -1. */
int iommud_memfd_create(const char *name, unsigned int flags);

/** flock(2) (Swift sees the name as struct flock). */
int iommud_flock(int fd, int operation);

/** Flags and seals for memfds, as plain constants Swift can see. */
extern const unsigned int IOMMUD_MFD_CLOEXEC;
extern const unsigned int IOMMUD_MFD_ALLOW_SEALING;
extern const unsigned int IOMMUD_MFD_HUGETLB;
extern const int IOMMUD_F_ADD_SEALS;
extern const int IOMMUD_F_GET_SEALS;
extern const int IOMMUD_SEALS_FIXED_SIZE;   /* F_SEAL_GROW | F_SEAL_SHRINK | F_SEAL_SEAL */
extern const int IOMMUD_MFD_HUGE_SHIFT;

/* bind (connect != 0: connect) a Unix socket to a path: -1 with errno
 * ENAMETOOLONG when the path does not fit sun_path. */
int iommud_unix_address(int fd, const char *path, int connect);

#endif
