-- directory's internals that only its own code calls, reached by -O1 code
-- that inlines removeDirectoryRecursive and renameDirectory (a high
-- unfolding threshold): the cases by the path's kind and their errors.
-- Main keeps the usual unfolding threshold: at a high one GHC would inline
-- base's top-level handler (runMainIO) into main, whose internals the
-- preludes do not define.
import qualified Inlined

main :: IO ()
main = Inlined.run
