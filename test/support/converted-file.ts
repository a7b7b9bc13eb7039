// GHC's dumps of a program to a converted miniSTG file on disk (as `hs2stg
// convert` writes it, header and comments included), read back and linked as
// `hs2stg run FILE.stg` links it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StgDumpFile } from "../../src/ghc/index.js";
import { convertDumpFiles } from "../../src/pipeline/convert-program.js";
import { linkConvertedText } from "../../src/pipeline/run-stg-files.js";
import type { TranslatedProgram } from "../../src/pipeline/translate.js";

export function convertedFileProgram(
  source: string,
  dumps: readonly StgDumpFile[],
): { program: TranslatedProgram; printValue: boolean; text: string } {
  const text = convertDumpFiles(dumps, {
    file: source,
    dialect: "extended",
    ghcOptions: [],
    preludeFiles: [],
    comments: true,
    warn: () => {},
  });
  const dir = mkdtempSync(join(tmpdir(), "hs2stg-converted-"));
  try {
    const file = join(dir, "prog.stg");
    writeFileSync(file, text);
    const { program, header } = linkConvertedText(
      readFileSync(file, "utf8"),
      file,
    );
    return { program, printValue: header.entry !== undefined, text };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
