# iommud — build, run and test.
#
#   make run    install what is missing, build (release) and start iommud on ./iommud.sock,
#               on the simulated kernel (KERNEL=host or KERNEL=auto to change that);
#               TOPOLOGY=FILE runs it on the simulated host declared in FILE
#               (docs/sim-topology.md)
#   make test   install what is missing, build and run every test, including
#               vm-test (a real kernel under QEMU)
#   make check  the Swift tests only: no interoperability suite, no VM
#   make gen    regenerate code and docs from schema/ and tracing/trace-events
#   make trace-demo  record the demo's trace events with a private LTTng session
#                    daemon and print them with babeltrace2
#   make bench  run the benchmarks (not part of the tests)
#   make soak   SOAK_CLIENTS (1000) concurrent QMP clients against one release
#               iommud on the simulated kernel for SOAK_SECONDS (600), events
#               flowing, RSS and descriptors sampled (tests/soak/soak.py,
#               docs/reliability.md); summary in .build/soak.json. make test
#               runs a 25 s one (Tests/interop/test_soak.py)
#   make vm-kernel  build (or take from ~/.cache/iommud) the proving-ground kernels
#                   (Debian's 6.12 and newest 7.x; VM_KERNELS="6.12 7")
#   make vm-qemu    build (or take from ~/.cache/iommud) a QEMU >= 10.1 with the
#                   vfio-user-pci device, from Debian's newer qemu source package
#                   (tests/vm/build-qemu.sh); prints the qemu-system-x86_64 path
#   make vm-test    boot each under QEMU, run iommud and the conformance suite
#                   against it (tests/vm/README.md)
#   make vm-qemu-client  QEMU (vm-qemu) as a vfio-user client of a device
#                   iommud serves, booting that kernel (part of make test)
#   make fuzz       build the libFuzzer targets (fuzz/, ASan) and run each for
#                   FUZZ_SECONDS (60) on a copy of its corpus (docs/reliability.md)
#   make fuzz-smoke the same for FUZZ_SMOKE_SECONDS (5) each (part of make test)
#   make fuzz-merge run each for FUZZ_SECONDS and fold new inputs into fuzz/corpus
#   make install    build (release) and install iommud, iommuctl, their man
#                   pages, the systemd units, a commented configuration file
#                   and the Python client: PREFIX=/usr/local DESTDIR= (staging)
#                   SYSCONFDIR= UNITDIR= INSTALL_CONFIG=release|debug

SWIFT       ?= swift
SOCKET      ?= ./iommud.sock
KERNEL      ?= sim
TOPOLOGY    ?=
APT_PACKAGES = liblttng-ust-dev pkg-config python3-venv lttng-tools babeltrace2 python3-bt2
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
VENV        := .venv
TRACE_DIR   ?= .build/trace-demo-trace

# Every process that links the LTTng-UST provider waits, at start, up to this
# many ms for a session daemon to answer (liblttng-ust's default is 3000). No
# daemon costs nothing; a hung one would cost the full wait on every start.
# 200 ms bounds that and still lets a healthy daemon register the process well
# before main() (see README, Tracing). The tracing tests use 10000 for the one
# process they trace (tracing/lttng-private-session.sh).
export LTTNG_UST_REGISTER_TIMEOUT ?= 200

.PHONY: vm-deps vm-kernel vm-qemu vm-test vm-qemu-client
.PHONY: all deps build release run test check gen gen-check interop bench soak clean trace-demo bench-tools bench-qemu bench-build bench-profile
.PHONY: install man install-check
.PHONY: fuzz fuzz-build fuzz-smoke fuzz-merge

PREFIX         ?= /usr/local
DESTDIR        ?=
BINDIR         ?= $(PREFIX)/bin
MANDIR         ?= $(PREFIX)/share/man
SYSCONFDIR     ?= $(if $(filter /usr,$(PREFIX)),/etc,$(PREFIX)/etc)
UNITDIR        ?= $(PREFIX)/lib/systemd/system
INSTALL_CONFIG ?= release
MAN_DIR        := .build/man

all: build

# $(call install-missing,PACKAGES): apt-get installs those of PACKAGES that
# are not installed yet, so a repeated run costs one dpkg query a package.
define install-missing
missing=""; for p in $(1); do \
  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
done; \
if [ -n "$$missing" ]; then \
  echo "installing:$$missing"; \
  $(SUDO) apt-get update -qq && \
  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
fi
endef

