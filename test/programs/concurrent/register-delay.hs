-- registerDelay needs the threaded runtime: GHC's non-threaded one raises an error.
import GHC.Conc
main = do
  putStrLn "before"
  t <- registerDelay 1000
  atomically (readTVar t >>= check)
  putStrLn "after"
 where check b = if b then return () else retry
