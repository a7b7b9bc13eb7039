// `run PROG.hs --entry NAME` through GHC (docs/entry.md): a generated module
// `main = print (NAME)` that imports the user's main module, compiled
// together with the user's program in a temporary directory, so NAME prints
// through its own Show instance exactly as a GHC-compiled program would.
// When GHC rejects only the wrapper (NAME's type has no Show instance), the
// user's modules have compiled already and their dumps come back for the
// structural renderer instead.
import {
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import { UserError } from "../errors.js";
import {
  DUMP_SUFFIX,
  dumpingMake,
  readDumpFile,
  type StgDumpFile,
} from "./dump-stg.js";
import { exposeModule } from "./entry-source.js";
import { invokeGhc, toStderr } from "./invoke.js";
import { locateGhc, versionWarning } from "./locate.js";
import type { GhcDriverOptions } from "./options.js";
import { splitGhcMessages } from "./messages.js";
import { locateSource } from "./source.js";

/** The wrapper's module name: one a user's program is unlikely to have. */
export const WRAPPER_MODULE = "HsToStgEntryWrapper";
const USER_ALIAS = "HsToStgUser";

export type EntryBuild =
  /** The wrapper compiled: dumps of a program whose `main` prints NAME. */
  | {
      readonly kind: "shown";
      readonly dumps: StgDumpFile[];
      /** NAME qualified with its module (for a conversion that evaluates it itself). */
      readonly entry: string;
    }
  /**
   * GHC cannot show NAME: the dumps of the user's modules alone, and
   * `entry`, NAME qualified with its module, for the lowering.
   */
  | {
      readonly kind: "unshowable";
      readonly dumps: StgDumpFile[];
      readonly entry: string;
    };

/** `NAME` or `Module.NAME`: its module (undefined: the main one) and occurrence. */
export function splitEntryName(
  name: string,
): { module?: string; occ: string } | undefined {
  const m = /^(?:([A-Z][\w']*(?:\.[A-Z][\w']*)*)\.)?([a-z_][\w']*)$/.exec(name);
  if (m === null) return undefined;
  return m[1] !== undefined ? { module: m[1], occ: m[2]! } : { occ: m[2]! };
}

/**
 * The wrapper module's text. It imports the main module even when NAME
 * lives in another, so that GHC compiles the user's whole program before it.
 */
export function wrapperSource(
  mainModule: string,
  module: string,
  occ: string,
): string {
  return [
    `module ${WRAPPER_MODULE} (main) where`,
    "import qualified System.IO as HsToStgIO",
    `import qualified ${module} as ${USER_ALIAS}`,
    ...(module !== mainModule ? [`import ${mainModule} ()`] : []),
    "main :: HsToStgIO.IO ()",
    `main = HsToStgIO.print (${USER_ALIAS}.${occ})`,
    "",
  ].join("\n");
}

/**
 * Compiles `file` with a wrapper printing `name` and returns the STG dumps.
 * GHC's messages about the user's code go to `opts.onGhcOutput` as usual;
 * the wrapper's own never do. A NAME the module does not define is a
 * UserError naming it.
 */
export async function dumpEntryProgram(
  file: string,
  name: string,
  opts: GhcDriverOptions = {},
): Promise<EntryBuild> {
  const parts = splitEntryName(name);
  if (parts === undefined)
    throw new UserError(
      `--entry ${name}: expected the name of a top-level binding (\`xs\` or \`Main.xs\`)`,
    );
  const src = locateSource(file);
  const ghc = await locateGhc(opts.ghc);
  const warning = versionWarning(ghc);
  if (warning !== null)
    (opts.warn ?? ((m) => process.stderr.write(`hs2stg: ${m}\n`)))(warning);
  const exposed = exposeModule(
    await readFile(join(src.dir, src.name), "utf8"),
    src.name,
    extname(src.name).toLowerCase() === ".lhs",
  );
  const module = parts.module ?? exposed.moduleName;
  const tmp = await mkdtemp(join(tmpdir(), "hs2stg-entry-"));
  try {
    const build = join(tmp, "build");
    const copyBase = src.name.replace(/\.l?hs$/i, "");
    const copy = join(tmp, "src", copyBase + ".hs");
    const wrapper = join(tmp, "src", WRAPPER_MODULE + ".hs");
    await mkdir(join(tmp, "src"));
    await writeFile(copy, exposed.text);
    await writeFile(
      wrapper,
      wrapperSource(exposed.moduleName, module, parts.occ),
    );
    let output = "";
    let failed = false;
    try {
      // Run in the user's directory with `-i.` (as dumpStg does) so that
      // their other modules' dumps land in `build`; the copy and the
      // wrapper, given by absolute path, get theirs beside them in tmp.
      await invokeGhc(
        ghc.path,
        [
          ...dumpingMake(build),
          ...(opts.ghcOptions ?? []),
          "-main-is",
          WRAPPER_MODULE,
          wrapper,
          copy,
        ],
        src.dir,
        (text) => (output += text),
        src.display,
      );
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      failed = true;
    }
    const sink = opts.onGhcOutput ?? toStderr;
    const messages = splitGhcMessages(output);
    const theirs = messages
      .filter((m) => m.file !== wrapper)
      .map((m) => m.text)
      .join("");
    const wrapperErrors = messages.filter(
      (m) => m.file === wrapper && m.severity === "error",
    );
    const userFailed = messages.some(
      (m) => m.file !== wrapper && m.severity === "error",
    );
    const dumps = await collectDumps(tmp);
    const userDumped = dumps.some((d) => d.name === copyBase + DUMP_SUFFIX);
    if (!failed) {
      if (theirs.trim() !== "") sink(theirs);
      return {
        kind: "shown",
        dumps: ordered(dumps, copyBase),
        entry: `${module}.${parts.occ}`,
      };
    }
    if (userFailed || wrapperErrors.length === 0 || !userDumped) {
      // The user's program itself did not compile: GHC's messages as they are.
      if (output !== "") sink(output);
      throw new UserError(`GHC could not compile ${src.display}`);
    }
    if (theirs.trim() !== "") sink(theirs);
    if (wrapperErrors.some((m) => /not in scope/i.test(m.text)))
      throw new UserError(
        `${src.display}: --entry ${name}: ` +
          (module === exposed.moduleName
            ? `module ${module} has no top-level binding \`${parts.occ}\``
            : `module ${module} does not export \`${parts.occ}\` (or has no such binding)`),
      );
    return {
      kind: "unshowable",
      dumps: ordered(dumps, copyBase).filter(
        (d) => d.name !== WRAPPER_MODULE + DUMP_SUFFIX,
      ),
      entry: `${module}.${parts.occ}`,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Every dump below `tmp`: the copy's and wrapper's by base name, others by their path in `build`. */
async function collectDumps(tmp: string): Promise<StgDumpFile[]> {
  const entries = await readdir(tmp, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(DUMP_SUFFIX))
    .map((e) => join(e.parentPath, e.name));
  return Promise.all(
    files.map(async (path) => {
      const rel = relative(tmp, path).split(sep).join("/");
      const name = rel.startsWith("src/")
        ? rel.slice("src/".length)
        : rel.replace(/^build\//, "");
      return readDumpFile(path, name);
    }),
  );
}

/** The user's other modules (by name), then their main module, then the wrapper. */
function ordered(dumps: StgDumpFile[], copyBase: string): StgDumpFile[] {
  const rank = (d: StgDumpFile) =>
    d.name === WRAPPER_MODULE + DUMP_SUFFIX
      ? 2
      : d.name === copyBase + DUMP_SUFFIX
        ? 1
        : 0;
  return [...dumps].sort(
    (a, b) =>
      rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
