// `hs2stg step` on a terminal: run under tmux (its own server socket), keys
// sent with send-keys and the screen read with capture-pane. Skipped,
// visibly, when tmux is absent. The server runs in the foreground (-D, a
// child of the test) rather than as a daemon: daemonizing needs /dev/null
// to be the device, which some containers do not give.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  execFileSync,
  spawn,
  spawnSync,
  type ChildProcess,
} from "node:child_process";
import { join } from "node:path";
import { FAC } from "../trace/support.js";

const BIN = join(import.meta.dirname, "..", "..", "bin", "hs2stg");
const HAVE_TMUX = spawnSync("tmux", ["-V"]).status === 0;
const SOCKET = `hs2stg-step-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync("tmux", ["-L", SOCKET, ...args], { encoding: "utf8" });
}

const screen = (): string => tmux("capture-pane", "-p", "-t", "s");

/** Waits until the screen matches (the stepper redraws after each key). */
async function waitFor(re: RegExp, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  let last = "";
  while (Date.now() < until) {
    last = screen();
    if (re.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never matched ${re}:\n${last}`);
}

describe.skipIf(!HAVE_TMUX)(
  `hs2stg step on a terminal (tmux)${HAVE_TMUX ? "" : " (skipped: tmux is absent; apt-get install -y tmux)"}`,
  () => {
    let server: ChildProcess | undefined;
    beforeAll(async () => {
      server = spawn("tmux", ["-L", SOCKET, "-D"], { stdio: "ignore" });
      const until = Date.now() + 10_000;
      for (;;) {
        if (spawnSync("tmux", ["-L", SOCKET, "list-sessions"]).status !== null)
          if (spawnSync("tmux", ["-L", SOCKET, "start-server"]).status === 0)
            break;
        if (Date.now() > until)
          throw new Error("the tmux server did not start");
        await new Promise((r) => setTimeout(r, 100));
      }
      tmux(
        "new-session",
        "-d",
        "-s",
        "s",
        "-x",
        "160",
        "-y",
        "60",
        `${BIN} step ${FAC}; echo STEPPER-EXIT=$?; sleep 60`,
      );
    });
    afterAll(() => {
      spawnSync("tmux", ["-L", SOCKET, "kill-server"]);
      if (server?.exitCode === null) server.kill();
    });

    it("opens on the initial state with the keys shown", async () => {
      const s = await waitFor(/^step 0 {2}START/m);
      expect(s).toMatch(/^\[1\/\d+\]/m);
      expect(s).toMatch(
        /n next {2}b back {2}c continue to {2}q quit {2}\? help/,
      );
    });

    it("n and space go forward, b goes back", async () => {
      tmux("send-keys", "-t", "s", "n");
      expect(await waitFor(/^step 1 {2}THUNK/m)).toMatch(/~ main = BLACKHOLE/);
      tmux("send-keys", "-t", "s", "Space");
      await waitFor(/^step 2 {2}KNOWNCALL/m);
      tmux("send-keys", "-t", "s", "b");
      await waitFor(/^step 1 {2}THUNK/m);
    });

    it("c NAME continues to where the code enters that function", async () => {
      tmux("send-keys", "-t", "s", "c");
      await waitFor(/continue to function:\s*$/m);
      tmux("send-keys", "-t", "s", "fac", "Enter");
      const s = await waitFor(/^entered fac$/m);
      expect(s).toMatch(/^code\n {2}fac_\S* /m);
      const at = Number(/^step (\d+)/m.exec(s)![1]);
      expect(at).toBeGreaterThan(2);
    });

    it("? shows the help; G goes to the last state, with the outcome", async () => {
      tmux("send-keys", "-t", "s", "?");
      await waitFor(/^keys: n\/space\/Enter next/m);
      tmux("send-keys", "-t", "s", "G");
      await waitFor(/end: the program's value: \(I 6\)/);
    });

    it("q quits with the program's exit code", async () => {
      tmux("send-keys", "-t", "s", "q");
      await waitFor(/^STEPPER-EXIT=0$/m);
    });
  },
);
