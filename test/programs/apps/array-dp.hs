-- Dynamic programming on arrays: edit distance in an STUArray, knapsack in
-- an IOUArray, longest common subsequence with a boxed immutable Array,
-- Pascal's triangle with accumArray, matrix products with UArray, plus the
-- MArray/IArray API across element types.
import Control.Monad
import Control.Monad.ST
import Data.Array.ST
import Data.Array.IO
import Data.Array.Unboxed
import qualified Data.Array.IArray as I
import qualified Data.Array.MArray as M
import Data.Word
import Data.Int

editDistance :: String -> String -> Int
editDistance a b = runST $ do
  let n = length a
      m = length b
      aa = listArray (1, n) a :: UArray Int Char
      ba = listArray (1, m) b :: UArray Int Char
  t <- newArray ((0, 0), (n, m)) 0 :: ST s (STUArray s (Int, Int) Int)
  forM_ [0 .. n] $ \i -> writeArray t (i, 0) i
  forM_ [0 .. m] $ \j -> writeArray t (0, j) j
  forM_ [1 .. n] $ \i -> forM_ [1 .. m] $ \j -> do
    x <- readArray t (i - 1, j)
    y <- readArray t (i, j - 1)
    z <- readArray t (i - 1, j - 1)
    writeArray t (i, j) (minimum [x + 1, y + 1, z + if aa ! i == ba ! j then 0 else 1])
  readArray t (n, m)

knapsack :: [(Int, Int)] -> Int -> IO Int
knapsack items cap = do
  best <- newArray (0, cap) 0 :: IO (IOUArray Int Int)
  forM_ items $ \(w, v) -> forM_ [cap, cap - 1 .. w] $ \c -> do
    a <- readArray best c
    b <- readArray best (c - w)
    when (b + v > a) (writeArray best c (b + v))
  readArray best cap

lcs :: String -> String -> String
lcs xs ys = reverse (walk n m)
  where
    n = length xs
    m = length ys
    xa = listArray (1, n) xs :: Array Int Char
    ya = listArray (1, m) ys :: Array Int Char
    t = array ((0, 0), (n, m)) [((i, j), f i j) | i <- [0 .. n], j <- [0 .. m]] :: Array (Int, Int) Int
    f 0 _ = 0
    f _ 0 = 0
    f i j
      | xa ! i == ya ! j = t ! (i - 1, j - 1) + 1
      | otherwise = max (t ! (i - 1, j)) (t ! (i, j - 1))
    walk 0 _ = []
    walk _ 0 = []
    walk i j
      | xa ! i == ya ! j = xa ! i : walk (i - 1) (j - 1)
      | t ! (i - 1, j) >= t ! (i, j - 1) = walk (i - 1) j
      | otherwise = walk i (j - 1)

matMul :: UArray (Int, Int) Int -> UArray (Int, Int) Int -> UArray (Int, Int) Int
matMul a b =
  let ((r0, c0), (r1, c1)) = bounds a
      ((_, d0), (_, d1)) = bounds b
   in I.array ((r0, d0), (r1, d1)) [((i, j), sum [a I.! (i, k) * b I.! (k, j) | k <- [c0 .. c1]]) | i <- [r0 .. r1], j <- [d0 .. d1]]

sieve :: Int -> UArray Int Bool
sieve n = runSTUArray $ do
  s <- newArray (2, n) True
  forM_ [2 .. n] $ \i -> do
    p <- readArray s i
    when (p && i * i <= n) $ forM_ [i * i, i * i + i .. n] $ \j -> writeArray s j False
  return s

