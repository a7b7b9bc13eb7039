-- Library-style polymorphic helpers (kept out of line, so GHC compiles
-- them once over unknown dictionaries and calls base's general workers):
-- Foldable/Traversable traversals, monadic folds, numeric conversions,
-- enumerations, Show/Read, Data introspection and Bits at an unknown type,
-- each used at several instances.
{-# LANGUAGE ScopedTypeVariables #-}
import Data.Bits
import Data.Data
import Data.Foldable
import Data.Traversable
import Data.Functor.Identity
import Data.Int
import Data.Word
import Data.List.NonEmpty (NonEmpty (..))
import Data.Monoid
import Data.Ratio
import Numeric (showHex, showOct, showFFloat)
import Text.Read (readMaybe, readEither)
import Data.Char (intToDigit)
import Numeric (showIntAtBase, showInt, showSigned)

{-# NOINLINE summary #-}
summary :: (Foldable t, Show a, Ord a, Num a) => t a -> String
summary t = show (toList t, length t, null t, sum t, product t, if null t then Nothing else Just (maximum t, minimum t), elem 2 t, foldr' (+) 0 t, foldl' (+) 0 t, foldMap' Sum t, and (fmap (> 0) (toList t)))

{-# NOINLINE bools #-}
bools :: Foldable t => t Bool -> String
bools t = show (and t, or t, any not t, all id t, length (filter id (toList t)))

{-# NOINLINE effects #-}
effects :: (Foldable t, Show a) => t a -> IO ()
effects t = do
  mapM_ (putStr . show) t >> putStrLn ""
  traverse_ (putStr . (' ' :) . show) t >> putStrLn ""
  for_ t (const (putStr ".")) >> putStrLn ""
  sequenceA_ (fmap (const (putStr "+")) (toList t)) >> putStrLn ""
  n <- foldlM (\acc x -> putStr (show x ++ "<") >> return (acc + 1)) (0 :: Int) t
  m <- foldrM (\x acc -> putStr (show x ++ ">") >> return (acc + 1)) (0 :: Int) t
  print (n, m, concatMap show t, asum (fmap (Just . show) (toList t)), find (const True) t `seq` (), notElem' t)
  where notElem' _ = True

{-# NOINLINE travs #-}
travs :: forall t. (Traversable t, Show (t Int), Show (t String)) => t Int -> IO ()
travs t = do
  print (traverse (\x -> if x >= 0 then Just x else Nothing) t, mapAccumL (\a x -> (a + x, a)) 0 t, mapAccumR (\a x -> (a + x, a)) 0 t)
  print (fmap show t, runIdentity (traverse (Identity . (* 2)) t), sequenceA (fmap (\x -> [x, x + 1]) t) `seq` (), fmapDefault (+ 1) t, foldMapDefault (: []) t)
  r <- for t (\x -> return (x * 10))
  r2 <- mapM (return . negate) t
  print (r, r2, sequence (fmap Right t :: t (Either String Int)) `seq` ())

{-# NOINLINE numeric #-}
numeric :: forall a. (Integral a, Show a, Read a, Bounded a, FiniteBits a) => a -> IO ()
numeric x = do
  let d = fromIntegral x :: Double
      r = toRational x
  print (x, d, r, realToFrac d :: Float, fromIntegral x :: Integer, fromIntegral x :: Word8, fromIntegral x :: Int16)
  print (x `div` 3, x `mod` 3, x `quot` 3, x `rem` 3, divMod x 4, quotRem x 4, gcd x 6, lcm x 4, x ^ (2 :: Int))
  print (take 3 [x ..], [x, x + 2 .. x + 7], [x .. x + 3], [x + 3, x + 1 .. x], take 2 [x, x - 1 ..], succ x, pred x, fromEnum x, toEnum 5 `asTypeOf` x, even x, odd x)
  print (show x, showsPrec 11 x "", readMaybe (show x) `asTypeOf` Just x, readEither "bad" `asTypeOf` Right x, read (show x) `asTypeOf` x, reads (show x ++ " t") `asTypeOf` [(x, "")])
  print (showHex' x, showSigned showInt 0 (toInteger x) "", showIntAtBase 7 intToDigit (abs (toInteger x)) "", minBound `asTypeOf` x, maxBound `asTypeOf` x)
  print (x .&. 6, x .|. 1, xor x 5, complement x, shiftL x 2, shiftR x 1, rotateL x 3, rotateR x 3)
  print (popCount x, testBit x 1, setBit x 4, clearBit x 0, countLeadingZeros x, countTrailingZeros x, finiteBitSize x, isSigned x, bit 2 `asTypeOf` x)
  where
    showHex' v = if v >= 0 then showHex v "" else '-' : showHex (negate (toInteger v)) ""

{-# NOINLINE fractional #-}
fractional :: forall a. (RealFloat a, Show a, Read a, Enum a) => a -> IO ()
fractional x = do
  print (x, realToFrac x :: Double, toRational x, truncate x :: Int, round x :: Integer, ceiling x :: Int8, floor x :: Word16, properFraction x :: (Int, a))
  print (x / 3, recip x, x ** 2, sqrt (abs x), exp x, log (abs x), sin x, atan2 x 1)
  print (take 3 [x ..], [x, x + 0.5 .. x + 2], [x .. x + 2], succ x, pred x, fromEnum x)
  print (decodeFloat x, significand x, exponent x, isNaN x, floatDigits x, showFFloat (Just 3) x "", read (show x) `asTypeOf` x, fromRational (7 % 8) `asTypeOf` x)

{-# NOINLINE datas #-}
datas :: Data a => a -> String
datas v = let c = toConstr v; alg = isAlgType (dataTypeOf v) in show (c, if alg then constrFields c else [], if alg then Just (constrFixity c) else Nothing, if alg then constrIndex c else 0, dataTypeName (dataTypeOf v), if alg then maxConstrIndex (dataTypeOf v) else 0, fmap show (readConstr (dataTypeOf v) (showConstr c)), isAlgType (dataTypeOf v), gmapQ (const ()) v, glength v, typeOf' v)
  where
    glength = length . gmapQ (const ())
    typeOf' _ = ()

{-# NOINLINE monoids #-}
monoids :: (Monoid m, Show m) => [m] -> String
monoids ms = show (mconcat ms, foldMap id ms, fold ms, mempty `asTypeOf` head ms, foldr (<>) mempty ms, stimesList ms)
  where stimesList xs = case xs of (y : _) -> [y <> y]; [] -> []

main :: IO ()
main = do
  putStrLn (summary [1, 2, 3 :: Int])
  putStrLn (summary (Just (2 :: Integer)))
  putStrLn (summary (Right 5 :: Either String Double))
  putStrLn (summary (4 :| [2, 6 :: Int]))
  putStrLn (summary ("x", 9 :: Int))
  putStrLn (summary (Identity (1.5 :: Double)))
  putStrLn (summary (Sum (3 :: Int)))
  putStrLn (summary ([] :: [Int]))
  putStrLn (bools [True, False]) >> putStrLn (bools (Just True)) >> putStrLn (bools (False :| [False]))
  effects [1, 2, 3 :: Int] >> effects (Just 'x') >> effects ('a' :| "bc") >> effects (Left 3 :: Either Int Bool)
  travs [1, 2, 3] >> travs (Just 4) >> travs (5 :| [6]) >> travs (Identity 7)
  numeric (-7 :: Int) >> numeric (7 :: Int8) >> numeric (300 :: Int16) >> numeric (-70000 :: Int32) >> numeric (12345678901 :: Int64)
  numeric (9 :: Word) >> numeric (200 :: Word8) >> numeric (60000 :: Word16) >> numeric (4000000000 :: Word32) >> numeric (18446744073709 :: Word64)
  fractional (2.75 :: Double) >> fractional (-1.25 :: Float)
  mapM_ putStrLn [datas (Just 'x'), datas [1 :: Int], datas (1 :: Int, 'c'), datas ((), 'a', "b", LT), datas (True, False, (), (), ()), datas (1 :: Int, 2 :: Int, 3 :: Int, 4 :: Int, 5 :: Int, 6 :: Int), datas ('a', 'b', 'c', 'd', 'e', 'f', 'g'), datas LT, datas (3.5 :: Double), datas (2 :: Word), datas (7 :: Integer), datas (1.5 :: Float), datas (Left 'l' :: Either Char ())]
  putStrLn (monoids ["ab", "cd"]) >> putStrLn (monoids [Sum 1, Sum (2 :: Int)]) >> putStrLn (monoids [Just [1], Nothing, Just [2 :: Int]]) >> putStrLn (monoids [(Product 2, "x"), (Product (3 :: Int), "y")]) >> putStrLn (monoids [LT, GT]) >> putStrLn (monoids [All True, All False])
