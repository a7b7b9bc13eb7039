-- Folds of boxed arrays (Foldable Array: GHC.Arr's foldr1Elems,
-- foldl1Elems, foldrElems', foldlElems'), their errors on empty arrays,
-- and the folds of the elements of unboxed arrays.
import Control.Exception
import Data.Array
import Data.Foldable (foldl', foldr', toList)
import qualified Data.Array.Unboxed as U

try' :: String -> IO () -> IO ()
try' label act = do
  r <- try act
  case r of
    Left e -> putStrLn (label ++ ": " ++ show (e :: ErrorCall))
    Right () -> return ()

main :: IO ()
main = do
  let a = listArray (1, 5) [3, 1, 4, 1, 5] :: Array Int Int
      e = listArray (1, 0) [] :: Array Int Int
      s = listArray (0, 2) ["x", "yy", "zzz"] :: Array Int String
  print (foldr1 (-) a, foldl1 (-) a, foldr' (-) 0 a, foldl' (-) 0 a)
  print (foldr (:) [] a, foldl (flip (:)) [] a, toList s)
  print (sum a, product a, maximum a, minimum a, length a, null e, elem 4 a)
  print (foldr1 (++) s, foldl1 (++) s, concat s, concatMap reverse s)
  print (foldr (\x acc -> x : take 2 acc) [] (listArray (0, 4) [1 ..] :: Array Int Integer))
  print (take 3 (foldr1 (\x y -> x ++ y) (listArray (1, 2) ["ab", cycle "c"])))
  try' "foldr1 empty" (print (foldr1 (+) e))
  try' "foldl1 empty" (print (foldl1 (+) e))
  try' "maximum empty" (print (maximum e))
  try' "minimum empty" (print (minimum e))
  print (foldr' (\x acc -> acc * 10 + x) 0 a, foldl' (\acc x -> acc * 10 + x) 0 a)
  let u = U.listArray (0, 3) [2.5, 0.5, 1.0, 4.0] :: U.UArray Int Double
  print (sum (U.elems u), maximum (U.elems u), foldr1 min (U.elems u))
  print (fmap (* 2) a, sum (fmap fromIntegral a :: Array Int Double))
