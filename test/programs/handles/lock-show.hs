-- GHC.IO.Handle.Lock's FileLockingNotSupported: Show and Exception, as
-- -O1 code calls their pieces.

import Control.Exception
import GHC.IO.Handle.Lock
main :: IO ()
main = do
  print FileLockingNotSupported
  putStrLn (showsPrec 11 FileLockingNotSupported "!")
  print [FileLockingNotSupported]
  putStrLn (displayException FileLockingNotSupported)
  r <- try (throwIO FileLockingNotSupported)
  case r of
    Left e -> putStrLn ("caught: " ++ show (e :: FileLockingNotSupported))
    Right () -> return ()
