-- exitSuccess stops the program early with code 0.
import System.Exit

loop :: Int -> IO ()
loop n = do
  print n
  if n >= 4 then exitSuccess else loop (n + 1)

main :: IO ()
main = do
  loop 1
  putStrLn "not reached"
