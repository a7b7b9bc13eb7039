// The support library (preludes/ministg-support/Support.stg, pure ministg)
// and how each extended primop becomes ministg: one of the nine primops, the
// value itself, a call of a support function, or a clear error.
import { fileURLToPath } from "node:url";
import type { Binding, Program } from "../ministg/ast.js";
import { readStgFile } from "../ministg/stg-file.js";
import { lookupPrimOp } from "../ministg/primops.js";

export const SUPPORT_PATH = fileURLToPath(
  new URL("../../preludes/ministg-support/Support.stg", import.meta.url),
);

let cached: Program | undefined;

/** The parsed support library (ministg dialect). */
export function supportLibrary(): Program {
  cached ??= readStgFile(SUPPORT_PATH, {
    label: "preludes/ministg-support/Support.stg",
    dialect: "ministg",
    what: "the support library",
  });
  return cached;
}

/** Support definitions by name. */
export function supportDefinitions(): ReadonlyMap<string, Binding> {
  return new Map(supportLibrary().bindings.map((b) => [b.name, b]));
}

export type PrimRule =
  /** one of ministg's nine (possibly under another name) */
  | { readonly kind: "primop"; readonly op: string }
  /** unary, the value unchanged (ord#, int2Word#, integerFromInt#, ...) */
  | { readonly kind: "identity" }
  /** unary: `sub# 0 x` */
  | { readonly kind: "negate" }
  /** a call of a support function with the same arguments */
  | { readonly kind: "call"; readonly fn: string }
  /** an effect: IO programs have no ministg form */
  | { readonly kind: "io" }
  /** cannot be expressed; `what` names the construct */
  | { readonly kind: "unsupported"; readonly what: string };

const NINE = ["plus#", "sub#", "mult#", "eq#", "lt#", "lte#", "gt#", "gte#"];

const RULES = new Map<string, PrimRule>();
const same = (op: string, as: string) =>
  RULES.set(op, { kind: "primop", op: as });
const call = (op: string, fn: string) => RULES.set(op, { kind: "call", fn });
const identity = (op: string) => RULES.set(op, { kind: "identity" });

for (const op of NINE) same(op, op);
same("intToBool#", "intToBool#");

// Int#
call("ne#", "nezh");
call("quotInt#", "quotIntzh");
call("remInt#", "remIntzh");
RULES.set("negateInt#", { kind: "negate" });
call("andI#", "andIzh");
call("orI#", "orIzh");
call("xorI#", "xorIzh");
call("notI#", "notIzh");
call("uncheckedIShiftL#", "uncheckedIShiftLzh");
call("uncheckedIShiftRA#", "uncheckedIShiftRAzh");
call("uncheckedIShiftRL#", "uncheckedIShiftRLzh");
call("narrow8Int#", "narrow8Intzh");
call("narrow16Int#", "narrow16Intzh");
call("narrow32Int#", "narrow32Intzh");
call("intToString#", "intToStringzh");

// Word# (unbounded in ministg: no wrap-around)
same("plusWord#", "plus#");
same("minusWord#", "sub#");
same("timesWord#", "mult#");
call("quotWord#", "quotIntzh");
call("remWord#", "remIntzh");
call("and#", "andIzh");
call("or#", "orIzh");
call("xor#", "xorIzh");
call("not#", "notzh");
call("uncheckedShiftL#", "uncheckedIShiftLzh");
call("uncheckedShiftRL#", "uncheckedIShiftRAzh");
same("eqWord#", "eq#");
call("neWord#", "nezh");
same("ltWord#", "lt#");
same("leWord#", "lte#");
same("gtWord#", "gt#");
same("geWord#", "gte#");
identity("int2Word#");
identity("word2Int#");
call("narrow8Word#", "narrow8Wordzh");
call("narrow16Word#", "narrow16Wordzh");
call("narrow32Word#", "narrow32Wordzh");

// Char# (code points)
identity("chr#");
identity("ord#");
same("eqChar#", "eq#");
call("neChar#", "nezh");
same("ltChar#", "lt#");
same("leChar#", "lte#");
same("gtChar#", "gt#");
same("geChar#", "gte#");

// Integer payloads are plain (unbounded) integers in ministg
same("integerAdd#", "plus#");
same("integerSub#", "sub#");
same("integerMul#", "mult#");
call("integerQuot#", "quotIntzh");
call("integerRem#", "remIntzh");
call("integerDiv#", "integerDivzh");
call("integerMod#", "integerModzh");
call("floorDivInt#", "integerDivzh");
call("floorModInt#", "integerModzh");
call("reallyUnsafePtrEquality#", "reallyUnsafePtrEqualityzh");
call("integerGcd#", "integerGcdzh");
call("integerAnd#", "andIzh");
call("integerOr#", "orIzh");
call("integerXor#", "xorIzh");
call("integerShiftL#", "uncheckedIShiftLzh");
call("integerShiftR#", "uncheckedIShiftRAzh");
call("integerPow#", "integerPowzh");
RULES.set("integerNegate#", { kind: "negate" });
call("integerAbs#", "absInt");
call("integerSignum#", "integerSignumzh");
call("integerComplement#", "notIzh");
same("integerEq#", "eq#");
call("integerNe#", "nezh");
same("integerLt#", "lt#");
same("integerLe#", "lte#");
same("integerGt#", "gt#");
same("integerGe#", "gte#");
call("integerCompare#", "integerComparezh");
call("integerTestBit#", "integerTestBitzh");
identity("integerFromInt#");
identity("integerToInt#");
identity("integerFromWord#");
identity("integerToWord#");
call("integerToString#", "intToStringzh");

