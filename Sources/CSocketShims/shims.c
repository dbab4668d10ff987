#define _GNU_SOURCE
#include "CSocketShims.h"

#include <errno.h>
#include <sys/signalfd.h>
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
