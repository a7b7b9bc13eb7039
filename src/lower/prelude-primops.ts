// GHC primops that take a state token and return an unboxed tuple (or only
// the state): the interpreter's primops return one value and take at most
// three arguments, so these are base-prelude functions of module GHC.Prim
// instead (preludes/base/GHC.Prim.stg), and a call of one lowers to a call of
// `zenc(op)_GHCziPrim`. A program the prelude cannot serve gets the usual
// "needs names that no prelude defines" report, naming `GHC.Prim.op`.
import { globalName } from "./names.js";
import { MEMORY_PRELUDE_PRIMOPS } from "./memory-primops.js";

// Compare-and-swap, stable names, weak pointers, ArrayArray# and the other
// GHC.Exts extras (preludes/base/GHC.Prim+Identity.stg).
const IDENTITY_PRIMOPS: readonly string[] = [
  "casMutVar#",
  "casArray#",
  "casSmallArray#",
  "makeStableName#",
  "eqStableName#",
  "stableNameToInt#",
  "mkWeak#",
  "mkWeakNoFinalizer#",
  "deRefWeak#",
  "finalizeWeak#",
  "addCFinalizerToWeak#",
  "newArrayArray#",
  "sizeofArrayArray#",
  "sizeofMutableArrayArray#",
  "unsafeFreezeArrayArray#",
  "sameMutableArrayArray#",
  ...[
    "ByteArray",
    "MutableByteArray",
    "ArrayArray",
    "MutableArrayArray",
  ].flatMap((k) => [`read${k}Array#`, `write${k}Array#`]),
  "indexByteArrayArray#",
  "indexArrayArrayArray#",
  "copyArrayArray#",
  "copyMutableArrayArray#",
  "shrinkSmallMutableArray#",
  "indexWord8ArrayAsChar#",
  "readWord8ArrayAsChar#",
  "writeWord8ArrayAsChar#",
  "atomicCasWordAddr#",
  "atomicCasAddrAddr#",
  "atomicExchangeWordAddr#",
  "atomicExchangeAddrAddr#",
  "traceBinaryEvent#",
  "getCCSOf#",
  "clearCCS#",
];

const PRELUDE_PRIMOPS: ReadonlySet<string> = new Set([
  "newArray#",
  "readArray#",
  "writeArray#",
  "indexArray#",
  "unsafeFreezeArray#",
  "unsafeThawArray#",
  "cloneArray#",
  "cloneMutableArray#",
  "freezeArray#",
  "thawArray#",
  "copyArray#",
  "copyMutableArray#",
  "newMutVar#",
  "readMutVar#",
  "writeMutVar#",
  "atomicModifyMutVar2#",
  "atomicModifyMutVar_#",
  "noDuplicate#",
  "maskAsyncExceptions#",
  "maskUninterruptible#",
  "unmaskAsyncExceptions#",
  "getMaskingState#",
  "catch#",
  "myThreadId#",
  "killThread#",
  "yield#",
  "sameMutableArray#",
  "getCurrentCCS#",
  // GHC.Exts' SmallArray#, seq#, sparks and hints (GHC.Prim+Exts.stg)
  ...[
    "new",
    "read",
    "write",
    "index",
    "unsafeFreeze",
    "unsafeThaw",
    "clone",
    "freeze",
    "thaw",
    "copy",
  ].map((op) => `${op}SmallArray#`),
  // (GHC's names put Mutable after Small)
  "cloneSmallMutableArray#",
  "copySmallMutableArray#",
  "sizeofSmallArray#",
  "sizeofSmallMutableArray#",
  "getSizeofSmallMutableArray#",
  "sameSmallMutableArray#",
  // MVar# with one thread (GHC.Prim+MVar.stg)
  ...[
    "new",
    "take",
    "read",
    "put",
    "tryTake",
    "tryRead",
    "tryPut",
    "isEmpty",
  ].map((op) => `${op}MVar#`),
  "seq#",
  "par#",
  "spark#",
  "numSparks#",
  "traceEvent#",
  "traceMarker#",
  ...["Value", "ByteArray", "MutableByteArray", "Addr"].flatMap((k) =>
    [0, 1, 2, 3].map((n) => `prefetch${k}${n}#`),
  ),
  ...MEMORY_PRELUDE_PRIMOPS,
  // threads and STM on the machine's scheduler (GHC.Prim+Threads.stg, +STM.stg)
  "fork#",
  "forkOn#",
  "delay#",
  "labelThread#",
  "isCurrentThreadBound#",
  "threadStatus#",
  "getSpark#",
  "atomically#",
  "retry#",
  "catchRetry#",
  "catchSTM#",
  "newTVar#",
  "readTVar#",
  "readTVarIO#",
  "writeTVar#",
  // IOPort# over two MVar#s (GHC.Prim+IOPort.stg)
  "newIOPort#",
  "readIOPort#",
  "writeIOPort#",
  "sameIOPort#",
  // select(2) on a descriptor: ready at once (GHC.Prim+Wait.stg)
  "waitRead#",
  "waitWrite#",
  ...IDENTITY_PRIMOPS,
]);

/** The prelude function standing for GHC primop `op`, if there is one. */
export function preludePrimop(op: string): string | undefined {
  return PRELUDE_PRIMOPS.has(op) ? globalName("GHC.Prim", op) : undefined;
}
