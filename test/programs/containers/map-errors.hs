import qualified Data.Map as M
import qualified Data.Set as S
import Control.Exception
import System.IO
import qualified Data.Map.Internal.Debug as MD
import qualified Data.Set.Internal as SI

try' :: Show a => String -> a -> IO ()
try' label x = do
  r <- try (evaluate (length (show x)))
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: SomeException))
    Right _ -> putStrLn (label ++ ": " ++ show x)

main :: IO ()
main = do
  hSetBuffering stdout NoBuffering
  let m = M.fromList [(i, i * i) | i <- [1 .. 10 :: Int]]
      e = M.empty :: M.Map Int Int
  try' "!" (m M.! 42)
  try' "findMin" (M.findMin e)
  try' "findMax" (M.findMax e)
  try' "elemAt" (M.elemAt 10 m)
  try' "findIndex" (M.findIndex 99 m)
  try' "updateAt" (M.updateAt (\_ _ -> Nothing) 20 m)
  try' "deleteAt" (M.deleteAt (-1) m)
  try' "deleteFindMin" (M.deleteFindMin e)
  try' "deleteFindMax" (fst (M.deleteFindMax e))
  try' "maximum" (maximum e)
  try' "minimum" (minimum e)
  try' "Set.findMin" (S.findMin (S.empty :: S.Set Int))
  try' "Set.findMax" (S.findMax (S.empty :: S.Set Int))
  try' "Set.elemAt" (S.elemAt 3 (S.fromList "ab"))
  try' "Set.findIndex" (S.findIndex 'z' (S.fromList "ab"))
  try' "Set.deleteAt" (S.deleteAt 5 (S.fromList "ab"))
  try' "Set.deleteFindMin" (S.deleteFindMin (S.empty :: S.Set Int))
  try' "Set.maximum" (maximum (S.empty :: S.Set Int))
  print (M.lookupMin e, M.lookupMax e, M.minView e, M.maxView e)
  putStr (MD.showTree (M.fromList [(i, ()) | i <- [1 .. 12 :: Int]]))
  putStr (MD.showTreeWith (\k v -> show (k, v)) False True (M.fromList (zip "hello world" [1 :: Int ..])))
  putStr (SI.showTree (S.fromList [5, 3, 8, 1, 4, 7, 9, 2, 6 :: Int]))
  putStr (SI.showTreeWith False True (S.fromList "the quick brown fox"))
  print (MD.valid m, SI.valid (S.fromList [1 .. 100 :: Int]))
  print (M.splitRoot m, S.splitRoot (S.fromList [1 .. 7 :: Int]))
  m M.! 0 `seq` return ()
