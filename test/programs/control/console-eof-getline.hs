-- getLine at the end of input, caught, then uncaught.
import Control.Exception
import System.IO.Error

main :: IO ()
main = do
  a <- getLine
  putStrLn a
  r <- try getLine
  case r of
    Left e -> do
      putStrLn ("caught: " ++ show e)
      print (isEOFError e, isUserError e, ioeGetErrorString e, ioeGetFileName e)
    Right l -> putStrLn l
  r2 <- tryIOError getChar
  print r2
  e <- isEOF'
  print e
  _ <- getLine
  putStrLn "not reached"
  where isEOF' = catchIOError (getChar >> return False) (\e -> return (isEOFError e))
