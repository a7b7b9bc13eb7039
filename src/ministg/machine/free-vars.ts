// The machine's free variables live with the other miniSTG traversals
// (src/ministg/traversal.ts); this name is kept for the machine's modules.
export { freeVars } from "../traversal.js";
