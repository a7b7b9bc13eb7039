// The heap profiler behind --heap-profile: the machine's census hook. It
// takes a census every N steps, N adapting so a run of any length ends with
// a few hundred samples (when the samples reach twice the target, every
// other one is dropped and N doubles) and so censuses take a bounded share
// of the run: N is at least CENSUS_WORK_FACTOR steps per object the last
// census visited (deterministic, unlike a wall-clock rule). A heap of a million objects is thus sampled less often
// than a small one. At each new peak of the live heap (by half) it asks
// what retains the largest allocation site's objects.
import type { CompiledProgram } from "../ministg/machine/compile.js";
import type { CensusHook, CensusRoots } from "../ministg/machine/census.js";
import { Attribution, KIND_NAMES } from "./attribution.js";
import {
  CensusBuffers,
  decodeSite,
  takeCensus,
  type Decode,
} from "./census.js";
import { retainersOf, type RetainerReport } from "./retainers.js";

/** Samples aimed at: between TARGET and 2 * TARGET. */
const TARGET = 256;
/** The first interval, in steps. */
const FIRST_INTERVAL = 16;
/**
 * Steps between two censuses: at least this many per object and frame the
 * last one visited (a step and a visit cost about the same, so the censuses
 * take about 1/CENSUS_WORK_FACTOR of the run's time at most).
 */
export const CENSUS_WORK_FACTOR = 2;
/** Groups charted by name; the rest are summed as "(other)". */
const TOP_GROUPS = 14;

interface Sample {
  readonly step: number;
  readonly objects: number;
  readonly words: number;
  readonly classes: Int32Array;
  readonly classObjects: Float64Array;
  readonly classWords: Float64Array;
}

export interface Band {
  readonly name: string;
  readonly objects: readonly number[];
  readonly words: readonly number[];
}

export interface HeapProfile {
  readonly steps: readonly number[];
  readonly objects: readonly number[];
  readonly words: readonly number[];
  /** One chart each: closure kind (-hT), function (-hc), site, constructor (-hd). */
  readonly views: {
    readonly kind: readonly Band[];
    readonly function: readonly Band[];
    readonly site: readonly Band[];
    readonly con: readonly Band[];
  };
  readonly interval: number;
  readonly censuses: number;
  readonly censusMs: number;
  readonly retainers: RetainerReport | null;
}

export class HeapProfiler implements CensusHook {
  readonly first = 1;
  private readonly attr = new Attribution();
  private readonly buffers = new CensusBuffers();
  private samples: Sample[] = [];
  private interval = FIRST_INTERVAL;
  private censuses = 0;
  private censusMs = 0;
  private peakWords = -1;
  private retainers: RetainerReport | null = null;

  constructor(private readonly decode: Decode = (n) => n) {}

  prepare(prog: CompiledProgram): void {
    this.attr.prepare(prog);
  }

  take(step: number, roots: CensusRoots): number {
    const work = this.census(step, roots);
    return step + Math.max(this.interval, CENSUS_WORK_FACTOR * work);
  }

  finish(step: number, roots: CensusRoots): void {
    const last = this.samples[this.samples.length - 1];
    if (last === undefined || last.step < step) this.census(step, roots);
  }

  /** Takes one census; answers its work (objects and frames visited). */
  private census(step: number, roots: CensusRoots): number {
    const t0 = performance.now();
    const c = takeCensus(step, roots, this.attr, false, this.buffers);
    this.censuses++;
    this.samples.push({
      step,
      objects: c.objects,
      words: c.words,
      classes: c.classes,
      classObjects: c.classObjects,
      classWords: c.classWords,
    });
    if (this.samples.length >= 2 * TARGET) {
      this.samples = this.samples.filter((_, i) => i % 2 === 1);
      this.interval *= 2;
    }
    // A new peak (by half at least, so a growing heap does not pay at
    // every census): what keeps its largest site alive?
    if (c.words > 0 && c.words >= this.peakWords * 1.5) {
      this.peakWords = c.words;
      const bySite = new Map<number, number>();
      c.classes.forEach((k, j) => {
        const site = this.attr.classes[k]!.site;
        bySite.set(site, (bySite.get(site) ?? 0) + c.classWords[j]!);
      });
      let best = -1;
      let bestWords = -1;
      for (const [site, w] of bySite)
        if (w > bestWords) [best, bestWords] = [site, w];
      if (best >= 0)
        this.retainers = retainersOf(
          takeCensus(step, roots, this.attr, true, this.buffers),
          best,
          this.siteName(best),
          this.attr,
          this.decode,
        );
    }
    this.censusMs += performance.now() - t0;
    return c.objects + roots.stack.length;
  }

  private siteName(i: number): string {
    return decodeSite(this.attr.sites.names[i]!, this.decode);
  }

  result(): HeapProfile {
    const s = this.samples;
    const kindNames: readonly string[] = KIND_NAMES;
    const classes = this.attr.classes;
    const siteNames = this.attr.sites.names.map((_, i) => this.siteName(i));
    const functionOf = this.attr.sites.names.map((n) => {
      const slash = n.indexOf("/");
      return decodeSite(slash < 0 ? n : n.slice(0, slash), this.decode);
    });
    const conNames = this.attr.cons.names.map((n) =>
      n.startsWith("(") ? n : this.decode(n),
    );
    return {
      steps: s.map((x) => x.step),
      objects: s.map((x) => x.objects),
      words: s.map((x) => x.words),
      views: {
        kind: bands(s, (c) => kindNames[classes[c]!.kind]!),
        function: bands(s, (c) => functionOf[classes[c]!.site]!),
        site: bands(s, (c) => siteNames[classes[c]!.site]!),
        con: bands(s, (c) => conNames[classes[c]!.con]!),
      },
      interval: this.interval,
      censuses: this.censuses,
      censusMs: this.censusMs,
      retainers: this.retainers,
    };
  }
}

/**
 * The series of one view: groups (several numbers may share a name, as the
 * sites of one function do) summed per sample, the largest at their peak
 * kept by name, the rest summed as "(other)".
 */
function bands(
  samples: readonly Sample[],
  nameOf: (cls: number) => string,
): Band[] {
  const byName = new Map<string, { objects: number[]; words: number[] }>();
  samples.forEach((s, k) => {
    s.classes.forEach((cls, j) => {
      const w = s.classWords[j]!;
      const name = nameOf(cls);
      let b = byName.get(name);
      if (b === undefined)
        byName.set(
          name,
          (b = {
            objects: new Array<number>(samples.length).fill(0),
            words: new Array<number>(samples.length).fill(0),
          }),
        );
      b.words[k]! += w;
      b.objects[k]! += s.classObjects[j]!;
    });
  });
  const ranked = [...byName]
    .map(([name, b]) => ({ name, ...b, peak: Math.max(...b.words) }))
    .sort((a, b) => b.peak - a.peak || a.name.localeCompare(b.name));
  const kept: Band[] = ranked
    .slice(0, TOP_GROUPS)
    .map(({ name, objects, words }) => ({ name, objects, words }));
  const rest = ranked.slice(TOP_GROUPS);
  if (rest.length > 0) {
    const objects = samples.map((_, k) =>
      rest.reduce((a, b) => a + b.objects[k]!, 0),
    );
    const words = samples.map((_, k) =>
      rest.reduce((a, b) => a + b.words[k]!, 0),
    );
    kept.push({ name: `(other: ${rest.length} groups)`, objects, words });
  }
  return kept;
}
