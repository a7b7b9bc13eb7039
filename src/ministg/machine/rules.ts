// Rule numbers used inside the machine, and their names.
import type { RuleName } from "../run-api.js";

export const R_STACK = 0;
export const R_LET = 1;
export const R_CASECON = 2;
export const R_CASEANY = 3;
export const R_CASE = 4;
export const R_RET = 5;
export const R_THUNK = 6;
export const R_UPDATE = 7;
export const R_KNOWNCALL = 8;
export const R_PRIMOP = 9;
export const R_PUSH = 10;
export const R_FENTER = 11;
export const R_PAP1 = 12;
export const R_PENTER = 13;
export const R_EXACT = 14;
export const R_CALLK = 15;
export const R_PAP2 = 16;
export const R_TCALL = 17;
export const R_PCALL = 18;
export const R_RETFUN = 19;
/** The scheduler runs another thread (scheduler.ts). */
export const R_SWITCH = 20;

export const RULE_NAMES: readonly RuleName[] = [
  "STACK",
  "LET",
  "CASECON",
  "CASEANY",
  "CASE",
  "RET",
  "THUNK",
  "UPDATE",
  "KNOWNCALL",
  "PRIMOP",
  "PUSH",
  "FENTER",
  "PAP1",
  "PENTER",
  "EXACT",
  "CALLK",
  "PAP2",
  "TCALL",
  "PCALL",
  "RETFUN",
  "SWITCH",
];
