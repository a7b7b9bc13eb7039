import qualified Data.Map as M
import qualified Data.Map.Strict as MS
import Data.Char (toLower, isAlpha)
import Data.List (sortBy)
import Data.Ord (comparing, Down (..))

main :: IO ()
main = do
  txt <- getContents
  let ws = words (map (\c -> if isAlpha c then toLower c else ' ') txt)
      freq = foldl (\m w -> MS.insertWith (+) w (1 :: Int) m) MS.empty ws
      lazyFreq = M.fromListWith (+) [(w, 1 :: Int) | w <- ws]
  print (M.size freq, freq == lazyFreq)
  mapM_ (\(w, n) -> putStrLn (w ++ ": " ++ show n)) (take 10 (sortBy (comparing (Down . snd)) (M.toList freq)))
  let byLen = M.fromListWith (flip (++)) [(length w, [w]) | w <- M.keys freq]
  mapM_ print (M.toList (M.map length byLen))
  print (M.lookupMax byLen)
  print (M.foldr (+) 0 freq, M.foldl (+) 0 freq, M.foldrWithKey (\k _ acc -> length k + acc) 0 freq)
  print (M.keys (M.filter (>= 3) freq))
  let firstLetter = M.mapKeysWith (+) head freq
  print firstLetter
  print (M.elems (M.mapWithKey (\k v -> k ++ "=" ++ show v) (M.take 5 freq)))
  print (M.toDescList (M.drop (M.size freq - 3) freq))
  print (fst <$> M.lookupMin freq, M.lookupLE "m" freq, M.lookupGT "m" freq)
  -- foldr / foldl order and laziness
  print (take 3 (M.foldr (:) [] (M.fromList [(i, i) | i <- [1 .. 1000 :: Int]])))
  print (M.foldl (flip (:)) [] (M.fromList (zip "dcba" [1 :: Int ..])))
  print (M.foldrWithKey (\k v acc -> (k, v) : acc) [] freq == M.toAscList freq)
  print (M.foldlWithKey (\acc k v -> (k, v) : acc) [] freq == M.toDescList freq)
