/* json-c, imported into Swift by the JSON module. */
#include <json-c/json.h>
#include <locale.h>

/* Makes glibc's C locale object the calling thread's locale. json-c switches
 * to a "C" LC_NUMERIC locale around every json_tokener_parse_ex (duplocale +
 * newlocale + uselocale); from any other locale that takes glibc's global
 * locale lock for writing, from this one it does not. newlocale of "C" for
 * every category returns glibc's static C locale object: nothing to free. */
static inline int iommud_json_use_c_locale_on_this_thread(void)
{
    locale_t c = newlocale(LC_ALL_MASK, "C", (locale_t)0);
    if (c == (locale_t)0)
        return -1;
    return uselocale(c) == (locale_t)0 ? -1 : 0;
}
