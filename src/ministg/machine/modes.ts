// The fast engine's modes (what its registers hold between steps), shared
// with thread-code.ts, which saves and restores them at a SWITCH.

export const M_EVAL = 0;
export const M_RET = 1;
export const M_CASEV = 2;
export const M_CALL = 3;
