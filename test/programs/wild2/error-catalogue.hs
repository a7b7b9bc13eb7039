{-# LANGUAGE ScopedTypeVariables #-}
-- The messages of everyday runtime errors, caught and printed: partial
-- Prelude functions, arithmetic, Enum/Bounded, arrays, maps, read, and
-- derived instances.
module Main (main) where

import Control.Exception
import qualified Data.Map as M
import qualified Data.Set as S
import qualified Data.IntMap as IM
import Data.Array
import Data.Maybe (fromJust)
import Data.Char (chr)
import Data.Word (Word8)
import qualified Data.Sequence as Seq
import qualified Data.List.NonEmpty as NE

data Color = Red | Green | Blue deriving (Show, Read, Eq, Ord, Enum, Bounded)

data Rec = Rec { fa :: Int } | Other deriving Show

probe :: String -> a -> IO ()
probe label x = do
  r <- try (evaluate x)
  case r of
    Right _ -> putStrLn (label ++ ": no error")
    Left (e :: SomeException) -> putStrLn (label ++ ": " ++ head (lines (displayException e) ++ [""]))

main :: IO ()
main = do
  probe "head" (head ([] :: [Int]))
  probe "tail" (tail ([] :: [Int]))
  probe "last" (last ([] :: [Int]))
  probe "init" (init ([] :: [Int]))
  probe "maximum" (maximum ([] :: [Int]))
  probe "foldr1" (foldr1 (+) ([] :: [Int]))
  probe "index" ([1, 2, 3 :: Int] !! 5)
  probe "negindex" ([1, 2, 3 :: Int] !! (-1))
  probe "cycle" (cycle ([] :: [Int]))
  probe "fromJust" (fromJust (Nothing :: Maybe Int))
  probe "div0" (1 `div` (0 :: Int))
  probe "mod0" (1 `mod` (0 :: Integer))
  probe "overflow" (minBound `div` (-1 :: Int))
  probe "negexp" (2 ^ (-1 :: Int) :: Int)
  probe "succ" (succ (maxBound :: Int))
  probe "pred" (pred (minBound :: Word8))
  probe "succColor" (succ Blue)
  probe "toEnumColor" (toEnum 7 :: Color)
  probe "chr" (chr 1114112)
  probe "toEnumWord8" (toEnum 300 :: Word8)
  probe "readInt" (read "x" :: Int)
  probe "readAmb" (read "1" :: ())
  probe "readColor" (read "Purple" :: Color)
  probe "array" (listArray (0, 5) [1 ..] ! (10 :: Int) :: Int)
  probe "arrayPair" (listArray ((0, 0), (1, 1)) "abcd" ! ((2, 0) :: (Int, Int)))
  probe "Map.!" (M.fromList [(1 :: Int, 'a')] M.! 2)
  probe "IntMap.!" (IM.fromList [(1, 'a')] IM.! 2)
  probe "findMin" (S.findMin (S.empty :: S.Set Int))
  probe "elemAt" (S.elemAt 3 (S.fromList "ab"))
  probe "Seq.index" (Seq.index (Seq.fromList "ab") 5)
  probe "NE.fromList" (NE.fromList ([] :: [Int]))
  probe "field" (fa Other)
  probe "error" (error "plain error" :: Int)
  probe "errorWithoutStackTrace" (errorWithoutStackTrace "no trace" :: Int)
  probe "undefined" (undefined :: Int)
  probe "patfail" (let f :: Int -> Int; f 1 = 2 in f 3)
  probe "irrefutable" (let (Just x) = (Nothing :: Maybe Int) in x)
  probe "caseFail" (case Green of Red -> 'r')
  probe "toRational" (round (1 / 0 :: Double) :: Int)
  probe "assert" (assert (1 + 1 == (3 :: Int)) 'a')
  probe "ok" (length [1 .. 10 :: Int])
  probe "throw" (throw (userError "thrown purely") :: Int)
  probe "arith" (throw Overflow :: Int)
  probe "replicate" (length (replicate (-3) 'x'))
  probe "toEnumBool" (toEnum 2 :: Bool)
  probe "divZeroD" (1 / 0 :: Double)
  probe "quotRem" (quotRem 5 (0 :: Int))
  probe "gcdDiv" (fromIntegral (3 :: Int) `divMod` (0 :: Integer))
