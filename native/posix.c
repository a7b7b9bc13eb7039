/*
 * hs2stg's native POSIX calls that Node's fs lacks. utimensat with whole
 * nanoseconds: directory's setModificationTime/setAccessTime call it in a
 * GHC-compiled program, and Node's utimes takes seconds as a double, which
 * keeps whole microseconds at best. Open file description locks
 * (fcntl F_OFD_SETLK), GHC.IO.Handle.Lock's on Linux: Node's fs has none.
 * Terminal attributes and pseudo-terminals (termios, ptys), unix's
 * System.Posix.Terminal: Node has only setRawMode on its own stdin.
 */
#define _GNU_SOURCE /* F_OFD_SETLK */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

/* setTimes(path, aSec, aNsec, mSec, mNsec): 0, or the C errno. A negative
 * nanosecond count leaves that time as it is (UTIME_OMIT). */
static napi_value set_times(napi_env env, napi_callback_info info) {
  size_t argc = 5;
  napi_value argv[5], out;
  char path[PATH_MAX + 1];
  size_t len = 0;
  int64_t v[4];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      argc < 5 ||
      napi_get_value_string_utf8(env, argv[0], path, sizeof path, &len) !=
          napi_ok) {
    napi_throw_type_error(env, NULL,
                          "setTimes: expected (path, aSec, aNsec, mSec, mNsec)");
    return NULL;
  }
  for (int i = 0; i < 4; i++)
    if (napi_get_value_int64(env, argv[i + 1], &v[i]) != napi_ok) {
      napi_throw_type_error(env, NULL, "setTimes: a time is not a number");
      return NULL;
    }
  int result;
  if (len >= PATH_MAX) {
    result = ENAMETOOLONG; /* (the copy was cut short) */
  } else {
    struct timespec ts[2];
    ts[0].tv_sec = (time_t)v[0];
    ts[0].tv_nsec = v[1] < 0 ? UTIME_OMIT : (long)v[1];
    ts[1].tv_sec = (time_t)v[2];
    ts[1].tv_nsec = v[3] < 0 ? UTIME_OMIT : (long)v[3];
    result = utimensat(AT_FDCWD, path, ts, 0) == 0 ? 0 : errno;
  }
  napi_create_int32(env, result, &out);
  return out;
}

/* ofdLock(fd, kind, wait): fcntl F_OFD_SETLK (F_OFD_SETLKW when wait) on
 * the whole file, kind 0 F_UNLCK, 1 F_RDLCK, 2 F_WRLCK: 0, or the C errno.
 * The lock belongs to the open file description, as GHC's LinuxOFD. */
static napi_value ofd_lock(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3], out;
  int32_t v[3];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      argc < 3) {
    napi_throw_type_error(env, NULL, "ofdLock: expected (fd, kind, wait)");
    return NULL;
  }
  for (int i = 0; i < 3; i++)
    if (napi_get_value_int32(env, argv[i], &v[i]) != napi_ok) {
      napi_throw_type_error(env, NULL, "ofdLock: an argument is not a number");
      return NULL;
    }
  int result;
#ifdef F_OFD_SETLK
  struct flock fl = {0};
  fl.l_type = v[1] == 0 ? F_UNLCK : v[1] == 1 ? F_RDLCK : F_WRLCK;
  fl.l_whence = SEEK_SET;
  int r;
  do
    r = fcntl(v[0], v[2] ? F_OFD_SETLKW : F_OFD_SETLK, &fl);
  while (r == -1 && errno == EINTR);
  result = r == 0 ? 0 : errno;
#else
  result = ENOSYS;
#endif
  napi_create_int32(env, result, &out);
  return out;
}

/* term(op, fd, x, bytes): a terminal call on descriptor fd; bytes a
 * Uint8Array (a struct termios, or room for a name or two fds). 0 tcgetattr
 * into bytes, 1 tcsetattr(x) from bytes, 2 tcdrain, 3 tcflow(x), 4 tcflush(x),
 * 5 tcsendbreak(x), 6 tcgetpgrp, 7 tcsetpgrp(x), 8 ttyname into bytes
 * (NUL-terminated), 9 a new pseudo-terminal (fd unused): master and slave
 * as two int32 in bytes, 10 ptsname of master fd into bytes. The result
 * (>= 0), or -(the C errno). */
static napi_value term(napi_env env, napi_callback_info info) {
  size_t argc = 4;
  napi_value argv[4], out;
  int32_t v[3];
  void *data = NULL;
  size_t len = 0;
  napi_typedarray_type type;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok ||
      argc < 4 ||
      napi_get_typedarray_info(env, argv[3], &type, &len, &data, NULL,
                               NULL) != napi_ok ||
      type != napi_uint8_array) {
    napi_throw_type_error(env, NULL, "term: expected (op, fd, x, Uint8Array)");
    return NULL;
  }
  for (int i = 0; i < 3; i++)
    if (napi_get_value_int32(env, argv[i], &v[i]) != napi_ok) {
      napi_throw_type_error(env, NULL, "term: an argument is not a number");
      return NULL;
    }
  int fd = v[1], x = v[2];
  int r = -1;
  errno = 0;
  switch (v[0]) {
  case 0:
  case 1:
    if (len < sizeof(struct termios)) {
      errno = EINVAL;
      break;
    }
    if (v[0] == 0) {
      struct termios t;
      r = tcgetattr(fd, &t);
      if (r == 0)
        memcpy(data, &t, sizeof t);
    } else {
      struct termios t;
      memcpy(&t, data, sizeof t);
      r = tcsetattr(fd, x, &t);
    }
    break;
  case 2:
    r = tcdrain(fd);
    break;
  case 3:
    r = tcflow(fd, x);
    break;
  case 4:
    r = tcflush(fd, x);
    break;
  case 5:
    r = tcsendbreak(fd, x);
    break;
  case 6:
    r = (int)tcgetpgrp(fd);
    break;
  case 7:
    r = tcsetpgrp(fd, (pid_t)x);
    break;
  case 8:
    r = ttyname_r(fd, data, len);
    if (r != 0) {
      errno = r;
      r = -1;
    }
    break;
  case 9: {
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || len < 2 * sizeof(int32_t))
      break;
    char name[PATH_MAX];
    int s = -1;
    if (grantpt(m) == 0 && unlockpt(m) == 0 &&
        ptsname_r(m, name, sizeof name) == 0)
      s = open(name, O_RDWR | O_NOCTTY);
    if (s < 0) {
      int e = errno;
      close(m);
      errno = e;
      break;
    }
    int32_t fds[2] = {m, s};
    memcpy(data, fds, sizeof fds);
    r = 0;
    break;
  }
  case 10:
    r = ptsname_r(fd, data, len);
    if (r != 0) {
      errno = r;
      r = -1;
    }
    break;
  default:
    errno = EINVAL;
  }
  napi_create_int32(env, r < 0 ? -(errno ? errno : EIO) : r, &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"setTimes", NULL, set_times, NULL, NULL, NULL, napi_default, NULL},
      {"ofdLock", NULL, ofd_lock, NULL, NULL, NULL, napi_default, NULL},
      {"term", NULL, term, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 3, props);
  return exports;
}
