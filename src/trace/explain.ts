// One-line explanations of the machine's rules, shown next to the rule name
// in traces (after Marlow & Peyton Jones, "Making a fast curry").
import type { RuleName } from "../ministg/run-api.js";

const EXPLANATIONS: Record<RuleName, string> = {
  STACK: "a stack annotation: the name is pushed on the call stack",
  LET: "let: allocate a new heap object and continue with the body",
  CASECON:
    "case of a value (a constructor or a literal) with a matching alternative: take it, binding the fields",
  CASEANY:
    "case with a default alternative: bind the value to the variable and continue",
  CASE: "case of an expression: push a case continuation and evaluate the scrutinee",
  RET: "a value meets a case continuation on the stack: pop it and select an alternative",
  THUNK:
    "entering a thunk: push an update frame and evaluate its body (it becomes a BLACKHOLE)",
  UPDATE:
    "a value meets an update frame: overwrite the thunk with the value and pop the frame",
  KNOWNCALL:
    "a call to a function of known arity with exactly enough arguments: enter its body",
  PRIMOP: "a primitive operation on unboxed values: compute the result",
  PUSH: "push/enter: push the arguments on the stack and evaluate the function",
  FENTER:
    "push/enter: a function finds enough arguments on the stack: pop them and enter its body",
  PAP1: "push/enter: too few arguments on the stack: build a partial application (PAP)",
  PENTER:
    "push/enter: entering a PAP: push its saved arguments back and enter the function",
  EXACT:
    "eval/apply: a function applied to exactly its arity of arguments: enter its body",
  CALLK:
    "eval/apply: a function applied to more arguments than its arity: call it, push the rest",
  PAP2: "eval/apply: a function applied to too few arguments: build a partial application (PAP)",
  TCALL:
    "eval/apply: the function is a thunk: push the arguments and evaluate the thunk first",
  PCALL:
    "eval/apply: applying a PAP: combine its saved arguments with the new ones",
  RETFUN:
    "eval/apply: a function value meets pending arguments on the stack: apply it to them",
  SWITCH:
    "the scheduler switches threads: the running one blocked, yielded, ended or used up its time slice; the next in the run queue runs",
};

export function explainRule(rule: RuleName | null): string {
  return rule === null ? "the initial state" : EXPLANATIONS[rule];
}

/** Every rule with its explanation. */
export function ruleExplanations(): Record<RuleName, string> {
  return { ...EXPLANATIONS };
}
