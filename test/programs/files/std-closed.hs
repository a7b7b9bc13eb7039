import System.IO
import Control.Exception

main :: IO ()
main = do
  l <- getLine
  putStrLn ("got " ++ l)
  hClose stdin
  r <- try getLine
  print (r :: Either IOException String)
  hIsClosed stdin >>= print
  hIsEOF stdin `catch` (\e -> print (e :: IOException) >> return True) >>= print
  show stdout `seq` putStrLn (show stdout ++ show stdin ++ show stderr)
  hPutStrLn stderr "closing stdout"
  hClose stdout
  hClose stdout
  r2 <- try (putStrLn "lost")
  hPutStrLn stderr (show (r2 :: Either IOException ()))
  hIsClosed stdout >>= hPrint stderr
  putStrLn "uncaught"
