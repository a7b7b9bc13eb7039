// `hs2stg run prog.stg -- ARGS < STDIN` through the CLI, on files converted
// from GHC's dumps of corpus programs (taken from the GHC-run cache the
// corpus test fills): stdout, stderr and exit code must be those of the
// GHC-built program, with arguments and standard input wired through.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execa } from "execa";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  buildAndRunNative,
  type NativeRun,
} from "../../support/ghc-compare.js";
import { corpusPrograms } from "../corpus/corpus-programs.js";
import { convertDumpFiles } from "../../../src/pipeline/convert-program.js";

const BIN = join(import.meta.dirname, "../../../bin/hs2stg");
const NAMES = ["args-sum", "wordcount", "exit-failure", "stderr-output"];
const tmp = mkdtempSync(join(tmpdir(), "hs2stg-cli-run-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!HAVE_GHC)("converted corpus programs through the CLI", () => {
  const programs = corpusPrograms().filter((p) => NAMES.includes(p.name));
  const native = new Map<string, NativeRun | { error: string }>();

  beforeAll(async () => {
    for (const p of programs)
      native.set(
        p.name,
        await buildAndRunNative(
          { ...p, progName: "prog" },
          [],
          join(tmp, `build-${p.name}`),
        ),
      );
  });

  it("covers the chosen programs", () => {
    expect(programs.map((p) => p.name).sort()).toEqual([...NAMES].sort());
  });

  for (const name of NAMES)
    it(name, async () => {
      const p = programs.find((q) => q.name === name)!;
      const n = native.get(name);
      if (n === undefined || "error" in n)
        throw new Error(`GHC could not build ${name}`);
      const file = join(tmp, "prog.stg");
      writeFileSync(
        file,
        convertDumpFiles(n.dumps, {
          file: p.source,
          dialect: "extended",
          ghcOptions: [],
          preludeFiles: [],
          comments: true,
          warn: () => {},
        }),
      );
      const r = await execa(BIN, ["run", file, "--", ...p.args], {
        input: p.stdin,
        encoding: "buffer",
        reject: false,
        stripFinalNewline: false,
      });
      expect({
        stdout: Buffer.from(r.stdout).toString("latin1"),
        stderr: Buffer.from(r.stderr).toString("latin1"),
        exitCode: r.exitCode,
      }).toEqual({
        stdout: n.stdout.toString("latin1"),
        stderr: n.stderr.toString("latin1"),
        exitCode: n.exitCode,
      });
    });
});
