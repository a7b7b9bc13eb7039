-- Eq/Ord/Show/Read/Bounded of 8- to 15-tuples
import Data.List (sort, sortBy)
import Data.Ord (comparing)

type T8 = (Int, Char, Bool, Int, Ordering, Int, Char, Int)
type T15 = (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int)

t8a, t8b :: T8
t8a = (1, 'a', True, 4, LT, 6, 'z', 8)
t8b = (1, 'a', True, 4, GT, 6, 'a', 0)

t15 :: Int -> T15
t15 k = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, k)

main :: IO ()
main = do
  print t8a
  print (t8a == t8b, t8a /= t8b, compare t8a t8b, t8a < t8b, t8a <= t8b, t8a > t8b, t8a >= t8b)
  print (max t8a t8b, min t8a t8b)
  print (sort [t15 3, t15 1, t15 2])
  print (t15 1 == t15 1, compare (t15 1) (t15 2), maximum [t15 5, t15 9, t15 (-1)])
  print ((1,2,3,4,5,6,7,8,9) :: (Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print ((1,2,3,4,5,6,7,8,9,10) :: (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print (("a",'b',3,4.5,Just 5,[6],Left 7,(8,9),'x',"y",()) :: (String,Char,Int,Double,Maybe Int,[Int],Either Int Int,(Int,Int),Char,String,()))
  print ((1,2,3,4,5,6,7,8,9,10,11,12) :: (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print ((1,2,3,4,5,6,7,8,9,10,11,12,13) :: (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print ((1,2,3,4,5,6,7,8,9,10,11,12,13,14) :: (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print (t15 (-15))
  print (Just (t15 0))
  putStrLn (showsPrec 11 t8a "")
  print [t8a, t8b]
  print (minBound :: (Bool, Ordering))
  print (maxBound :: (Bool, Char, ()))
  print (minBound :: (Bool, Bool, Bool, Bool))
  print (maxBound :: (Bool, Bool, Bool, Bool, Ordering))
  print (minBound :: (Bool, Bool, Bool, Bool, Ordering, ()))
  print (maxBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool))
  print (minBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int))
  print (maxBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char))
  print (minBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char, Bool))
  print (maxBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char, Bool, Bool))
  print (minBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char, Bool, Bool, Bool))
  print (maxBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char, Bool, Bool, Bool, Bool))
  print (minBound :: (Bool, Bool, Bool, Bool, Ordering, (), Bool, Int, Char, Bool, Bool, Bool, Bool, Bool))
  print (maxBound :: T15)
  print (read "(1,2,3,4,5,6,7,8,9,10,11,12,13,14,15)" :: T15)
  print (read " ( 1 , 'q' , True , 4 , EQ , 6 , 'r' , 8 ) " :: T8)
  print (sortBy (comparing (\(a,_,_,_,_,_,_,_) -> a)) [t8b, t8a])
  let (a, b, c, _, _, _, _, _) = fst (minBound :: ((Bool, Int, Char, Bool, Bool, Bool, Bool, Bool), ()))
  print (a, b, c)
  print (compare (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int, 7 :: Int, 8 :: Int, 9 :: Int) (1, 2, 3, 4, 5, 6, 7, 8, undefined) `seq` ())
