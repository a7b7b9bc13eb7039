// Exceptions as top-level programs meet them (raise#/raiseIO#/catch# in the
// machine, GHC's top-level handler in preludes/base/GHC.TopHandler.stg):
// each program in programs/ is built by GHC at -O0 and -O1 and run natively
// and through our pipeline; stdout, stderr and exit code must be identical.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { HAVE_GHC } from "../../support/ghc.js";
import {
  compileNativeWithDumps,
  type StgDumpFile,
} from "../../../src/ghc/index.js";
import { convertDumps, runConverted } from "../../../src/pipeline/in-memory.js";

const DIR = join(import.meta.dirname, "programs");
const PROGRAMS = readdirSync(DIR)
  .filter((f) => f.endsWith(".hs"))
  .sort();
const LEVELS = ["-O0", "-O1"] as const;

interface Outcome {
  stdout: string;
  stderr: string;
  exitCode: number;
}

describe.skipIf(!HAVE_GHC)("exceptions: hs2stg vs GHC", () => {
  let work = "";
  const native = new Map<string, { dumps: StgDumpFile[]; out: Outcome }>();

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "hs2stg-exc-"));
    for (const p of PROGRAMS) {
      for (const level of LEVELS) {
        const outDir = join(work, `${p}${level}`);
        const { exe, dumps } = await compileNativeWithDumps(join(DIR, p), {
          outDir,
          exeName: "prog",
          ghcOptions: ["-dynamic", level],
        });
        const r = await execa(exe, [], {
          reject: false,
          stripFinalNewline: false,
        });
        native.set(`${p}${level}`, {
          dumps,
          out: {
            stdout: r.stdout,
            stderr: r.stderr,
            exitCode: r.exitCode ?? -1,
          },
        });
      }
    }
  }, 240_000);

  afterAll(async () => {
    if (work !== "") await rm(work, { recursive: true, force: true });
  });

  for (const p of PROGRAMS) {
    for (const level of LEVELS) {
      it(`${p} ${level}`, () => {
        const n = native.get(`${p}${level}`)!;
        const program = convertDumps(n.dumps, join(DIR, p));
        const r = runConverted(program, { progName: "prog" });
        const ours: Outcome = {
          stdout: Buffer.from(r.stdout).toString("utf8"),
          stderr: Buffer.from(r.stderr).toString("utf8"),
          exitCode: r.exitCode,
        };
        expect(ours).toEqual(n.out);
      });
    }
  }
});
