-- GHC.Debug.debugErrLn: C's unbuffered stderr, in order with Haskell's
-- stderr; each character's low byte, the line cut at a NUL byte.
import GHC.Debug (debugErrLn)
import System.IO

main :: IO ()
main = do
  hPutStrLn stderr "haskell first"
  debugErrLn "debug line"
  hPutStrLn stderr "haskell second"
  debugErrLn "caf\233 \955!"
  debugErrLn "cut \128512 here"
  debugErrLn ""
  putStrLn "stdout done"
