// bin/hs2stg starts Node without NODE_EXTRA_CA_CERTS (a start-up cost of no
// use to hs2stg) and puts it back: the program run sees the environment the
// user gave, whether the variable was set, set empty or unset. Expected
// outputs are what `lookupEnv` means for the environment each run is given.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HAVE_GHC } from "../support/ghc.js";

const BIN = join(import.meta.dirname, "../../bin/hs2stg");
const VAR = "NODE_EXTRA_CA_CERTS";
const SAVED = "HS2STG_NODE_EXTRA_CA_CERTS";

function envWith(value: string | undefined): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env[VAR];
  delete env[SAVED];
  if (value !== undefined) env[VAR] = value;
  return env;
}

describe.skipIf(!HAVE_GHC)("bin/hs2stg and NODE_EXTRA_CA_CERTS", () => {
  let dir = "";
  let prog = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "hs2stg-launcher-"));
    prog = join(dir, "Env.hs");
    writeFileSync(
      prog,
      [
        "import System.Environment (lookupEnv)",
        "main :: IO ()",
        "main = do",
        `  lookupEnv "${VAR}" >>= print`,
        `  lookupEnv "${SAVED}" >>= print`,
        "",
      ].join("\n"),
    );
  });
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true });
  });

  const run = (bin: string, value: string | undefined) =>
    spawnSync(bin, ["run", prog], {
      encoding: "utf8",
      env: { ...envWith(value), HS2STG_CACHE_DIR: join(dir, "cache") },
    });

  it.each([
    ["a path with spaces and a $", "/etc/some certs/$HOME.pem"],
    ["empty", ""],
  ])("a variable set (%s) is the program's", (_what, value) => {
    const r = run(BIN, value);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`Just ${JSON.stringify(value)}\nNothing\n`);
    expect(r.status).toBe(0);
  });

  it("an unset variable stays unset", () => {
    const r = run(BIN, undefined);
    expect(r.stdout).toBe("Nothing\nNothing\n");
    expect(r.status).toBe(0);
  });

  it("works through a symbolic link to bin/hs2stg (as npm installs it)", () => {
    const link = join(dir, "hs2stg-link");
    symlinkSync(BIN, link);
    const r = run(link, "x");
    expect(r.stdout).toBe('Just "x"\nNothing\n');
    expect(r.status).toBe(0);
  });
});
