/* generated from Tests/TracingTests/Fixtures/good/constructs/trace-events — do not edit (run 'make gen') */
/*
 * The one translation unit that creates the 'qemu' probes and defines the
 * tracepoints, plus the plain C wrappers Swift calls.
 */
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include "qemu_tp.h"

#include "qemu_trace.h"

uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];

const volatile int *const qemu_trace_state_test_hex = &lttng_ust_tracepoint_qemu___test_hex.state;

void qemu_trace_test_hex(uint64_t addr, uint32_t flags, int ret)
{
    lttng_ust_tracepoint(qemu, test_hex, addr, flags, ret);
}

const volatile int *const qemu_trace_state_test_void = &lttng_ust_tracepoint_qemu___test_void.state;

void qemu_trace_test_void(void)
{
    lttng_ust_tracepoint(qemu, test_void);
}

const volatile int *const qemu_trace_state_test_types = &lttng_ust_tracepoint_qemu___test_types.state;

void qemu_trace_test_types(const char *name, const char *label, unsigned long start, bool on, uint8_t small, unsigned long len)
{
    lttng_ust_tracepoint(qemu, test_types, name, (char *)label, start, on, small, (size_t)len);
}

/* Events that are 'disable'd have no tracepoint: never recorded. */
static const volatile int qemu_trace_never_recorded = 0;

const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT] = {
    &lttng_ust_tracepoint_qemu___test_hex.state, /* test_hex */
    &lttng_ust_tracepoint_qemu___test_void.state, /* test_void */
    &lttng_ust_tracepoint_qemu___test_types.state, /* test_types */
    &qemu_trace_never_recorded, /* test_off */
};
