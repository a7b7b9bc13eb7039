-- exitSuccess in the middle of a loop: exit code 0, the rest never runs.
import System.Exit

loop :: Int -> IO ()
loop n
  | n > 3 = exitSuccess
  | otherwise = putStrLn ("step " ++ show n) >> loop (n + 1)

main :: IO ()
main = loop 1 >> putStrLn "not reached"
