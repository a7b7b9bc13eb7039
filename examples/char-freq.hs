-- Letter frequencies of stdin, most frequent first.
import Data.Char (isAlpha, toLower)
import Data.List (group, sort, sortBy)

freqs :: String -> [(Char, Int)]
freqs s = map (\g -> (head g, length g)) (group (sort (map toLower (filter isAlpha s))))

byCount :: (Char, Int) -> (Char, Int) -> Ordering
byCount (c1, n1) (c2, n2) = compare n2 n1 <> compare c1 c2

main :: IO ()
main = do
  s <- getContents
  let fs = sortBy byCount (freqs s)
  mapM_ (\(c, n) -> putStrLn (c : ' ' : replicate n '*')) (take 8 fs)
  print (length fs)
