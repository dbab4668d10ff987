/*
 * floor: the cheapest server that still looks like QMP to a client.
 *
 * On connect it sends a QMP greeting; then every request line it receives
 * ('\n'-terminated) is answered with one canned reply, without looking at
 * the request. What a QMP round trip costs on this machine before any JSON
 * or dispatch work: the bar for iommud.
 *
 *   floor (--unix PATH | --tcp HOST:PORT) [--threads N] [--reply JSON]
 *
 * The main thread accepts; N event-loop threads (default: one per CPU, as
 * iommud) each own the connections handed to them round robin and answer
 * with one write per read. SIGTERM/SIGINT end it; the Unix socket file is
 * removed. It prints "ready" on stdout once it listens.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static const char greeting[] =
    "{\"QMP\": {\"version\": {\"qemu\": {\"major\": 0, \"minor\": 1, \"micro\": 0}, \"package\": \"floor\"}, "
    "\"capabilities\": []}}\r\n";
/* The size of iommud's query-version reply, so the bytes moved match. */
static const char *reply = "{\"return\": {\"qemu\": {\"major\": 0, \"minor\": 1, \"micro\": 0}, \"package\": \"iommud 0.1.0\"}, \"id\": 1}";
static size_t reply_len;
static char *reply_crlf;

static const char *unix_path;

static void die(const char *what)
{
    fprintf(stderr, "floor: %s: %s\n", what, strerror(errno));
    exit(2);
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return; /* the client went away; its read side notices */
        p += w;
        n -= (size_t)w;
    }
}

struct worker {
    pthread_t tid;
    int ep;
};

static void *worker_main(void *arg)
{
    struct worker *w = arg;
    static __thread char in[65536];
    static __thread char out[1 << 20];
    struct epoll_event evs[64];
    for (;;) {
        int n = epoll_wait(w->ep, evs, 64, -1);
        if (n < 0) {
            if (errno == EINTR) continue;
            die("epoll_wait");
        }
        for (int e = 0; e < n; e++) {
            int fd = evs[e].data.fd;
            ssize_t r = read(fd, in, sizeof in);
            if (r < 0 && (errno == EINTR || errno == EAGAIN)) continue;
            if (r <= 0) {
                epoll_ctl(w->ep, EPOLL_CTL_DEL, fd, NULL);
                close(fd);
                continue;
            }
            size_t o = 0;
            for (const char *p = in, *end = in + r; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) {
                if (o + reply_len > sizeof out) {
                    write_all(fd, out, o);
                    o = 0;
                }
                memcpy(out + o, reply_crlf, reply_len);
                o += reply_len;
            }
            if (o) write_all(fd, out, o);
        }
    }
    return NULL;
}

static void on_signal(int sig)
{
    (void)sig;
    if (unix_path) unlink(unix_path);
    _exit(0);
}

int main(int argc, char **argv)
{
    const char *tcp = NULL;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--unix") && i + 1 < argc) unix_path = argv[++i];
        else if (!strcmp(argv[i], "--tcp") && i + 1 < argc) tcp = argv[++i];
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atol(argv[++i]);
        else if (!strcmp(argv[i], "--reply") && i + 1 < argc) reply = argv[++i];
        else {
            fprintf(stderr, "usage: floor (--unix PATH | --tcp HOST:PORT) [--threads N] [--reply JSON]\n");
            return 2;
        }
    }
    if (!unix_path == !tcp) {
        fprintf(stderr, "floor: give exactly one of --unix and --tcp\n");
        return 2;
    }
    if (threads < 1) threads = 1;
    reply_len = strlen(reply) + 2;
    reply_crlf = malloc(reply_len + 1);
    snprintf(reply_crlf, reply_len + 1, "%s\r\n", reply);
    signal(SIGPIPE, SIG_IGN);
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);

    int lfd;
    if (unix_path) {
        struct sockaddr_un sa = { .sun_family = AF_UNIX };
        if (strlen(unix_path) >= sizeof sa.sun_path) {
            fprintf(stderr, "floor: socket path too long\n");
            return 2;
        }
        strcpy(sa.sun_path, unix_path);
        unlink(unix_path);
        lfd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (lfd < 0 || bind(lfd, (struct sockaddr *)&sa, sizeof sa) < 0) die("bind");
    } else {
        char host[256];
        const char *colon = strrchr(tcp, ':');
        if (!colon || (size_t)(colon - tcp) >= sizeof host) {
            fprintf(stderr, "floor: bad --tcp address\n");
            return 2;
        }
        memcpy(host, tcp, colon - tcp);
        host[colon - tcp] = 0;
        struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM }, *res;
        if (getaddrinfo(host, colon + 1, &hints, &res) != 0) {
            fprintf(stderr, "floor: cannot resolve %s\n", tcp);
            return 2;
        }
        lfd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        int one = 1;
        setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        if (lfd < 0 || bind(lfd, res->ai_addr, res->ai_addrlen) < 0) die("bind");
        freeaddrinfo(res);
    }
    if (listen(lfd, 1024) < 0) die("listen");

    struct worker *workers = calloc((size_t)threads, sizeof *workers);
    for (long t = 0; t < threads; t++) {
        workers[t].ep = epoll_create1(EPOLL_CLOEXEC);
        if (workers[t].ep < 0) die("epoll_create1");
        pthread_create(&workers[t].tid, NULL, worker_main, &workers[t]);
    }
    printf("ready\n");
    fflush(stdout);
    for (long next = 0;; next = (next + 1) % threads) {
        int fd = accept4(lfd, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED || errno == EMFILE) continue;
            die("accept");
        }
        if (tcp) {
            int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        }
        write_all(fd, greeting, sizeof greeting - 1);
        struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
        if (epoll_ctl(workers[next].ep, EPOLL_CTL_ADD, fd, &ev) < 0) close(fd);
    }
}
