import System.IO
import Control.Exception

main :: IO ()
main = do
  l <- getLine
  putStrLn ("header: " ++ l)
  s <- getContents
  let ws = words s
  print (length (lines s), length ws, sum (map read ws :: [Int]))
  r <- try (getLine)
  case r of
    Left e -> putStrLn ("getLine after getContents: " ++ show (e :: IOException))
    Right x -> putStrLn x
  hIsClosed stdin >>= print
