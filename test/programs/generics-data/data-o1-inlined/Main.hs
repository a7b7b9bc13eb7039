-- Data instance internals that only inlined instance methods reach
-- (Inlined.hs, a high unfolding threshold).
import Inlined (run)

main :: IO ()
main = run
