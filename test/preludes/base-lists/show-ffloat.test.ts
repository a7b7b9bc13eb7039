// The showFFloat# primop (Text.Printf's %f) against GHC's Numeric.showFFloat.
import { describe, it, expect } from "vitest";
import { fileURLToPath } from "node:url";
import { HAVE_GHC } from "../../support/ghc.js";
import { showFFloat } from "../../../src/ministg/primops.js";
import { compileNative, runBinary } from "./harness.js";

const VALUES = [
  0.125,
  1.005,
  3.14159,
  0,
  -2.5,
  1e-3,
  123456.789,
  0.5,
  1.5,
  2.5,
  1e22,
  9.995,
  0.045,
  2 / 3,
  1e-7,
  99.99999,
];
const PRECISIONS = [-1, 0, 2, 4]; // -1: Nothing

describe.skipIf(!HAVE_GHC)("showFFloat# against GHC", () => {
  it("prints what Numeric.showFFloat prints", () => {
    const file = fileURLToPath(
      new URL("./programs/ShowFFloat.hs", import.meta.url),
    );
    const expected = runBinary(compileNative(file)).stdout;
    const ours = VALUES.flatMap((x) =>
      PRECISIONS.map((p) => showFFloat(x, p) + "\n"),
    ).join("");
    expect(ours).toBe(expected);
  }, 60_000);
});
