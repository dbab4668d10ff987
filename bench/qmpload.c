/*
 * qmpload: a QMP load generator for any QMP server (iommud, QEMU, the floor).
 *
 * It connects, reads the greeting, negotiates with qmp_capabilities and then
 * sends requests built from templates:
 *
 *   -e '{"execute": "query-version"}'            one request per cycle
 *   -e '{"execute": "object-add", ...}' -e ...   several: sent in turn, in order
 *
 * Each template is a JSON object without "id"; qmpload appends `"id": N`.
 * In a template, %n is the cycle number, %c the client index and %k a
 * per-client number (client+1) * 2^32 (an IOVA window for map/unmap). %% is %.
 *
 * A reply is one line (QMP ends every server message with CRLF); a line
 * carrying "return" counts as a reply, "error" as a failed reply, "event"
 * is ignored. Server replies are not parsed further, so the client costs
 * little next to any server.
 *
 * Modes (results are one JSON object on stdout):
 *   --seq N          N sequential round trips (after --warmup W cycles):
 *                    latency mean/p50/p90/p99/max per template and overall.
 *   --pipe           pipelined: --clients C connections, each with --window W
 *                    requests in flight, for --duration S seconds after
 *                    --warmup-time S; --threads T client threads (default 1).
 *                    Reports replies per second and per-request latency;
 *                    replies_total also counts warm-up and drain.
 *   --hold N         opens N negotiated connections, prints a JSON line, then
 *                    waits for EOF on stdin before closing them.
 *   --startup K -- CMD [ARG...]
 *                    K times: starts CMD, connects (polling every 50 us) to the
 *                    --unix path until the greeting arrives, negotiates, reads
 *                    the server's VmRSS, then SIGTERMs it. Reports start-up to
 *                    greeting and idle RSS.
 *
 * --oob negotiates the "oob" capability. Requests stay in-band ("execute"),
 * but QEMU only queues in-band requests (up to 8) with it on; without it
 * QEMU reads the next request only after answering the previous one.
 *
 * Address: --unix PATH or --tcp HOST:PORT. --unix may be repeated: client i
 * then connects to the (i mod count)-th path (QEMU serves one client per
 * -qmp monitor, so several clients need several monitors). --label TEXT is copied into the
 * output. Exit status 0 when every reply was a success, 1 when some were
 * errors, 2 on a usage or connection problem.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_TEMPLATES 8
#define PREFIX_KEEP 256
#define MAX_WINDOW 256

#define MAX_PATHS 64
static const char *unix_paths[MAX_PATHS];
static int npaths;
#define unix_path (npaths ? unix_paths[0] : NULL)
static const char *tcp_addr;
static const char *label = "";
static int enable_oob; /* negotiate {"enable": ["oob"]} */
static const char *templates[MAX_TEMPLATES];
static int ntemplates;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "qmpload: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(2);
}

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ---- connections ------------------------------------------------------ */

enum line_kind { LINE_RETURN, LINE_ERROR, LINE_EVENT, LINE_OTHER };

struct conn {
    int fd;
    int client;
    /* the line being received: its first bytes, for classification */
    char prefix[PREFIX_KEEP + 1];
    size_t plen;
    /* pipelined mode: send times of the requests in flight, oldest first */
    uint64_t sent[MAX_WINDOW];
    int head, inflight;
    /* the next request: cycle number and template index */
    uint64_t cycle;
    int tindex;
    uint64_t next_id;
    /* what the last completed line was, and its template (seq mode) */
    enum line_kind last_kind;
    char last_line[PREFIX_KEEP + 1];
};

static int connect_once(int client)
{
    int fd;
    if (npaths) {
        const char *path = unix_paths[client % npaths];
        struct sockaddr_un sa = { .sun_family = AF_UNIX };
        if (strlen(path) >= sizeof sa.sun_path) die("socket path too long: %s", path);
        strcpy(sa.sun_path, path);
        fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0) return -1;
        if (connect(fd, (struct sockaddr *)&sa, sizeof sa) < 0) {
            int e = errno;
            close(fd);
            errno = e;
            return -1;
        }
        return fd;
    }
    char host[256];
    const char *colon = strrchr(tcp_addr, ':');
    if (!colon || (size_t)(colon - tcp_addr) >= sizeof host) die("bad --tcp address: %s", tcp_addr);
    memcpy(host, tcp_addr, colon - tcp_addr);
    host[colon - tcp_addr] = 0;
    struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM }, *res;
    if (getaddrinfo(host, colon + 1, &hints, &res) != 0) die("cannot resolve %s", tcp_addr);
    fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) < 0) {
        int e = errno;
        if (fd >= 0) close(fd);
        freeaddrinfo(res);
        errno = e;
        return -1;
    }
    freeaddrinfo(res);
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

