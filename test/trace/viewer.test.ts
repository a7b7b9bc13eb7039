// --trace-html: the single-file viewer loaded in headless Chromium (Debian's
// chromium, driven by playwright-core): step through a real trace and check
// what the page shows. Skipped, visibly, only when chromium is absent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { FAC, hs2stg, readTrace, tempDir } from "./support.js";
import { HAVE_GHC } from "../support/ghc.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const dir = tempDir();

/** Runs FILE with both --trace-html and --trace-json, so the page can be checked against the JSON. */
function traceBoth(file: string, cwd?: string) {
  const html = join(dir, `v${Math.random().toString(36).slice(2)}.html`);
  const json = html.replace(/\.html$/, ".jsonl");
  const r = hs2stg(
    ["run", file, "--trace-html", html, "--trace-json", json],
    cwd,
  );
  return { r, html, trace: readTrace(json) };
}

describe.skipIf(!HAVE_CHROMIUM)(
  `--trace-html in headless Chromium${HAVE_CHROMIUM ? "" : ` (skipped: ${CHROMIUM} is absent; apt-get install -y chromium)`}`,
  () => {
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];
    const fac = traceBoth(FAC);

    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (q) => requests.push(q.url()));
      await page.goto(pathToFileURL(fac.html).href);
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
    });

    const text = async (sel: string) => (await page.textContent(sel)) ?? "";

    it("is one self-contained file: no other requests, no script errors", () => {
      expect(fac.r.code).toBe(0);
      const src = readFileSync(fac.html, "utf8");
      expect(src).not.toMatch(
        /<script[^>]+src=|<link[^>]+href=|<img|@import|url\((?!#)/,
      );
      expect(requests).toEqual([pathToFileURL(fac.html).href]);
      expect(errors).toEqual([]);
    });

    it("opens on the initial state", async () => {
      expect(await text("#step-label")).toContain("Step 0");
      expect(await text("#rule")).toBe("initial state");
      expect(await text("#code")).toBe("main");
      expect(await page.locator("#stack .frame").count()).toBe(0);
      // fac, main, three (what main uses) and one (what fac uses).
      expect(await page.locator("#graph .node").count()).toBe(4);
      expect(await page.locator("#prev").isDisabled()).toBe(true);
    });

    it("steps forward and back: rule, explanation, stack frames, heap nodes", async () => {
      await page.click("#next");
      expect(await text("#step-label")).toContain("Step 1");
      expect(await text("#rule")).toBe("THUNK");
      expect(await text("#rule-explain")).toContain("update frame");
      expect(await page.locator("#stack .frame").allTextContents()).toEqual([
        "upd * main",
      ]);
      expect(
        await page
          .locator('#graph .node[data-id="main"]')
          .getAttribute("class"),
      ).toContain("kind-BLACKHOLE");
      await page.keyboard.press("ArrowRight");
      expect(await text("#step-label")).toContain("Step 2");
      await page.click("#prev");
      await page.click("#prev");
      expect(await text("#step-label")).toContain("Step 0");
    });

    it("every step shows the state the JSON trace records", async () => {
      for (const s of fac.trace.states) {
        await page.fill("#jump", String(s.step));
        await page.click("#jump-go");
        expect(await text("#step-label")).toContain(`Step ${s.step} `);
        expect(await text("#rule")).toBe(s.rule ?? "initial state");
        expect(await text("#code")).toBe(s.code);
        expect(await page.locator("#stack .frame").count()).toBe(
          s.stack.length,
        );
        expect(await page.locator("#graph .node").count()).toBe(s.heap.size);
        const edges = [...s.heap.values()].reduce(
          (n, o) =>
            n + o.refs.filter((r) => r !== o.id && s.heap.has(r)).length,
          0,
        );
        expect(await page.locator("#graph path.edge").count()).toBe(edges);
      }
      expect(errors).toEqual([]);
    });

    it("jumps to a step and searches for a closure", async () => {
      const last = fac.trace.states[fac.trace.states.length - 1]!;
      await page.click("#last");
      expect(await text("#step-label")).toContain(`Step ${last.step} `);
      expect(await page.locator("#next").isDisabled()).toBe(true);
      await page.fill("#jump", "1");
      await page.press("#jump", "Enter");
      await page.fill("#search", "main");
      expect(
        await page.locator("#search-results li").allTextContents(),
      ).toEqual(["main: BLACKHOLE BLACKHOLE"]);
      await page.click("#search-results li");
      expect(
        await page
          .locator('#graph .node[data-id="main"]')
          .getAttribute("class"),
      ).toContain("selected");
      expect(await text("#detail")).toContain("BLACKHOLE");
      // `three` is gone at the last step: the search says where it is.
      await page.click("#last");
      await page.fill("#search", "three");
      expect(await text("#search-results")).toMatch(
        /three is not in this heap; it appears at step \d+/,
      );
      await page.fill("#search", "");
    });

    it.skipIf(!HAVE_GHC)(
      "a translated program shows Haskell names (screenshot for the README)",
      async () => {
        const hs = join(dir, "Squares.hs");
        const { writeFileSync } = await import("node:fs");
        writeFileSync(
          hs,
          "main :: IO ()\nmain = print (sum (map (\\x -> x * x) [1 .. 5 :: Int]))\n",
        );
        const t = traceBoth("Squares.hs", dir);
        expect(t.r.stdout).toBe("55\n");
        const p = await browser.newPage({
          viewport: { width: 1400, height: 900 },
        });
        await p.goto(pathToFileURL(t.html).href);
        await p.fill("#search", "GHC.Base.map");
        expect(
          await p.locator("#search-results li").first().textContent(),
        ).toContain("map_GHCziBase (GHC.Base.map): FUN");
        // A step in the middle of the fold, with thunks of map on the heap.
        const mid = t.trace.states.find(
          (s) =>
            s.step > 150 &&
            s.stack.length >= 6 &&
            [...s.heap.values()].some((o) => o.kind === "THUNK"),
        )!;
        await p.fill("#jump", String(mid.step));
        await p.click("#jump-go");
        // The code's globals are listed with their Haskell names.
        const usesMap = t.trace.states.find((s) =>
          s.code.includes("map_GHCziBase"),
        )!;
        await p.fill("#jump", String(usesMap.step));
        await p.click("#jump-go");
        expect(await p.textContent("#code-names")).toContain(
          "map_GHCziBase = GHC.Base.map",
        );
        await p.fill("#jump", String(mid.step));
        await p.click("#jump-go");
        await p.fill("#search", "GHC.Base.map");
        await p.click("#search-results li");
        expect(await p.textContent("#detail")).toContain("GHC.Base.map");
        await p.evaluate(() => window.scrollTo(0, 0));
        if (process.env.HS2STG_SCREENSHOT === "1")
          await p.screenshot({ path: "docs/trace-screenshot.png" });
        await p.close();
      },
    );
  },
);
