// The GHC driver against the real GHC: dumps for single- and multi-module
// programs, nothing left beside the sources, GHC's errors passed through,
// the missing-GHC message, the version warning, and native builds.
import { describe, expect, it } from "vitest";
import {
  chmod,
  mkdtemp,
  readdir,
  rm,
  writeFile,
  mkdir,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { HAVE_GHC } from "../support/ghc.js";
import { compileNative, dumpStg, locateGhc } from "../../src/ghc/index.js";
import { UserError } from "../../src/errors.js";

async function scratch(): Promise<string> {
  return mkdtemp(join(tmpdir(), "hs2stg-ghc-test-"));
}

async function withProgram(
  files: Record<string, string>,
  body: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await scratch();
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, ".."), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    await body(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).sort();
}

const MAIN =
  'import Helper.Text (greet)\nmain :: IO ()\nmain = putStrLn (greet "stg")\n';
const HELPER =
  'module Helper.Text (greet) where\ngreet :: String -> String\ngreet s = "hello " ++ s\n';

describe("locateGhc without GHC", () => {
  it("names the install command when the given GHC does not exist", async () => {
    const err = await locateGhc("/nonexistent/bin/ghc-9.0.2").catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain("apt-get install -y ghc");
    expect((err as UserError).message).toContain("/nonexistent/bin/ghc-9.0.2");
    expect((err as UserError).exitCode).toBe(1);
  });
});

describe.skipIf(!HAVE_GHC)("GHC driver", () => {
  it("dumps every module of a multi-module program and leaves the sources' folder untouched", async () => {
    await withProgram(
      { "Main.hs": MAIN, "Helper/Text.hs": HELPER },
      async (dir) => {
        const before = await listAll(dir);
        const dumps = await dumpStg(join(dir, "Main.hs"), {
          onGhcOutput: () => {},
        });
        expect(dumps.map((d) => d.name)).toEqual([
          "Helper/Text.dump-stg-final",
          "Main.dump-stg-final",
        ]);
        expect(dumps[0]!.text).toContain("Helper.Text.greet");
        expect(dumps[1]!.text).toContain("Main.main");
        expect(await listAll(dir)).toEqual(before);
      },
    );
  });

  it("passes --ghc-option after -O0, so -O1 takes effect", async () => {
    await withProgram(
      {
        "m.hs":
          "f :: Int -> Int\nf x = x * 2 + 1\nmain :: IO ()\nmain = getLine >>= print . f . read\n",
      },
      async (dir) => {
        const o0 = await dumpStg(join(dir, "m.hs"), { onGhcOutput: () => {} });
        const o1 = await dumpStg(join(dir, "m.hs"), {
          ghcOptions: ["-O1"],
          onGhcOutput: () => {},
        });
        // At -O0 the arithmetic goes through the Num dictionary; -O1 uses primops.
        expect(o0[0]!.text).toContain("GHC.Num.$fNumInt");
        expect(o1[0]!.text).not.toContain("GHC.Num.$fNumInt");
        expect(o1[0]!.text).toContain("*#");
      },
    );
  });

  it("shows GHC's own error message and fails with exit code 1", async () => {
    await withProgram(
      { "bad.hs": "main :: IO ()\nmain = putStrLn (1 + True)\n" },
      async (dir) => {
        let ghcSaid = "";
        const err = await dumpStg(join(dir, "bad.hs"), {
          onGhcOutput: (t) => (ghcSaid += t),
        }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(UserError);
        expect((err as UserError).exitCode).toBe(1);
        expect((err as UserError).message).toContain("bad.hs");
        expect(ghcSaid).toMatch(/bad\.hs:2:\d+: error:/);
        expect(await listAll(dir)).toEqual(["bad.hs"]);
      },
    );
  });

  it("reports a missing source file", async () => {
    const err = await dumpStg("/nonexistent/Prog.hs").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain(
      "/nonexistent/Prog.hs: no such file",
    );
  });

  it("warns about an unsupported GHC version and still tries it", async () => {
    await withProgram(
      { "m.hs": "main :: IO ()\nmain = pure ()\n" },
      async (dir) => {
        const real = execFileSync("sh", ["-c", "command -v ghc"], {
          encoding: "utf8",
        }).trim();
        const fake = join(dir, "fake-ghc");
        await writeFile(
          fake,
          `#!/bin/sh\nif [ "$1" = --numeric-version ]; then echo 9.4.7; else exec ${real} "$@"; fi\n`,
        );
        await chmod(fake, 0o755);
        const warnings: string[] = [];
        const dumps = await dumpStg(join(dir, "m.hs"), {
          ghc: fake,
          warn: (m) => warnings.push(m),
          onGhcOutput: () => {},
        });
        expect(warnings).toHaveLength(1);
        expect(warnings[0]).toContain("GHC 9.4.7");
        expect(warnings[0]).toContain("9.0.2");
        expect(dumps).toHaveLength(1);
      },
    );
  });

  it("builds a native executable outside the source folder", async () => {
    await withProgram(
      { "Main.hs": MAIN, "Helper/Text.hs": HELPER },
      async (dir) => {
        const out = await scratch();
        try {
          const exe = await compileNative(join(dir, "Main.hs"), {
            outDir: out,
            onGhcOutput: () => {},
          });
          expect(execFileSync(exe, { encoding: "utf8" })).toBe("hello stg\n");
          expect(await listAll(dir)).toEqual([
            "Helper",
            "Helper/Text.hs",
            "Main.hs",
          ]);
        } finally {
          await rm(out, { recursive: true, force: true });
        }
      },
    );
  });
});