static enum line_kind classify(const char *p)
{
    if (strstr(p, "\"return\"")) return LINE_RETURN;
    if (strstr(p, "\"error\"")) return LINE_ERROR;
    if (strstr(p, "\"event\"")) return LINE_EVENT;
    return LINE_OTHER;
}

/*
 * Feeds received bytes to the line scanner; calls on_line for every complete
 * line. Only the first PREFIX_KEEP bytes of a line are kept.
 */
typedef void (*line_fn)(struct conn *, enum line_kind, void *);

static void scan(struct conn *c, const char *buf, size_t n, line_fn on_line, void *arg)
{
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(buf + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - buf) : n;
        size_t take = end - i;
        if (c->plen < PREFIX_KEEP) {
            size_t room = PREFIX_KEEP - c->plen;
            size_t k = take < room ? take : room;
            memcpy(c->prefix + c->plen, buf + i, k);
            c->plen += k;
        }
        if (!nl) break;
        c->prefix[c->plen] = 0;
        enum line_kind kind = classify(c->prefix);
        c->last_kind = kind;
        memcpy(c->last_line, c->prefix, c->plen + 1);
        c->plen = 0;
        if (on_line) on_line(c, kind, arg);
        i = end + 1;
    }
}

/* Reads (blocking) until one complete line; returns its kind. */
static void count_line(struct conn *c, enum line_kind k, void *arg)
{
    (void)c;
    (void)k;
    (*(int *)arg)++;
}

static enum line_kind read_line(struct conn *c, int timeout_ms)
{
    char buf[65536];
    int lines = 0;
    for (;;) {
        if (timeout_ms >= 0) {
            struct pollfd p = { .fd = c->fd, .events = POLLIN };
            int r = poll(&p, 1, timeout_ms);
            if (r == 0) die("%s: timed out waiting for the server", label);
        }
        ssize_t n = read(c->fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) die("%s: connection closed by the server (%s)", label, n < 0 ? strerror(errno) : "EOF");
        /* Sequential: one reply is expected, so nothing follows it. */
        scan(c, buf, (size_t)n, count_line, &lines);
        if (lines > 0) return c->last_kind;
    }
}

static void write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) die("%s: write: %s", label, strerror(errno));
        p += w;
        n -= (size_t)w;
    }
}

/* Connects, reads the greeting and negotiates. Returns 0 or -1 (errno set by connect). */
static int open_conn(struct conn *c, int client)
{
    memset(c, 0, sizeof *c);
    c->client = client;
    c->fd = connect_once(client);
    if (c->fd < 0) return -1;
    enum line_kind k = read_line(c, 10000);
    if (!strstr(c->last_line, "\"QMP\"")) die("%s: expected a QMP greeting, got: %s (kind %d)", label, c->last_line, k);
    static const char caps[] = "{\"execute\": \"qmp_capabilities\"}\n";
    static const char caps_oob[] = "{\"execute\": \"qmp_capabilities\", \"arguments\": {\"enable\": [\"oob\"]}}\n";
    if (enable_oob) write_all(c->fd, caps_oob, sizeof caps_oob - 1);
    else write_all(c->fd, caps, sizeof caps - 1);
    do {
        k = read_line(c, 10000);
    } while (k == LINE_EVENT);
    if (k != LINE_RETURN) die("%s: qmp_capabilities failed: %s", label, c->last_line);
    return 0;
}

/* ---- requests ---------------------------------------------------------- */

