/* generated from Tests/TracingTests/Fixtures/good/tracetool/trace-events — do not edit (run 'make gen') */
/*
 * LTTng-UST provider 'qemu': one tracepoint per trace event that is not
 * 'disable'd, fields mapped as QEMU's tracetool maps them. Private to the C
 * target: only qemu_tp.c includes it, never anything Swift imports.
 */
#undef LTTNG_UST_TRACEPOINT_PROVIDER
#define LTTNG_UST_TRACEPOINT_PROVIDER qemu

#undef LTTNG_UST_TRACEPOINT_INCLUDE
#define LTTNG_UST_TRACEPOINT_INCLUDE "qemu_tp.h"

#if !defined(QEMU_TP_H) || defined(LTTNG_UST_TRACEPOINT_HEADER_MULTI_READ)
#define QEMU_TP_H

#include <lttng/tracepoint.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* test_blah(void *context, const char *filename) "Blah context=%p filename=%s" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    test_blah,
    LTTNG_UST_TP_ARGS(void *, context, const char *, filename),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, context, context)
        lttng_ust_field_string(filename, filename)
    )
)

/* test_wibble(void *context, int value) "Wibble context=%p value=%d" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    test_wibble,
    LTTNG_UST_TP_ARGS(void *, context, int, value),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(void *, context, context)
        lttng_ust_field_integer(int, value, value)
    )
)

#endif /* QEMU_TP_H */

/* Outside the include guard: tracepoint-event.h re-reads this header. */
#include <lttng/tracepoint-event.h>
