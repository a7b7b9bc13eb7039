{-# LANGUAGE MagicHash, RankNTypes, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Builder.Int: integers in decimal
-- and hexadecimal (lower-case digits).
module Data.Text.Lazy.Builder.Int
  ( decimal,
    hexadecimal,
    zz_zdwdecimal,
    zz_hexadecimal1,
    zz_zdwgo5,
    zz_zdwinteger,
    zz_zdwzdsboundedDecimal4,
    zz_hexadecimal2,
    zz_hexadecimal4,
    zz_zdwgo,
    zz_zdwgo1,
    zz_zdwgo2,
    zz_zdwgo3,
    zz_zdwgo4,
    zz_zdwzdsboundedDecimal,
    zz_zdwzdsboundedDecimal1,
    zz_zdwzdsboundedDecimal2,
    zz_zdwzdsboundedDecimal3,
    zz_zdwzdspositive,
    zz_zdwzdspositive1,
    zz_zdwzdspositive2,
    zz_zdwzdspositive3,
    zz_zdwzdspositive4,
    zz_zdwzdspositive5,
    zz_zdwzdspositive6,
    zz_zdwzdspositive7,
    zz_zdwzdspositive8,
  )
where

import Data.Char (ord)
import qualified Data.Text.Array as A
import Data.Text.Internal.Builder (Builder, fromString, writeN)
import Control.Exception (ErrorCall (..), throw)
import GHC.Exts (Int (..), Int#, MutableByteArray#, State#, Word (..), Word#)
import GHC.ST (ST (..))
import Data.Text.Internal.Builder (Buffer (..), runBuilder)
import qualified Data.Text as S
import Numeric (showHex)

decimal :: Integral a => a -> Builder
decimal n = zz_zdwdecimal (<) (<=) (>=) quotRem toInteger n

-- | $wdecimal: decimal with the Integral's Num and Eq dictionaries and its
-- <, <=, >=, quotRem and toInteger passed apart (text's -O1 worker).
zz_zdwdecimal :: (Num a, Eq a) => (a -> a -> Bool) -> (a -> a -> Bool) -> (a -> a -> Bool) -> (a -> a -> (a, a)) -> (a -> Integer) -> a -> Builder
zz_zdwdecimal _ _ _ _ toInteger' n = ascii (show (toInteger' n))

hexadecimal :: Integral a => a -> Builder
hexadecimal n
  | i < 0 = zz_hexadecimal1
  | otherwise = fromString (showHex i "")
  where
    i = toInteger n

-- | hexadecimal's error on a negative number, with the call stack of
-- text's own `error` call.
zz_hexadecimal1 :: Builder
zz_hexadecimal1 =
  throw
    ( ErrorCallWithLocation
        "Data.Text.Lazy.Builder.Int.hexadecimal: applied to negative number"
        "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Lazy/Builder/Int.hs:158:19 in text-1.2.5.0:Data.Text.Lazy.Builder.Int"
    )

-- | The hexadecimal digits of a non-negative Int.
zz_zdwgo5 :: Int# -> Builder
zz_zdwgo5 n = hexadecimal (I# n)

-- | An Integer in base 10 or 16.
zz_zdwinteger :: Int# -> Integer -> Builder
zz_zdwinteger 16# i = hexadecimal i
zz_zdwinteger _ i = decimal i

zz_zdwzdsboundedDecimal4 :: Int# -> Builder
zz_zdwzdsboundedDecimal4 n = decimal (I# n)

-- | ASCII digits, written at once (decimal's digits are never split
-- between chunks; hexadecimal's go one at a time like singleton's, as text's).
ascii :: String -> Builder
ascii ds = writeN (length ds) (\m i -> sequence_ [A.unsafeWrite m (i + k) (fromIntegral (ord c)) | (k, c) <- zip [0 ..] ds])

-- | hexadecimal's error on a negative Integer.
zz_hexadecimal2 :: Builder
zz_hexadecimal2 = zz_hexadecimal1

zz_hexadecimal4 :: Integer
zz_hexadecimal4 = 0

-- | The hexadecimal digits of a (non-negative) Word or Int type's value.
zz_zdwgo :: Word# -> Builder
zz_zdwgo w = hexadecimal (W# w)

zz_zdwgo1, zz_zdwgo2, zz_zdwgo3, zz_zdwgo4 :: Int# -> Builder
zz_zdwgo1 n = hexadecimal (I# n)
zz_zdwgo2 n = hexadecimal (I# n)
zz_zdwgo3 n = hexadecimal (I# n)
zz_zdwgo4 n = hexadecimal (I# n)

-- | decimal at the Int types (the value as an Int#).
zz_zdwzdsboundedDecimal, zz_zdwzdsboundedDecimal1, zz_zdwzdsboundedDecimal2, zz_zdwzdsboundedDecimal3 :: Int# -> Builder
zz_zdwzdsboundedDecimal n = decimal (I# n)
zz_zdwzdsboundedDecimal1 n = decimal (I# n)
zz_zdwzdsboundedDecimal2 n = decimal (I# n)
zz_zdwzdsboundedDecimal3 n = decimal (I# n)

-- | decimal at the Word types, run on a buffer given as its fields.
positive :: Word# -> (Buffer s -> ST s [S.Text]) -> MutableByteArray# s -> Int# -> Int# -> Int# -> State# s -> (# State# s, [S.Text] #)
positive w k m off used free s = case runBuilder (decimal (W# w)) k (Buffer (A.MArray m) (I# off) (I# used) (I# free)) of ST f -> f s

zz_zdwzdspositive, zz_zdwzdspositive1, zz_zdwzdspositive2, zz_zdwzdspositive3 :: Word# -> (Buffer s -> ST s [S.Text]) -> MutableByteArray# s -> Int# -> Int# -> Int# -> State# s -> (# State# s, [S.Text] #)
zz_zdwzdspositive = positive
zz_zdwzdspositive1 = positive
zz_zdwzdspositive2 = positive
zz_zdwzdspositive3 = positive

-- | decimal at the Int types' positive values.
positiveInt :: Int# -> (Buffer s -> ST s [S.Text]) -> MutableByteArray# s -> Int# -> Int# -> Int# -> State# s -> (# State# s, [S.Text] #)
positiveInt n k m off used free s = case runBuilder (decimal (I# n)) k (Buffer (A.MArray m) (I# off) (I# used) (I# free)) of ST f -> f s

zz_zdwzdspositive4, zz_zdwzdspositive5, zz_zdwzdspositive6, zz_zdwzdspositive7, zz_zdwzdspositive8 :: Int# -> (Buffer s -> ST s [S.Text]) -> MutableByteArray# s -> Int# -> Int# -> Int# -> State# s -> (# State# s, [S.Text] #)
zz_zdwzdspositive4 = positiveInt
zz_zdwzdspositive5 = positiveInt
zz_zdwzdspositive6 = positiveInt
zz_zdwzdspositive7 = positiveInt
zz_zdwzdspositive8 = positiveInt
