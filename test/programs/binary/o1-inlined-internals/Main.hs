-- binary's internals that only binary's own code calls, reached by -O1
-- code that inlines their callers (a high unfolding threshold): the
-- [Word8] reader Integer's get uses ($fBinaryInteger_$s$wgo), String's
-- UTF-8 writer ($wpoly_step), and the "not enough bytes" failure
-- ($fBinaryAll3/4, $fBinaryAll_go1).
-- Main keeps the usual unfolding threshold: at a high one GHC would inline
-- base's top-level handler (runMainIO) into main, whose internals the
-- preludes do not define.
import qualified Inlined

main :: IO ()
main = Inlined.run