/* Appends the next request of `c` to out (at least 4096 bytes free). */
static size_t format_request(struct conn *c, char *out, size_t room)
{
    const char *t = templates[c->tindex];
    size_t len = strlen(t);
    while (len > 0 && (t[len - 1] == ' ' || t[len - 1] == '\n')) len--;
    if (len == 0 || t[len - 1] != '}') die("template is not a JSON object: %s", t);
    len--; /* drop the closing brace; the id goes in its place */
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        if (o + 64 >= room) die("template too long");
        if (t[i] != '%' || i + 1 >= len) {
            out[o++] = t[i];
            continue;
        }
        char f = t[++i];
        if (f == 'n') o += (size_t)snprintf(out + o, room - o, "%llu", (unsigned long long)c->cycle);
        else if (f == 'c') o += (size_t)snprintf(out + o, room - o, "%d", c->client);
        else if (f == 'k') o += (size_t)snprintf(out + o, room - o, "%llu", (unsigned long long)(c->client + 1) << 32);
        else if (f == '%') out[o++] = '%';
        else die("unknown template field %%%c", f);
    }
    /* Is the object empty apart from the brace? */
    size_t j = o;
    while (j > 0 && out[j - 1] == ' ') j--;
    int empty = j > 0 && out[j - 1] == '{';
    o += (size_t)snprintf(out + o, room - o, "%s\"id\": %llu}\n", empty ? "" : ", ",
                          (unsigned long long)c->next_id++);
    if (++c->tindex == ntemplates) {
        c->tindex = 0;
        c->cycle++;
    }
    return o;
}

/* ---- statistics --------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Latencies in ns -> JSON members in microseconds. Sorts `v`. */
static void print_latency(FILE *f, uint64_t *v, size_t n)
{
    if (n == 0) {
        fprintf(f, "\"count\": 0");
        return;
    }
    qsort(v, n, sizeof *v, cmp_u64);
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += (double)v[i];
#define PCT(p) ((double)v[(size_t)((double)(n - 1) * (p) + 0.5)] / 1000.0)
    fprintf(f, "\"count\": %zu, \"mean_us\": %.2f, \"min_us\": %.2f, \"p50_us\": %.2f, \"p90_us\": %.2f, "
               "\"p99_us\": %.2f, \"max_us\": %.2f",
            n, sum / (double)n / 1000.0, (double)v[0] / 1000.0, PCT(0.50), PCT(0.90), PCT(0.99),
            (double)v[n - 1] / 1000.0);
#undef PCT
}

static void print_json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch == '"' || ch == '\\') fprintf(f, "\\%c", ch);
        else if (ch < 0x20) fprintf(f, "\\u%04x", ch);
        else fputc(ch, f);
    }
    fputc('"', f);
}

/* ---- sequential --------------------------------------------------------- */

static int run_seq(long count, long warmup)
{
    struct conn c;
    if (open_conn(&c, 0) < 0) die("%s: connect: %s", label, strerror(errno));
    uint64_t *lat[MAX_TEMPLATES];
    size_t nlat[MAX_TEMPLATES] = { 0 };
    uint64_t *all = malloc(sizeof(uint64_t) * (size_t)(count * ntemplates + 1));
    for (int t = 0; t < ntemplates; t++) lat[t] = malloc(sizeof(uint64_t) * (size_t)(count + 1));
    long errors = 0;
    char first_error[PREFIX_KEEP + 1] = "";
    char req[8192];
    long total = (warmup + count) * ntemplates;
    uint64_t start = 0;
    for (long i = 0; i < total; i++) {
        if (i == warmup * ntemplates) start = now_ns();
        int t = c.tindex;
        size_t len = format_request(&c, req, sizeof req);
        uint64_t t0 = now_ns();
        write_all(c.fd, req, len);
        enum line_kind k;
        do {
            k = read_line(&c, 30000);
        } while (k == LINE_EVENT);
        uint64_t dt = now_ns() - t0;
        if (i < warmup * ntemplates) continue;
        lat[t][nlat[t]++] = dt;
        if (k != LINE_RETURN) {
            if (errors++ == 0) snprintf(first_error, sizeof first_error, "%s", c.last_line);
        }
    }
    double secs = (double)(now_ns() - start) / 1e9;
    close(c.fd);
    size_t n = 0;
    for (int t = 0; t < ntemplates; t++)
        for (size_t i = 0; i < nlat[t]; i++) all[n++] = lat[t][i];
    printf("{\"label\": ");
    print_json_string(stdout, label);
    printf(", \"mode\": \"seq\", \"cycles\": %ld, \"replies_total\": %ld, \"seconds\": %.4f, \"requests_per_s\": %.1f, "
           "\"errors\": %ld, \"first_error\": ",
           count, total, secs, (double)n / secs, errors);
    print_json_string(stdout, first_error);
    printf(", \"all\": {");
    print_latency(stdout, all, n);
    printf("}, \"per_template\": [");
    for (int t = 0; t < ntemplates; t++) {
        printf("%s{\"template\": ", t ? ", " : "");
        print_json_string(stdout, templates[t]);
        printf(", ");
        print_latency(stdout, lat[t], nlat[t]);
        printf("}");
    }
    printf("]}\n");
    return errors ? 1 : 0;
}

