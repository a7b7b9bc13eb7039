// GHC primops that return an unboxed tuple (`quotRemInt# a b` gives
// `(# q, r #)`). The interpreter's primops return one value each, so the
// lowering computes the components with one primop apiece and builds the
// tuple: `case quotInt# a b of { q -> case remInt# a b of { r ->
// let { t = CON(Z2H q r) } in t } }`.

/** For each such GHC primop: our primop for each component, in order. */
export const TUPLE_PRIMOPS: ReadonlyMap<string, readonly string[]> = new Map([
  ["quotRemInt#", ["quotInt#", "remInt#"]],
  ["quotRemWord#", ["quotWord#", "remWord#"]],
  // GHC's decodeFloat: (# mantissa, exponent #)
  ["decodeDouble_Int64#", ["decodeDoubleMantissa#", "decodeDoubleExponent#"]],
  ["decodeFloat_Int#", ["decodeFloatMantissa#", "decodeFloatExponent#"]],
]);
