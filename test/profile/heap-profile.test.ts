// --heap-profile: the page in headless Chromium (Debian's chromium, driven
// by playwright-core) on a Haskell program that keeps a list alive, and the
// profile's numbers checked against themselves. Skipped, visibly, when
// chromium or GHC is absent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { hs2stg, tempDir } from "../trace/support.js";
import { HAVE_GHC } from "../support/ghc.js";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run"];
const RETAIN = join(import.meta.dirname, "fixtures", "retain.hs");
/** Set to a path to refresh the README's screenshot. */
const SHOT = process.env.HS2STG_PROFILE_SCREENSHOT;

interface Band {
  name: string;
  objects: number[];
  words: number[];
}

function profileData(html: string) {
  const m = /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(
    readFileSync(html, "utf8"),
  );
  return JSON.parse(m![1]!) as {
    meta: { steps: number };
    profile: {
      steps: number[];
      objects: number[];
      words: number[];
      views: Record<string, Band[]>;
      retainers: {
        group: string;
        objects: number;
        rows: { label: string; objects: number; path: string[] }[];
      } | null;
    };
  };
}

describe.skipIf(!HAVE_GHC || !HAVE_CHROMIUM)(
  `--heap-profile${HAVE_GHC && HAVE_CHROMIUM ? "" : " (skipped: needs ghc and /usr/bin/chromium)"}`,
  () => {
    const dir = tempDir();
    const html = join(dir, "retain.html");
    let run: ReturnType<typeof hs2stg>;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    const requests: string[] = [];

    beforeAll(async () => {
      run = hs2stg(["run", RETAIN, "--heap-profile", html]);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("request", (q) => requests.push(q.url()));
      await page.goto(pathToFileURL(html).href);
    }, 240_000);
    afterAll(async () => {
      await browser?.close();
    });

    it("runs the program as usual and says where the profile went", () => {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("4501500\n3000\n");
      expect(run.stderr).toMatch(
        /^hs2stg: heap profile: .*retain\.html \(\d+ censuses/m,
      );
    });

    it("samples the whole run, and every view adds up to the total", () => {
      const { meta, profile: p } = profileData(html);
      expect(p.steps.length).toBeGreaterThan(20);
      expect(p.steps.at(-1)).toBe(meta.steps);
      for (let i = 1; i < p.steps.length; i++)
        expect(p.steps[i]!).toBeGreaterThan(p.steps[i - 1]!);
      // The list of 3000 boxed Ints is live at the peak: at least 3000
      // cons cells and 3000 I# boxes.
      expect(Math.max(...p.objects)).toBeGreaterThanOrEqual(6000);
      for (const view of ["kind", "function", "site", "con"]) {
        const bands = p.views[view]!;
        p.steps.forEach((_, k) => {
          const sum = bands.reduce((a, b) => a + b.words[k]!, 0);
          expect(sum, `${view} at sample ${k}`).toBe(p.words[k]);
        });
      }
      const cons = p.views.con!.map((b) => b.name);
      expect(cons).toContain("GHC.Types.:");
      expect(cons).toContain("GHC.Types.I#");
    });

    it("names what keeps the list alive", () => {
      const r = profileData(html).profile.retainers!;
      // The retainer census is the last one that raised the peak by half or
      // more (docs/heap-profile.md), so at least two thirds of the 3,000 cells.
      expect(r.objects).toBeGreaterThanOrEqual(2000);
      expect(r.rows[0]!.label).toMatch(/Main\.xs|Main\.main/);
      expect(r.rows[0]!.objects).toBeGreaterThan(r.objects / 2);
    });

    it("is one self-contained page: no other requests, no script errors", () => {
      expect(requests.filter((u) => !u.startsWith("file:"))).toEqual([]);
      expect(errors).toEqual([]);
    });

    it("draws the chart and switches views and units", async () => {
      expect(await page.textContent("#summary")).toMatch(
        /steps \(exit code 0\); \d+ samples of \d+ censuses.*peak live heap/,
      );
      expect(await page.locator("#chart path").count()).toBeGreaterThan(1);
      await page.click('button[data-view="con"]');
      const legend = await page.textContent("#legend");
      expect(legend).toContain("I#");
      expect(legend).toMatch(/KiB|B\)/);
      await page.click('button[data-unit="objects"]');
      expect(await page.textContent("#legend")).toContain("objects)");
      await page.click('button[data-view="function"]');
      expect(await page.textContent("#legend")).toContain("GHC.Enum");
      const box = (await page.locator("#chart").boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
      expect(await page.isVisible("#tip")).toBe(true);
      expect(await page.textContent("#tip")).toMatch(/^step [\d,]+: /);
    });

    it("shows the retainer table", async () => {
      const rows = page.locator("#retainer-table tr");
      expect(await rows.count()).toBeGreaterThan(1);
      expect(await page.textContent("#retainers")).toMatch(
        /largest allocation site was .*: [\d,]+ objects/,
      );
      if (SHOT !== undefined) {
        await page.click('button[data-view="site"]');
        await page.click('button[data-unit="words"]');
        await page.screenshot({ path: SHOT, fullPage: true });
      }
    });
  },
);
