-- Writing to a pipe whose reader has gone (`prog | head -1`): the write
-- fails with GHC's IOError, which the program may catch; uncaught, GHC
-- exits quietly with code 0.
import Control.Exception
import System.IO

main :: IO ()
main = do
  r <- try (mapM_ print [1 .. 100000 :: Int]) :: IO (Either IOException ())
  hPutStrLn stderr (either show (const "no error") r)
  mapM_ print [1 .. 100000 :: Int]
  hPutStrLn stderr "not reached"
