-- text's internals that only text's own code calls, reached by -O1 code
-- that inlines their callers (a high unfolding threshold): the strict
-- UTF-16/32 encoders' unstream (its last step, $wtrimUp) and the lazy
-- encodeUtf8's buffer loop ($wfill) and chunk list (encodeUtf8_go4).
-- Main keeps the usual unfolding threshold: at a high one GHC would inline
-- base's top-level handler (runMainIO) into main, whose internals the
-- preludes do not define.
import qualified Inlined

main :: IO ()
main = Inlined.run
