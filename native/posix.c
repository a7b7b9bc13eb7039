/*
 * hs2stg's native POSIX calls that Node's fs lacks. utimensat with whole
 * nanoseconds: directory's setModificationTime/setAccessTime call it in a
 * GHC-compiled program, and Node's utimes takes seconds as a double, which
 * keeps whole microseconds at best. Open file description locks
 * (fcntl F_OFD_SETLK), GHC.IO.Handle.Lock's on Linux: Node's fs has none.
 */
#define _GNU_SOURCE /* F_OFD_SETLK */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <node_api.h>
#include <stdint.h>
#include <sys/stat.h>

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

NAPI_MODULE_INIT() {
  napi_property_descriptor props[] = {
      {"setTimes", NULL, set_times, NULL, NULL, NULL, napi_default, NULL},
      {"ofdLock", NULL, ofd_lock, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 2, props);
  return exports;
}
