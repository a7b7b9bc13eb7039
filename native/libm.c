/*
 * hs2stg's native math: the C library's own sin, exp, powf ... for the
 * Double#/Float# primops, so that a program run by hs2stg gets the very
 * bits a GHC-compiled program gets (GHC's primops call these functions).
 *
 * The calling convention avoids N-API's value conversions, which cost more
 * than the functions: JavaScript hands over a Float64Array once (bind);
 * each call reads its arguments from slots 0 and 1 and writes its result to
 * slot 0, taking and returning no JavaScript values. Float functions take
 * and give doubles that are exact floats (the caller's Math.fround values).
 * -fno-builtin keeps the compiler from evaluating any call itself.
 */
#include <math.h>
#include <node_api.h>
#include <stdlib.h>

/* Per environment (the main thread and each worker thread load the addon
 * separately): the bound array's data and a reference keeping it alive. */
typedef struct {
  double *slot;
  napi_ref ref;
} Bound;

static double *slots(napi_env env) {
  void *data = NULL;
  napi_get_instance_data(env, &data);
  return ((Bound *)data)->slot;
}

#define D1(name)                                                     \
  static napi_value d_##name(napi_env env, napi_callback_info info) { \
    double *slot = slots(env);                                       \
    (void)info;                                                      \
    slot[0] = name(slot[0]);                                         \
    return NULL;                                                     \
  }
#define F1(name)                                                     \
  static napi_value f_##name(napi_env env, napi_callback_info info) { \
    double *slot = slots(env);                                       \
    (void)info;                                                      \
    slot[0] = (double)name##f((float)slot[0]);                       \
    return NULL;                                                     \
  }
#define BOTH(name) D1(name) F1(name)

BOTH(sin)
BOTH(cos)
BOTH(tan)
BOTH(asin)
BOTH(acos)
BOTH(atan)
BOTH(sinh)
BOTH(cosh)
BOTH(tanh)
BOTH(asinh)
BOTH(acosh)
BOTH(atanh)
BOTH(exp)
BOTH(expm1)
BOTH(log)
BOTH(log1p)

static napi_value d_pow(napi_env env, napi_callback_info info) {
  double *slot = slots(env);
  (void)info;
  slot[0] = pow(slot[0], slot[1]);
  return NULL;
}
static napi_value f_pow(napi_env env, napi_callback_info info) {
  double *slot = slots(env);
  (void)info;
  slot[0] = (double)powf((float)slot[0], (float)slot[1]);
  return NULL;
}

/* bind(f64array): the array whose first two slots every call uses. */
static napi_value bind(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  napi_typedarray_type type;
  size_t length;
  void *data;
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, NULL) != napi_ok ||
      argc < 1 ||
      napi_get_typedarray_info(env, arg, &type, &length, &data, NULL, NULL) !=
          napi_ok ||
      type != napi_float64_array || length < 2) {
    napi_throw_type_error(env, NULL, "bind: expected a Float64Array of length >= 2");
    return NULL;
  }
  Bound *b = NULL;
  napi_get_instance_data(env, (void **)&b);
  if (b->ref != NULL) napi_delete_reference(env, b->ref);
  napi_create_reference(env, arg, 1, &b->ref);
  b->slot = (double *)data;
  return NULL;
}

/* One-argument conversions, for measuring N-API's ordinary round trip. */
static napi_value d_sin_plain(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg, out;
  double x = 0;
  napi_get_cb_info(env, info, &argc, &arg, NULL, NULL);
  napi_get_value_double(env, arg, &x);
  napi_create_double(env, sin(x), &out);
  return out;
}

#define ENTRY(js, c) {js, NULL, c, NULL, NULL, NULL, napi_enumerable, NULL}
#define PAIR(name) ENTRY(#name, d_##name), ENTRY(#name "f", f_##name)

static void unbind(napi_env env, void *data, void *hint) {
  (void)hint;
  (void)env; /* the environment is going away with its references */
  free(data);
}

static napi_value init(napi_env env, napi_value exports) {
  Bound *b = calloc(1, sizeof *b);
  if (b == NULL || napi_set_instance_data(env, b, unbind, NULL) != napi_ok) {
    napi_throw_error(env, NULL, "hs2stg_libm: out of memory");
    return NULL;
  }
  napi_property_descriptor props[] = {
      ENTRY("bind", bind), ENTRY("sinPlain", d_sin_plain),
      PAIR(sin),   PAIR(cos),   PAIR(tan),   PAIR(asin),  PAIR(acos),
      PAIR(atan),  PAIR(sinh),  PAIR(cosh),  PAIR(tanh),  PAIR(asinh),
      PAIR(acosh), PAIR(atanh), PAIR(exp),   PAIR(expm1), PAIR(log),
      PAIR(log1p), PAIR(pow),
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
