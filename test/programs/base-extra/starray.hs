{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC.Arr's STArray functions and unchecked builders, GHC.IOArray,
-- GHC.ST's unsafeInterleaveST / liftST.
import Control.Exception
import Control.Monad.ST (runST, stToIO)
import GHC.Arr
import GHC.Exts (Int (I#))
import GHC.IOArray
import GHC.ST (ST (..), STret (..), liftST, unsafeDupableInterleaveST, unsafeInterleaveST)
import Data.STRef

sieve :: Int -> [Int]
sieve n = runST $ do
  marr <- newSTArray (2, n) True
  let loop i
        | i * i > n = return ()
        | otherwise = do
            p <- readSTArray marr i
            if p then mapM_ (\j -> writeSTArray marr j False) [i * i, i * i + i .. n] else return ()
            loop (i + 1)
  loop 2
  frozen <- freezeSTArray marr
  return [i | (i, True) <- assocs frozen]

main :: IO ()
main = do
  print (sieve 60)
  print $ runST $ do
    m <- newSTArray ('a', 'e') (0 :: Int)
    mapM_ (\(k, c) -> unsafeWriteSTArray m k c) (zip [0 ..] [10, 20, 30])
    a <- unsafeReadSTArray m 1
    b <- readSTArray m 'c'
    return (boundsSTArray m, numElementsSTArray m, a, b)
  let base = listArray (0, 4) "hello" :: Array Int Char
  print $ runST $ do
    t <- thawSTArray base
    writeSTArray t 0 'j'
    f <- freezeSTArray t
    return (elems f, elems base)
  print $ runST $ do
    t <- unsafeThawSTArray (listArray (1, 3) [1, 2, 3 :: Int])
    writeSTArray t 2 20
    fmap elems (unsafeFreezeSTArray t)
  r <- try (evaluate (runST (newSTArray (1, 3) 'x' >>= \m -> readSTArray m (7 :: Int))))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) show r)
  r2 <- try (evaluate (runST (newSTArray (5, 1 :: Int) 'x' >>= \m -> return (numElementsSTArray m))))
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) show r2)
  -- unchecked builders
  print (unsafeArray (10, 14 :: Int) [(0, 'a'), (4, 'e'), (2, 'c'), (0, 'A')] ! 10)
  print (bounds (unsafeArray ('a', 'c') [(1, True)]), unsafeArray ('a', 'c') [(1, True)] ! 'b')
  print (elems (unsafeArray' (1, 3 :: Int) 3 [(0, "x"), (1, "y"), (2, "z")]))
  print (unsafeAccumArray (+) 100 (0, 3 :: Int) [(0, 1), (3, 2), (0, 5)])
  print (unsafeAccumArray' (flip (:)) [] (1, 2 :: Int) 2 [(0, 'p'), (1, 'q'), (0, 'r')])
  print (lessSafeIndex (10, 20 :: Int) 11 15, lessSafeIndex ('a', 'z') 26 'q')
  let arr1 = listArray (0, 2) [1, 2, 3] :: Array Int Int
      arr2 = listArray (1, 3) [1, 2, 3] :: Array Int Int
      arr3 = listArray (0, 2) [1, 2, 4] :: Array Int Int
      e1 = listArray (0, -1) [] :: Array Int Int
      e2 = listArray (5, 2) [] :: Array Int Int
  print [cmpIntArray x y | x <- [arr1, arr2, arr3, e1, e2], y <- [arr1, arr2, arr3, e1, e2]]
  -- GHC.IOArray
  io <- newIOArray (0, 9 :: Int) 'a'
  writeIOArray io 3 'd'
  unsafeWriteIOArray io 4 'e'
  c3 <- readIOArray io 3
  c4 <- unsafeReadIOArray io 4
  c0 <- readIOArray io 0
  print (boundsIOArray io, c3, c4, c0)
  r3 <- try (readIOArray io 10)
  putStrLn (either (\e -> "error: " ++ show (e :: SomeException)) show r3)
  -- unsafeInterleaveST: the action runs when its result is demanded
  print $ runST $ do
    ref <- newSTRef (0 :: Int)
    v <- unsafeInterleaveST (modifySTRef ref (+ 1) >> readSTRef ref)
    w <- unsafeDupableInterleaveST (readSTRef ref)
    writeSTRef ref 10
    return (v, w)
  let lifted = runST (ST (\s -> case liftST (return (41 :: Int)) s of STret s' x -> (# s', x + 1 #)))
  print lifted
