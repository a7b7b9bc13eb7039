{-# LANGUAGE ScopedTypeVariables #-}
-- Less common corners of base: Data.Fixed, Data.Complex, Data.Bifunctor,
-- Data.Functor.Compose, Data.Either, Data.Foldable traversals, Semigroup
-- wrappers, Data.Void, Data.Version, Numeric.showIntAtBase, Debug.Trace.
module Main (main) where

import Data.Fixed (mod', divMod', Centi, Milli, E2, Fixed)
import Data.Complex
import Data.Bifunctor (bimap, first, second)
import Data.Functor.Compose
import Data.Functor.Identity
import Data.Functor.Const
import Data.Either (partitionEithers, lefts, rights, either, fromLeft, isRight)
import Data.Foldable (for_, traverse_, foldrM, sequenceA_, foldl')
import Data.Semigroup
import Data.Version (showVersion, makeVersion, parseVersion)
import Text.ParserCombinators.ReadP (readP_to_S)
import Numeric (showIntAtBase, showFFloatAlt, readOct, readDec, readSigned, readFloat, floatToDigits, showHFloat)
import Data.Char (intToDigit)
import Debug.Trace (trace, traceShow)
import qualified Data.List.NonEmpty as NE
import Data.Function ((&), on, fix)
import Data.Functor ((<&>), ($>), void)

main :: IO ()
main = do
  print (7.5 `mod'` 2 :: Double, (-7.5) `divMod'` 2 :: (Int, Double))
  print (3.14159 :: Centi, 2.5 * 1.25 :: Milli, (10 :: Centi) / 3, realToFrac (1.005 :: Double) :: Fixed E2)
  let z = (3 :+ 4) :: Complex Double
  print (magnitude z, realPart (z * conjugate z), phase ((-1) :+ 0 :: Complex Double), mkPolar 1 (pi / 2) == (0 :+ 1 :: Complex Double))
  print (bimap length show (("ab", 3) :: (String, Int)), first negate (1 :: Int, 'x'), second (* 2) (Left 'e' :: Either Char Int))
  print (getCompose (fmap (+ 1) (Compose [Just 1, Nothing, Just (3 :: Int)])))
  print (runIdentity (traverse (Identity . succ) "abc"), getConst (traverse (\x -> Const [x]) [1, 2, 3 :: Int]))
  let es = [Left "a", Right 1, Right 2, Left "b"] :: [Either String Int]
  print (partitionEithers es, lefts es, rights es, fromLeft "none" (Right 3 :: Either String Int), map isRight es)
  for_ [1, 2 :: Int] print
  traverse_ (putStrLn . ("t" ++) . show) (Just (5 :: Int))
  r <- foldrM (\x acc -> do { putStr (show x); return (acc + x) }) 0 [1, 2, 3 :: Int]
  putStrLn (" -> " ++ show r)
  sequenceA_ [putStr "a", putStr "b", putStrLn "c"]
  print (getMax (foldMap Max (NE.fromList [3, 9, 2 :: Int])), getMin (Min 4 <> Min (2 :: Int)), sconcat (NE.fromList [[1], [2, 3 :: Int]]))
  print (stimes 3 "ab", getSum (stimes 4 (Sum (5 :: Int))), getAll (All True <> All False), getDual (Dual "x" <> Dual "y"))
  print (showVersion (makeVersion [1, 2, 3]), [v | (v, "") <- readP_to_S parseVersion "4.15.1"])
  putStrLn (showIntAtBase 2 intToDigit (37 :: Int) "" ++ " " ++ showIntAtBase 16 intToDigit (255 :: Int) "")
  putStrLn (showFFloatAlt (Just 0) (3 :: Double) "" ++ " " ++ showHFloat (1.5 :: Double) "")
  print (fst (head (readOct "777" :: [(Int, String)])), fst (head (readDec "123x" :: [(Int, String)])), (readSigned readDec "-15" :: [(Int, String)]))
  print (readFloat "2.5e1" :: [(Double, String)], floatToDigits 10 (0.15625 :: Double))
  let x = trace "tracing to stderr" (41 :: Int)
  print (x + 1)
  print (traceShow (1 :: Int, 'q') "after traceShow")
  print ([1, 2, 3 :: Int] & map (* 2), ((==) `on` abs) (-3) (3 :: Int), fix (\rec n -> if n <= 1 then 1 else n * rec (n - 1)) (10 :: Integer))
  print (Just 4 <&> (+ 1), Just 'x' $> "y", void [1, 2 :: Int])
