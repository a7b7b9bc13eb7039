-- Forcing structures that are only partly defined: the error comes when
-- (and only when) force reaches the bad part; rwhnf stops at the top.
import Control.DeepSeq
import Control.Exception

walk :: [Int] -> [Int]
walk xs = takeWhile (< 50) xs

main :: IO ()
main = do
  let ones = 1 : ones :: [Int]
      partial = [1, 2, 3] ++ error "end of the world" :: [Int]
  print (take 3 ones)
  print (rwhnf ones)
  r <- try (evaluate (force (take 5 partial)))
  print (either (\(ErrorCall m) -> m) show r)
  r' <- try (evaluate (force (take 2 partial)))
  print (either (\(ErrorCall m) -> m) show r')
  print (force (walk [1, 3 ..]))
  print (force (walk (map (* 2) [1 ..])))
  let fibs = 0 : 1 : zipWith (+) fibs (tail fibs) :: [Integer]
  print (force (take 30 fibs))
  let table = [(i, [i * j | j <- [1 .. i]]) | i <- [1 ..]] :: [(Int, [Int])]
  print (force (take 4 table))
  r2 <- try (evaluate (force (Just (length [1 .. 10 :: Int], undefined :: Char))))
  putStrLn (either (\e -> "undefined reached: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r2)
  print ((Just (undefined :: Int)) `seq` "seq stops at Just")
  r3 <- try (evaluate (Just (undefined :: Int) `deepseq` "deepseq goes inside"))
  putStrLn (either (\e -> "deepseq: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) id r3)
