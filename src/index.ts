// The library API: each pipeline stage as a pure function.
export type * as GhcStg from "./parse-ghc-dump/ast.js";
export type * as MiniStg from "./ministg/ast.js";
export { UserError, LocatedError } from "./errors.js";
