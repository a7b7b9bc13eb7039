// `hs2stg run` as a user runs it: the built CLI (npm test builds first),
// spawned with real arguments, stdin and exit codes.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "hs2stg-cli-"));

function file(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

function hs2stg(args: string[], input?: string) {
  const r = spawnSync("./bin/hs2stg", args, {
    encoding: "utf8",
    input: input ?? "",
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

const apply = file(
  "apply.stg",
  "twentytwo = CON(I 22);\nmain = THUNK(apply const true twentytwo);\n",
);

describe("hs2stg run FILE.stg", () => {
  it("prints the value, and --stats reports ministg's step count on stderr", () => {
    const ea = hs2stg(["run", apply, "-s", "EA", "--stats"]);
    expect(ea.stdout).toBe("True\n");
    expect(ea.code).toBe(0);
    expect(ea.stderr).toContain("[stats] steps: 7\n");
    expect(ea.stderr).toContain("peak stack depth:");
    const pe = hs2stg(["run", apply, "--stats"]); // push/enter is the default
    expect(pe.stderr).toContain("[stats] steps: 6\n");
  });

  it("-d arity shows known arities; --noprelude leaves prelude names undefined", () => {
    const d = hs2stg(["run", apply, "-d", "arity"]);
    expect(d.stdout).toContain("The program after arity analysis:");
    expect(d.stdout).toContain("apply_2 const true twentytwo");
    expect(d.stdout.endsWith("True\n")).toBe(true);
    const n = hs2stg(["run", apply, "--noprelude"]);
    expect(n.code).toBe(1);
    expect(n.stderr).toContain('undefined variable: "apply"');
  });

  it("-m stops a long run with exit code 2", () => {
    const loop = file(
      "loop.stg",
      "loop = FUN(x -> loop x);\nmain = THUNK(loop one);\n",
    );
    const r = hs2stg(["run", loop, "-m", "100"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("stopped after 100 steps");
  });

  it("wires stdin, program arguments after -- and the exit code", () => {
    const prog = file(
      "io.stg",
      "copy = FUN(u -> case readStdinChar# 0 of { -1 -> unit; c -> case writeStdout# c of { z -> copy u } });\n" +
        "main = THUNK(case copy unit of { u -> case getArg# 0 of { a -> case writeStdout# a of { z -> exit# 4 }}});\n",
    );
    const r = hs2stg(["run", prog, "--", "arg0"], "in\n");
    expect(r.stdout).toBe("in\narg0");
    expect(r.code).toBe(4);
  });

  it("rejects a bad style clearly; tracing (test/trace) writes its file", () => {
    const s = hs2stg(["run", apply, "-s", "XY"]);
    expect(s.code).not.toBe(0);
    expect(s.stderr).toContain("expected EA (eval/apply) or PE (push/enter)");
    const t = hs2stg(["run", apply, "--trace-json", join(dir, "t.json")]);
    expect(t.code).toBe(0);
    expect(t.stdout).toBe("True\n");
    expect(existsSync(join(dir, "t.json"))).toBe(true);
  });

  it("a missing file is a clear error", () => {
    const r = hs2stg(["run", join(dir, "nope.stg")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hs2stg: .*nope\.stg: cannot read the program/);
  });
});

describe("hs2stg convert - (the built CLI)", () => {
  it("reads a dump on stdin as it reads the file", () => {
    // The bundle runs through vm.Script, which has no import(): reading
    // stdin must not import a module dynamically (load-bundle.ts).
    const dump = "golden/fac-article/fac-article.dump-stg-final";
    const fromFile = hs2stg(["convert", dump]);
    expect(fromFile.code).toBe(0);
    const fromStdin = hs2stg(["convert", "-"], readFileSync(dump, "utf8"));
    expect(fromStdin.stderr).toBe("");
    expect(fromStdin.code).toBe(0);
    // The header names the source as given.
    expect(fromStdin.stdout).toBe(
      fromFile.stdout.replace(`#@ source ${dump}\n`, "#@ source -\n"),
    );
  });
});
