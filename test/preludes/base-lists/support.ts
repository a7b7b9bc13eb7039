// Shared helpers of the base-lists tests.
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { existsSync } from "node:fs";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** The preludes/base files written for lists, Foldable, monads and IO. */
export const LIST_PRELUDE_FILES: readonly string[] = [
  "GHC.Base.stg",
  "GHC.List.stg",
  "Data.OldList.stg",
  "Data.Foldable.stg",
  "Data.Traversable.stg",
  "Data.Functor.stg",
  "Control.Monad.stg",
  "Control.Monad.Fail.stg",
  "Data.Maybe.stg",
  "Data.Either.stg",
  "Data.Tuple.stg",
  "Data.Function.stg",
  "Data.Ord.stg",
  "Data.List.stg",
  "Data.Semigroup.Internal.stg",
  "Data.Monoid.stg",
  "Data.Semigroup.stg",
  "Data.Functor.Identity.stg",
  "Data.List.NonEmpty.stg",
  "GHC.IO.Exception.stg",
  "GHC.IORef.stg",
  "Data.IORef.stg",
  "GHC.STRef.stg",
  "Data.STRef.stg",
  "GHC.ST.stg",
  "Text.Printf.stg",
  "GHC.IO.StdHandles.stg",
  "GHC.IO.Handle.FD.stg",
  "GHC.IO.Handle.Types.stg",
  "GHC.IO.Handle.stg",
  "GHC.IO.Handle.Text.stg",
  "GHC.IO.Handle.Internals.stg",
  "GHC.TopHandler.stg",
  "System.IO.stg",
  "System.Exit.stg",
  "System.Environment.stg",
].filter((f) => existsSync(join(ROOT, "preludes/base", f)));

export function preludePath(file: string): string {
  return join(ROOT, "preludes/base", file);
}
