// The fast engine's stack in segments, as GHC's runtime keeps its stack in
// chunks: the loop works on one flat array (the top segment, layout in
// frames.ts), and once it holds more than SEGMENT_WORDS words the machine
// sets it aside and goes on in a fresh one. So a deep stack grows without
// V8 copying one ever larger array (each copy left for a full collection
// to free: about twice the stack in garbage at its peak), and a stack that
// shrinks gives its segments back. Frames never straddle a boundary except
// pending arguments (push/enter), which `merge` joins when a function needs
// more of them than the top segment holds; whole-stack walks (raise#, a
// census, a thread switch) `flatten` the segments into one array first.

/** Words a segment holds before the machine starts the next one (512 KB). */
export const SEGMENT_WORDS = 1 << 16;

let segmentWords = SEGMENT_WORDS;

/**
 * Sets the segment size of the runs that follow (undefined: the default).
 * For tests: tiny segments make every program cross boundaries.
 */
export function setSegmentWords(words: number | undefined): void {
  segmentWords = words ?? SEGMENT_WORDS;
}

export class StackSegments {
  /** Words a segment holds before the machine starts the next one. */
  readonly words = segmentWords;
  /** The segments below the top one, bottom first, and their heights. */
  private readonly arrays: unknown[][] = [];
  private readonly tops: number[] = [];
  /** An emptied segment kept for the next spill (no allocation at a boundary). */
  private spare: unknown[] | null = null;
  /** Words in the segments below the top one (the stack limit counts them). */
  base = 0;
  /** The height of the array the last restore, merge or flatten answered. */
  sp = 0;

  get count(): number {
    return this.arrays.length;
  }

  /**
   * Whether segments lie below the top one. One method for the loop's two
   * tests (an emptied top segment, pending arguments at its bottom), so
   * that the rarer shares the other's type feedback.
   */
  hasBelow(): boolean {
    return this.arrays.length > 0;
  }

  /**
   * Sets the full top segment (`stk`, height `sp`) aside; answers an empty
   * one for `words` words (the machine's first steps use smaller segments
   * than `this.words`: the loop's segmentWords).
   */
  spill(stk: unknown[], sp: number, words: number): unknown[] {
    this.arrays.push(stk);
    this.tops.push(sp);
    this.base += sp;
    // Written so that every load and comparison runs on the first spills,
    // small or not (a path of the loop's first taken later deoptimizes it).
    const spare = this.spare;
    this.spare = null;
    return words === this.words && spare !== null ? spare : newSegment(words);
  }

  /** Keeps an emptied segment for the next spill when it has the full size. */
  private keep(seg: unknown[]): void {
    // words <= length <= 2 * words, in one comparison (as in spill).
    if ((seg.length - this.words) >>> 0 <= this.words) this.spare = seg;
  }

  /**
   * The top segment is empty: answers the one below (height in `this.sp`),
   * with room for a segment of `words` words (the loop's segmentWords).
   */
  restore(empty: unknown[], words: number): unknown[] {
    this.keep(empty);
    const sp = this.tops.pop()!;
    this.base -= sp;
    this.sp = sp;
    const seg = this.arrays.pop()!;
    if (seg.length >= words + 64) return seg;
    // Smaller: the first segment (grown from nothing) or one of the first
    // steps' small ones met again once segments have their full size. Its
    // words move to an array of the full size: the loop's pushes past the
    // end of this one would grow it, and a store out of bounds deoptimizes
    // the loop (nfib: some 790,000 steps in). The first segment is met
    // again in the first steps too, so this path has its type feedback.
    let full: unknown[];
    if (words === this.words && this.spare !== null) {
      full = this.spare;
      this.spare = null;
    } else full = newSegment(words);
    for (let i = 0; i < sp; i++) full[i] = seg[i];
    return full;
  }

  /**
   * Moves the top segment's words onto the one below: answers that array
   * (height in `this.sp`), so the frames of both are in one.
   */
  merge(stk: unknown[], sp: number): unknown[] {
    const below = this.arrays.pop()!;
    let p = this.tops.pop()!;
    this.base -= p;
    for (let i = 0; i < sp; i++) {
      below[p++] = stk[i];
      stk[i] = undefined;
    }
    this.keep(stk);
    this.sp = p;
    return below;
  }

  /** The whole stack in one array (height in `this.sp`); no segments left. */
  flatten(stk: unknown[], sp: number): unknown[] {
    const n = this.arrays.length;
    if (n === 0) {
      this.sp = sp;
      return stk;
    }
    // Everything goes onto the bottom segment, in order (each word copied once).
    const bottom = this.arrays[0]!;
    let p = this.tops[0]!;
    for (let k = 1; k <= n; k++) {
      const seg = k < n ? this.arrays[k]! : stk;
      const h = k < n ? this.tops[k]! : sp;
      for (let i = 0; i < h; i++) {
        bottom[p++] = seg[i];
        seg[i] = undefined;
      }
    }
    this.keep(stk);
    this.arrays.length = 0;
    this.tops.length = 0;
    this.base = 0;
    this.sp = p;
    return bottom;
  }
}

/**
 * An empty segment with room for `words` words and a few frames over, made
 * at its full size: grown from nothing, V8 would copy it at every step and
 * leave the copies for a full collection. Packed (filled with undefined,
 * not holes) like the arrays the stack starts in, so the loop's stack
 * accesses see one kind of array. Cut from a packed template (a slice of
 * a packed array is packed and copied whole): `Array.from({ length })`
 * walked its argument as an array-like: 11-26 ms of a run (1,400-2,800
 * warm-up segments of 80 words in its first 65,536 steps, and 14 ms for
 * a full one), now 2-6 ms.
 */
function newSegment(words: number): unknown[] {
  const n = words + 64;
  let t = template;
  if (t.length < n) {
    // Doubled by concat, which keeps the elements packed.
    while (t.length < n) t = t.concat(t);
    template = t;
  }
  return t.slice(0, n);
}

let template: unknown[] = [undefined];
