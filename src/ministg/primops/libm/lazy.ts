// Tables computed on first use. libm rebuilds its tables from their
// definitions in 150-bit fixed point, some 50 ms in all: too much for every
// run's start-up when most programs call no floating-point function.

/** `make()`, computed on the first call and kept. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
