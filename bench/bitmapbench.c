/*
 * bitmapbench: the dirty-bitmap benchmark of issue 7, end to end through QMP.
 *
 * Against an iommud on the simulated kernel it sets up an IOAS whose IOVA
 * range [4 GiB, 4 GiB + --size) is mapped without a hole (one 64 MiB memfd
 * mapped once and copied over the rest, as guest RAM would fill it in a VM
 * that large:
 * since Linux 6.12.118 a read across a hole fails with EINVAL), binds and
 * attaches a device whose IOMMU tracks dirty pages, starts dirty tracking,
 * and then, per round:
 *   1. (untimed) plays the device writing --dirty-pages pages by DMA
 *      (x-sim-dma-write), spread over the mapping;
 *   2. (timed) creates a memfd, passes it with SCM_RIGHTS and getfd, and asks
 *      iommufd-hwpt-get-dirty-bitmap for the --size bytes (default 1 TiB)
 *      at 4 KiB pages, the bitmap going into the memfd;
 *   3. (untimed) maps the memfd and checks that exactly the written pages are
 *      set.
 * Prints one JSON line: p50/p90/min/max of step 2 in microseconds, the bitmap
 * size and the dirty count.
 *
 * Usage: bitmapbench --unix PATH [--rounds N] [--size BYTES] [--dirty-pages N]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static char inbuf[1 << 16];
static size_t inlen;

static void die(const char *what)
{
	fprintf(stderr, "bitmapbench: %s: %s\n", what, strerror(errno));
	exit(1);
}

/* One QMP message (the server ends each with CRLF) into out. */
static void read_message(int sock, char *out, size_t cap)
{
	for (;;) {
		char *end = memmem(inbuf, inlen, "\r\n", 2);
		if (end) {
			size_t n = (size_t)(end - inbuf);
			if (n >= cap)
				n = cap - 1;
			memcpy(out, inbuf, n);
			out[n] = 0;
			size_t used = (size_t)(end - inbuf) + 2;
			memmove(inbuf, inbuf + used, inlen - used);
			inlen -= used;
			return;
		}
		ssize_t r = read(sock, inbuf + inlen, sizeof(inbuf) - inlen);
		if (r <= 0)
			die("read");
		inlen += (size_t)r;
	}
}

/* Sends a command (with fd attached when fd >= 0) and returns its reply;
 * exits on an error reply unless allow_error. */
static void command(int sock, const char *json, int fd, char *reply, size_t cap, int allow_error)
{
	struct iovec iov = { .iov_base = (void *)json, .iov_len = strlen(json) };
	char control[CMSG_SPACE(sizeof(int))];
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (fd >= 0) {
		memset(control, 0, sizeof(control));
		msg.msg_control = control;
		msg.msg_controllen = sizeof(control);
		struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof(int));
	}
	if (sendmsg(sock, &msg, MSG_NOSIGNAL) != (ssize_t)iov.iov_len)
		die("sendmsg");
	read_message(sock, reply, cap);
	if (!allow_error && strstr(reply, "\"error\"")) {
		fprintf(stderr, "bitmapbench: %s -> %s\n", json, reply);
		exit(1);
	}
}

