-- stdin after getContents: semi-closed while unread, errors as GHC's.
import System.IO
import System.IO.Error
import Control.Exception

main :: IO ()
main = do
  s <- getContents
  putStrLn (take 5 s)
  r <- tryIOError getLine
  print r
  r2 <- tryIOError (hIsEOF stdin)
  print r2
  r3 <- tryIOError getContents
  print (fmap length r3)
  case r of
    Left e -> print (isIllegalOperation e, ioeGetFileName e, ioeGetLocation e, fmap show (ioeGetHandle e))
    Right _ -> return ()
  putStrLn (drop 5 s)
  r4 <- tryIOError getChar
  print r4
  _ <- getLine
  putStrLn "not reached"
