// Options shared by everything that drives GHC.
import type { GhcOutputSink } from "./invoke.js";

export interface GhcDriverOptions {
  /** `--ghc PATH`; default `ghc` on the PATH. */
  ghc?: string;
  /** `--ghc-option X`, in order, after our defaults (so `-O1` overrides `-O0`). */
  ghcOptions?: readonly string[];
  /** Where GHC's own messages go; default our stderr. */
  onGhcOutput?: GhcOutputSink;
  /** Where hs2stg's warnings (e.g. an unsupported GHC version) go; default our stderr. */
  warn?: (message: string) => void;
  /** false: neither use nor fill the dump cache (src/ghc/dump-cache.ts). */
  cache?: boolean;
}

export const DEFAULT_OPTIMISATION = "-O0";
