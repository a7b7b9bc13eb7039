-- containers' internals only containers' own code calls, reached here by
-- -O1 code that inlines their callers (a high unfolding threshold): Data.Graph's
-- depth-first search (components_$s$wgenerate, components_$schop), Data.Map's
-- alterF path (lookupTrace), Data.Sequence's lookupTree one level down and
-- cycleNTimes' middle (cycleNMiddle).
-- Main keeps the usual unfolding threshold: at a high one GHC would inline
-- base's top-level handler (runMainIO) into main, whose internals the
-- preludes do not define.
import qualified Inlined

main :: IO ()
main = Inlined.run
