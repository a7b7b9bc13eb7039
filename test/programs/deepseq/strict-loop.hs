-- Accumulating loops kept in normal form with $!!, force and <$!!>,
-- reading numbers from stdin.
import Control.DeepSeq
import qualified Data.List as L

data Stats = Stats {count :: Int, total :: Integer, seen :: [Int], longest :: String} deriving Show

instance NFData Stats where
  rnf (Stats c t s l) = rnf c `seq` rnf t `seq` rnf s `seq` rnf l

step :: Stats -> String -> Stats
step st w =
  let n = read w :: Int
   in st {count = count st + 1, total = total st + fromIntegral n, seen = take 5 (n : seen st), longest = if length w > length (longest st) then w else longest st}

loop :: Stats -> [String] -> Stats
loop st [] = st
loop st (w : ws) = (loop $!! step st w) ws

main :: IO ()
main = do
  ws <- words <$!!> getContents
  let final = loop (Stats 0 0 [] "") ws
  print final
  let sums = L.foldl' (\acc x -> force (x + head acc : acc)) [0] (map read ws :: [Integer])
  print (take 5 sums)
  m <- (fmap (* 2)) <$!!> return (Just (count final))
  print m
  print (force (L.sortOn negate (seen final)))
