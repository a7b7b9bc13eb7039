-- GHC.IO.Handle.Internals.traceIO: the message written to descriptor 1
-- at once, before what stdout's Handle buffer still holds; debugIO prints
-- nothing (a base built without DEBUG_DUMP).

import GHC.IO.Handle.Internals (traceIO, debugIO)
import System.IO
main :: IO ()
main = do
  putStr "buffered "
  traceIO "tr\233ce"
  debugIO "not shown"
  hFlush stdout
  putStrLn "end"
