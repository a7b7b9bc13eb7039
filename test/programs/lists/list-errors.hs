import Control.Exception
import Data.List
import qualified Data.List.NonEmpty as NE
import Data.Maybe (fromJust)

try' :: Show a => String -> a -> IO ()
try' name v = do
  r <- try (evaluate (length (show v) `seq` v))
  case r of
    Left (ErrorCall m) -> putStrLn (name ++ ": error: " ++ m)
    Right x -> putStrLn (name ++ ": " ++ show x)

main :: IO ()
main = do
  let e = [] :: [Int]
  try' "head" (head e)
  try' "tail" (tail e)
  try' "last" (last e)
  try' "init" (init e)
  try' "!! neg" ([1, 2, 3 :: Int] !! (-1))
  try' "!! big" ([1, 2, 3 :: Int] !! 3)
  try' "foldr1" (foldr1 (+) e)
  try' "foldl1" (foldl1 (+) e)
  try' "foldl1'" (foldl1' (+) e)
  try' "maximum" (maximum e)
  try' "minimum" (minimum e)
  try' "maximumBy" (maximumBy compare e)
  try' "minimumBy" (minimumBy compare e)
  try' "cycle" (cycle e)
  try' "scanr1 ok" (scanr1 (+) e)
  try' "genericIndex neg" (genericIndex [1, 2 :: Int] (-1 :: Integer))
  try' "genericIndex big" (genericIndex [1, 2 :: Int] (5 :: Integer))
  try' "NE.fromList" (NE.fromList e)
  try' "maximum Maybe" (maximum (Nothing :: Maybe Int))
  try' "foldr1 Maybe" (foldr1 (+) (Nothing :: Maybe Int))
  try' "foldl1 Either" (foldl1 (+) (Left 'x' :: Either Char Int))
  try' "minimum pair ok" (minimum ('a', 3 :: Int))
  try' "fromJust" (fromJust (Nothing :: Maybe Int))
  try' "succ" (succ (maxBound :: Int))
  try' "toEnum" (toEnum 5 :: Bool)
  try' "read" (read "12x" :: Int)
  try' "NE.!!" (NE.fromList [1, 2 :: Int] NE.!! 4)
  try' "transpose ok" (transpose ["ab", "", "c"])
