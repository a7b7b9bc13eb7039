// `hs2stg run` with a terminal as stdin (a fresh pseudo-terminal per run,
// made through hs2stg's native addon), against the GHC-built program run
// the same way: hSetBuffering stdin switches the terminal raw and cooked,
// characters typed without a newline are read once it is raw, and the
// run's end leaves the terminal as it found it (GHC's RTS restores what
// base changed; Node restores the standard streams' settings at exit).
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileNative } from "../../src/ghc/index.js";
import {
  TermCall,
  terminalCall,
} from "../../src/ministg/primops/posix-native.js";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");
const PROGRAM = join(import.meta.dirname, "../fixtures/terminal/stdin-raw.hs");
/** struct termios's c_lflag, and its ICANON and ECHO bits (Linux). */
const C_LFLAG = 12,
  ICANON = 0o2,
  ECHO = 0o10;

interface TerminalRun {
  readonly output: string;
  readonly exitCode: number | null;
  /** The terminal's c_lflag before and after the run. */
  readonly before: number;
  readonly after: number;
}

function lflag(fd: number): number {
  const t = new Uint8Array(60);
  const r = terminalCall(TermCall.GetAttr, fd, 0, t);
  if (r === null || r < 0) throw new Error(`tcgetattr failed: ${r}`);
  return new DataView(t.buffer).getUint32(C_LFLAG, true);
}

/** Runs the command with a new pseudo-terminal's slave as stdin, "xy" typed. */
function runOnTerminal(cmd: string, args: string[]): TerminalRun {
  const fds = new Uint8Array(8);
  const r = terminalCall(TermCall.OpenPty, 0, 0, fds);
  if (r === null) throw new Error("hs2stg's native addon is not built");
  if (r < 0) throw new Error(`openpty failed: errno ${-r}`);
  const v = new DataView(fds.buffer);
  const master = v.getInt32(0, true);
  const slave = v.getInt32(4, true);
  try {
    const before = lflag(slave);
    writeSync(master, "xy"); // typed, no newline
    const p = spawnSync(cmd, args, {
      stdio: [slave, "pipe", "pipe"],
      encoding: "utf8",
      timeout: 120_000,
    });
    return {
      output: p.stdout + p.stderr,
      exitCode: p.status,
      before,
      after: lflag(slave),
    };
  } finally {
    closeSync(slave);
    closeSync(master);
  }
}

// Pseudo-terminals need the native addon (npm install builds it when a C
// compiler is there); without it or GHC this file is skipped, and says so.
const HAVE_ADDON =
  terminalCall(TermCall.GetAttr, -1, 0, new Uint8Array(60)) !== null;

describe.skipIf(!HAVE_GHC || !HAVE_ADDON)(
  `a terminal as the run's stdin${HAVE_ADDON ? "" : " (skipped: hs2stg's native addon is not built)"}`,
  () => {
    for (const level of ["-O0", "-O1"]) {
      it(`hSetBuffering stdin switches it raw and cooked, and the run's end restores it (${level})`, async () => {
        const outDir = mkdtempSync(join(tmpdir(), "hs2stg-terminal-"));
        const exe = await compileNative(PROGRAM, {
          outDir,
          ghcOptions: [level],
        });
        const native = runOnTerminal(exe, []);
        const ours = runOnTerminal(BIN, [
          "run",
          PROGRAM,
          `--ghc-option=${level}`,
        ]);
        // The native run itself shows the switches this test is about.
        expect(native.output).toContain("NoBuffering: (False,True,1,0)");
        expect(native.output).toContain("('x','y')");
        expect(ours.output).toBe(native.output);
        expect(ours.exitCode).toBe(native.exitCode);
        expect(native.before & (ICANON | ECHO)).toBe(ICANON | ECHO);
        expect(ours.after).toBe(native.after);
        expect(ours.after).toBe(ours.before);
      });
    }
  },
);
