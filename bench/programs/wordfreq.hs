-- Word frequencies with Data.Map over generated text (a linear congruential
-- generator picks syllables).
import qualified Data.Map.Strict as M
import Data.List (sortBy)
import Data.Ord (comparing, Down (..))

lcg :: Int -> Int
lcg x = (x * 1103515245 + 12345) `mod` 2147483648

syllables :: [String]
syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "po", "qu", "da"]

wordsFrom :: Int -> Int -> [String]
wordsFrom 0 _ = []
wordsFrom n seed =
  let s1 = lcg seed
      s2 = lcg s1
      s3 = lcg s2
      len = 1 + s1 `div` 65536 `mod` 3
      pick s = syllables !! (s `div` 65536 `mod` length syllables)
      w = concatMap pick (take len [s2, s3, lcg s3])
   in w : wordsFrom (n - 1) s3

main :: IO ()
main = do
  let text = unwords (wordsFrom 30000 42)
      freq = M.fromListWith (+) [(w, 1 :: Int) | w <- words text]
      top = take 10 (sortBy (comparing (Down . snd)) (M.toList freq))
  print (M.size freq)
  mapM_ (\(w, c) -> putStrLn (w ++ " " ++ show c)) top
  print (M.foldr (+) 0 freq)
