/* generated from Tests/TracingTests/Fixtures/good/tracetool/trace-events — do not edit (run 'make gen') */
/*
 * The one translation unit that creates the 'qemu' probes and defines the
 * tracepoints, plus the plain C wrappers Swift calls.
 */
#define LTTNG_UST_TRACEPOINT_CREATE_PROBES
#define LTTNG_UST_TRACEPOINT_DEFINE
#include "qemu_tp.h"

#include "qemu_trace.h"

uint8_t qemu_trace_dstate[QEMU_TRACE_EVENT_COUNT];

const volatile int *const qemu_trace_state_test_blah = &lttng_ust_tracepoint_qemu___test_blah.state;

void qemu_trace_test_blah(const void *context, const char *filename)
{
    lttng_ust_tracepoint(qemu, test_blah, (void *)context, filename);
}

const volatile int *const qemu_trace_state_test_wibble = &lttng_ust_tracepoint_qemu___test_wibble.state;

void qemu_trace_test_wibble(const void *context, int value)
{
    lttng_ust_tracepoint(qemu, test_wibble, (void *)context, value);
}

/* Events that are 'disable'd have no tracepoint: never recorded. */
static const volatile int qemu_trace_never_recorded = 0;

const volatile int *const qemu_trace_ust_state_by_id[QEMU_TRACE_EVENT_COUNT] = {
    &lttng_ust_tracepoint_qemu___test_blah.state, /* test_blah */
    &lttng_ust_tracepoint_qemu___test_wibble.state, /* test_wibble */
};
