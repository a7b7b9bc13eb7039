// The pipeline's own pieces without GHC: in-memory IO and how a run's
// outcome becomes stderr text and an exit code.
import { describe, expect, it } from "vitest";
import { memoryIO } from "../../src/pipeline/program-io.js";
import { reportOutcome } from "../../src/pipeline/outcome.js";
import { STEP_LIMIT_EXIT } from "../../src/ministg/run-stg.js";

const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");

describe("memoryIO", () => {
  it("serves stdin byte by byte, then -1 at the end", () => {
    const io = memoryIO(Buffer.from([104, 0, 255]), ["a"], "prog");
    expect([
      io.readStdinByte(),
      io.readStdinByte(),
      io.readStdinByte(),
    ]).toEqual([104, 0, 255]);
    expect(io.readStdinByte()).toBe(-1);
    expect(io.readStdinByte()).toBe(-1);
    expect(io.args).toEqual(["a"]);
    expect(io.progName).toBe("prog");
  });

  it("keeps stdout and stderr apart, byte for byte", () => {
    const io = memoryIO("", [], "p");
    io.writeStdout(Uint8Array.from([0xc3, 0xa9]));
    io.writeStderr(Buffer.from("oops\n"));
    io.writeStdout(Buffer.from("!\n"));
    expect(Buffer.from(io.stdout())).toEqual(
      Buffer.from([0xc3, 0xa9, 0x21, 0x0a]),
    );
    expect(text(io.stderr())).toBe("oops\n");
  });
});

describe("reportOutcome", () => {
  it("shows nothing for a program whose main finished, and exits 0", () => {
    const io = memoryIO("", [], "p");
    expect(
      reportOutcome({ kind: "value", text: "(Z1H 0 Unit)" }, io, false),
    ).toBe(0);
    expect(text(io.stdout())).toBe("");
    expect(text(io.stderr())).toBe("");
  });

  it("prints the value of an --entry evaluation", () => {
    const io = memoryIO("", [], "p");
    expect(reportOutcome({ kind: "value", text: "(I 6)" }, io, true)).toBe(0);
    expect(text(io.stdout())).toBe("(I 6)\n");
  });

  it("passes the program's own exit code through", () => {
    const io = memoryIO("", [], "p");
    expect(reportOutcome({ kind: "exit", exitCode: 3 }, io, false)).toBe(3);
    expect(text(io.stderr())).toBe("");
  });

  it("reports a machine error on stderr with its exit code", () => {
    const io = memoryIO("", [], "p");
    const code = reportOutcome(
      {
        kind: "error",
        message: "non exhaustive patterns in case expression",
        exitCode: 1,
        rule: "CASECON",
        closure: "f_Main",
        callStack: ["f_Main", "main"],
      },
      io,
      false,
    );
    expect(code).toBe(1);
    expect(text(io.stderr())).toBe(
      "hs2stg: runtime error: non exhaustive patterns in case expression (rule CASECON, in Main.f [f_Main])\n" +
        "call stack (innermost first):\n  Main.f [f_Main]\n  main\n",
    );
  });

  it("says when the step limit stopped the run", () => {
    const io = memoryIO("", [], "p");
    expect(reportOutcome({ kind: "stepLimit", steps: 1000 }, io, false)).toBe(
      STEP_LIMIT_EXIT,
    );
    expect(text(io.stderr())).toContain("1000 steps");
  });
});
