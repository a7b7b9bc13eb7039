{-# LANGUAGE ScopedTypeVariables, FlexibleContexts #-}
-- Unboxed arrays of every element type (Bool, Char, Int, Word, Double,
-- Float, Int8..Word64) as immutable UArrays and mutable IOUArrays and
-- STUArrays: building, accumArray, (//), accum, ixmap, bounds, freeze and
-- thaw in both directions, casting, Eq/Ord/Show/Read, hPutArray/hGetArray
-- through a file, and the out-of-range errors.
import Control.Exception
import Control.Monad
import Control.Monad.ST
import Data.Array (Array)
import Data.Array.IO
import Data.Array.MArray
import Data.Array.ST
import Data.Array.Unboxed
import Data.Array.Unsafe
import Data.Array.Base (getNumElements, numElements)
import Data.Int
import Data.Word
import System.IO

summary :: (IArray UArray e, Show e) => String -> UArray Int e -> String
summary name a = name ++ " " ++ show (bounds a) ++ " " ++ show (numElements' a) ++ " " ++ show (elems a)
  where numElements' = rangeSize . bounds

mutate :: forall e. (MArray IOUArray e IO, IArray UArray e, Show e) => String -> (Int -> e) -> IO ()
mutate name f = do
  arr <- newArray (0, 4) (f 0) :: IO (IOUArray Int e)
  forM_ [1 .. 4] $ \i -> writeArray arr i (f i)
  x <- readArray arr 3
  b <- getBounds arr
  n <- getNumElements arr
  es <- getElems arr
  frozen <- freeze arr :: IO (UArray Int e)
  arr2 <- thaw frozen :: IO (IOUArray Int e)
  writeArray arr2 0 (f 9)
  es2 <- getElems arr2
  unfrozen <- unsafeFreeze arr2 :: IO (UArray Int e)
  arr3 <- newArray_ (1, 2) :: IO (IOUArray Int e)
  writeArray arr3 1 (f 7) >> writeArray arr3 2 (f 8)
  es3 <- getElems arr3
  assocs3 <- getAssocs arr3
  putStrLn (name ++ ": " ++ show (x, b, n) ++ " " ++ show es ++ " " ++ show es2 ++ " " ++ show (unfrozen ! 0) ++ " " ++ show es3 ++ " " ++ show assocs3)
  arr4 <- newListArray (10, 12) [f 1, f 2, f 3] :: IO (IOUArray Int e)
  m <- mapArray id arr4
  getElems m >>= print
  eq <- return (arr4 == arr4, arr4 == m)
  print eq


asSTU :: STUArray s Int e -> ST s (STUArray s Int e)
asSTU = return

asST :: STArray s Int e -> ST s (STArray s Int e)
asST = return

main :: IO ()
main = do
  let bs = listArray (0, 5) [True, False, True, True, False, False] :: UArray Int Bool
      cs = listArray (1, 5) "hello" :: UArray Int Char
      is = listArray (0, 4) [10, -20, 30, -40, 50] :: UArray Int Int
      ws = listArray (0, 3) [1, 2, maxBound, 0] :: UArray Int Word
      ds = listArray (0, 3) [1.5, -2.25, 1e300, 0] :: UArray Int Double
      fs = listArray (0, 3) [1.5, -2.25, 3.0e30, 0] :: UArray Int Float
      i8 = listArray (0, 2) [127, -128, 5] :: UArray Int Int8
      i16 = listArray (0, 2) [32767, -32768, 5] :: UArray Int Int16
      i32 = listArray (0, 2) [2147483647, -2147483648, 5] :: UArray Int Int32
      i64 = listArray (0, 2) [maxBound, minBound, 5] :: UArray Int Int64
      w8 = listArray (0, 2) [255, 0, 5] :: UArray Int Word8
      w16 = listArray (0, 2) [65535, 0, 5] :: UArray Int Word16
      w32 = listArray (0, 2) [4294967295, 0, 5] :: UArray Int Word32
      w64 = listArray (0, 2) [maxBound, 0, 5] :: UArray Int Word64
  putStrLn (summary "bool" bs) >> putStrLn (summary "char" cs) >> putStrLn (summary "int" is) >> putStrLn (summary "word" ws)
  putStrLn (summary "double" ds) >> putStrLn (summary "float" fs) >> putStrLn (summary "i8" i8) >> putStrLn (summary "i16" i16)
  putStrLn (summary "i32" i32) >> putStrLn (summary "i64" i64) >> putStrLn (summary "w8" w8) >> putStrLn (summary "w16" w16)
  putStrLn (summary "w32" w32) >> putStrLn (summary "w64" w64)
  print (bs // [(1, True)], cs // [(1, 'j')], is // [(0, 0)], ws // [(3, 7)], ds // [(0, 0.5)], fs // [(3, 9)])
  print (accum (&&) bs [(0, False)], accum max cs [(2, 'z')], accum (+) is [(1, 20), (1, 1)], accum (*) ws [(0, 9)], accum (+) ds [(1, 1)], accum (-) fs [(0, 1)])
  print (accumArray (||) False (0, 3) [(1, True), (3, True)] :: UArray Int Bool, accumArray (\_ c -> c) 'a' (0, 3) [(2, 'x')] :: UArray Int Char)
  print (accumArray (+) 0 (0, 3) [(1, 5), (1, 6)] :: UArray Int Int, accumArray (+) 0 (0, 2) [(2, 5)] :: UArray Int Word, accumArray (+) 0 (0, 2) [(0, 0.5)] :: UArray Int Double, accumArray (+) 0 (0, 2) [(0, 0.5)] :: UArray Int Float)
  print (ixmap (0, 2) (+ 1) cs, ixmap (0, 4) (4 -) is, amap not bs, amap (* 2) ds, amap fromIntegral w8 :: UArray Int Int, indices fs, assocs i16)
  print (bs == bs, bs /= bs, cs < cs // [(1, 'i')], compare is (is // [(4, 0)]), ws >= ws, max ds ds == ds, min fs fs <= fs)
  print (showsPrec 11 cs "", showList [bs] "", show i32, showList [w64, w64] "")
  print (read (show is) :: UArray Int Int, read (show ds) :: UArray Int Double, read (show cs) :: UArray Int Char, readList ("[" ++ show bs ++ "]") :: [([UArray Int Bool], String)])
  print (is ! 2, bs ! 0, cs ! 5, ws ! 2, ds ! 2, fs ! 1)
  let grid = listArray ((0, 0), (2, 2)) [1 .. 9] :: UArray (Int, Int) Int
  print (grid ! (1, 1), [grid ! (i, i) | i <- [0 .. 2]], ixmap ((0, 0), (2, 2)) (\(i, j) -> (j, i)) grid, bounds grid)
  -- mutable: every IOUArray element type
  mutate "bool" (even :: Int -> Bool)
  mutate "char" (toEnum . (+ 65) :: Int -> Char)
  mutate "int" ((* 3) :: Int -> Int)
  mutate "word" (fromIntegral . (* 5) :: Int -> Word)
  mutate "double" ((/ 4) . fromIntegral :: Int -> Double)
  mutate "float" ((* 1.5) . fromIntegral :: Int -> Float)
  mutate "i8" (fromIntegral :: Int -> Int8)
  mutate "w16" (fromIntegral :: Int -> Word16)
  mutate "i64" (negate . fromIntegral :: Int -> Int64)
  -- STUArray
  print (runST (newListArray (0, 3) [True, False, True, False] >>= asSTU >>= getElems), runST (newArray (0, 2) 'q' >>= asSTU >>= getElems))
  print (runST (newArray (0, 2) (1.5 :: Double) >>= asSTU >>= \a -> writeArray a 1 2.5 >> getElems a), runST (newArray_ (0, 1) >>= asSTU >>= \a -> writeArray a 0 (1 :: Float) >> writeArray a 1 2 >> getElems a))
  print (runSTUArray (do a <- newArray (0, 3) (0 :: Word); forM_ [0 .. 3] (\i -> writeArray a i (fromIntegral i * 7)); return a))
  print (runSTUArray (do a <- thaw (listArray (0, 2) "abc" :: UArray Int Char); writeArray a 0 'z'; return a))
  print (runSTArray (do a <- newArray (0, 2) "s"; writeArray a 1 "t"; return a))
  print (runST (do a <- newArray (0, 2) (5 :: Int) >>= asSTU; b <- freeze a; c <- unsafeThaw (b :: UArray Int Int) >>= asSTU; writeArray c 0 9; getElems c))
  print (runST (do a <- newArray (0, 1) (1 :: Int) >>= asST; b <- newArray_ (0, 1) >>= asST; writeArray b 0 (3 :: Int) >> writeArray b 1 4; x <- getElems a; y <- getElems b; return (x, y)))
  print (runST (do a <- newArray (0, 3) (0 :: Word32) >>= asSTU; writeArray a 0 0x3f800000; c <- castSTUArray a >>= asSTU; readArray c (0 :: Int) >>= \f -> return (f :: Float)))
  ioa <- newArray (0, 3) 0x40000000 :: IO (IOUArray Int Word32)
  cio <- castIOUArray ioa :: IO (IOUArray Int Float)
  readArray cio 0 >>= print
  -- boxed IOArray
  boxed <- newArray (0, 2) "b" :: IO (IOArray Int String)
  boxed2 <- newArray_ (0, 1) :: IO (IOArray Int Int)
  writeArray boxed2 0 1 >> writeArray boxed2 1 2
  fr <- freeze boxed :: IO (Array Int String)
  th <- thaw fr :: IO (IOArray Int String)
  writeArray th 0 "t"
  getElems th >>= print
  getElems boxed2 >>= print
  print (boxed == boxed, boxed == th)
  -- hPutArray / hGetArray
  buf <- newListArray (0, 9) [fromIntegral (i * 11) | i <- [0 .. 9 :: Int]] :: IO (IOUArray Int Word8)
  withBinaryFile "arr.bin" WriteMode (\h -> hPutArray h buf 10)
  back <- newArray (0, 9) 0 :: IO (IOUArray Int Word8)
  n <- withBinaryFile "arr.bin" ReadMode (\h -> hGetArray h back 10)
  getElems back >>= \es -> print (n, es)
  -- errors
  r1 <- try (evaluate (is ! 7))
  r3 <- try (readArray buf 20)
  r4 <- try (evaluate (accumArray (+) 0 (0, 2) [(5, 1)] :: UArray Int Int))
  print (either (\e -> show (e :: SomeException)) show r1)
  print (either (\e -> show (e :: SomeException)) show r3, either (\e -> show (e :: SomeException)) show r4)
