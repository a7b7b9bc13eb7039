// raise#, raiseIO# and catch# on the machine itself, in both evaluation
// styles. Expected values are worked out by hand from GHC's semantics:
// catch# runs `io s` under a handler; raise# unwinds to the nearest handler
// and applies it to the exception and the state token; a thunk whose
// evaluation was cut short raises the same exception when forced again.
import { describe, expect, it } from "vitest";
import { runStgSource } from "../../../src/ministg/run-stg.js";
import type { EvalStyle } from "../../../src/ministg/run-api.js";

function run(src: string, style: EvalStyle) {
  return runStgSource(src, {
    file: "exc.stg",
    prelude: false,
    annotate: false,
    callStack: false,
    maxSteps: 100_000,
    style,
  });
}

// io returns normally: the catch frame passes its Z1H result through.
const NORMAL = `
io = FUN(s -> let { v = CON(I 7); r = CON(Z1H v) } in r);
handler = FUN(e s -> let { v = CON(I 0); r = CON(Z1H v) } in r);
main = THUNK(case catch# io handler 0 of { Z1H x -> x });
`;

// io raises from under two case frames and an update frame; the handler
// gets the exception (here an I) and its result is catch#'s result.
const RAISED = `
boom = THUNK(case raise# ex of { q -> q });
ex = CON(I 42);
io = FUN(s -> case boom of { I n -> case plus# n 1 of { m -> let { v = CON(I m); r = CON(Z1H v) } in r } });
handler = FUN(e s -> case e of { I k -> case plus# k 100 of { m -> let { v = CON(I m); r = CON(Z1H v) } in r } });
main = THUNK(case catch# io handler 0 of { Z1H x -> x });
`;

// The thunk that raised raises again when forced a second time (not a
// blackhole): the second catch# sees the same exception.
const AGAIN = `
boom = THUNK(raise# ex);
ex = CON(I 5);
io = FUN(s -> case boom of { I n -> let { r = CON(Z1H boom) } in r });
handler = FUN(e s -> let { r = CON(Z1H e) } in r);
main = THUNK(case catch# io handler 0 of {
  Z1H x -> case catch# io handler 0 of { Z1H y -> case x of { I a -> case y of { I b -> case plus# a b of { t -> let { z = CON(I t) } in z } } } } });
`;

// Nested handlers: the inner one re-raises with raiseIO#, the outer one
// catches that.
const NESTED = `
ex = CON(I 1);
io = FUN(s -> raiseIO# ex s);
inner = FUN(e s -> case e of { I k -> case plus# k 10 of { m -> let { e2 = CON(I m) } in raiseIO# e2 s } });
innerIO = FUN(s -> catch# io inner s);
outer = FUN(e s -> let { r = CON(Z1H e) } in r);
main = THUNK(case catch# innerIO outer 0 of { Z1H x -> x });
`;

const UNCAUGHT = `
ex = CON(I 1);
main = THUNK(raise# ex);
`;

describe.each(["PE", "EA"] as const)("exception primops (%s)", (style) => {
  it("catch# passes a normal result through", () => {
    expect(run(NORMAL, style).stdout.trim()).toBe("(I 7)");
  });

  it("raise# unwinds to the handler, which gets the exception", () => {
    expect(run(RAISED, style).stdout.trim()).toBe("(I 142)");
  });

  it("a thunk cut short by raise# raises again when forced", () => {
    expect(run(AGAIN, style).stdout.trim()).toBe("(I 10)");
  });

  it("nested handlers: the inner re-raises, the outer catches", () => {
    expect(run(NESTED, style).stdout.trim()).toBe("(I 11)");
  });

  it("raise# with no handler is a runtime error", () => {
    const r = run(UNCAUGHT, style);
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toMatch(/uncaught exception/);
  });
});

// With no catch# frame, a program that defines GHC.TopHandler's handler
// (as every program linked with a raising base function does) has it
// applied to the exception and the state token: here it prints a mark and
// exits with the exception's Int.
const TOP_HANDLER = `
ex = CON(I 7);
topHandler_GHCziTopHandler = FUN(e s -> case e of { I k -> case writeStderr# 'X' of { r -> exit# k } });
main = THUNK(case raise# ex of { q -> q });
`;

describe.each(["PE", "EA"] as const)("uncaught exception (%s)", (style) => {
  it("raise# with no frame applies the linked top-level handler", () => {
    const r = run(TOP_HANDLER, style);
    expect(r.stderr).toBe("X");
    expect(r.exitCode).toBe(7);
  });
});
