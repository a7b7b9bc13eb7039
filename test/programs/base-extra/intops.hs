{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- GHC.Base's Int division helpers, GHC.IORef's atomic operations, GHC.Clock.
import Control.Exception
import Data.IORef
import GHC.Base (divInt, divModInt, divModInt#, modInt, quotInt, quotRemInt, remInt)
import GHC.Clock
import GHC.Exts (Int (I#))
import GHC.IORef

pairs :: [(Int, Int)]
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (maxBound, 7), (minBound, 7), (minBound, -7), (13, 13)]

main :: IO ()
main = do
  mapM_ (\(x, y) -> print (x, y, quotInt x y, remInt x y, divInt x y, modInt x y, quotRemInt x y, divModInt x y, case divModInt# (case x of I# a -> a) (case y of I# b -> b) of (# q, m #) -> (I# q, I# m))) pairs
  ref <- newIORef (1 :: Int)
  old <- atomicSwapIORef ref 5
  print old
  (o1, n1) <- atomicModifyIORef'_ ref (* 3)
  print (o1, n1)
  (o2, n2) <- atomicModifyIORefLazy_ ref (+ 1)
  print (o2, n2)
  (o3, (n3, r3)) <- atomicModifyIORef2 ref (\x -> (x * 2, show x))
  print (o3, n3, r3)
  (o4, p4) <- atomicModifyIORef2Lazy ref (\x -> (x - 1, x > 10))
  print (o4, p4)
  b <- atomicModifyIORefP ref (\x -> (x + 100, x))
  print b
  readIORef ref >>= print
  -- what each forces
  lazyRef <- newIORef (0 :: Int)
  _ <- atomicModifyIORefLazy_ lazyRef (const undefined)
  _ <- atomicSwapIORef lazyRef 3
  putStrLn "lazy_ did not force"
  (o5, _) <- atomicModifyIORef2Lazy lazyRef (\_ -> undefined)
  print o5
  r <- try (atomicModifyIORef2 lazyRef (\_ -> undefined))
  putStrLn (either (\e -> "atomicModifyIORef2 forced the pair: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) (const "not forced") r)
  writeIORef lazyRef 4
  r' <- try (atomicModifyIORef'_ lazyRef (\_ -> error "new value"))
  putStrLn (either (\e -> "atomicModifyIORef'_ forced: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) (const "not forced") r')
  writeIORef lazyRef 4
  r'' <- try (atomicModifyIORefP lazyRef (\_ -> error "pair"))
  putStrLn (either (\e -> "atomicModifyIORefP forced: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) (const "not forced") r'')
  writeIORef lazyRef 4
  (_, (_, unused)) <- atomicModifyIORef2 lazyRef (\x -> (x, error "second" :: Int))
  readIORef lazyRef >>= print
  -- GHC.Clock: monotonic, in nanoseconds and seconds
  t1 <- getMonotonicTimeNSec
  s1 <- getMonotonicTime
  t2 <- getMonotonicTimeNSec
  s2 <- getMonotonicTime
  print (t1 > 0, t2 >= t1, s1 > 0, s2 >= s1, abs (fromIntegral t1 / 1e9 - s1) < 60)
