-- Data.Proxy, Data.Void, Data.IORef, Data.Ratio, Data.Functor.Compose at -O1
import Data.Proxy
import Data.Void
import Data.IORef
import Data.Ratio
import Data.Functor.Compose
import Data.Ix (range, index, inRange, rangeSize)
import Control.Exception

main :: IO ()
main = do
  let p = Proxy :: Proxy Int
  print (p, [p, p], p == p, compare p p, minBound :: Proxy Char, maxBound :: Proxy Char)
  print (fmap (+ 1) (Proxy :: Proxy Int), pure 'x' :: Proxy Char, (Proxy :: Proxy (Int -> Int)) <*> Proxy, Proxy >>= \x -> Proxy :: Proxy Int)
  print (p <> p, mempty :: Proxy Int, length p, null p, sum (Proxy :: Proxy Int), traverse Just (Proxy :: Proxy Int))
  print (range (p, p), index (p, p) p, inRange (p, p) p, rangeSize (p, p), [p ..], succ' p, fromEnum p, toEnum 0 :: Proxy Int)
  print (asProxyTypeOf 5 (Proxy :: Proxy Int), showsPrec 11 p "", read "Proxy" :: Proxy Int)
  r <- try (evaluate (toEnum 1 :: Proxy Int))
  print (either (\e -> show (e :: ErrorCall)) show r)
  let vs = [] :: [Void]
  print (vs, map absurd vs :: [Int], fmap absurd (Left 3 :: Either Int Void) :: Either Int Char, vacuous (Nothing :: Maybe Void) :: Maybe Int)
  print (vs == vs, compare vs vs)
  ref <- newIORef (0 :: Int)
  mapM_ (\x -> modifyIORef ref (+ x)) [1 .. 100]
  modifyIORef' ref (* 2)
  v <- readIORef ref
  old <- atomicModifyIORef ref (\x -> (x + 1, x))
  atomicModifyIORef' ref (\x -> (x * 10, ()))
  atomicWriteIORef ref 7
  w <- readIORef ref
  writeIORef ref 9
  z <- atomicModifyIORef' ref (\x -> (x, x + 1))
  print (v, old, w, z, ref == ref)
  let q = 3 % 4 :: Rational
  print (q, numerator q, denominator q, q + 1 % 4, q * q, recip q, q / (1 % 2), negate q, abs (-q), signum (-q))
  print (toRational (0.75 :: Double), fromRational q :: Double, truncate (7 % 2 :: Rational) :: Int, round (5 % 2 :: Rational) :: Int, floor (-7 % 2 :: Rational) :: Int, ceiling (7 % 2 :: Rational) :: Int)
  print (properFraction (7 % 3 :: Rational) :: (Int, Rational), approxRational (3.14159 :: Double) 0.001, compare q (2 % 3), max q (4 % 5), [1 % 2, 1 .. 3 :: Rational])
  print (map (\x -> x % 6) [1 .. 6 :: Int], (5 :: Int) % (-10), realToFrac (1 % 8 :: Rational) :: Double)
  r2 <- try (evaluate (1 % 0 :: Rational))
  print (either (\e -> show (e :: ArithException)) show r2)
  let c = Compose [Just 1, Nothing, Just (3 :: Int)]
  print (c, fmap (* 2) c, sum c, length c, getCompose (pure 'x' :: Compose Maybe [] Char), Compose [Just (+ 1)] <*> Compose [Just (1 :: Int), Nothing])
  print (traverse (\x -> if x > 0 then Right x else Left x) c, c == c, compare c (Compose [Nothing]), foldr (:) [] c, showsPrec 11 c "")
  where succ' = id
