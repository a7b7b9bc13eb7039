-- A thread killed, or an action timed out, while it evaluates lazy values
-- that main then demands. Where the exception lands depends on timing; the
-- output does not, since GHC's runtime suspends an interrupted evaluation
-- (the thunks keep their stacks) and main's demand resumes it.
import Control.Concurrent
import Control.Exception
import System.Timeout

triangles :: [Int]
triangles = map (\i -> sum [1 .. i]) [1 .. 150]

digits :: Integer -> Int
digits n = length (show n)

main :: IO ()
main = do
  let total = sum triangles
      folded = foldr (\i acc -> (i * 3) `mod` 7 + acc) 0 [1 .. 3000 :: Int]
      big = product [1 .. 400 :: Integer]
  done <- newEmptyMVar
  t <- forkIO $
    (evaluate total >> evaluate folded >> evaluate (digits big) >> return ())
      `finally` putMVar done ()
  threadDelay 1
  killThread t
  takeMVar done
  print total
  print folded
  print (digits big)
  let again = foldr (\i acc -> i + acc) 0 (filter odd [1 .. 3000 :: Int])
  _ <- timeout 1 (evaluate again)
  print again
