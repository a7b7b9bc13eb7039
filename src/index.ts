// The library API: each pipeline stage as a pure function.
export type * as GhcStg from "./parse-ghc-dump/ast.js";
export type * as MiniStg from "./ministg/ast.js";
export { UserError, LocatedError } from "./errors.js";
export { parseGhcDump } from "./parse-ghc-dump/index.js";
export { lower } from "./lower/index.js";
export { toMinistgDialect } from "./ministg-dialect/index.js";
export { printStg } from "./print/print-stg.js";
export { parseStg, stripPositions } from "./ministg/parse.js";
export { runStgSource } from "./ministg/run-stg.js";
export { loadBasePrelude, linkBase } from "./preludes/base.js";
