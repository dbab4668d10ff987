/* generated from Tests/TracingTests/Fixtures/good/constructs/trace-events — do not edit (run 'make gen') */
/*
 * What Swift imports: plain wrappers around the 'qemu' tracepoints and
 * static inline guards. Only <stdbool.h> and <stdint.h>; no LTTng header
 * (those define constructors and hidden symbols that belong in one C file).
 *
 * qemu_trace_<name>_ust_enabled(): an LTTng session records qemu:<name>.
 * qemu_trace_<name>_enabled(): that, or the event's dynamic state is on
 * (QEMU's dstate: the in-process log and capture backends want it).
 */
#ifndef QEMU_TRACE_H
#define QEMU_TRACE_H

#include <stdbool.h>
#include <stdint.h>

/* Number of events in the trace-events file, 'disable'd ones included; ids are 0..<count. */
#define QEMU_TRACE_EVENT_COUNT 4

/* Dynamic state per event id; read and written only through the two functions below. */
extern uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];

static inline bool qemu_trace_dstate_get(uint32_t id)
{
    return __atomic_load_n(&qemu_trace_dstate[id], __ATOMIC_RELAXED) != 0;
}

static inline void qemu_trace_dstate_set(uint32_t id, bool on)
{
    __atomic_store_n(&qemu_trace_dstate[id], on ? 1 : 0, __ATOMIC_RELAXED);
}

/* Whether an LTTng session records the event with this id (for trace-event-get-state). */
extern const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT];

static inline bool qemu_trace_ust_enabled_by_id(uint32_t id)
{
    return *qemu_trace_ust_state_by_id[id] != 0;
}

/* 0: test_hex(uint64_t addr, uint32_t flags, int ret) " addr=0x%"PRIx64" flags=0x%x (%d)" */
void qemu_trace_test_hex(uint64_t addr, uint32_t flags, int ret);
extern const volatile int *const qemu_trace_state_test_hex;

static inline bool qemu_trace_test_hex_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_hex != 0, 0);
}

static inline bool qemu_trace_test_hex_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_hex != 0 || qemu_trace_dstate_get(0), 0);
}

/* 1: test_void(void) "" */
void qemu_trace_test_void(void);
extern const volatile int *const qemu_trace_state_test_void;

static inline bool qemu_trace_test_void_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_void != 0, 0);
}

static inline bool qemu_trace_test_void_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_void != 0 || qemu_trace_dstate_get(1), 0);
}

/* 2: test_types(const char *name, char *label, unsigned long start, bool on, uint8_t small, size_t len) "\t%s %s start=%ld on=%d small=%u len=%zu" */
void qemu_trace_test_types(const char *name, const char *label, unsigned long start, bool on, uint8_t small, unsigned long len);
extern const volatile int *const qemu_trace_state_test_types;

static inline bool qemu_trace_test_types_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_types != 0, 0);
}

static inline bool qemu_trace_test_types_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_types != 0 || qemu_trace_dstate_get(2), 0);
}

#endif /* QEMU_TRACE_H */
