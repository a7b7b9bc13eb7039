-- Ix of 2- to 15-tuples, arrays indexed by big tuples
import Data.Ix
import Data.Array

type I8 = (Int, Int, Int, Int, Int, Int, Int, Int)

lo8, hi8 :: I8
lo8 = (0, 0, 0, 0, 0, 0, 0, 0)
hi8 = (1, 0, 1, 0, 1, 0, 0, 1)

b15 :: ((Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool),
        (Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool,Bool))
b15 = ((False,False,False,False,False,False,False,False,False,False,False,False,False,False,False),
       (False,False,False,False,False,False,False,False,False,False,False,False,False,True,True))

main :: IO ()
main = do
  print (range (lo8, hi8))
  print (rangeSize (lo8, hi8), map (index (lo8, hi8)) (range (lo8, hi8)))
  print (inRange (lo8, hi8) (1, 0, 1, 0, 1, 0, 0, 1), inRange (lo8, hi8) (1, 1, 1, 0, 1, 0, 0, 1))
  print (range b15)
  print (map (index b15) (range b15), rangeSize b15)
  let b9 = ((0,'a',False,0,0,0,0,0,0), (1,'b',True,0,0,0,0,0,2)) :: ((Int,Char,Bool,Int,Int,Int,Int,Int,Int),(Int,Char,Bool,Int,Int,Int,Int,Int,Int))
  print (length (range b9), rangeSize b9, index b9 (1,'b',True,0,0,0,0,0,2), index b9 (0,'a',True,0,0,0,0,0,1))
  let b10 = ((0,0,0,0,0,0,0,0,0,0), (2,0,0,0,0,0,0,0,0,3)) :: ((Int,Int,Int,Int,Int,Int,Int,Int,Int,Int),(Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
      arr = listArray b10 [100 ..] :: Array (Int,Int,Int,Int,Int,Int,Int,Int,Int,Int) Int
  print (arr ! (1,0,0,0,0,0,0,0,0,2), bounds arr, sum (elems arr))
  let b11 = ((0,0,0,0,0,0,0,0,0,0,0), (0,0,0,0,0,0,0,0,0,1,1)) :: ((Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int),(Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print (range b11, rangeSize b11)
  let b12 = ((0,0,0,0,0,0,0,0,0,0,0,0), (0,0,0,0,0,0,0,0,0,1,1,1)) :: ((Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int),(Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print (map (index b12) (range b12))
  let b13 = ((0,0,0,0,0,0,0,0,0,0,0,0,0), (0,0,0,0,0,0,0,0,0,0,0,1,2)) :: ((Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int),(Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int,Int))
  print (range b13, inRange b13 (0,0,0,0,0,0,0,0,0,0,0,1,3))
  let b14 = (('a','a','a','a','a','a','a','a','a','a','a','a','a','a'), ('a','a','a','a','a','a','a','a','a','a','a','a','b','c'))
  print (range b14, rangeSize b14)
  -- small tuples too
  print (range ((0,0),(1,2)) :: [(Int,Int)], index ((0,0,0),(2,2,2)) (1,1,1 :: Int))
  print (rangeSize ((1,1,1,1),(2,2,2,2 :: Int)), inRange ((1,1,1,1,1),(2,2,2,2,2)) (2,2,2,2,3 :: Int))
  print (range ((0,0,0,0,0,0),(0,0,0,0,1,1 :: Int)), index ((0,0,0,0,0,0,0),(1,1,1,1,1,1,1)) (1,1,1,1,1,1,1 :: Int))
  print (rangeSize (hi8, lo8))
  print (index (lo8, hi8) (1, 1, 1, 1, 1, 1, 1, 1))
