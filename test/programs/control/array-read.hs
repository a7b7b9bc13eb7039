-- Read of Array and UArray (the format Show prints), with precedence.
import Data.Array
import qualified Data.Array.Unboxed as U

main :: IO ()
main = do
  let a = listArray (0, 3) "abcd" :: Array Int Char
  print (read (show a) :: Array Int Char)
  print (read "array (1,3) [(1,10),(2,20),(3,30)]" :: Array Int Integer)
  print (read " ( array (False,True) [(True,\"t\"),(False,\"f\")] ) " :: Array Bool String)
  print (read "Just (array (0,1) [(0,1.5),(1,2.5)])" :: Maybe (Array Int Double))
  print (reads "array (0,0) [(0,'x')] rest" :: [(Array Int Char, String)])
  print (reads "Just array (0,0) [(0,'x')]" :: [(Maybe (Array Int Char), String)])
  let g = read "array ((0,0),(1,1)) [((0,0),1),((0,1),2),((1,0),3),((1,1),4)]" :: Array (Int, Int) Int
  print (g ! (1, 0), sum (elems g))
  let u = read "array (1,4) [(1,2),(2,3),(3,5),(4,7)]" :: U.UArray Int Int
  print (u, u U.! 3)
  print (read (show (U.listArray (0, 2) [True, False, True] :: U.UArray Int Bool)) :: U.UArray Int Bool)
  print (read "[array (0,0) [(0,1)],array (1,1) [(1,2)]]" :: [Array Int Int])
