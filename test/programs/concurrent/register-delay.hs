-- registerDelay needs the threaded runtime: GHC's non-threaded one raises an
-- error (exit 1), after what was printed before.
import GHC.Conc

main :: IO ()
main = do
  putStrLn "before"
  t <- registerDelay 1000
  atomically (readTVar t >>= check)
  putStrLn "after"
  where
    check b = if b then return () else retry
