/* json-c, imported into Swift by the JSON module. */
#include <json-c/json.h>