/* ---- pipelined ---------------------------------------------------------- */

struct pipe_thread {
    pthread_t tid;
    struct conn *conns;
    int nconns;
    int window;
    /* results */
    uint64_t replies, errors, replies_total;
    uint64_t *lat;
    size_t nlat, caplat;
    char first_error[PREFIX_KEEP + 1];
};

static uint64_t pipe_t_measure, pipe_t_stop; /* set before the threads start */
static pthread_barrier_t pipe_barrier;

struct pipe_line_ctx {
    struct pipe_thread *pt;
    uint64_t now;
    int to_send;
};

static void pipe_on_line(struct conn *c, enum line_kind k, void *arg)
{
    struct pipe_line_ctx *x = arg;
    if (k == LINE_EVENT) return;
    if (c->inflight == 0) die("%s: a reply without a request: %s", label, c->last_line);
    uint64_t sent = c->sent[c->head];
    c->head = (c->head + 1) % MAX_WINDOW;
    c->inflight--;
    struct pipe_thread *pt = x->pt;
    pt->replies_total++;
    /* Errors count whenever they happen; replies only inside the window. */
    if (k != LINE_RETURN && pt->errors++ == 0) snprintf(pt->first_error, sizeof pt->first_error, "%s", c->last_line);
    if (x->now >= pipe_t_measure && x->now <= pipe_t_stop) pt->replies++;
    if (sent >= pipe_t_measure && x->now <= pipe_t_stop) {
        if (pt->nlat == pt->caplat) {
            pt->caplat = pt->caplat ? pt->caplat * 2 : 65536;
            pt->lat = realloc(pt->lat, pt->caplat * sizeof *pt->lat);
        }
        pt->lat[pt->nlat++] = x->now - sent;
    }
    if (x->now < pipe_t_stop) x->to_send++;
}

static void send_batch(struct conn *c, int count)
{
    static __thread char out[MAX_WINDOW * 512];
    size_t o = 0;
    uint64_t t = now_ns();
    for (int i = 0; i < count; i++) {
        o += format_request(c, out + o, sizeof out - o);
        c->sent[(c->head + c->inflight) % MAX_WINDOW] = t;
        c->inflight++;
    }
    if (o) write_all(c->fd, out, o);
}

static void *pipe_main(void *arg)
{
    struct pipe_thread *pt = arg;
    int ep = epoll_create1(EPOLL_CLOEXEC);
    for (int i = 0; i < pt->nconns; i++) {
        struct epoll_event ev = { .events = EPOLLIN, .data.ptr = &pt->conns[i] };
        if (epoll_ctl(ep, EPOLL_CTL_ADD, pt->conns[i].fd, &ev) < 0) die("epoll_ctl: %s", strerror(errno));
    }
    pthread_barrier_wait(&pipe_barrier);
    for (int i = 0; i < pt->nconns; i++) send_batch(&pt->conns[i], pt->window);
    int outstanding = pt->nconns;
    char buf[65536];
    struct epoll_event evs[64];
    while (outstanding > 0) {
        int n = epoll_wait(ep, evs, 64, 1000);
        if (n < 0 && errno == EINTR) continue;
        uint64_t now = now_ns();
        if (n == 0 && now > pipe_t_stop + 30ull * 1000000000ull) die("%s: replies stopped arriving", label);
        for (int e = 0; e < n; e++) {
            struct conn *c = evs[e].data.ptr;
            ssize_t r = read(c->fd, buf, sizeof buf);
            if (r < 0 && errno == EINTR) continue;
            if (r <= 0) die("%s: connection closed by the server (%s)", label, r < 0 ? strerror(errno) : "EOF");
            struct pipe_line_ctx x = { .pt = pt, .now = now_ns() };
            int before = c->inflight;
            scan(c, buf, (size_t)r, pipe_on_line, &x);
            if (x.to_send) send_batch(c, x.to_send);
            if (before > 0 && c->inflight == 0) outstanding--;
        }
    }
    close(ep);
    return NULL;
}