// Addr# strings are byte lists
call("indexCharOffAddr#", "indexCharOffAddrzh");
call("addrLength#", "addrLengthzh");
call("plusAddr#", "plusAddrzh");

// Unicode (exact for ASCII, ERROR above 127)
call("unicodeCategory#", "unicodeCategoryzh");
call("unicodeToUpper#", "unicodeToUpperzh");
call("unicodeToLower#", "unicodeToLowerzh");
call("unicodeCategoryIn#", "unicodeCategoryInzh");

// Array indexing at Int
call("ixIndexInt#", "ixIndexIntzh");
call("ixRowMajor#", "ixRowMajorzh");
call("ixBelow#", "ixBelowzh");

// Int# order
call("cmpInt#", "integerComparezh");

// Shortcuts over evaluated data: "not known" (the callers walk the data)
call("listLengthEvaluated#", "listLengthEvaluatedzh");
call("listSkipEvaluated#", "listSkipEvaluatedzh");
call("cmpStringEvaluated#", "cmpStringEvaluatedzh");
call("ixPairEvaluated#", "ixPairEvaluatedzh");
call("ixArrayPairEvaluated#", "ixArrayPairEvaluatedzh");
call("ixArrayIntEvaluated#", "ixArrayIntEvaluatedzh");

// Int's boxed quot/rem/div/mod and containers' balance test
call("quotIntBox#", "quotIntBoxzh");
call("remIntBox#", "remIntBoxzh");
call("floorDivIntBox#", "floorDivIntBoxzh");
call("floorModIntBox#", "floorModIntBoxzh");
call("balanceSize#", "balanceSizezh");
call("integerAddEvaluated#", "integerAddEvaluatedzh");
call("integerSubEvaluated#", "integerSubEvaluatedzh");
call("integerMulEvaluated#", "integerMulEvaluatedzh");
call("integerQuotEvaluated#", "integerQuotEvaluatedzh");
call("integerRemEvaluated#", "integerRemEvaluatedzh");
call("integerDivEvaluated#", "integerDivEvaluatedzh");
call("integerModEvaluated#", "integerModEvaluatedzh");
call("integerCompareEvaluated#", "integerCompareEvaluatedzh");
call("ixBoundsPairInts#", "ixBoundsPairIntszh");
call("ixPairRow#", "ixPairRowzh");
call("ixPairAt#", "ixPairAtzh");

// (++)'s shortcuts and C string chunks: "not known", one cell at a time
call("appendThunk#", "appendThunkzh");
call("appendThunkParts#", "appendThunkPartszh");
call("listEvaluatedStop#", "listEvaluatedStopzh");
call("listCopyUntil#", "listCopyUntilzh");
call("cstringChunkEnd#", "cstringChunkEndzh");
call("cstringChunk#", "cstringChunkzh");
call("cstringUtf8ChunkEnd#", "cstringUtf8ChunkEndzh");
call("cstringUtf8Chunk#", "cstringUtf8Chunkzh");

// Fast list paths over evaluated data: "not applicable" (the callers walk)
call("mergeEvaluated#", "mergeEvaluatedzh");
call("listTakeStop#", "listTakeStopzh");
call("listTakeCopy#", "listTakeCopyzh");
call("wordEvaluated#", "wordEvaluatedzh");

// Data.Map's tree walks (primops/map-fast.ts): "not known", the library
// walks; mapPut# is then never reached. show at Int: the decimal bytes.
call("mapFind#", "mapFindzh");
call("mapPut#", "mapPutzh");
call("intDigitsAppend#", "intDigitsAppendzh");

for (const op of [
  "writeStdout#",
  "writeStderr#",
  "readStdinChar#",
  "getArgCount#",
  "getArg#",
  "getProgName#",
  "exit#",
])
  RULES.set(op, { kind: "io" });

RULES.set("dataToTag#", {
  kind: "unsupported",
  what: "`dataToTag#` (constructor numbers of arbitrary data types)",
});

/** How `op` becomes ministg. */
export function primRule(op: string): PrimRule {
  const rule = RULES.get(op);
  if (rule !== undefined) return rule;
  // primops added to the interpreter later fall in by their group
  const group = lookupPrimOp(op)?.group;
  if (group === "IO" || /Stdin|Stdout|Stderr/.test(op)) return { kind: "io" };
  if (
    group === "Double#" ||
    group === "Float#" ||
    /Double|Float/.test(op) ||
    /^(int2|double2|float2)/.test(op)
  )
    return {
      kind: "unsupported",
      what: `floating-point arithmetic (\`${op}\`; ministg has only integers)`,
    };
  return { kind: "unsupported", what: `the primop \`${op}\`` };
}

/** Every primop with a rule (for tests). */
export function primopsWithRules(): ReadonlyMap<string, PrimRule> {
  return RULES;
}
