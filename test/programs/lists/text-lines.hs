import Data.Char (toUpper, isSpace)
import Data.List (sortOn, group, sort)

main :: IO ()
main = do
  s <- getContents
  let ls = lines s
  print (length ls, map length ls)
  mapM_ (putStrLn . unwords . reverse . words) ls
  let ws = words s
  print (length ws, take 5 ws)
  let freq = map (\g -> (head g, length g)) (group (sort (map (map toUpper) ws)))
  mapM_ print (take 5 (sortOn (negate . snd) freq))
  putStr (unlines (map (dropWhile isSpace) ls))
  print (unwords ws == unwords (words (unlines ls)))
  interactLike (map toUpper) (take 40 s)
  where
    interactLike f t = putStrLn (f t)
