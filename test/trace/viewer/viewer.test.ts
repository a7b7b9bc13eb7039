// --trace-html: the single-file viewer loaded in headless Chromium (Debian's
// chromium, driven by playwright-core): step through a real trace and check
// what the page shows. Skipped, visibly, only when chromium is absent.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { FAC, FIXTURES, hs2stg, readTrace, tempDir } from "../support.js";
import { HAVE_GHC } from "../../support/ghc.js";

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
      // The whole heap, not the default focus on what code and stack reach.
      await page.selectOption("#focus", "all");
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
      await page.selectOption("#focus", "3");
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

// A real program: a search tree of 45 Ints built by foldr and flattened
// twice. Mid-run its heap holds over 200 live objects, most of them the base
// library's: the graph shows the program's part, the rest in groups.
describe.skipIf(!HAVE_CHROMIUM || !HAVE_GHC)(
  "--trace-html on a real program's heap in headless Chromium",
  () => {
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    let t: ReturnType<typeof traceBoth>;
    let lines: Record<string, unknown>[];

    beforeAll(async () => {
      const { copyFileSync } = await import("node:fs");
      copyFileSync(join(FIXTURES, "tree.hs"), join(dir, "Tree.hs"));
      t = traceBoth("Tree.hs", dir);
      lines = t.trace.lines as Record<string, unknown>[];
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(t.html).href);
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
    });

    const text = async (sel: string) => (await page.textContent(sel)) ?? "";
    const go = async (step: number) => {
      await page.fill("#jump", String(step));
      await page.click("#jump-go");
    };
    /** Node id (or group) -> its transform, for the nodes drawn now. */
    const positions = async () =>
      new Map(
        await page.$$eval("#graph .node", (ns) =>
          ns.map(
            (n) =>
              [
                n.getAttribute("data-id") ??
                  "group:" + n.getAttribute("data-group"),
                n.getAttribute("transform") ?? "",
              ] as [string, string],
          ),
        ),
      );
    /** A mid-run state with at least 200 live objects whose next step keeps most of them. */
    const bigStep = () => {
      const k = t.trace.states.findIndex(
        (s, i) =>
          s.step > 3000 &&
          s.heap.size >= 200 &&
          t.trace.states[i + 1] !== undefined &&
          s.code.includes("toList_Main"),
      );
      expect(k).toBeGreaterThan(0);
      return k;
    };

    it("runs the program and embeds its whole run", () => {
      expect(t.r.code).toBe(0);
      expect(t.r.stdout).toBe("2238\n[2,3,6,9,10,12,13,16,19,20]\n");
      expect(t.trace.end.traced.bounded).toBeNull();
      expect(errors).toEqual([]);
    });

    it("focuses on what code and stack reach, with library groups", async () => {
      const k = bigStep();
      const s = t.trace.states[k]!;
      await go(s.step);
      expect(await text("#step-label")).toContain(`Step ${s.step} `);
      // What the viewer should show: within 3 hops of code and stack, plus
      // what the step touched -- computed here from the JSON trace.
      const line = lines.find(
        (l) => l.type === "step" && l.step === s.step,
      ) as { codeRefs: string[]; touched?: Record<string, string[] | string> };
      const depth = new Map<string, number>();
      const queue = [
        ...line.codeRefs,
        ...s.stack.flatMap((f) => f.refs),
      ].filter((r) => s.heap.has(r));
      for (const r of queue) if (!depth.has(r)) depth.set(r, 0);
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i]!;
        for (const r of s.heap.get(id)!.refs)
          if (s.heap.has(r) && !depth.has(r)) {
            depth.set(r, depth.get(id)! + 1);
            queue.push(r);
          }
      }
      const want = new Set(
        [...depth].filter(([, d]) => d <= 3).map(([id]) => id),
      );
      const touched = line.touched ?? {};
      for (const v of Object.values(touched))
        for (const id of [v].flat()) if (s.heap.has(id)) want.add(id);
      const single = await page.locator("#graph .node:not(.group)").count();
      const grouped = (
        await page.$$eval("#graph .node.group", (ns) =>
          ns.map((n) => Number(n.getAttribute("data-count"))),
        )
      ).reduce((a, b) => a + b, 0);
      expect(single + grouped).toBe(want.size);
      expect(want.size).toBeLessThan(s.heap.size);
      expect(await text("#heap-count")).toContain(
        `${s.heap.size} objects live; showing ${want.size} within 3 hops`,
      );
      // The base library's closures are grouped by module; the program's are not.
      const groups = await page.$$eval("#graph .node.group", (ns) =>
        ns.map((n) => n.getAttribute("data-group")!),
      );
      expect(groups.length).toBeGreaterThan(0);
      expect(
        groups.every((g) => /^(GHC|Data|Control|System|Text)\./.test(g)),
      ).toBe(true);
      const ids = await page.$$eval("#graph .node:not(.group)", (ns) =>
        ns.map((n) => n.getAttribute("data-id")!),
      );
      for (const id of ids.filter((i) => !i.startsWith("$")))
        expect(t.trace.names[id] ?? id).not.toMatch(/^GHC\./);
      expect(
        ids.some((id) => (t.trace.names[id] ?? "").startsWith("Main.")),
      ).toBe(true);
      // A group expands on click into its closures.
      const g = groups[0]!;
      const n = Number(
        await page.getAttribute(
          `#graph .node.group[data-group="${g}"]`,
          "data-count",
        ),
      );
      await page.click(`#graph .node.group[data-group="${g}"]`);
      expect(await page.locator("#graph .node.group").count()).toBe(
        groups.length - 1,
      );
      expect(await page.locator("#graph .node:not(.group)").count()).toBe(
        single + n,
      );
      await page.click("#collapse");
      expect(await page.locator("#graph .node.group").count()).toBe(
        groups.length,
      );
      // The whole heap on request.
      await page.selectOption("#focus", "all");
      expect(await text("#heap-count")).toContain(`showing ${s.heap.size}`);
      await page.selectOption("#focus", "3");
    });

    it("keeps node positions from one step to the next and marks what changed", async () => {
      const k = bigStep();
      const s = t.trace.states[k]!;
      await go(s.step);
      const before = await positions();
      await page.keyboard.press("ArrowRight");
      expect(await text("#step-label")).toContain(
        `Step ${t.trace.states[k + 1]!.step} `,
      );
      const after = await positions();
      const both = [...before.keys()].filter((id) => after.has(id));
      expect(both.length).toBeGreaterThanOrEqual(20);
      for (const id of both)
        expect([id, after.get(id)]).toEqual([id, before.get(id)]);
      // Over a stretch of steps: every step that allocated marks the new object.
      let marked = 0;
      for (let i = k; i < k + 40; i++) {
        const st = t.trace.states[i]!;
        const l = lines.find(
          (x) => x.type === "step" && x.step === st.step,
        ) as {
          touched?: { allocated: string[] };
          story?: string[];
        };
        await go(st.step);
        const story = await page.locator("#story li").allTextContents();
        expect(story.length).toBe((l.story ?? []).length);
        for (const id of l.touched?.allocated ?? []) {
          expect(story.some((x) => x.startsWith(`allocated ${id} = `))).toBe(
            true,
          );
          const cls = await page.getAttribute(
            `#graph .node[data-id="${id}"]`,
            "class",
          );
          if (cls !== null) {
            expect(cls).toContain("alloc");
            marked++;
          }
        }
      }
      expect(marked).toBeGreaterThan(0);
    });

    it("shows Haskell names, allocation sites, output and the outcome", async () => {
      const k = bigStep();
      await go(t.trace.states[k]!.step);
      // Code: Haskell names, the encoded name on hover.
      expect(await text("#code")).toContain("Main.toList");
      expect(
        await page.getAttribute(
          '#code .hsname:text-is("Main.toList")',
          "title",
        ),
      ).toMatch(/^toList_Main/);
      // Every allocated object says which binding allocated it.
      const allocated = await page.$$eval("#graph .node:not(.group)", (ns) =>
        ns
          .map((n) => n.getAttribute("data-id")!)
          .filter((id) => id.startsWith("$")),
      );
      await page.click(`#graph .node[data-id="${allocated[0]}"]`);
      expect(await text("#detail")).toMatch(/allocated by Main\.\w+\//);
      // Source spans: where the program's sources define its functions.
      await page.fill("#search", "main.tolist");
      await page.press("#search", "Enter");
      expect(await text("#detail")).toContain("defined at Tree.hs:12:1");
      await page.fill("#search", "");
      // Output on the step that wrote it, and the outcome in Haskell terms.
      const firstOut = lines.find(
        (l) => l.type === "step" && l.output !== undefined,
      )!;
      await go(firstOut.step as number);
      expect(await text("#story")).toContain("wrote to stdout");
      await page.keyboard.press("End");
      expect(await text("#output")).toBe(t.r.stdout);
      expect(await text("#outcome")).toContain("main returned (); exit code 0");
      await page.keyboard.press("Home");
      expect(await text("#step-label")).toContain("Step 0 ");
      expect(errors).toEqual([]);
    });

    it("searches any case and scrolls the hit into view", async () => {
      const k = bigStep();
      await go(t.trace.states[k]!.step);
      await page.fill("#search", "MAIN.INSERT");
      const hits = await page.locator("#search-results li").allTextContents();
      expect(hits[0]).toContain("insert_Main (Main.insert, Tree.hs:5:1): FUN");
      expect(await text("#search-count")).toMatch(/^\d+ match/);
      // A closure deep in the heap: selecting it shows it and scrolls to it.
      await page.fill("#search", "GHC.Show.showsPrec");
      const deep = await page
        .locator("#search-results li")
        .first()
        .getAttribute("data-id");
      expect(deep).not.toBeNull();
      await page.click("#search-results li >> nth=0");
      const node = page.locator(`#graph .node[data-id="${deep}"]`);
      expect(await node.getAttribute("class")).toContain("selected");
      const box = (await node.boundingBox())!;
      const wrap = (await page.locator("#graph-wrap").boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(wrap.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(wrap.y + wrap.height + 1);
      expect(box.x).toBeGreaterThanOrEqual(wrap.x - 1);
      expect(box.x + box.width).toBeLessThanOrEqual(wrap.x + wrap.width + 1);
      await page.fill("#search", "");
      if (process.env.HS2STG_SCREENSHOT === "1") {
        await go(t.trace.states[k]!.step);
        const thunk = await page.$$eval(
          "#graph .node.kind-THUNK:not(.group)",
          (ns) => ns.map((n) => n.getAttribute("data-id")!),
        );
        if (thunk[0] !== undefined)
          await page.click(`#graph .node[data-id="${thunk[0]}"]`);
        await page.evaluate(() => {
          window.scrollTo(0, 0);
          document.getElementById("graph-wrap")!.scrollTo(0, 0);
        });
        await page.screenshot({ path: "docs/trace-heap-graph.png" });
      }
      expect(errors).toEqual([]);
    });
  },
);

describe.skipIf(!HAVE_CHROMIUM || !HAVE_GHC)(
  "--trace-html shows threads in headless Chromium",
  () => {
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];
    let t: ReturnType<typeof traceBoth>;

    beforeAll(async () => {
      t = traceBoth(
        join(
          import.meta.dirname,
          "..",
          "..",
          "programs",
          "concurrent",
          "mvar-handoff.hs",
        ),
      );
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(pathToFileURL(t.html).href);
    }, 300_000);
    afterAll(async () => {
      await browser?.close();
    });

    const go = async (step: number) => {
      await page.fill("#jump", String(step));
      await page.click("#jump-go");
    };

    it("hides the threads before the first fork", async () => {
      expect(t.r.code).toBe(0);
      expect(await page.locator("#threads-section").isHidden()).toBe(true);
      expect(errors).toEqual([]);
    });

    it("shows which thread runs and each suspended thread's stack, collapsed", async () => {
      const states = t.trace.states;
      // The first switch that leaves a blocked thread behind.
      const s = states.find(
        (x) =>
          x.rule === "SWITCH" &&
          (x.threads ?? []).some(
            (th) => th.status.startsWith("blocked") && th.stack.length > 1,
          ),
      )!;
      expect(s).toBeDefined();
      await go(s.step);
      expect(await page.locator("#threads-section").isVisible()).toBe(true);
      expect(await page.textContent("#thread-running")).toBe(
        `thread ${s.thread} runs; ${s.threads!.length} suspended`,
      );
      expect(await page.textContent("#stack-count")).toContain(
        `(thread ${s.thread})`,
      );
      const blocked = s.threads!.find((th) => th.status.startsWith("blocked"))!;
      const d = page.locator(`#threads details[data-thread="${blocked.id}"]`);
      expect(await page.locator("#threads details").count()).toBe(
        s.threads!.length,
      );
      expect(await d.getAttribute("open")).toBeNull();
      expect(await d.locator("summary").textContent()).toBe(
        `thread ${blocked.id}: ${blocked.status} (${blocked.stack.length} frames)`,
      );
      expect(await d.locator(".frame").first().isVisible()).toBe(false);
      await d.locator("summary").click();
      expect(await d.locator(".frame").count()).toBe(blocked.stack.length);
      expect(await d.locator(".frame").first().isVisible()).toBe(true);
      // Frames read in Haskell names, as the running stack's do.
      const first = (await d.locator(".frame").first().textContent()) ?? "";
      expect(first).not.toMatch(/_GHCzi/);
      // An opened thread stays open on the next step.
      await page.click("#next");
      if (
        (await page
          .locator(`#threads details[data-thread="${blocked.id}"]`)
          .count()) > 0
      )
        expect(
          await page
            .locator(`#threads details[data-thread="${blocked.id}"]`)
            .getAttribute("open"),
        ).not.toBeNull();
      expect(errors).toEqual([]);
    });
  },
);
