/*
 * fd-holder: the part of systemd's file descriptor store that iommud uses,
 * for the proving-ground VM (busybox, no systemd, no python). It is the C
 * twin of Tests/interop/fd_store.py, plus a control socket and probes.
 *
 *   fd-holder --notify SOCK --control CTL [--log FILE] -- COMMAND [ARG...]
 *   fd-holder --ask CTL WORD [ARG...]
 *
 * The holder binds SOCK (a datagram Unix socket: the NOTIFY_SOCKET of
 * sd_notify(3)) and CTL (a stream Unix socket), starts COMMAND at once and
 * then serves both until `exit`. Its own log (each notify message's first
 * line and name, each command and reply) goes to FILE or stderr; COMMAND
 * inherits the holder's stdin, stdout and stderr.
 *
 * Notify messages, as systemd treats them (FileDescriptorStoreMax=):
 *   FDSTORE=1 + FDNAME=N + descriptors (SCM_RIGHTS): each is kept as N
 *   FDSTOREREMOVE=1 + FDNAME=N: every descriptor kept as N is closed
 *   anything else: logged; descriptors that came with it are closed.
 * Unlike systemd, a descriptor stored twice is kept twice (fd_store.py does
 * the same), so `names` shows a service that stores what it got back.
 *
 * COMMAND is started with NOTIFY_SOCKET=SOCK and, when something is stored,
 * the descriptors as 3, 4, ... (in the order stored), LISTEN_FDS=<count>,
 * LISTEN_FDNAMES=<name>:<name>:... and LISTEN_PID=<its pid>. It is never
 * restarted on its own: its exit is logged and waits for `start`.
 *
 * Control: `fd-holder --ask CTL WORD ARGS` sends one line and prints the
 * one-line reply (exit status 0; 1 when the reply starts with "error";
 * 2 when there is no holder or no reply within 90 s). A socket rather than
 * a FIFO: a request gets its own reply, and a dead holder is an immediate
 * ECONNREFUSED instead of an open(2) that blocks forever. Words:
 *   status              running PID | exited N | signal N | never started
 *   start               started PID (error if running)
 *   kill                SIGKILL, reap: signal 9 (never restarts it)
 *   stop                SIGTERM, reap (SIGKILL after 30 s): exited N ...
 *   wait [SECONDS]      the child's own exit (default 30 s): exited N ...
 *   ready [SECONDS]     READY=1 from the child started last: ready PID
 *   names               the stored names, sorted, one space between them
 *   exit                stop the child if running, close everything: bye
 * Probes on the holder's own copy of the descriptor stored as
 * state.iommufd.ID, so the kernel answers while COMMAND is dead: each
 * replies `ok` or the errno's name (EBUSY, EEXIST, ENOENT, ...):
 *   ioas-alive ID IOAS        IOMMU_IOAS_IOVA_RANGES of IOAS
 *   dev-alive ID DEV          IOMMU_GET_HW_INFO of the device DEV: ok only
 *                             while its cdev is bound to this iommufd
 *   destroy ID OBJ            IOMMU_DESTROY of OBJ: it may succeed!
 *   map-fixed ID IOAS IOVA    IOMMU_IOAS_MAP of one page of anonymous
 *                             memory at IOVA (FIXED_IOVA); when it is
 *                             mapped, IOMMU_IOAS_UNMAP at once, then ok
 * For checking the probes themselves, on descriptors of the holder's own:
 *   open NAME PATH            open PATH read-write, store it as NAME: ok
 *   ioas-alloc ID             IOMMU_IOAS_ALLOC: ok IOAS
 * Numbers are decimal or 0x-hexadecimal.
 *
 * Built static (tests/vm/build-initramfs.sh):
 *   gcc -static -O2 -Wall -Wextra -o fd-holder fd-holder.c
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/iommufd.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_STORED 256
#define MAX_FDS_PER_MESSAGE 64
#define NAME_MAX_LEN 255

struct stored {
	char name[NAME_MAX_LEN + 1];
	int fd;
};

static struct stored store[MAX_STORED];
static int stored_count;

static const char *notify_path, *control_path;
static int notify_fd = -1, control_fd = -1, log_fd = 2;
static char **command;

static pid_t child = -1;        /* running child, or -1 */
static int child_status = -1;   /* wait status of the last one, -1 never */
static int child_ready;         /* READY=1 seen from the running child */
static volatile sig_atomic_t terminate;

