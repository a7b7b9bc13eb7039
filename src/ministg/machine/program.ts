// The compiled program's shape, as the rest of the machine sees it. A
// module of types only, apart from compile.ts (which builds it and imports
// the primop lookup), so the scheduler, the outcome, the primop context and
// the census can name it without depending on the loader.

import type { Binding, Expr } from "../ast.js";
import type { AllocSpec, ConInfo } from "./code.js";
import type { Obj } from "./values.js";

export interface CompiledProgram {
  /** Top-level objects, in binding order. */
  readonly globals: readonly Obj[];
  readonly globalNames: readonly string[];
  readonly globalIndex: ReadonlyMap<string, number>;
  readonly entry: Obj;
  readonly cons: ReadonlyMap<string, ConInfo>;
  readonly trueCon: ConInfo;
  readonly falseCon: ConInfo;
  /** dataToTag#: constructor id -> tag. */
  conTag(info: ConInfo): number | undefined;
  /** ministg's arity analysis: the known arity of an application node (for `-d arity`). */
  knownArity(app: Expr): number | undefined;
  /** The bindings as loaded (after overriding and annotation), in order. */
  readonly bindings: readonly Binding[];
  /** Every allocation site (let binding) of the program. */
  readonly sites: readonly AllocSpec[];
}
