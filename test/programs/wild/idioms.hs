import Data.List (sortBy, groupBy, sortOn)
import Data.Ord (comparing, Down(..))
import Data.Function (on)
import qualified Data.Map as M
import Control.Monad (forM_, unless, when)
import Data.Maybe (fromMaybe)

data Student = Student { sname :: String, grade :: Int, score :: Double } deriving (Show, Eq)

banner :: String
banner = "multi\
         \line \
         \string gap"

classify :: Double -> String
classify s
  | s >= 90 = "A"
  | s >= 80 = "B"
  | s >= 70 = "C"
  | otherwise = "F"

main :: IO ()
main = do
  putStrLn banner
  let ss = [Student "amy" 2 91.5, Student "bob" 1 78, Student "cat" 2 85, Student "dan" 1 91.5, Student "eve" 2 62.25]
  mapM_ print (sortBy (comparing grade <> comparing (Down . score) <> comparing sname) ss)
  print (map sname (sortBy (mconcat [comparing score, flip (comparing sname)]) ss))
  forM_ (groupBy ((==) `on` grade) (sortOn grade ss)) $ \g -> do
    let avg = sum (map score g) / fromIntegral (length g)
    putStrLn ("grade " ++ show (grade (head g)) ++ ": avg " ++ show avg ++ " " ++ classify avg)
  let byLetter = M.fromListWith (flip (++)) [(classify (score s), [sname s]) | s <- ss]
  forM_ (M.toList byLetter) $ \(k, v) -> putStrLn (k ++ " -> " ++ unwords v)
  print (compare 1 2 <> compare 3 3, mempty :: Ordering, maximum (map (\s -> (score s, sname s)) ss))
  let cmd = "stats"
  case cmd of
    "help" -> putStrLn "help"
    's' : rest | length rest > 2 -> putStrLn ("s-command " ++ rest)
    _ -> putStrLn "unknown"
  unless (null ss) $ putStrLn "non-empty"
  when (any ((> 90) . score) ss) $ putStrLn (fromMaybe "?" (lookup 91.5 [(score s, sname s) | s <- ss]))
  print $ zipWith3 (\a b c -> a ++ b ++ c) ["x", "y"] ["1", "2"] ["!", "?"]
  print [if even n then n `div` 2 else 3 * n + 1 | n <- [1 .. 10 :: Int], n /= 5]
  print [(x, y) | x <- [1 .. 4 :: Int], y <- "ab", odd x]