deps:
	@$(call install-missing,$(APT_PACKAGES))
	@# <linux/iommufd.h> needs linux-libc-dev >= 6.12: Debian 12 has 6.1, its
	@# backports suite 6.12. Add that suite from the mirror apt already uses
	@# (never trixie or sid: those would upgrade libc6).
	@if ! dpkg --compare-versions "$$(dpkg-query -W -f='$${Version}' linux-libc-dev 2>/dev/null || echo 0)" ge 6.12; then \
	  echo "installing linux-libc-dev >= 6.12 from bookworm-backports"; \
	  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then \
	    uri=$$(awk '/^URIs:/ {print $$2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null); \
	    [ -n "$$uri" ] || uri=$$(awk '$$1 == "deb" && $$3 == "bookworm" {print $$2; exit}' /etc/apt/sources.list 2>/dev/null); \
	    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$$uri" \
	      | $(SUDO) tee /etc/apt/sources.list.d/bookworm-backports.sources >/dev/null; \
	  fi; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends -t bookworm-backports linux-libc-dev; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# Man pages from the argument parsers (swift-argument-parser's
# generate-manual plugin): iommuctl(1), and iommud in section 8.
man: deps
	rm -rf $(MAN_DIR) && mkdir -p $(MAN_DIR)
	$(SWIFT) package --allow-writing-to-directory $(MAN_DIR) generate-manual --section 1 --output-directory $(MAN_DIR) \
	  --authors "the iommud authors"
	sed -e 's/^\.Dt IOMMUD 1/.Dt IOMMUD 8/' $(MAN_DIR)/iommud.1 > $(MAN_DIR)/iommud.8 && rm $(MAN_DIR)/iommud.1

install: deps man $(VENV)/bin/qmp-shell
	$(SWIFT) build -c $(INSTALL_CONFIG) --product iommud
	$(SWIFT) build -c $(INSTALL_CONFIG) --product iommuctl
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man8 $(DESTDIR)$(UNITDIR) \
	  $(DESTDIR)$(SYSCONFDIR)/iommud
	install -m 0755 .build/$(INSTALL_CONFIG)/iommud .build/$(INSTALL_CONFIG)/iommuctl $(DESTDIR)$(BINDIR)/
	install -m 0644 $(MAN_DIR)/iommuctl.1 $(DESTDIR)$(MANDIR)/man1/
	install -m 0644 $(MAN_DIR)/iommud.8 $(DESTDIR)$(MANDIR)/man8/
	sed -e 's|@BINDIR@|$(BINDIR)|g' -e 's|@SYSCONFDIR@|$(SYSCONFDIR)|g' contrib/systemd/iommud.service.in \
	  > $(DESTDIR)$(UNITDIR)/iommud.service
	install -m 0644 contrib/systemd/iommud.socket contrib/systemd/iommud-readonly.socket $(DESTDIR)$(UNITDIR)/
	[ -e $(DESTDIR)$(SYSCONFDIR)/iommud/iommud.conf ] || \
	  install -m 0644 contrib/systemd/iommud.conf $(DESTDIR)$(SYSCONFDIR)/iommud/iommud.conf
	$(VENV)/bin/pip install -q --no-deps --prefix $(PREFIX) $(if $(DESTDIR),--root $(DESTDIR)) ./clients/python

run: release
	exec .build/release/iommud --kernel $(KERNEL) $(if $(TOPOLOGY),--sim-topology $(TOPOLOGY)) --qmp unix:$(SOCKET)

gen: deps
	$(SWIFT) build --product qapi-gen
	.build/debug/qapi-gen
	.build/debug/qapi-gen --schema Tests/Fixtures/qapi/good/all-features.json --suppress-tracing --python-client '' --command-help '' --swift-client '' \
	  --swift-output Tests/Support/QAPITestAPI/Generated --docs Tests/Fixtures/qapi/good/all-features.md
	$(SWIFT) build --product trace-gen
	.build/debug/trace-gen
	@# Golden outputs of the generator (Tests/TracingTests); review their diff.
	for g in tracetool constructs; do d=Tests/TracingTests/Fixtures/good/$$g; \
	  .build/debug/trace-gen --events $$d/trace-events --c-output $$d/expected --swift-output $$d/expected || exit 1; \
	done

# Every target must declare each package module it imports.
IMPORT_CHECK = --explicit-target-dependency-import-check error

check: deps
	$(SWIFT) build --build-tests $(IMPORT_CHECK)
	$(SWIFT) test --skip-build

$(VENV)/bin/qmp-shell: | deps
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q qemu.qmp==0.0.6 pytest

# QEMU 10 (bench-qemu) for test_json_vs_qemu.py, which sends the same bytes
# to iommud and to QEMU and compares the replies.
# The generated Python client (clients/python) is installed into the venv,
# as a user would pip-install it; the tests import it from the tree.
$(VENV)/.iommud-client: clients/python/pyproject.toml clients/python/iommud_client/*.py | $(VENV)/bin/qmp-shell
	$(VENV)/bin/pip install -q ./clients/python
	touch $@

interop: $(VENV)/bin/qmp-shell $(VENV)/.iommud-client bench-tools bench-qemu
	$(SWIFT) build --product iommud
	$(SWIFT) build --product iommuctl
	$(SWIFT) build --product trace-demo
	$(SWIFT) build --product qapi-gen
	$(SWIFT) build --product vfio-user-probe
	IOMMUD=.build/debug/iommud IOMMUCTL=.build/debug/iommuctl TRACE_DEMO=.build/debug/trace-demo \
	  VFIO_USER_PROBE=.build/debug/vfio-user-probe \
	  QAPI_GEN=.build/debug/qapi-gen \
	  QMPLOAD=$(BENCH_C)/qmpload FLOOR=$(BENCH_C)/floor BITMAPBENCH=$(BENCH_C)/bitmapbench \
	  $(VENV)/bin/pytest -q Tests/interop

# The demo's events, recorded by a private session daemon (enable qemu:*,
# large channel) and printed by babeltrace2.
trace-demo: deps
	$(SWIFT) build --product trace-demo
	rm -rf $(TRACE_DIR)
	tracing/lttng-private-session.sh $(TRACE_DIR) .build/debug/trace-demo
	babeltrace2 $(TRACE_DIR)

test: check interop install-check vm-test vm-qemu-client fuzz-smoke

# make install into a staging directory (debug build): every file where it
# belongs, the man pages readable, the units accepted by systemd-analyze
# verify (where it exists), the installed Python client importable.
INSTALL_CHECK := .build/install-check
install-check:
	rm -rf $(INSTALL_CHECK)
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(INSTALL_CHECK)) PREFIX=/usr INSTALL_CONFIG=debug
	tests/install-check.sh $(abspath $(INSTALL_CHECK))

# The soak (docs/reliability.md, Soak): the driver starts the release daemon
# itself with --max-clients and --max-objects above what its clients need,
# and raises its descriptor limit (the daemon inherits it) within the hard one.
SOAK_SECONDS ?= 600
SOAK_CLIENTS ?= 1000
soak: deps
	$(SWIFT) build -c release --product iommud
	python3 tests/soak/soak.py --iommud .build/release/iommud --clients $(SOAK_CLIENTS) \
	  --seconds $(SOAK_SECONDS) --json .build/soak.json

# Benchmarks (bench/README.md, docs/performance.md). Swift is built in its own
# scratch path so a half-finished edit elsewhere cannot mix into the numbers;
# the C tools (load generator, floor server, json-c micro-benchmark) with gcc.
# json-c is for that benchmark only (the comparison with iommud's parser,
# bench/json-bench): nothing else uses it.
BENCH_SCRATCH ?= .build-bench
BENCH_C       := $(BENCH_SCRATCH)/c
BENCH_TOOLS   := $(BENCH_C)/qmpload $(BENCH_C)/floor $(BENCH_C)/jsonc_bench $(BENCH_C)/bitmapbench
BENCH_CFLAGS  ?= -O2 -g -Wall -Wextra
BENCH_ARGS    ?=

$(BENCH_C)/qmpload $(BENCH_C)/floor $(BENCH_C)/bitmapbench: $(BENCH_C)/%: bench/%.c | deps
	@mkdir -p $(BENCH_C)
	gcc $(BENCH_CFLAGS) -o $@ $< -lpthread

$(BENCH_C)/jsonc_bench: bench/jsonc_bench.c | deps
	@$(call install-missing,libjson-c-dev)
	@mkdir -p $(BENCH_C)
	gcc $(BENCH_CFLAGS) -o $@ $< $$(pkg-config --cflags --libs json-c)

bench-tools: $(BENCH_TOOLS)

# QEMU 10.0 for the side-by-side QMP comparison: bookworm-backports only (the
# suite `make deps` configures); bookworm's own 7.2 predates QEMU's iommufd.
bench-qemu: deps
	@if ! qemu-system-x86_64 --version 2>/dev/null | grep -q "version 10\."; then \
	  echo "installing qemu-system-x86 10.0 from bookworm-backports"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    -t bookworm-backports qemu-system-x86; \
	fi

bench-build: deps
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product iommud
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product trace-demo
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product iommud-bench
	$(SWIFT) build -c release --scratch-path $(BENCH_SCRATCH) --product json-bench

# One run of everything: prints the table, writes bench/results/latest.json.
# BENCH_ARGS=--quick for a tiny run; see python3 bench/run.py --help.
bench: bench-qemu bench-tools bench-build
	python3 bench/run.py --swift-bin $(BENCH_SCRATCH)/release --c-bin $(BENCH_C) $(BENCH_ARGS)

# The profile docs/performance.md cites: callgrind on the release daemon
# serving a few thousand query-version requests.
bench-profile: bench-tools bench-build
	@$(call install-missing,valgrind)
	bench/profile.sh $(BENCH_SCRATCH)/release/iommud $(BENCH_C)/qmpload

# The real-kernel proving ground (tests/vm/README.md). The kernel source is
# Debian's linux-source-6.12 (bookworm-security, or bookworm-backports, which
# `make deps` configures); QEMU 10 comes from bench-qemu.
VM_APT_PACKAGES = busybox-static flex bison libelf-dev cpio bc
VM_SCRATCH ?= .build

vm-deps: bench-qemu
	@$(call install-missing,$(VM_APT_PACKAGES))

# Both proving-ground kernels (tests/vm/build-kernel.sh): Debian's 6.12 and
# its newest 7.x; VM_KERNELS chooses (make vm-test runs the same list).
VM_KERNELS ?= 6.12 7
export VM_KERNELS
vm-kernel: vm-deps
	for k in $(VM_KERNELS); do tests/vm/build-kernel.sh $$k || exit 1; done

# QEMU with the vfio-user client (>= 10.1: not in bookworm or its backports),
# built from source; its build dependencies are bookworm packages only, which
# the script lists.
vm-qemu:
	@$(call install-missing,$$(tests/vm/build-qemu.sh --packages))
	tests/vm/build-qemu.sh

vm-test: vm-deps
	$(SWIFT) build --build-tests $(if $(filter-out .build,$(VM_SCRATCH)),--scratch-path $(VM_SCRATCH))
	tests/vm/vm-test.sh $(VM_SCRATCH)/debug

# QEMU (vm-qemu) as an unmodified vfio-user client of a device iommud serves
# on the simulated kernel, booting the proving-ground kernel
# (tests/vm/qemu-client.py).
VM_OUT ?= .build/vm
vm-qemu-client: vm-deps vm-qemu
	$(SWIFT) build --product iommud $(if $(filter-out .build,$(VM_SCRATCH)),--scratch-path $(VM_SCRATCH))
	mkdir -p $(VM_OUT)/qemu-client
	tests/vm/build-initramfs.sh $(VM_OUT)/qemu-client/initramfs.cpio.gz tests/vm/jobs/vfiouser-guest.sh
	python3 tests/vm/qemu-client.py "$$(tests/vm/build-qemu.sh)" "$$(tests/vm/build-kernel.sh)" \
	  $(VM_OUT)/qemu-client/initramfs.cpio.gz $(VM_SCRATCH)/debug/iommud $(VM_OUT)/qemu-client

# Fuzzing (fuzz/, docs/reliability.md): each fuzz-* target with libFuzzer and
# AddressSanitizer (LeakSanitizer on), optimised (-c release ran fuzz-json five
# times as many inputs a second as debug), in its own scratch path. SwiftPM's
# --sanitize=fuzzer brings libFuzzer's main; the Swift driver keeps only the
# last -sanitize= it is given, so both sanitizers go in one -Xswiftc.
FUZZ_TARGETS       = json qmp-session qapi-schema trace-events sim-topology sim-ioctl vfio-user
FUZZ_SECONDS       ?= 60
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_BUILD = nice -n 10 $(SWIFT) build --scratch-path .build-fuzz -c release --sanitize=fuzzer \
  -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=address

fuzz-build: deps
	for t in $(FUZZ_TARGETS); do $(FUZZ_BUILD) --product fuzz-$$t || exit 1; done

fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	fuzz/run.sh $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)

# New inputs that add coverage go into the committed corpus (review the diff).
fuzz-merge: fuzz
	for t in $(FUZZ_TARGETS); do \
	  .build-fuzz/release/fuzz-$$t -merge=1 -max_len=8192 fuzz/corpus/$$t .build-fuzz/work/$$t/corpus || exit 1; \
	done

clean:
	rm -rf .build .build-fuzz $(VENV)
