{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Read: reading numbers from the start
-- of a text, giving the value and the rest, or an error message.
module Data.Text.Read
  ( Reader,
    decimal,
    hexadecimal,
    signed,
    rational,
    double,
    -- the package's specialisations and workers GHC's -O1 callers use
    -- (named by the generator; listed from the interface file)
    zz_zdwzdsdecimal,
    zz_zdwzdsdecimal1,
    zz_zdwzdsdecimal10,
    zz_zdwzdsdecimal2,
    zz_zdwzdsdecimal3,
    zz_zdwzdsdecimal4,
    zz_zdwzdsdecimal5,
    zz_zdwzdsdecimal6,
    zz_zdwzdsdecimal7,
    zz_zdwzdsdecimal8,
    zz_zdwzdsdecimal9,
    zz_zdwzdshex,
    zz_zdwzdshex1,
    zz_zdwzdshex10,
    zz_zdwzdshex2,
    zz_zdwzdshex3,
    zz_zdwzdshex4,
    zz_zdwzdshex5,
    zz_zdwzdshex6,
    zz_zdwzdshex7,
    zz_zdwzdshex8,
    zz_zdwzdshex9,
    zz_zdwzdshexadecimal,
    zz_zdwzdshexadecimal1,
    zz_zdwzdshexadecimal10,
    zz_zdwzdshexadecimal2,
    zz_zdwzdshexadecimal3,
    zz_zdwzdshexadecimal4,
    zz_zdwzdshexadecimal5,
    zz_zdwzdshexadecimal6,
    zz_zdwzdshexadecimal7,
    zz_zdwzdshexadecimal8,
    zz_zdwzdshexadecimal9,
    zz_zdwzdsrational,
    zz_zdwdecimal,
    zz_zdwdouble,
    zz_zdwhex,
    zz_zdwhexadecimal,
    zz_zdwrational,
    zz_decimal1,
    zz_decimal11,
    zz_decimal12,
    zz_decimal13,
    zz_decimal14,
    zz_decimal15,
    zz_decimal4,
    zz_decimal5,
    zz_decimal6,
    zz_decimal7,
    zz_decimal8,
    zz_decimalzuzdsdecimal,
    zz_decimalzuzdsdecimal1,
    zz_decimalzuzdsdecimal10,
    zz_decimalzuzdsdecimal2,
    zz_decimalzuzdsdecimal3,
    zz_decimalzuzdsdecimal4,
    zz_decimalzuzdsdecimal5,
    zz_decimalzuzdsdecimal6,
    zz_decimalzuzdsdecimal7,
    zz_decimalzuzdsdecimal8,
    zz_decimalzuzdsdecimal9,
    zz_hexadecimal1,
    zz_hexadecimal10,
    zz_hexadecimal11,
    zz_hexadecimal12,
    zz_hexadecimal13,
    zz_hexadecimal14,
    zz_hexadecimal15,
    zz_hexadecimal16,
    zz_hexadecimal8,
    zz_hexadecimal9,
    zz_hexadecimalzuzdshex,
    zz_hexadecimalzuzdshex1,
    zz_hexadecimalzuzdshex10,
    zz_hexadecimalzuzdshex2,
    zz_hexadecimalzuzdshex3,
    zz_hexadecimalzuzdshex4,
    zz_hexadecimalzuzdshex5,
    zz_hexadecimalzuzdshex6,
    zz_hexadecimalzuzdshex7,
    zz_hexadecimalzuzdshex8,
    zz_hexadecimalzuzdshex9,
    zz_hexadecimalzuzdshexadecimal,
    zz_hexadecimalzuzdshexadecimal1,
    zz_hexadecimalzuzdshexadecimal10,
    zz_hexadecimalzuzdshexadecimal2,
    zz_hexadecimalzuzdshexadecimal3,
    zz_hexadecimalzuzdshexadecimal4,
    zz_hexadecimalzuzdshexadecimal5,
    zz_hexadecimalzuzdshexadecimal6,
    zz_hexadecimalzuzdshexadecimal7,
    zz_hexadecimalzuzdshexadecimal8,
    zz_hexadecimalzuzdshexadecimal9,
    zz_rationalzuzdsrational,
    zz_zdwzdj,
  )
where

import Data.Char (digitToInt, isDigit, isHexDigit)
import Data.Ratio ((%))
import Data.Int (Int16, Int32, Int64, Int8)
import Data.Text (Text)
import qualified Data.Text as T
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..))
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Exts (ByteArray#, Int (..), Int#)

-- | A parser of a value at the start of a text.
type Reader a = Text -> Either String (a, Text)

decimal :: Integral a => Reader a
decimal t
  | T.null ds = Left "input does not start with a digit"
  | otherwise = Right (T.foldl' (\n c -> n * 10 + fromIntegral (digitToInt c)) 0 ds, rest)
  where
    (ds, rest) = T.span isDigit t

-- | Hexadecimal digits, after an optional 0x or 0X.
hexadecimal :: Integral a => Reader a
hexadecimal t = case T.splitAt 2 t of
  (p, rest) | p == T.pack "0x" || p == T.pack "0X" -> hexNo0x rest
  _ -> hexNo0x t

-- | Hexadecimal digits only.
hexNo0x :: Integral a => Reader a
hexNo0x s
  | T.null ds = Left "input does not start with a hexadecimal digit"
  | otherwise = Right (T.foldl' (\n c -> n * 16 + fromIntegral (digitToInt c)) 0 ds, rest)
  where
    (ds, rest) = T.span isHexDigit s

-- | An optional leading '-' or '+' before what the reader reads.
signed :: Num a => Reader a -> Reader a
signed f t = case T.uncons t of
  Just ('-', rest) -> fmap (\(v, r) -> (negate v, r)) (f rest)
  Just ('+', rest) -> f rest
  _ -> f t

rational :: Fractional a => Reader a
rational = floating (\whole frac denom -> fromRational (whole % 1 + frac % denom))

-- | Faster than rational and possibly off in the last bit: the fraction is
-- divided in Double.
double :: Reader Double
double = floating (\whole frac denom -> fromIntegral whole + fromIntegral frac / fromIntegral denom)

-- | sign? digits ('.' digits)? ([eE] sign? digits)?; the optional parts
-- are left unread when incomplete. The value is built from the whole part,
-- the fraction's digits over their power of ten, and the power of ten of
-- the exponent, by `combine` for a fraction.
floating :: Fractional a => (Integer -> Integer -> Integer -> a) -> Reader a
floating combine t0 = do
  let (neg, t1) = case T.uncons t0 of
        Just ('-', r) -> (True, r)
        Just ('+', r) -> (False, r)
        _ -> (False, t0)
  (whole, t2) <- decimal t1
  let (frac, digits, t3) = case T.uncons t2 of
        Just ('.', r) | Right (f, r') <- decimal r -> (f, T.length (T.takeWhile isDigit r), r')
        _ -> (0, 0 :: Int, t2)
      (power, t4) = case T.uncons t3 of
        Just (e, r) | e == 'e' || e == 'E', Right (p, r') <- signed decimal r -> (p, r')
        _ -> (0 :: Int, t3)
      value
        | digits == 0 = if power == 0 then fromIntegral whole else fromIntegral whole * (10 ^^ power)
        | power == 0 = combine whole frac (10 ^ digits)
        | otherwise = combine whole frac (10 ^ digits) * (10 ^^ power)
  let v = if neg then negate value else value
  v `seq` return (v, t4)

-- Specialisations and workers -------------------------------------------------

box :: ByteArray# -> Int# -> Int# -> Text
box a o l = Text (A.Array a) (I# o) (I# l)

zz_zdwzdsdecimal :: ByteArray# -> Int# -> Int# -> Either String (Word64, Text)
zz_zdwzdsdecimal a o l = decimal (box a o l)

zz_zdwzdsdecimal1 :: ByteArray# -> Int# -> Int# -> Either String (Word32, Text)
zz_zdwzdsdecimal1 a o l = decimal (box a o l)

zz_zdwzdsdecimal10 :: ByteArray# -> Int# -> Int# -> Either String (Int, Text)
zz_zdwzdsdecimal10 a o l = decimal (box a o l)

zz_zdwzdsdecimal2 :: ByteArray# -> Int# -> Int# -> Either String (Word16, Text)
zz_zdwzdsdecimal2 a o l = decimal (box a o l)

zz_zdwzdsdecimal3 :: ByteArray# -> Int# -> Int# -> Either String (Word8, Text)
zz_zdwzdsdecimal3 a o l = decimal (box a o l)

zz_zdwzdsdecimal4 :: ByteArray# -> Int# -> Int# -> Either String (Word, Text)
zz_zdwzdsdecimal4 a o l = decimal (box a o l)

zz_zdwzdsdecimal5 :: ByteArray# -> Int# -> Int# -> Either String (Integer, Text)
zz_zdwzdsdecimal5 a o l = decimal (box a o l)

zz_zdwzdsdecimal6 :: ByteArray# -> Int# -> Int# -> Either String (Int64, Text)
zz_zdwzdsdecimal6 a o l = decimal (box a o l)

zz_zdwzdsdecimal7 :: ByteArray# -> Int# -> Int# -> Either String (Int32, Text)
zz_zdwzdsdecimal7 a o l = decimal (box a o l)

zz_zdwzdsdecimal8 :: ByteArray# -> Int# -> Int# -> Either String (Int16, Text)
zz_zdwzdsdecimal8 a o l = decimal (box a o l)

zz_zdwzdsdecimal9 :: ByteArray# -> Int# -> Int# -> Either String (Int8, Text)
zz_zdwzdsdecimal9 a o l = decimal (box a o l)

zz_zdwzdshex :: ByteArray# -> Int# -> Int# -> Either String (Word64, Text)
zz_zdwzdshex a o l = hexNo0x (box a o l)

zz_zdwzdshex1 :: ByteArray# -> Int# -> Int# -> Either String (Word32, Text)
zz_zdwzdshex1 a o l = hexNo0x (box a o l)

zz_zdwzdshex10 :: ByteArray# -> Int# -> Int# -> Either String (Int, Text)
zz_zdwzdshex10 a o l = hexNo0x (box a o l)

zz_zdwzdshex2 :: ByteArray# -> Int# -> Int# -> Either String (Word16, Text)
zz_zdwzdshex2 a o l = hexNo0x (box a o l)

zz_zdwzdshex3 :: ByteArray# -> Int# -> Int# -> Either String (Word8, Text)
zz_zdwzdshex3 a o l = hexNo0x (box a o l)

zz_zdwzdshex4 :: ByteArray# -> Int# -> Int# -> Either String (Word, Text)
zz_zdwzdshex4 a o l = hexNo0x (box a o l)

zz_zdwzdshex5 :: ByteArray# -> Int# -> Int# -> Either String (Integer, Text)
zz_zdwzdshex5 a o l = hexNo0x (box a o l)

zz_zdwzdshex6 :: ByteArray# -> Int# -> Int# -> Either String (Int64, Text)
zz_zdwzdshex6 a o l = hexNo0x (box a o l)

zz_zdwzdshex7 :: ByteArray# -> Int# -> Int# -> Either String (Int32, Text)
zz_zdwzdshex7 a o l = hexNo0x (box a o l)

zz_zdwzdshex8 :: ByteArray# -> Int# -> Int# -> Either String (Int16, Text)
zz_zdwzdshex8 a o l = hexNo0x (box a o l)

zz_zdwzdshex9 :: ByteArray# -> Int# -> Int# -> Either String (Int8, Text)
zz_zdwzdshex9 a o l = hexNo0x (box a o l)

zz_zdwzdshexadecimal :: ByteArray# -> Int# -> Int# -> Either String (Word64, Text)
zz_zdwzdshexadecimal a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal1 :: ByteArray# -> Int# -> Int# -> Either String (Word32, Text)
zz_zdwzdshexadecimal1 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal10 :: ByteArray# -> Int# -> Int# -> Either String (Int, Text)
zz_zdwzdshexadecimal10 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal2 :: ByteArray# -> Int# -> Int# -> Either String (Word16, Text)
zz_zdwzdshexadecimal2 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal3 :: ByteArray# -> Int# -> Int# -> Either String (Word8, Text)
zz_zdwzdshexadecimal3 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal4 :: ByteArray# -> Int# -> Int# -> Either String (Word, Text)
zz_zdwzdshexadecimal4 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal5 :: ByteArray# -> Int# -> Int# -> Either String (Integer, Text)
zz_zdwzdshexadecimal5 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal6 :: ByteArray# -> Int# -> Int# -> Either String (Int64, Text)
zz_zdwzdshexadecimal6 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal7 :: ByteArray# -> Int# -> Int# -> Either String (Int32, Text)
zz_zdwzdshexadecimal7 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal8 :: ByteArray# -> Int# -> Int# -> Either String (Int16, Text)
zz_zdwzdshexadecimal8 a o l = hexadecimal (box a o l)

zz_zdwzdshexadecimal9 :: ByteArray# -> Int# -> Int# -> Either String (Int8, Text)
zz_zdwzdshexadecimal9 a o l = hexadecimal (box a o l)

zz_zdwzdsrational :: ByteArray# -> Int# -> Int# -> Either String (Double, Text)
zz_zdwzdsrational a o l = rational (box a o l)

zz_zdwdecimal :: Integral a => ByteArray# -> Int# -> Int# -> Either String (a, Text)
zz_zdwdecimal a o l = decimal (box a o l)

-- | $w$j: double after its sign (given apart: '+' or '-') was read.
zz_zdwzdj :: Char -> ByteArray# -> Int# -> Int# -> Either String (Double, Text)
zz_zdwzdj sign a o l = double (T.cons sign (box a o l))

zz_zdwdouble :: ByteArray# -> Int# -> Int# -> Either String (Double, Text)
zz_zdwdouble a o l = double (box a o l)

zz_zdwhex :: Integral a => ByteArray# -> Int# -> Int# -> Either String (a, Text)
zz_zdwhex a o l = hexNo0x (box a o l)

zz_zdwhexadecimal :: Integral a => ByteArray# -> Int# -> Int# -> Either String (a, Text)
zz_zdwhexadecimal a o l = hexadecimal (box a o l)

zz_zdwrational :: Fractional a => ByteArray# -> Int# -> Int# -> Either String (a, Text)
zz_zdwrational a o l = rational (box a o l)

zz_decimal1 :: Either String (Word64, Text)
zz_decimal1 = Left "input does not start with a digit"

zz_decimal11 :: Either String (Int64, Text)
zz_decimal11 = Left "input does not start with a digit"

zz_decimal12 :: Either String (Int32, Text)
zz_decimal12 = Left "input does not start with a digit"

zz_decimal13 :: Either String (Int16, Text)
zz_decimal13 = Left "input does not start with a digit"

zz_decimal14 :: Either String (Int8, Text)
zz_decimal14 = Left "input does not start with a digit"

zz_decimal15 :: Either String (Int, Text)
zz_decimal15 = Left "input does not start with a digit"

zz_decimal4 :: Either String (Word32, Text)
zz_decimal4 = Left "input does not start with a digit"

zz_decimal5 :: Either String (Word16, Text)
zz_decimal5 = Left "input does not start with a digit"

zz_decimal6 :: Either String (Word8, Text)
zz_decimal6 = Left "input does not start with a digit"

zz_decimal7 :: Either String (Word, Text)
zz_decimal7 = Left "input does not start with a digit"

zz_decimal8 :: Either String (Integer, Text)
zz_decimal8 = Left "input does not start with a digit"

zz_decimalzuzdsdecimal :: Reader Word64
zz_decimalzuzdsdecimal = decimal

zz_decimalzuzdsdecimal1 :: Reader Word32
zz_decimalzuzdsdecimal1 = decimal

zz_decimalzuzdsdecimal10 :: Reader Int
zz_decimalzuzdsdecimal10 = decimal

zz_decimalzuzdsdecimal2 :: Reader Word16
zz_decimalzuzdsdecimal2 = decimal

zz_decimalzuzdsdecimal3 :: Reader Word8
zz_decimalzuzdsdecimal3 = decimal

zz_decimalzuzdsdecimal4 :: Reader Word
zz_decimalzuzdsdecimal4 = decimal

zz_decimalzuzdsdecimal5 :: Reader Integer
zz_decimalzuzdsdecimal5 = decimal

zz_decimalzuzdsdecimal6 :: Reader Int64
zz_decimalzuzdsdecimal6 = decimal

zz_decimalzuzdsdecimal7 :: Reader Int32
zz_decimalzuzdsdecimal7 = decimal

zz_decimalzuzdsdecimal8 :: Reader Int16
zz_decimalzuzdsdecimal8 = decimal

zz_decimalzuzdsdecimal9 :: Reader Int8
zz_decimalzuzdsdecimal9 = decimal

zz_hexadecimal1 :: Either String (Word64, Text)
zz_hexadecimal1 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal10 :: Either String (Word8, Text)
zz_hexadecimal10 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal11 :: Either String (Word, Text)
zz_hexadecimal11 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal12 :: Either String (Int64, Text)
zz_hexadecimal12 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal13 :: Either String (Int32, Text)
zz_hexadecimal13 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal14 :: Either String (Int16, Text)
zz_hexadecimal14 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal15 :: Either String (Int8, Text)
zz_hexadecimal15 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal16 :: Either String (Int, Text)
zz_hexadecimal16 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal8 :: Either String (Word32, Text)
zz_hexadecimal8 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal9 :: Either String (Word16, Text)
zz_hexadecimal9 = Left "input does not start with a hexadecimal digit"

zz_hexadecimalzuzdshex :: Reader Word64
zz_hexadecimalzuzdshex = hexNo0x

zz_hexadecimalzuzdshex1 :: Reader Word32
zz_hexadecimalzuzdshex1 = hexNo0x

zz_hexadecimalzuzdshex10 :: Reader Int
zz_hexadecimalzuzdshex10 = hexNo0x

zz_hexadecimalzuzdshex2 :: Reader Word16
zz_hexadecimalzuzdshex2 = hexNo0x

zz_hexadecimalzuzdshex3 :: Reader Word8
zz_hexadecimalzuzdshex3 = hexNo0x

zz_hexadecimalzuzdshex4 :: Reader Word
zz_hexadecimalzuzdshex4 = hexNo0x

zz_hexadecimalzuzdshex5 :: Reader Integer
zz_hexadecimalzuzdshex5 = hexNo0x

zz_hexadecimalzuzdshex6 :: Reader Int64
zz_hexadecimalzuzdshex6 = hexNo0x

zz_hexadecimalzuzdshex7 :: Reader Int32
zz_hexadecimalzuzdshex7 = hexNo0x

zz_hexadecimalzuzdshex8 :: Reader Int16
zz_hexadecimalzuzdshex8 = hexNo0x

zz_hexadecimalzuzdshex9 :: Reader Int8
zz_hexadecimalzuzdshex9 = hexNo0x

zz_hexadecimalzuzdshexadecimal :: Reader Word64
zz_hexadecimalzuzdshexadecimal = hexadecimal

zz_hexadecimalzuzdshexadecimal1 :: Reader Word32
zz_hexadecimalzuzdshexadecimal1 = hexadecimal

zz_hexadecimalzuzdshexadecimal10 :: Reader Int
zz_hexadecimalzuzdshexadecimal10 = hexadecimal

zz_hexadecimalzuzdshexadecimal2 :: Reader Word16
zz_hexadecimalzuzdshexadecimal2 = hexadecimal

zz_hexadecimalzuzdshexadecimal3 :: Reader Word8
zz_hexadecimalzuzdshexadecimal3 = hexadecimal

zz_hexadecimalzuzdshexadecimal4 :: Reader Word
zz_hexadecimalzuzdshexadecimal4 = hexadecimal

zz_hexadecimalzuzdshexadecimal5 :: Reader Integer
zz_hexadecimalzuzdshexadecimal5 = hexadecimal

zz_hexadecimalzuzdshexadecimal6 :: Reader Int64
zz_hexadecimalzuzdshexadecimal6 = hexadecimal

zz_hexadecimalzuzdshexadecimal7 :: Reader Int32
zz_hexadecimalzuzdshexadecimal7 = hexadecimal

zz_hexadecimalzuzdshexadecimal8 :: Reader Int16
zz_hexadecimalzuzdshexadecimal8 = hexadecimal

zz_hexadecimalzuzdshexadecimal9 :: Reader Int8
zz_hexadecimalzuzdshexadecimal9 = hexadecimal

zz_rationalzuzdsrational :: Reader Double
zz_rationalzuzdsrational = rational
