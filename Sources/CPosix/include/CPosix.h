/* C calls Swift cannot make directly. */
#ifndef CPOSIX_H
#define CPOSIX_H

/** ioctl(2) with a pointer argument (Swift cannot call the variadic ioctl). */
int iommud_ioctl(int fd, unsigned long request, void *argument);

#endif
