// Driving GHC: locating it, dumping STG, building native executables.
export {
  locateGhc,
  versionWarning,
  SUPPORTED_GHC_VERSION,
  GHC_INSTALL_HINT,
  type GhcInstallation,
} from "./locate.js";
export {
  dumpStg,
  dumpArgs,
  readDumpFile,
  type StgDumpFile,
} from "./dump-stg.js";
export {
  compileNative,
  compileNativeWithDumps,
  type NativeBuildOptions,
} from "./native.js";
export type { GhcDriverOptions } from "./options.js";
export type { GhcOutputSink } from "./invoke.js";
