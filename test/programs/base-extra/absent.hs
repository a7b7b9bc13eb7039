-- GHC.Err.absentErr: the ErrorCall GHC's worker/wrapper code leaves for an
-- unused argument, caught and then uncaught (the top handler's output).
import Control.Exception
import GHC.Err (absentErr)

main :: IO ()
main = do
  r <- try (evaluate (absentErr :: Int))
  putStrLn (either (\e -> "caught: " ++ show (e :: ErrorCall)) show r)
  print (length (show (absentErr :: Bool)))
