import { basename, extname } from "node:path";

/** What `getProgName` answers: the executable GHC would have built. */
export function programName(file: string): string {
  return basename(file, extname(file));
}
