import System.IO
import Control.Monad

prompt :: String -> IO String
prompt p = do
  putStr p
  hFlush stdout
  getLine

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  hSetBuffering stdin LineBuffering
  b <- hGetBuffering stdout
  print b
  name <- prompt "name? "
  echo <- hGetEcho stdin
  hSetEcho stdin False
  pw <- prompt "password? "
  hSetEcho stdin echo
  putStrLn ""
  putStrLn ("hello " ++ name ++ ", your password has " ++ show (length pw) ++ " chars")
  n <- read <$> prompt "count? " :: IO Int
  xs <- replicateM n (fmap read getLine) :: IO [Int]
  print (sum xs)
  eof <- isEOF
  print eof
  rest <- getContents
  mapM_ (hPutStrLn stderr . reverse) (lines rest)
  hPutStr stderr "no newline at end"
  enc <- hGetEncoding stdout
  print enc
  hSetBinaryMode stdout False
  hPutStrLn stdout "bye"