static int run_pipe(int clients, int window, int threads, double duration, double warmup)
{
    if (window < 1 || window > MAX_WINDOW) die("--window must be 1..%d", MAX_WINDOW);
    if (threads < 1) threads = 1;
    if (threads > clients) threads = clients;
    struct conn *conns = calloc((size_t)clients, sizeof *conns);
    for (int i = 0; i < clients; i++)
        if (open_conn(&conns[i], i) < 0) die("%s: connect %d: %s", label, i, strerror(errno));
    struct pipe_thread *pts = calloc((size_t)threads, sizeof *pts);
    pthread_barrier_init(&pipe_barrier, NULL, (unsigned)threads + 1);
    int per = clients / threads, extra = clients % threads, at = 0;
    for (int t = 0; t < threads; t++) {
        pts[t].conns = conns + at;
        pts[t].nconns = per + (t < extra);
        pts[t].window = window;
        at += pts[t].nconns;
    }
    uint64_t t0 = now_ns();
    pipe_t_measure = t0 + (uint64_t)(warmup * 1e9);
    pipe_t_stop = pipe_t_measure + (uint64_t)(duration * 1e9);
    for (int t = 0; t < threads; t++) pthread_create(&pts[t].tid, NULL, pipe_main, &pts[t]);
    pthread_barrier_wait(&pipe_barrier);
    uint64_t replies = 0, errors = 0, replies_total = 0;
    size_t nlat = 0;
    const char *first_error = "";
    for (int t = 0; t < threads; t++) {
        pthread_join(pts[t].tid, NULL);
        replies += pts[t].replies;
        replies_total += pts[t].replies_total;
        errors += pts[t].errors;
        nlat += pts[t].nlat;
        if (!*first_error && pts[t].first_error[0]) first_error = pts[t].first_error;
    }
    uint64_t *all = malloc(sizeof(uint64_t) * (nlat + 1));
    size_t k = 0;
    for (int t = 0; t < threads; t++) {
        memcpy(all + k, pts[t].lat, pts[t].nlat * sizeof *all);
        k += pts[t].nlat;
    }
    for (int i = 0; i < clients; i++) close(conns[i].fd);
    printf("{\"label\": ");
    print_json_string(stdout, label);
    printf(", \"mode\": \"pipe\", \"clients\": %d, \"window\": %d, \"threads\": %d, \"seconds\": %.3f, "
           "\"replies\": %llu, \"replies_total\": %llu, \"requests_per_s\": %.1f, \"errors\": %llu, \"first_error\": ",
           clients, window, threads, duration, (unsigned long long)replies, (unsigned long long)replies_total,
           (double)replies / duration, (unsigned long long)errors);
    print_json_string(stdout, first_error);
    printf(", \"latency\": {");
    print_latency(stdout, all, nlat);
    printf("}}\n");
    return errors ? 1 : 0;
}

/* ---- hold many clients -------------------------------------------------- */

static int run_hold(int count)
{
    struct conn *conns = calloc((size_t)count, sizeof *conns);
    uint64_t t0 = now_ns();
    for (int i = 0; i < count; i++)
        if (open_conn(&conns[i], i) < 0) die("%s: connect %d of %d: %s", label, i, count, strerror(errno));
    double secs = (double)(now_ns() - t0) / 1e9;
    /* Every connection is negotiated, so the server holds all of them. */
    printf("{\"label\": ");
    print_json_string(stdout, label);
    printf(", \"mode\": \"hold\", \"clients\": %d, \"connect_seconds\": %.3f}\n", count, secs);
    fflush(stdout);
    char b[64];
    while (read(0, b, sizeof b) > 0) {
    }
    for (int i = 0; i < count; i++) close(conns[i].fd);
    return 0;
}

/* ---- start-up ----------------------------------------------------------- */

static long rss_kib(pid_t pid)
{
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    long kib = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kib) == 1) break;
    fclose(f);
    return kib;
}

