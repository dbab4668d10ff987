/*
 * Socket and signal calls that Swift cannot reach through Glibc's overlay:
 * GNU-only functions (accept4, signalfd) and, later, the CMSG_* macros for
 * SCM_RIGHTS.  Each wrapper is a plain function so errno is left for the
 * caller to read immediately.
 */
#ifndef CSOCKETSHIMS_H
#define CSOCKETSHIMS_H

#include <stdint.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/socket.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/un.h>

/** accept4(2) with SOCK_NONBLOCK | SOCK_CLOEXEC; returns the fd or -1. */
int iommud_accept_nonblocking(int fd);

/** signalfd(2) for `mask`, non-blocking and close-on-exec; returns the fd or -1. */
int iommud_signalfd(const sigset_t *mask);

/** Reads one signalfd record; returns the signal number, 0 when none is pending, -1 on error. */
int iommud_signalfd_read(int fd);

/** The peer's credentials of a connected Unix socket (SO_PEERCRED); returns 0 or -1. */
int iommud_peer_credentials(int fd, int32_t *pid, uint32_t *uid, uint32_t *gid);

/**
 * The peer's supplementary groups (SO_PEERGROUPS, Linux 4.13+). On entry
 * *count is the capacity of `groups`; on success it is the number stored.
 * Returns 0, or -1 (errno set; ERANGE when the capacity is too small).
 */
int iommud_peer_groups(int fd, uint32_t *groups, int *count);

/**
 * recvmsg(2) of up to `len` bytes that also collects SCM_RIGHTS descriptors,
 * received close-on-exec. At most `max_fds` are kept in `fds`; any beyond that
 * are closed at once. On return *nfds is the number kept and *truncated is 1
 * when the kernel dropped descriptors (MSG_CTRUNC).
 * Returns the byte count (0 at end of stream) or -1 with errno set.
 */
long iommud_recv_with_fds(int fd, void *buf, unsigned long len, int *fds, int max_fds, int *nfds, int *truncated);

/**
 * sendmsg(2) of `len` bytes with `nfds` descriptors attached as SCM_RIGHTS
 * (MSG_NOSIGNAL). Returns the byte count or -1 with errno set.
 */
long iommud_send_with_fds(int fd, const void *buf, unsigned long len, const int *fds, int nfds);

#endif
