// What GHC's compilation of one module leaves for us (dump-stg.ts reads
// it, dump-cache.ts keeps it).
/** One module's dump. */
export interface StgDumpFile {
  /** Its path inside the dump directory, e.g. `Main.dump-stg-final`, `Bank/Ledger.dump-stg-final`. */
  readonly name: string;
  readonly text: string;
  /** The module's interface dump (`-ddump-hi`): its data declarations. */
  readonly interface?: string;
}
