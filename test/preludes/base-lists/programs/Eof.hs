-- Reading stdin line by line until isEOF, mixed with getChar and hIsEOF.
import System.IO
import Control.Monad (unless)

loop :: Int -> IO ()
loop n = do
  eof <- isEOF
  if eof
    then putStrLn ("lines: " ++ show n)
    else do
      l <- getLine
      putStrLn (show n ++ ": " ++ reverse l)
      loop (n + 1)

main :: IO ()
main = do
  c <- getChar
  c2 <- hLookAhead stdin
  putStrLn ("first char: " ++ [c] ++ ", next: " ++ [c2])
  loop 0
  e <- hIsEOF stdin
  unless (not e) (putStrLn "at end")
