/* generated from Tests/TracingTests/Fixtures/good/constructs/trace-events — do not edit (run 'make gen') */
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

/* test_hex(uint64_t addr, uint32_t flags, int ret) " addr=0x%"PRIx64" flags=0x%x (%d)" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    test_hex,
    LTTNG_UST_TP_ARGS(uint64_t, addr, uint32_t, flags, int, ret),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_integer_hex(uint64_t, addr, addr)
        lttng_ust_field_integer_hex(uint32_t, flags, flags)
        lttng_ust_field_integer(int, ret, ret)
    )
)

/* test_void(void) "" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    test_void,
    LTTNG_UST_TP_ARGS(),
    LTTNG_UST_TP_FIELDS()
)

/* test_types(const char *name, char *label, unsigned long start, bool on, uint8_t small, size_t len) "\t%s %s start=%ld on=%d small=%u len=%zu" */
LTTNG_UST_TRACEPOINT_EVENT(
    qemu,
    test_types,
    LTTNG_UST_TP_ARGS(const char *, name, char *, label, unsigned long, start, bool, on, uint8_t, small, size_t, len),
    LTTNG_UST_TP_FIELDS(
        lttng_ust_field_string(name, name)
        lttng_ust_field_string(label, label)
        lttng_ust_field_integer(unsigned long, start, start)
        lttng_ust_field_integer(bool, on, on)
        lttng_ust_field_integer(uint8_t, small, small)
        lttng_ust_field_integer(size_t, len, len)
    )
)

#endif /* QEMU_TP_H */

/* Outside the include guard: tracepoint-event.h re-reads this header. */
#include <lttng/tracepoint-event.h>