static double now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e6 + (double)t.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	const char *path = NULL;
	int rounds = 10;
	uint64_t size = 1ULL << 40, dirty = 64;
	/* Above the MSI window (0xfee00000), which VT-d reserves once attached. */
	const uint64_t page = 4096, mapping = 64ULL << 20, base = 4ULL << 30;
	for (int i = 1; i + 1 < argc; i += 2) {
		if (!strcmp(argv[i], "--unix"))
			path = argv[i + 1];
		else if (!strcmp(argv[i], "--rounds"))
			rounds = atoi(argv[i + 1]);
		else if (!strcmp(argv[i], "--size"))
			size = strtoull(argv[i + 1], NULL, 0);
		else if (!strcmp(argv[i], "--dirty-pages"))
			dirty = strtoull(argv[i + 1], NULL, 0);
	}
	if (!path || rounds < 1 || size < mapping || size % mapping || dirty < 1 || dirty > mapping / page) {
		fprintf(stderr, "usage: bitmapbench --unix PATH [--rounds N] [--size BYTES, a multiple of 64 MiB] [--dirty-pages 1..16384]\n");
		return 2;
	}
	int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_un addr = { .sun_family = AF_UNIX };
	snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", path);
	if (sock < 0 || connect(sock, (struct sockaddr *)&addr, sizeof(addr)) != 0)
		die("connect");
	static char reply[1 << 16];
	char cmd[512];
	read_message(sock, reply, sizeof(reply)); /* greeting */
	command(sock, "{\"execute\": \"qmp_capabilities\"}", -1, reply, sizeof(reply), 0);
	command(sock, "{\"execute\": \"object-add\", \"arguments\": {\"qom-type\": \"iommufd\", \"id\": \"bm\"}}", -1, reply, sizeof(reply), 0);
	snprintf(cmd, sizeof(cmd), "{\"execute\": \"object-add\", \"arguments\": {\"qom-type\": \"memory-backend-memfd\", \"id\": \"bmram\", \"size\": %" PRIu64 "}}", mapping);
	command(sock, cmd, -1, reply, sizeof(reply), 0);
	command(sock, "{\"execute\": \"iommufd-ioas-alloc\", \"arguments\": {\"iommufd\": \"bm\"}}", -1, reply, sizeof(reply), 0);
	unsigned ioas = 0, dev = 0, hwpt = 0;
	if (sscanf(strstr(reply, "\"ioas-id\"") ? strstr(reply, "\"ioas-id\"") : "", "\"ioas-id\": %u", &ioas) != 1)
		die("ioas-id");
	/* 4 KiB IO pages, so a written page is exactly one dirty bit (with huge
	 * IO pages a write dirties its whole 2 MiB page, as on Linux). */
	snprintf(cmd, sizeof(cmd), "{\"execute\": \"iommufd-option\", \"arguments\": {\"iommufd\": \"bm\", \"option\": \"huge-pages\", \"ioas-id\": %u, \"value\": 0}}", ioas);
	command(sock, cmd, -1, reply, sizeof(reply), 0);
	snprintf(cmd, sizeof(cmd), "{\"execute\": \"iommufd-ioas-map\", \"arguments\": {\"iommufd\": \"bm\", \"ioas-id\": %u, \"memdev\": \"bmram\", \"size\": %" PRIu64 ", \"iova\": %" PRIu64 "}}", ioas, mapping, base);
	command(sock, cmd, -1, reply, sizeof(reply), 0);
	/* The rest by IOMMU_IOAS_COPY of what is mapped so far, doubling it each
	 * time: copies share the pinned pages, so the memory is pinned once. */
	for (uint64_t mapped = mapping; mapped < size;) {
		uint64_t chunk = mapped < size - mapped ? mapped : size - mapped;
		snprintf(cmd, sizeof(cmd), "{\"execute\": \"iommufd-ioas-copy\", \"arguments\": {\"iommufd\": \"bm\", \"src-ioas-id\": %u, \"src-iova\": %" PRIu64 ", \"size\": %" PRIu64 ", \"dst-ioas-id\": %u, \"dst-iova\": %" PRIu64 "}}", ioas, base, chunk, ioas, base + mapped);
		command(sock, cmd, -1, reply, sizeof(reply), 0);
		mapped += chunk;
	}
	command(sock, "{\"execute\": \"vfio-device-bind\", \"arguments\": {\"iommufd\": \"bm\", \"host\": \"0000:17:00.0\"}}", -1, reply, sizeof(reply), 0);
	if (sscanf(strstr(reply, "\"dev-id\"") ? strstr(reply, "\"dev-id\"") : "", "\"dev-id\": %u", &dev) != 1)
		die("dev-id");
	snprintf(cmd, sizeof(cmd), "{\"execute\": \"vfio-device-attach\", \"arguments\": {\"iommufd\": \"bm\", \"dev-id\": %u, \"pt-id\": %u}}", dev, ioas);
	command(sock, cmd, -1, reply, sizeof(reply), 0);
	if (sscanf(strstr(reply, "\"pt-id\"") ? strstr(reply, "\"pt-id\"") : "", "\"pt-id\": %u", &hwpt) != 1)
		die("pt-id");
	snprintf(cmd, sizeof(cmd), "{\"execute\": \"iommufd-hwpt-set-dirty-tracking\", \"arguments\": {\"iommufd\": \"bm\", \"hwpt-id\": %u, \"enable\": true}}", hwpt);
	command(sock, cmd, -1, reply, sizeof(reply), 0);

	uint64_t bitmap_bytes = (size / page + 63) / 64 * 8;
	double *times = calloc((size_t)rounds, sizeof(double));
	uint64_t stride = (mapping / page) / dirty;
	for (int r = 0; r < rounds; r++) {
		for (uint64_t k = 0; k < dirty; k++) {
			snprintf(cmd, sizeof(cmd), "{\"execute\": \"x-sim-dma-write\", \"arguments\": {\"device\": \"0000:17:00.0\", \"iova\": %" PRIu64 ", \"size\": 8}}", base + k * stride * page);
			command(sock, cmd, -1, reply, sizeof(reply), 0);
		}
		int memfd = memfd_create("bitmap", MFD_CLOEXEC);
		if (memfd < 0)
			die("memfd_create");
		double t0 = now_us();
		command(sock, "{\"execute\": \"getfd\", \"arguments\": {\"fdname\": \"bitmap\"}}", memfd, reply, sizeof(reply), 0);
		snprintf(cmd, sizeof(cmd), "{\"execute\": \"iommufd-hwpt-get-dirty-bitmap\", \"arguments\": {\"iommufd\": \"bm\", \"hwpt-id\": %u, \"iova\": %" PRIu64 ", \"size\": %" PRIu64 ", \"page-size\": %" PRIu64 ", \"fd\": \"bitmap\"}}", hwpt, base, size, page);
		command(sock, cmd, -1, reply, sizeof(reply), 0);
		times[r] = now_us() - t0;
		uint64_t reported = 0;
		const char *p = strstr(reply, "\"dirty-pages\"");
		if (!p || sscanf(p, "\"dirty-pages\": %" SCNu64, &reported) != 1 || reported != dirty) {
			fprintf(stderr, "bitmapbench: expected %" PRIu64 " dirty pages: %s\n", dirty, reply);
			return 1;
		}
		uint64_t *bits = mmap(NULL, bitmap_bytes, PROT_READ, MAP_SHARED, memfd, 0);
		if (bits == MAP_FAILED)
			die("mmap");
		uint64_t set = 0;
		for (uint64_t k = 0; k < dirty; k++) {
			uint64_t bit = k * stride;
			set += (bits[bit / 64] >> (bit % 64)) & 1;
		}
		munmap(bits, bitmap_bytes);
		close(memfd);
		if (set != dirty) {
			fprintf(stderr, "bitmapbench: %" PRIu64 " of %" PRIu64 " written pages set in the bitmap\n", set, dirty);
			return 1;
		}
	}
	qsort(times, (size_t)rounds, sizeof(double), compare);
	printf("{\"label\": \"dirty bitmap\", \"size\": %" PRIu64 ", \"page_size\": %" PRIu64 ", \"bitmap_bytes\": %" PRIu64
	       ", \"dirty_pages\": %" PRIu64 ", \"rounds\": %d, \"p50_us\": %.1f, \"p90_us\": %.1f, \"min_us\": %.1f, \"max_us\": %.1f}\n",
	       size, page, bitmap_bytes, dirty, rounds, times[rounds / 2], times[(rounds * 9) / 10 < rounds ? (rounds * 9) / 10 : rounds - 1],
	       times[0], times[rounds - 1]);
	free(times);
	return 0;
}