static int run_startup(int repeat, char **cmd)
{
    if (!unix_path) die("--startup needs --unix");
    uint64_t *startup = calloc((size_t)repeat, sizeof *startup);
    uint64_t *rss = calloc((size_t)repeat, sizeof *rss);
    for (int r = 0; r < repeat; r++) {
        unlink(unix_paths[0]);
        uint64_t t0 = now_ns();
        pid_t pid = fork();
        if (pid < 0) die("fork: %s", strerror(errno));
        if (pid == 0) {
            int devnull = open("/dev/null", O_RDWR);
            dup2(devnull, 0);
            dup2(devnull, 1);
            dup2(devnull, 2);
            execvp(cmd[0], cmd);
            _exit(127);
        }
        struct conn c;
        memset(&c, 0, sizeof c);
        for (;;) {
            c.fd = connect_once(0);
            if (c.fd >= 0) break;
            int status;
            if (waitpid(pid, &status, WNOHANG) == pid) die("%s: %s exited before listening", label, cmd[0]);
            if (now_ns() - t0 > 20ull * 1000000000ull) die("%s: no listener after 20 s", label);
            struct timespec ts = { 0, 50000 };
            nanosleep(&ts, NULL);
        }
        read_line(&c, 10000);
        startup[r] = now_ns() - t0;
        static const char caps[] = "{\"execute\": \"qmp_capabilities\"}\n";
        write_all(c.fd, caps, sizeof caps - 1);
        read_line(&c, 10000);
        static const char qv[] = "{\"execute\": \"query-version\"}\n";
        write_all(c.fd, qv, sizeof qv - 1);
        read_line(&c, 10000);
        rss[r] = (uint64_t)rss_kib(pid);
        close(c.fd);
        kill(pid, SIGTERM);
        int status;
        waitpid(pid, &status, 0);
    }
    printf("{\"label\": ");
    print_json_string(stdout, label);
    printf(", \"mode\": \"startup\", \"repeat\": %d, \"to_greeting\": {", repeat);
    print_latency(stdout, startup, (size_t)repeat);
    qsort(rss, (size_t)repeat, sizeof *rss, cmp_u64);
    printf("}, \"idle_rss_kib\": {\"min\": %llu, \"median\": %llu, \"max\": %llu}}\n", (unsigned long long)rss[0],
           (unsigned long long)rss[repeat / 2], (unsigned long long)rss[repeat - 1]);
    return 0;
}

/* ---- main --------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: qmpload (--unix PATH... | --tcp HOST:PORT) [--label TEXT] -e TEMPLATE... MODE\n"
            "  --seq N [--warmup W]\n"
            "  --pipe [--clients C] [--window W] [--threads T] [--duration S] [--warmup-time S] [--oob]\n"
            "  --hold N\n"
            "  --startup K -- CMD [ARG...]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    signal(SIGPIPE, SIG_IGN);
    long seq = 0, warmup = 100, hold = 0, startup = 0;
    int pipe_mode = 0, clients = 1, window = 1, threads = 1;
    double duration = 2.0, warmup_time = 0.3;
    char **cmd = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
#define NEXT() (i + 1 < argc ? argv[++i] : (usage(), (char *)NULL))
        if (!strcmp(a, "--unix")) {
            if (npaths == MAX_PATHS) die("at most %d --unix paths", MAX_PATHS);
            unix_paths[npaths++] = NEXT();
        }
        else if (!strcmp(a, "--tcp")) tcp_addr = NEXT();
        else if (!strcmp(a, "--label")) label = NEXT();
        else if (!strcmp(a, "-e")) {
            if (ntemplates == MAX_TEMPLATES) die("at most %d templates", MAX_TEMPLATES);
            templates[ntemplates++] = NEXT();
        } else if (!strcmp(a, "--seq")) seq = atol(NEXT());
        else if (!strcmp(a, "--warmup")) warmup = atol(NEXT());
        else if (!strcmp(a, "--pipe")) pipe_mode = 1;
        else if (!strcmp(a, "--oob")) enable_oob = 1;
        else if (!strcmp(a, "--clients")) clients = atoi(NEXT());
        else if (!strcmp(a, "--window")) window = atoi(NEXT());
        else if (!strcmp(a, "--threads")) threads = atoi(NEXT());
        else if (!strcmp(a, "--duration")) duration = atof(NEXT());
        else if (!strcmp(a, "--warmup-time")) warmup_time = atof(NEXT());
        else if (!strcmp(a, "--hold")) hold = atol(NEXT());
        else if (!strcmp(a, "--startup")) startup = atol(NEXT());
        else if (!strcmp(a, "--")) {
            cmd = argv + i + 1;
            break;
        } else usage();
#undef NEXT
    }
    if (!unix_path == !tcp_addr) usage();
    if (startup > 0) {
        if (!cmd || !cmd[0]) usage();
        return run_startup((int)startup, cmd);
    }
    if (hold > 0) return run_hold((int)hold);
    if (ntemplates == 0) templates[ntemplates++] = "{\"execute\": \"query-version\"}";
    if (seq > 0) return run_seq(seq, warmup);
    if (pipe_mode) return run_pipe(clients, window, threads, duration, warmup_time);
    usage();
    return 2;
}
