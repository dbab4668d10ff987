/*
 * jsonc_bench: what json-c alone costs per QMP message on this machine —
 * parse with a reused tokener (as a streaming server does), serialise the
 * object back to bytes and copy them out, free it.
 *
 *   jsonc_bench [N]     N iterations per message (default 200000)
 *
 * Prints one JSON object: ns per message for each message, parse-only and
 * parse+serialise.
 */
#include <json-c/json.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static const struct {
    const char *name;
    const char *text;
} messages[] = {
    { "query-version request", "{\"execute\": \"query-version\", \"id\": 1}" },
    { "query-version reply",
      "{\"return\": {\"qemu\": {\"major\": 0, \"minor\": 1, \"micro\": 0}, \"package\": \"iommud 0.1.0\"}, \"id\": 1}" },
    { "iommufd-ioas-map request",
      "{\"execute\": \"iommufd-ioas-map\", \"arguments\": {\"iommufd\": \"i0\", \"ioas-id\": 1, \"memdev\": \"ram0\", "
      "\"offset\": 0, \"size\": 4096, \"iova\": 4294967296}, \"id\": 1}" },
};

static struct json_object *parse(struct json_tokener *tok, const char *text, int len)
{
    json_tokener_reset(tok);
    struct json_object *o = json_tokener_parse_ex(tok, text, len);
    if (!o) {
        fprintf(stderr, "jsonc_bench: parse failed: %s\n", text);
        exit(1);
    }
    return o;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 200000;
    if (n < 1) n = 1;
    struct json_tokener *tok = json_tokener_new();
    static char out[4096];
    size_t sink = 0;
    printf("{\"iterations\": %ld, \"messages\": [", n);
    for (size_t m = 0; m < sizeof messages / sizeof messages[0]; m++) {
        const char *text = messages[m].text;
        int len = (int)strlen(text);
        /* warm-up */
        for (long i = 0; i < n / 10 + 1; i++) json_object_put(parse(tok, text, len));

        uint64_t t0 = now_ns();
        for (long i = 0; i < n; i++) json_object_put(parse(tok, text, len));
        double parse_ns = (double)(now_ns() - t0) / (double)n;

        t0 = now_ns();
        for (long i = 0; i < n; i++) {
            struct json_object *o = parse(tok, text, len);
            size_t olen;
            const char *s = json_object_to_json_string_length(
                o, JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE, &olen);
            if (olen > sizeof out) olen = sizeof out;
            memcpy(out, s, olen);
            sink += olen;
            json_object_put(o);
        }
        double both_ns = (double)(now_ns() - t0) / (double)n;
        printf("%s{\"message\": \"%s\", \"bytes\": %d, \"parse_ns\": %.1f, \"parse_serialise_ns\": %.1f}",
               m ? ", " : "", messages[m].name, len, parse_ns, both_ns);
    }
    printf("], \"sink\": %zu}\n", sink);
    json_tokener_free(tok);
    return 0;
}
