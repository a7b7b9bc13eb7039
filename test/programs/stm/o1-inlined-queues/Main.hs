-- stm's failed lazy patterns (readTQueue2, peekTQueue2, readTBQueue2,
-- peekTBQueue2), which -O1 code links when it inlines the read and peek
-- workers (a high unfolding threshold); no queue ever reaches them.
-- Main keeps the usual unfolding threshold: at a high one GHC would inline
-- base's top-level handler (runMainIO) into main, whose internals the
-- preludes do not define.
import qualified Inlined

main :: IO ()
main = Inlined.run