main :: IO ()
main = do
  print (editDistance "kitten" "sitting", editDistance "intention" "execution", editDistance "" "abc")
  knapsack [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10)] 15 >>= print
  putStrLn (lcs "AGGTABQWERTY" "GXTXAYBWRT")
  let pascal = accumArray (+) 0 ((0, 0), (6, 6)) [((i, j), c) | i <- [0 .. 6], j <- [0 .. i], let c = choose i j] :: Array (Int, Int) Integer
      choose i j = product [1 .. toInteger i] `div` (product [1 .. toInteger j] * product [1 .. toInteger (i - j)])
  print [[pascal ! (i, j) | j <- [0 .. i]] | i <- [0 .. 6]]
  let m = I.listArray ((0, 0), (1, 2)) [1 .. 6] :: UArray (Int, Int) Int
      m2 = I.listArray ((0, 0), (2, 1)) [7 .. 12] :: UArray (Int, Int) Int
  print (matMul m m2, I.bounds (matMul m m2), I.elems (I.amap (* 2) m), I.indices m2)
  let ps = sieve 100
  print [i | (i, True) <- I.assocs ps]
  -- IArray operations
  let a = I.listArray (0, 9) [10, 9 .. 1] :: UArray Int Int
  print (a I.// [(0, 100), (9, -1)], I.accum (+) a [(1, 5), (1, 5)], I.ixmap (0, 4) (\i -> 9 - i) a, I.accumArray (flip (:)) [] (0, 2) [(i `mod` 3, i) | i <- [1 .. 10 :: Int]] :: Array Int [Int])
  print (a == a, compare a (a I.// [(5, 0)]), show (I.listArray (1, 3) [1.5, 2.5, 3.5] :: UArray Int Double), I.listArray ('a', 'c') "xyz" :: UArray Char Char)
  print (I.listArray (0, 3) [True, False, True, True] :: UArray Int Bool, I.listArray (0, 2) [1, 2, 255] :: UArray Int Word8, I.listArray (0, 1) [minBound, maxBound] :: UArray Int Int16, I.listArray (0, 1) [2.5, -1] :: UArray Int Float)
  print (I.listArray (0, 1) [1, 2] :: UArray Int Word, I.listArray (0, 1) [3, 4] :: UArray Int Int64, I.listArray (0, 1) [5, 6] :: UArray Int Word32, I.listArray (0, 1) [-7, 8] :: UArray Int Int8, I.listArray (0, 1) [9, 10] :: UArray Int Word16, I.listArray (0, 1) [11, 12] :: UArray Int Int32, I.listArray (0, 1) [13, 14] :: UArray Int Word64)
  -- MArray in IO with several element types
  io <- M.newListArray (1, 5) [5, 3, 8, 1, 9] :: IO (IOUArray Int Double)
  M.readArray io 2 >>= M.writeArray io 2 . (* 10)
  M.readArray io 3 >>= M.writeArray io 3 . negate
  es <- M.getElems io
  as <- M.getAssocs io
  bs <- M.getBounds io
  fr <- M.freeze io :: IO (UArray Int Double)
  th <- M.thaw fr :: IO (IOArray Int Double)
  M.writeArray th 1 0
  mapped <- M.mapArray (* 2) io
  me <- M.getElems mapped
  ix <- M.mapIndices (1, 3) (+ 2) io >>= M.getElems
  the <- M.getElems th
  print (es, as, bs, fr, the, me, ix)
  ioa <- M.newArray_ (0, 3) :: IO (IOArray Int (Maybe String))
  M.writeArray ioa 0 (Just "x")
  M.readArray ioa 0 >>= print
  bo <- M.newArray (0, 7) False :: IO (IOUArray Int Bool)
  mapM_ (\i -> M.writeArray bo i True) [1, 3, 5]
  M.getElems bo >>= print
  ch <- M.newListArray (0, 4) "hello" :: IO (IOUArray Int Char)
  M.writeArray ch 0 'j'
  M.getElems ch >>= putStrLn
  w8 <- M.newListArray (0, 3) [250, 251, 252, 253] :: IO (IOUArray Int Word8)
  M.readArray w8 0 >>= M.writeArray w8 0 . (+ 10)
  M.getElems w8 >>= print
  i64 <- M.newArray (0, 2) (-5) :: IO (IOUArray Int Int64)
  M.getElems i64 >>= print
  -- STArray (boxed) and runSTArray
  print (runSTArray (do arr <- newArray (0, 4) "" ; forM_ [0 .. 4] (\i -> writeArray arr i (replicate i '*')) ; return arr))
  print (runST (do arr <- newListArray (0, 3) [1, 2, 3, 4] :: ST s (STArray s Int Integer); getBounds arr >>= \b -> mapM (readArray arr) (range b) >>= return . product))
  print (runST (do arr <- newArray (0, 3) 1.5 :: ST s (STUArray s Int Float); writeArray arr 2 4; getElems arr))
  -- Ix
  print (range ((0, 0), (1, 2)), index ((0, 0), (2, 2)) (1, 1), inRange (1, 5) 6, rangeSize ('a', 'z'), range (False, True), index (LT, GT) EQ, range ((0, 0, 0), (1, 1, 1)))
