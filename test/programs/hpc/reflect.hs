-- hpc's Reflect in a program compiled without -fhpc: no ticked modules
-- to examine, clear or update, and updateTix's failure for modules the
-- program does not have.
import Trace.Hpc.Reflect
import Trace.Hpc.Tix
import Control.Exception

main :: IO ()
main = do
  examineTix >>= print
  clearTix
  updateTix (Tix [])
  examineTix >>= print
  r <- try (updateTix (Tix [TixModule "M" 1 1 [0]]))
  putStrLn (either (\e -> "error: " ++ show (e :: ErrorCall)) show r)