/* ---- log ---------------------------------------------------------------- */

static void say(const char *format, ...)
{
	char line[1024];
	struct timespec now;
	va_list ap;
	int n;

	clock_gettime(CLOCK_MONOTONIC, &now);
	n = snprintf(line, sizeof line, "fd-holder [%ld.%03ld]: ", (long)now.tv_sec, now.tv_nsec / 1000000);
	va_start(ap, format);
	vsnprintf(line + n, sizeof line - n - 1, format, ap);
	va_end(ap);
	strcat(line, "\n");
	if (write(log_fd, line, strlen(line)) < 0) {
		/* nowhere else to say it */
	}
}

static const char *errno_name(int e)
{
	static char unknown[16];
	const char *name = strerrorname_np(e);

	if (name)
		return name;
	snprintf(unknown, sizeof unknown, "errno-%d", e);
	return unknown;
}

/* ---- the store ---------------------------------------------------------- */

static void keep(const char *name, int fd)
{
	if (stored_count == MAX_STORED) {
		say("store full: %s (fd %d) closed", name, fd);
		close(fd);
		return;
	}
	for (int i = 0; i < stored_count; i++)
		if (strcmp(store[i].name, name) == 0)
			say("warning: %s is stored again (now %s twice)", name, name);
	snprintf(store[stored_count].name, sizeof store[0].name, "%s", name);
	store[stored_count].fd = fd;
	stored_count++;
}

static int forget(const char *name)
{
	int kept = 0, removed = 0;

	for (int i = 0; i < stored_count; i++) {
		if (strcmp(store[i].name, name) == 0) {
			close(store[i].fd);
			removed++;
		} else {
			store[kept++] = store[i];
		}
	}
	stored_count = kept;
	return removed;
}

