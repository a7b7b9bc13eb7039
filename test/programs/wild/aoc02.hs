import qualified Data.Set as S
import Data.Char (isDigit)

type Pos = (Int, Int)

step :: Char -> Pos -> Pos
step 'U' (x, y) = (x, y + 1)
step 'D' (x, y) = (x, y - 1)
step 'L' (x, y) = (x - 1, y)
step 'R' (x, y) = (x + 1, y)
step _ p = p

parse :: String -> [(Char, Int)]
parse = map (\w -> (head w, read (tail w))) . words . map (\c -> if c == ',' then ' ' else c)

path :: [(Char, Int)] -> [Pos]
path = tail . scanl (flip step) (0, 0) . concatMap (\(d, n) -> replicate n d)

main :: IO ()
main = do
  [a, b] <- map parse . lines <$> getContents
  let pa = path a; pb = path b
      common = S.intersection (S.fromList pa) (S.fromList pb)
      dist (x, y) = abs x + abs y
  print (S.size common)
  print (minimum (map dist (S.toList common)))
  let firstIdx p xs = length (takeWhile (/= p) xs) + 1
  print (minimum [firstIdx p pa + firstIdx p pb | p <- S.toList common])
  print (S.toDescList (S.map fst common))
  print (S.elemAt 0 common, S.findMax common)
