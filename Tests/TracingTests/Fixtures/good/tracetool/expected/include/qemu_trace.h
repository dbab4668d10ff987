/* generated from Tests/TracingTests/Fixtures/good/tracetool/trace-events — do not edit (run 'make gen') */
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
#define QEMU_TRACE_EVENT_COUNT 2

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

/* 0: test_blah(void *context, const char *filename) "Blah context=%p filename=%s" */
void qemu_trace_test_blah(const void *context, const char *filename);
extern const volatile int *const qemu_trace_state_test_blah;

static inline bool qemu_trace_test_blah_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_blah != 0, 0);
}

static inline bool qemu_trace_test_blah_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_blah != 0 || qemu_trace_dstate_get(0), 0);
}

/* 1: test_wibble(void *context, int value) "Wibble context=%p value=%d" */
void qemu_trace_test_wibble(const void *context, int value);
extern const volatile int *const qemu_trace_state_test_wibble;

static inline bool qemu_trace_test_wibble_ust_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_wibble != 0, 0);
}

static inline bool qemu_trace_test_wibble_enabled(void)
{
    return __builtin_expect(*qemu_trace_state_test_wibble != 0 || qemu_trace_dstate_get(1), 0);
}

#endif /* QEMU_TRACE_H */
