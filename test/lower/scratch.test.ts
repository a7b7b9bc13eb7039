import { it } from "vitest";
import { readFileSync } from "node:fs";
import { parseGhcDump } from "../../src/parse-ghc-dump/index.js";
import { lowerProgram } from "../../src/lower/index.js";
import { printStg } from "../../src/print/print-stg.js";
it("scratch", () => {
  const f = process.env.DUMP!;
  const d = parseGhcDump(readFileSync(f, "utf8"), f);
  const r = lowerProgram([d], { entry: process.env.ENTRY || undefined });
  console.log(printStg(r.program, { dialect: "extended" }));
  console.log("FREE:", r.free.join(" "));
});
