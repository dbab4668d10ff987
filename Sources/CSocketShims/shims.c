#define _GNU_SOURCE
#include "CSocketShims.h"

#include <errno.h>
#include <sys/signalfd.h>
#include <string.h>
#include <unistd.h>

int iommud_accept_nonblocking(int fd)
{
    return accept4(fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
}

int iommud_signalfd(const sigset_t *mask)
{
    return signalfd(-1, mask, SFD_NONBLOCK | SFD_CLOEXEC);
}

int iommud_signalfd_read(int fd)
{
    struct signalfd_siginfo info;
    ssize_t n = read(fd, &info, sizeof(info));
    if (n == (ssize_t)sizeof(info)) {
        return (int)info.ssi_signo;
    }
    if (n < 0 && errno == EAGAIN) {
        return 0;
    }
    return -1;
}

int iommud_peer_credentials(int fd, int32_t *pid, uint32_t *uid, uint32_t *gid)
{
    struct ucred cred;
    socklen_t len = sizeof(cred);
    if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) < 0) {
        return -1;
    }
    *pid = cred.pid;
    *uid = cred.uid;
    *gid = cred.gid;
    return 0;
}

int iommud_peer_groups(int fd, uint32_t *groups, int *count)
{
    socklen_t len = (socklen_t)(*count * sizeof(gid_t));
    if (getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups, &len) < 0) {
        return -1;
    }
    *count = (int)(len / sizeof(gid_t));
    return 0;
}

/* Room for the most descriptors one message may carry (the kernel's SCM_MAX_FD). */
#define IOMMUD_CMSG_FDS 253

long iommud_recv_with_fds(int fd, void *buf, unsigned long len, int *fds, int max_fds, int *nfds, int *truncated)
{
    union {
        char buf[CMSG_SPACE(sizeof(int) * IOMMUD_CMSG_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = { .iov_base = buf, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.buf;
    msg.msg_controllen = sizeof(control.buf);

    *nfds = 0;
    *truncated = 0;
    ssize_t n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);
    if (n < 0) {
        return -1;
    }
    if (msg.msg_flags & MSG_CTRUNC) {
        *truncated = 1;
    }
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c != NULL; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level != SOL_SOCKET || c->cmsg_type != SCM_RIGHTS) {
            continue;
        }
        int count = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
        int received[IOMMUD_CMSG_FDS];
        memcpy(received, CMSG_DATA(c), sizeof(int) * (size_t)count);
        for (int i = 0; i < count; i++) {
            if (*nfds < max_fds) {
                fds[(*nfds)++] = received[i];
            } else {
                close(received[i]);
                *truncated = 1;
            }
        }
    }
    return (long)n;
}

long iommud_send_with_fds(int fd, const void *buf, unsigned long len, const int *fds, int nfds)
{
    if (nfds < 0 || nfds > IOMMUD_CMSG_FDS) {
        errno = EINVAL;
        return -1;
    }
    union {
        char buf[CMSG_SPACE(sizeof(int) * IOMMUD_CMSG_FDS)];
        struct cmsghdr align;
    } control;
    struct iovec iov = { .iov_base = (void *)buf, .iov_len = len };
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    if (nfds > 0) {
        memset(control.buf, 0, sizeof(control.buf));
        msg.msg_control = control.buf;
        msg.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)nfds);
        struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)nfds);
        memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)nfds);
    }
    return (long)sendmsg(fd, &msg, MSG_NOSIGNAL);
}