/* The descriptor stored last as `name`, or -1. */
static int stored_fd(const char *name)
{
	for (int i = stored_count - 1; i >= 0; i--)
		if (strcmp(store[i].name, name) == 0)
			return store[i].fd;
	return -1;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sorted_names(char *out, size_t size)
{
	const char *names[MAX_STORED];
	size_t used = 0;

	for (int i = 0; i < stored_count; i++)
		names[i] = store[i].name;
	qsort(names, stored_count, sizeof names[0], by_name);
	out[0] = 0;
	for (int i = 0; i < stored_count && used < size; i++)
		used += snprintf(out + used, size - used, "%s%s", i ? " " : "", names[i]);
}

/* ---- notify messages ---------------------------------------------------- */

/* The value of `key` (e.g. "FDNAME=") in the message's lines, or NULL. */
static const char *field(char *text, const char *key, char *value, size_t size)
{
	size_t k = strlen(key);

	for (char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		size_t n = strcspn(line, "\n");
		if (n >= k && strncmp(line, key, k) == 0) {
			snprintf(value, size, "%.*s", (int)(n - k), line + k);
			return value;
		}
	}
	return NULL;
}

/* Takes one datagram; 0 when there was none. */
static int receive_one(void)
{
	char text[4096];
	union {
		struct cmsghdr align;
		char space[CMSG_SPACE(sizeof(int) * MAX_FDS_PER_MESSAGE) + CMSG_SPACE(sizeof(struct ucred))];
	} control;
	struct iovec iov = { .iov_base = text, .iov_len = sizeof text - 1 };
	struct msghdr msg = {
		.msg_iov = &iov, .msg_iovlen = 1,
		.msg_control = control.space, .msg_controllen = sizeof control.space,
	};
	int fds[MAX_FDS_PER_MESSAGE], nfds = 0;
	pid_t sender = 0;
	char name[NAME_MAX_LEN + 1], value[16];
	ssize_t n;

	n = recvmsg(notify_fd, &msg, MSG_DONTWAIT | MSG_CMSG_CLOEXEC);
	if (n < 0) {
		if (errno != EAGAIN && errno != EINTR)
			say("notify socket: recvmsg: %s", errno_name(errno));
		return 0;
	}
	text[n] = 0;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level != SOL_SOCKET)
			continue;
		if (c->cmsg_type == SCM_RIGHTS) {
			int count = (c->cmsg_len - CMSG_LEN(0)) / sizeof(int);
			for (int i = 0; i < count && nfds < MAX_FDS_PER_MESSAGE; i++)
				memcpy(&fds[nfds++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
		} else if (c->cmsg_type == SCM_CREDENTIALS) {
			struct ucred cred;
			memcpy(&cred, CMSG_DATA(c), sizeof cred);
			sender = cred.pid;
		}
	}

	int first_line = (int)strcspn(text, "\n");
	if (!field(text, "FDNAME=", name, sizeof name))
		snprintf(name, sizeof name, "stored");   /* systemd's default */
	if (msg.msg_flags & (MSG_CTRUNC | MSG_TRUNC)) {
		say("from pid %d: \"%.*s\": truncated message, %d descriptor(s) closed", (int)sender, first_line, text, nfds);
		for (int i = 0; i < nfds; i++)
			close(fds[i]);
		return 1;
	}
	if (field(text, "FDSTORE=", value, sizeof value) && strcmp(value, "1") == 0 && nfds > 0) {
		for (int i = 0; i < nfds; i++)
			keep(name, fds[i]);
		say("from pid %d: \"%.*s\" %s: %d descriptor(s) stored (%d in all)", (int)sender, first_line, text, name,
		    nfds, stored_count);
		return 1;
	}
	for (int i = 0; i < nfds; i++)
		close(fds[i]);
	if (field(text, "FDSTOREREMOVE=", value, sizeof value) && strcmp(value, "1") == 0) {
		int removed = forget(name);
		say("from pid %d: \"%.*s\" %s: %d descriptor(s) removed (%d in all)", (int)sender, first_line, text, name,
		    removed, stored_count);
		return 1;
	}
	if (field(text, "READY=", value, sizeof value) && strcmp(value, "1") == 0 && child > 0
	    && (sender == 0 || sender == child))
		child_ready = 1;
	/* The whole message, newlines shown as " | ": it is short (STATUS=...). */
	for (char *p = text; *p; p++)
		if (*p == '\n')
			*p = '|';
	say("from pid %d: \"%s\"%s", (int)sender, text, nfds ? " (descriptors closed)" : "");
	return 1;
}

static void drain_notify(void)
{
	while (receive_one())
		;
}

/* ---- the child ---------------------------------------------------------- */

static void describe_status(int status, char *out, size_t size)
{
	if (status < 0)
		snprintf(out, size, "never started");
	else if (WIFEXITED(status))
		snprintf(out, size, "exited %d", WEXITSTATUS(status));
	else
		snprintf(out, size, "signal %d", WTERMSIG(status));
}

/* Reaps the child if it has exited; 1 when it is (now) gone. */
static int reap(void)
{
	char what[32];
	int status;

	if (child < 0)
		return 1;
	if (waitpid(child, &status, WNOHANG) != child)
		return 0;
	child_status = status;
	describe_status(status, what, sizeof what);
	say("child %d: %s", (int)child, what);
	child = -1;
	child_ready = 0;
	drain_notify();   /* what it sent before it went */
	return 1;
}

/* Waits up to `ms` for the child to be gone, taking notify messages meanwhile. */
static int wait_gone(int ms)
{
	struct pollfd p = { .fd = notify_fd, .events = POLLIN };

	for (int waited = 0;; waited += 20) {
		drain_notify();
		if (reap())
			return 1;
		if (waited >= ms)
			return 0;
		poll(&p, 1, 20);
	}
}

static void start_child(void)
{
	pid_t pid = fork();

	if (pid < 0) {
		say("fork: %s", errno_name(errno));
		return;
	}
	if (pid == 0) {
		/* Every stored descriptor out of the way first (above every
		 * number in use, close-on-exec), then onto 3, 4, ... */
		int floor = 3 + stored_count, high[MAX_STORED];
		char number[32], names[MAX_STORED * (NAME_MAX_LEN + 1)];
		size_t used = 0;

		for (int i = 0; i < stored_count; i++)
			if (store[i].fd >= floor)
				floor = store[i].fd + 1;
		if (notify_fd >= floor) floor = notify_fd + 1;
		if (control_fd >= floor) floor = control_fd + 1;
		if (log_fd >= floor) floor = log_fd + 1;
		for (int i = 0; i < stored_count; i++) {
			high[i] = fcntl(store[i].fd, F_DUPFD_CLOEXEC, floor);
			if (high[i] < 0) {
				say("child: F_DUPFD_CLOEXEC: %s", errno_name(errno));
				_exit(127);
			}
		}
		names[0] = 0;
		for (int i = 0; i < stored_count; i++) {
			if (dup2(high[i], 3 + i) < 0) {
				say("child: dup2: %s", errno_name(errno));
				_exit(127);
			}
			used += snprintf(names + used, sizeof names - used, "%s%s", i ? ":" : "", store[i].name);
		}
		setenv("NOTIFY_SOCKET", notify_path, 1);
		if (stored_count > 0) {
			snprintf(number, sizeof number, "%d", stored_count);
			setenv("LISTEN_FDS", number, 1);
			setenv("LISTEN_FDNAMES", names, 1);
			snprintf(number, sizeof number, "%d", (int)getpid());
			setenv("LISTEN_PID", number, 1);
		} else {
			unsetenv("LISTEN_FDS");
			unsetenv("LISTEN_FDNAMES");
			unsetenv("LISTEN_PID");
		}
		signal(SIGPIPE, SIG_DFL);
		execvp(command[0], command);
		say("child: exec %s: %s", command[0], errno_name(errno));
		_exit(127);
	}
	child = pid;
	child_ready = 0;
	say("child %d: started %s with %d stored descriptor(s)", (int)pid, command[0], stored_count);
}

/* ---- probes ------------------------------------------------------------- */

static int number(const char *text, uint64_t *out)
{
	char *end;

	if (!text || !*text)
		return 0;
	errno = 0;
	*out = strtoull(text, &end, 0);
	return errno == 0 && *end == 0;
}

static int iommufd_of(const char *id, char *reply, size_t size)
{
	char name[NAME_MAX_LEN + 1];
	int fd;

	snprintf(name, sizeof name, "state.iommufd.%s", id);
	fd = stored_fd(name);
	if (fd < 0)
		snprintf(reply, size, "error: no %s stored", name);
	return fd;
}

static void ioas_alive(int fd, uint32_t ioas, char *reply, size_t size)
{
	struct iommu_iova_range ranges[64];
	struct iommu_ioas_iova_ranges cmd = {
		.size = sizeof cmd, .ioas_id = ioas, .num_iovas = 64, .allowed_iovas = (uintptr_t)ranges,
	};

	if (ioctl(fd, IOMMU_IOAS_IOVA_RANGES, &cmd) < 0) {
		snprintf(reply, size, "%s", errno_name(errno));
		return;
	}
	say("IOAS %u: %u allowed ranges, alignment %llu", ioas, cmd.num_iovas,
	    (unsigned long long)cmd.out_iova_alignment);
	snprintf(reply, size, "ok");
}

static void dev_alive(int fd, uint32_t dev, char *reply, size_t size)
{
	uint8_t data[256];
	struct iommu_hw_info cmd = {
		.size = sizeof cmd, .dev_id = dev, .data_len = sizeof data, .data_uptr = (uintptr_t)data,
	};

	if (ioctl(fd, IOMMU_GET_HW_INFO, &cmd) < 0) {
		snprintf(reply, size, "%s", errno_name(errno));
		return;
	}
	say("device %u: hardware info type %u", dev, cmd.out_data_type);
	snprintf(reply, size, "ok");
}

static void destroy(int fd, uint32_t id, char *reply, size_t size)
{
	struct iommu_destroy cmd = { .size = sizeof cmd, .id = id };

	snprintf(reply, size, "%s", ioctl(fd, IOMMU_DESTROY, &cmd) < 0 ? errno_name(errno) : "ok");
}

static void map_fixed(int fd, uint32_t ioas, uint64_t iova, char *reply, size_t size)
{
	long page = sysconf(_SC_PAGESIZE);
	void *memory = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct iommu_ioas_map map = {
		.size = sizeof map, .ioas_id = ioas, .length = page, .iova = iova,
		.flags = IOMMU_IOAS_MAP_FIXED_IOVA | IOMMU_IOAS_MAP_READABLE | IOMMU_IOAS_MAP_WRITEABLE,
	};

	if (memory == MAP_FAILED) {
		snprintf(reply, size, "error: mmap: %s", errno_name(errno));
		return;
	}
	memset(memory, 0x5a, page);
	map.user_va = (uintptr_t)memory;
	if (ioctl(fd, IOMMU_IOAS_MAP, &map) < 0) {
		snprintf(reply, size, "%s", errno_name(errno));
	} else {
		struct iommu_ioas_unmap unmap = { .size = sizeof unmap, .ioas_id = ioas, .iova = iova, .length = page };
		if (ioctl(fd, IOMMU_IOAS_UNMAP, &unmap) < 0)
			snprintf(reply, size, "error: mapped, but IOMMU_IOAS_UNMAP: %s", errno_name(errno));
		else
			snprintf(reply, size, "ok");
	}
	munmap(memory, page);
}

static void ioas_alloc(int fd, char *reply, size_t size)
{
	struct iommu_ioas_alloc cmd = { .size = sizeof cmd };

	if (ioctl(fd, IOMMU_IOAS_ALLOC, &cmd) < 0)
		snprintf(reply, size, "%s", errno_name(errno));
	else
		snprintf(reply, size, "ok %u", cmd.out_ioas_id);
}

/* ---- control ------------------------------------------------------------ */

/* Carries out one command line; 1 when the holder is to exit. */
static int run(char *line, char *reply, size_t size)
{
	char *word[5] = { 0 };
	int words = 0;
	uint64_t a, b;
	int fd;

	for (char *w = strtok(line, " \t\r\n"); w && words < 5; w = strtok(NULL, " \t\r\n"))
		word[words++] = w;
	drain_notify();
	reap();
	if (words == 0) {
		snprintf(reply, size, "error: empty command");
	} else if (strcmp(word[0], "status") == 0) {
		if (child > 0)
			snprintf(reply, size, "running %d", (int)child);
		else
			describe_status(child_status, reply, size);
	} else if (strcmp(word[0], "start") == 0) {
		if (child > 0) {
			snprintf(reply, size, "error: running %d", (int)child);
		} else {
			start_child();
			if (child > 0)
				snprintf(reply, size, "started %d", (int)child);
			else
				snprintf(reply, size, "error: fork failed");
		}
	} else if (strcmp(word[0], "kill") == 0 || strcmp(word[0], "stop") == 0) {
		int hard = word[0][0] == 'k';
		if (child < 0) {
			snprintf(reply, size, "error: not running");
		} else {
			kill(child, hard ? SIGKILL : SIGTERM);
			if (!wait_gone(hard ? 10000 : 30000) && !hard) {
				say("child %d: still running 30 s after SIGTERM: SIGKILL", (int)child);
				kill(child, SIGKILL);
				wait_gone(10000);
			}
			if (child > 0)
				snprintf(reply, size, "error: %d does not go", (int)child);
			else
				describe_status(child_status, reply, size);
		}
	} else if (strcmp(word[0], "wait") == 0) {
		uint64_t seconds = 30;
		if (words > 1 && !number(word[1], &seconds))
			snprintf(reply, size, "error: wait [SECONDS]");
		else if (child < 0 || wait_gone(seconds * 1000))
			describe_status(child_status, reply, size);
		else
			snprintf(reply, size, "error: still running %d", (int)child);
	} else if (strcmp(word[0], "ready") == 0) {
		uint64_t seconds = 30;
		struct pollfd p = { .fd = notify_fd, .events = POLLIN };
		if (words > 1 && !number(word[1], &seconds)) {
			snprintf(reply, size, "error: ready [SECONDS]");
		} else {
			for (uint64_t waited = 0; child > 0 && !child_ready && waited < seconds * 1000; waited += 20) {
				poll(&p, 1, 20);
				drain_notify();
				reap();
			}
			if (child_ready)
				snprintf(reply, size, "ready %d", (int)child);
			else if (child < 0)
				snprintf(reply, size, "error: not running");
			else
				snprintf(reply, size, "error: no READY=1 after %llu s", (unsigned long long)seconds);
		}
	} else if (strcmp(word[0], "names") == 0) {
		sorted_names(reply, size);
	} else if (strcmp(word[0], "exit") == 0) {
		snprintf(reply, size, "bye");
		return 1;
	} else if (strcmp(word[0], "ioas-alive") == 0 && words == 3) {
		if ((fd = iommufd_of(word[1], reply, size)) >= 0) {
			if (number(word[2], &a) && a <= UINT32_MAX)
				ioas_alive(fd, a, reply, size);
			else
				snprintf(reply, size, "error: ioas-alive ID IOAS");
		}
	} else if (strcmp(word[0], "dev-alive") == 0 && words == 3) {
		if ((fd = iommufd_of(word[1], reply, size)) >= 0) {
			if (number(word[2], &a) && a <= UINT32_MAX)
				dev_alive(fd, a, reply, size);
			else
				snprintf(reply, size, "error: dev-alive ID DEV");
		}
	} else if (strcmp(word[0], "destroy") == 0 && words == 3) {
		if ((fd = iommufd_of(word[1], reply, size)) >= 0) {
			if (number(word[2], &a) && a <= UINT32_MAX)
				destroy(fd, a, reply, size);
			else
				snprintf(reply, size, "error: destroy ID OBJ");
		}
	} else if (strcmp(word[0], "map-fixed") == 0 && words == 4) {
		if ((fd = iommufd_of(word[1], reply, size)) >= 0) {
			if (number(word[2], &a) && a <= UINT32_MAX && number(word[3], &b))
				map_fixed(fd, a, b, reply, size);
			else
				snprintf(reply, size, "error: map-fixed ID IOAS IOVA");
		}
	} else if (strcmp(word[0], "ioas-alloc") == 0 && words == 2) {
		if ((fd = iommufd_of(word[1], reply, size)) >= 0)
			ioas_alloc(fd, reply, size);
	} else if (strcmp(word[0], "open") == 0 && words == 3) {
		fd = open(word[2], O_RDWR | O_CLOEXEC);
		if (fd < 0) {
			snprintf(reply, size, "%s", errno_name(errno));
		} else {
			keep(word[1], fd);
			snprintf(reply, size, "ok");
		}
	} else {
		snprintf(reply, size, "error: unknown command or arguments: %s", word[0]);
	}
	return 0;
}

static int serve_control(void)
{
	char line[512], reply[MAX_STORED * (NAME_MAX_LEN + 2)];
	struct timeval timeout = { .tv_sec = 5 };
	size_t got = 0;
	int done = 0;
	int client = accept4(control_fd, NULL, NULL, SOCK_CLOEXEC);

	if (client < 0)
		return 0;
	setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
	while (got < sizeof line - 1 && !memchr(line, '\n', got)) {
		ssize_t n = read(client, line + got, sizeof line - 1 - got);
		if (n <= 0)
			break;
		got += n;
	}
	line[got] = 0;
	line[strcspn(line, "\n")] = 0;
	say("command: %s", line);
	{
		char copy[sizeof line];
		snprintf(copy, sizeof copy, "%s", line);
		done = run(copy, reply, sizeof reply);
	}
	say("reply: %s", reply);
	strcat(reply, "\n");
	if (write(client, reply, strlen(reply)) < 0)
		say("reply not sent: %s", errno_name(errno));
	close(client);
	return done;
}

static int bind_unix(int type, const char *path)
{
	struct sockaddr_un address = { .sun_family = AF_UNIX };
	int fd;

	if (strlen(path) >= sizeof address.sun_path) {
		fprintf(stderr, "fd-holder: %s: path too long\n", path);
		exit(2);
	}
	strcpy(address.sun_path, path);
	unlink(path);
	fd = socket(AF_UNIX, type | SOCK_CLOEXEC, 0);
	if (fd < 0 || bind(fd, (struct sockaddr *)&address, sizeof address) < 0) {
		fprintf(stderr, "fd-holder: bind %s: %s\n", path, errno_name(errno));
		exit(2);
	}
	return fd;
}

/* ---- the client (--ask) ------------------------------------------------- */

static int ask(const char *path, int argc, char **argv)
{
	struct sockaddr_un address = { .sun_family = AF_UNIX };
	struct timeval timeout = { .tv_sec = 90 };
	char line[512] = "", reply[MAX_STORED * (NAME_MAX_LEN + 2)];
	size_t used = 0, got = 0;
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);

	snprintf(address.sun_path, sizeof address.sun_path, "%s", path);
	if (fd < 0 || connect(fd, (struct sockaddr *)&address, sizeof address) < 0) {
		fprintf(stderr, "fd-holder --ask: %s: %s\n", path, errno_name(errno));
		return 2;
	}
	for (int i = 0; i < argc && used < sizeof line; i++)
		used += snprintf(line + used, sizeof line - used, "%s%s", i ? " " : "", argv[i]);
	if (used >= sizeof line - 1) {
		fprintf(stderr, "fd-holder --ask: command too long\n");
		return 2;
	}
	strcat(line, "\n");
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
	if (write(fd, line, strlen(line)) < 0) {
		fprintf(stderr, "fd-holder --ask: write: %s\n", errno_name(errno));
		return 2;
	}
	shutdown(fd, SHUT_WR);
	for (ssize_t n; got < sizeof reply - 1 && (n = read(fd, reply + got, sizeof reply - 1 - got)) > 0;)
		got += n;
	reply[got] = 0;
	if (got == 0 || reply[got - 1] != '\n') {
		fprintf(stderr, "fd-holder --ask: no reply to \"%s\" (%s)\n", argv[0], got ? "cut short" : errno_name(errno));
		return 2;
	}
	fputs(reply, stdout);
	return strncmp(reply, "error", 5) == 0;
}

