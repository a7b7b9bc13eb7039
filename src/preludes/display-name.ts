// How the linker shows an encoded name to the user: its Haskell name,
// decoded by the lowering's naming scheme (src/lower/names.ts).
import { decodeName } from "../lower/names.js";

export function displayName(encoded: string): string {
  return decodeName(encoded);
}
