import System.IO
import Control.Exception
main :: IO ()
main = do
  r <- try (evaluate (succ ReadWriteMode))
  print (either (\e -> show (e :: ErrorCall)) show r)
  r2 <- try (evaluate (pred AbsoluteSeek))
  print (either (\e -> show (e :: ErrorCall)) show r2)
