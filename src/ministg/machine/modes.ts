// The fast engine's modes (what its registers hold between steps), shared
// with thread-code.ts, which saves and restores them at a SWITCH.

export const M_EVAL = 0;
export const M_RET = 1;
export const M_CASEV = 2;
export const M_CALL = 3;
/** Compiled code (jit/) did a PRIMOP step's work; the loop counts the step (J_OWE). */
export const M_OWED = 4;
