// `hs2stg run PROG.hs --entry NAME` (docs/entry.md): NAME is printed by a
// GHC-compiled wrapper `main = print (NAME)`, run like any program, so its
// own Show instance decides the text; when its type has none, the user's
// program alone is run from NAME and the structural renderer shows it.
import type { RunCliOptions } from "./run-options.js";
import { dumpEntryProgram } from "../ghc/entry-wrapper.js";
import { runTranslatedInProcess } from "./run-translated.js";
import { parseDumps, translateDumps } from "./translate.js";
import { programName } from "./program-name.js";
import { loadUserPreludes } from "../preludes/user-prelude.js";

/** Resolves to the exit code. */
export async function runHaskellEntry(
  file: string,
  entry: string,
  opts: RunCliOptions,
): Promise<number> {
  const build = await dumpEntryProgram(file, entry, {
    ...(opts.ghc !== undefined ? { ghc: opts.ghc } : {}),
    ghcOptions: opts.ghcOptions,
  });
  const progName = programName(file);
  const user = loadUserPreludes(opts.preludeFiles ?? []);
  switch (build.kind) {
    case "shown": {
      // An ordinary program now: its main prints the value.
      const { entry: _, ...asProgram } = opts;
      const program = translateDumps(
        parseDumps(build.dumps),
        file,
        undefined,
        user,
      );
      return runTranslatedInProcess(program, asProgram, progName);
    }
    case "unshowable": {
      const program = translateDumps(
        parseDumps(build.dumps),
        file,
        build.entry,
        user,
      );
      return runTranslatedInProcess(
        program,
        { ...opts, entry: build.entry },
        progName,
        `hs2stg: \`${entry}\` has a type without a Show instance GHC could use; ` +
          "printed by hs2stg's structural renderer (docs/entry.md)",
      );
    }
    default: {
      const never: never = build;
      throw new Error(`unknown entry build ${String(never)}`);
    }
  }
}
