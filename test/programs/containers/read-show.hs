import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.Sequence as Seq
import Data.Tree (Tree (..))
import Data.Graph (SCC (..))
import Control.Exception

try' :: Show a => String -> a -> IO ()
try' label x = do
  r <- try (evaluate (length (show x)))
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: SomeException))
    Right _ -> putStrLn (label ++ ": " ++ show x)

main :: IO ()
main = do
  let m = M.fromList [(i, i * i) | i <- [1 .. 10 :: Int]]
  try' "read" (read "fromList [(1,2),(3,4)]" :: M.Map Int Int)
  try' "read set" (read " fromList \"hello\"" :: S.Set Char)
  try' "read bad" (read "fromList [(1,2)" :: M.Map Int Int)
  print (reads "fromList [(1,'a')] rest" :: [(M.Map Int Char, String)])
  print (read (show (Just m)) :: Maybe (M.Map Int Int))
  print (read "[fromList [1,2],fromList [3]]" :: [S.Set Int])
  let s = S.fromList ["b", "a", "c"]
  print (read (show s) == s, read (show m) == m)
  print (read "(fromList [(\"k\",fromList [1])])" :: M.Map String (S.Set Int))
  print (showsPrec 11 s "", showsPrec 10 s "")
  print (M.fromList [(Just 1, S.empty), (Nothing, S.singleton 'x')])
  print (read "Node {rootLabel = 1, subForest = [Node {rootLabel = 2, subForest = []}]}" :: Tree Int)
  print (read "fromList \"abc\"" :: Seq.Seq Char, read "[AcyclicSCC 1,CyclicSCC [2,3]]" :: [SCC Int])