/* ---- main --------------------------------------------------------------- */

static void on_signal(int signal)
{
	(void)signal;
	terminate = 1;
}

static void usage(void)
{
	fprintf(stderr, "usage: fd-holder --notify SOCK --control CTL [--log FILE] -- COMMAND [ARG...]\n"
			"       fd-holder --ask CTL WORD [ARG...]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	const char *log_path = NULL;
	struct sigaction action = { .sa_handler = on_signal };
	int i, one = 1;

	if (argc >= 4 && strcmp(argv[1], "--ask") == 0)
		return ask(argv[2], argc - 3, argv + 3);
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0) {
			command = argv + i + 1;
			break;
		} else if (i + 1 < argc && strcmp(argv[i], "--notify") == 0) {
			notify_path = argv[++i];
		} else if (i + 1 < argc && strcmp(argv[i], "--control") == 0) {
			control_path = argv[++i];
		} else if (i + 1 < argc && strcmp(argv[i], "--log") == 0) {
			log_path = argv[++i];
		} else {
			usage();
		}
	}
	if (!notify_path || !control_path || !command || !command[0])
		usage();
	if (notify_path[0] != '/') {
		fprintf(stderr, "fd-holder: --notify must be an absolute path (iommud's fd store wants one)\n");
		return 2;
	}
	if (log_path) {
		log_fd = open(log_path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (log_fd < 0) {
			fprintf(stderr, "fd-holder: %s: %s\n", log_path, errno_name(errno));
			return 2;
		}
	}
	signal(SIGPIPE, SIG_IGN);
	sigaction(SIGTERM, &action, NULL);
	sigaction(SIGINT, &action, NULL);

	notify_fd = bind_unix(SOCK_DGRAM, notify_path);
	setsockopt(notify_fd, SOL_SOCKET, SO_PASSCRED, &one, sizeof one);
	/* The control socket last: once it exists, the holder is ready. */
	control_fd = bind_unix(SOCK_STREAM, control_path);
	if (listen(control_fd, 8) < 0) {
		say("listen %s: %s", control_path, errno_name(errno));
		return 2;
	}
	start_child();
	say("notify socket %s, control socket %s", notify_path, control_path);

	for (int done = 0; !done && !terminate;) {
		struct pollfd p[2] = { { .fd = notify_fd, .events = POLLIN }, { .fd = control_fd, .events = POLLIN } };
		poll(p, 2, 200);
		drain_notify();
		reap();
		if (p[1].revents & POLLIN)
			done = serve_control();
	}
	if (child > 0) {
		say("child %d: SIGTERM at exit", (int)child);
		kill(child, SIGTERM);
		if (!wait_gone(30000)) {
			kill(child, SIGKILL);
			wait_gone(10000);
		}
	}
	drain_notify();
	say("exit: %d descriptor(s) closed", stored_count);
	for (i = 0; i < stored_count; i++)
		close(store[i].fd);
	unlink(control_path);
	unlink(notify_path);
	return 0;
}
