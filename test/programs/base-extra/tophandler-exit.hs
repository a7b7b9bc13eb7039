-- GHC.TopHandler's wrappers: runNonIO evaluates its value, runIO and
-- runIOFastExit report an uncaught exception as the top handler does (the
-- message on stderr, stdout's buffer written first, exit code 1; the fast
-- exit skips finalizers, which change nothing here).
import Control.Exception
import GHC.TopHandler

main :: IO ()
main = do
  putStrLn "start"
  runIOFastExit (putStrLn "inside runIOFastExit")
  n <- runNonIO (length [1 .. 10 :: Int])
  print n
  putStr "buffered "
  runIOFastExit (throwIO (ErrorCall "boom")) :: IO ()
  putStrLn "not reached"
