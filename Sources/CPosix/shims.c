#include "CPosix.h"
#include <sys/ioctl.h>

int iommud_ioctl(int fd, unsigned long request, void *argument)
{
    return ioctl(fd, request, argument);
}
