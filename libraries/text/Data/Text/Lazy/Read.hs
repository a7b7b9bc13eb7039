{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Read: Data.Text.Read's readers
-- over lazy text (the number is read from the start of the text, the rest
-- stays lazy).
module Data.Text.Lazy.Read
  ( Reader,
    decimal,
    hexadecimal,
    signed,
    rational,
    double,
    -- text's specialisations and internals GHC's -O1 callers use (named by
    -- the generator; listed from the interface file)
    zz_zdwzdj,
    zz_zdwzdj1,
    zz_zdwloopzufoldlzq,
    zz_zdwloopzufoldlzq1,
    zz_zdwloopzufoldlzq10,
    zz_zdwloopzufoldlzq11,
    zz_zdwloopzufoldlzq12,
    zz_zdwloopzufoldlzq13,
    zz_zdwloopzufoldlzq14,
    zz_zdwloopzufoldlzq15,
    zz_zdwloopzufoldlzq16,
    zz_zdwloopzufoldlzq17,
    zz_zdwloopzufoldlzq18,
    zz_zdwloopzufoldlzq19,
    zz_zdwloopzufoldlzq2,
    zz_zdwloopzufoldlzq20,
    zz_zdwloopzufoldlzq21,
    zz_zdwloopzufoldlzq3,
    zz_zdwloopzufoldlzq4,
    zz_zdwloopzufoldlzq5,
    zz_zdwloopzufoldlzq6,
    zz_zdwloopzufoldlzq7,
    zz_zdwloopzufoldlzq8,
    zz_zdwloopzufoldlzq9,
    zz_decimal1,
    zz_decimal10,
    zz_decimal11,
    zz_decimal12,
    zz_decimal13,
    zz_decimal14,
    zz_decimal15,
    zz_decimal16,
    zz_decimal17,
    zz_decimal4,
    zz_decimal5,
    zz_decimal6,
    zz_decimal7,
    zz_decimal8,
    zz_decimal9,
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
    zz_double1,
    zz_double2,
    zz_double3,
    zz_double4,
    zz_double5,
    zz_hexadecimal1,
    zz_hexadecimal10,
    zz_hexadecimal11,
    zz_hexadecimal12,
    zz_hexadecimal13,
    zz_hexadecimal14,
    zz_hexadecimal15,
    zz_hexadecimal16,
    zz_hexadecimal17,
    zz_hexadecimal18,
    zz_hexadecimal19,
    zz_hexadecimal20,
    zz_hexadecimal4,
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
    zz_rational1,
    zz_rationalzuzdsrational,
    zz_zdwnext1,
  )
where

import Data.Text.Internal.Lazy (Text (..))
import Data.Text.Internal.Fusion.Types (PairS (..), Step (..))
import Data.Text.Unsafe (Iter (..), iter, lengthWord16)
import qualified Data.Text.Lazy as L
import qualified Data.Text.Read as R
import qualified Data.Text as T
import qualified Data.Text.Internal as TI
import Data.Char (digitToInt, isDigit, isHexDigit)
import Data.Int (Int16, Int32, Int64, Int8)
import Data.Word (Word16, Word32, Word64, Word8)
import GHC.Exts (Int (..), Int#, Word (..), Word#)

type Reader a = Text -> Either String (a, Text)

-- | A strict reader over the longest prefix that can hold the number (a
-- number ends within its chunk's run of number characters), the rest
-- given back lazily.
lift :: R.Reader a -> Reader a
lift r t = case r (L.toStrict prefix) of
  Left e -> Left e
  Right (v, rest) -> Right (v, L.append (L.fromStrict rest) suffix)
  where
    (prefix, suffix) = L.span numberChar t
    numberChar c = c `elem` "0123456789abcdefABCDEFxX.eE+-"

decimal :: Integral a => Reader a
decimal = lift R.decimal

hexadecimal :: Integral a => Reader a
hexadecimal = lift R.hexadecimal

signed :: Num a => Reader a -> Reader a
signed f t = case L.uncons t of
  Just ('-', rest) -> fmap (\(v, r) -> (negate v, r)) (f rest)
  Just ('+', rest) -> f rest
  _ -> f t

rational :: Fractional a => Reader a
rational = lift R.rational

double :: Reader Double
double = lift R.double


-- | Hexadecimal digits without a 0x prefix.
hexNo0x :: Integral a => Reader a
hexNo0x t = case L.uncons t of
  Just (c, _) | isHexDigit c -> hexadecimal t
  _ -> Left "input does not start with a hexadecimal digit"

-- | The digits of a text (from code unit i of its first chunk) folded onto
-- acc in a base.
loopDigits :: Num a => a -> a -> Text -> Int -> a
loopDigits base acc t i = L.foldl' (\n c -> n * base + fromIntegral (digitToInt c)) acc (dropFirst t)
  where
    dropFirst (Chunk (TI.Text a o l) cs) | i > 0 = L.fromChunks [TI.Text a (o + i) (l - i)] `L.append` cs
    dropFirst u = u

-- | A floating point number after its sign (already read: '+' when none).
unsignedFloating :: Reader Double -> Char -> Text -> Either String (Double, Text)
unsignedFloating r sign t = case L.uncons t of
  Just (c, _) | isDigit c -> case r t of
    Right (v, rest) -> Right (if sign == '-' then negate v else v, rest)
    Left e -> Left e
  _ -> Left "input does not start with a digit"

zz_zdwzdj :: Char -> Text -> Either String (Double, Text)
zz_zdwzdj sign t = unsignedFloating double sign t

zz_zdwzdj1 :: Char -> Text -> Either String (Double, Text)
zz_zdwzdj1 sign t = unsignedFloating rational sign t

zz_zdwloopzufoldlzq :: Word# -> Text -> Int# -> Word64
zz_zdwloopzufoldlzq acc t i = loopDigits 10 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq1 :: Word# -> Text -> Int# -> Word32
zz_zdwloopzufoldlzq1 acc t i = loopDigits 10 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq10 :: Int# -> Text -> Int# -> Int
zz_zdwloopzufoldlzq10 acc t i = loopDigits 10 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq11 :: Word# -> Text -> Int# -> Word64
zz_zdwloopzufoldlzq11 acc t i = loopDigits 16 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq12 :: Word# -> Text -> Int# -> Word32
zz_zdwloopzufoldlzq12 acc t i = loopDigits 16 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq13 :: Word# -> Text -> Int# -> Word16
zz_zdwloopzufoldlzq13 acc t i = loopDigits 16 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq14 :: Word# -> Text -> Int# -> Word8
zz_zdwloopzufoldlzq14 acc t i = loopDigits 16 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq15 :: Word# -> Text -> Int# -> Word
zz_zdwloopzufoldlzq15 acc t i = loopDigits 16 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq16 :: Int# -> Text -> Int# -> Int64
zz_zdwloopzufoldlzq16 acc t i = loopDigits 16 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq17 :: Int# -> Text -> Int# -> Int32
zz_zdwloopzufoldlzq17 acc t i = loopDigits 16 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq18 :: Int# -> Text -> Int# -> Int16
zz_zdwloopzufoldlzq18 acc t i = loopDigits 16 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq19 :: Int# -> Text -> Int# -> Int8
zz_zdwloopzufoldlzq19 acc t i = loopDigits 16 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq2 :: Word# -> Text -> Int# -> Word16
zz_zdwloopzufoldlzq2 acc t i = loopDigits 10 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq20 :: Integer -> Text -> Int# -> Integer
zz_zdwloopzufoldlzq20 acc t i = loopDigits 16 (acc) t (I# i)

zz_zdwloopzufoldlzq21 :: Int# -> Text -> Int# -> Int
zz_zdwloopzufoldlzq21 acc t i = loopDigits 16 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq3 :: Word# -> Text -> Int# -> Word8
zz_zdwloopzufoldlzq3 acc t i = loopDigits 10 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq4 :: Word# -> Text -> Int# -> Word
zz_zdwloopzufoldlzq4 acc t i = loopDigits 10 (fromIntegral (W# acc)) t (I# i)

zz_zdwloopzufoldlzq5 :: Integer -> Text -> Int# -> Integer
zz_zdwloopzufoldlzq5 acc t i = loopDigits 10 (acc) t (I# i)

zz_zdwloopzufoldlzq6 :: Int# -> Text -> Int# -> Int64
zz_zdwloopzufoldlzq6 acc t i = loopDigits 10 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq7 :: Int# -> Text -> Int# -> Int32
zz_zdwloopzufoldlzq7 acc t i = loopDigits 10 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq8 :: Int# -> Text -> Int# -> Int16
zz_zdwloopzufoldlzq8 acc t i = loopDigits 10 (fromIntegral (I# acc)) t (I# i)

zz_zdwloopzufoldlzq9 :: Int# -> Text -> Int# -> Int8
zz_zdwloopzufoldlzq9 acc t i = loopDigits 10 (fromIntegral (I# acc)) t (I# i)

zz_decimal1 :: Either String (Word64, Text)
zz_decimal1 = Left "input does not start with a digit"

zz_decimal10 :: Either String (Integer, Text)
zz_decimal10 = Left "input does not start with a digit"

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

zz_decimal16 :: Integer
zz_decimal16 = 10

zz_decimal17 :: Either String (a, Text)
zz_decimal17 = Left "input does not start with a digit"

zz_decimal4 :: Char -> Bool
zz_decimal4 c = not (isDigit c)

zz_decimal5 :: Either String (Word32, Text)
zz_decimal5 = Left "input does not start with a digit"

zz_decimal6 :: Either String (Word16, Text)
zz_decimal6 = Left "input does not start with a digit"

zz_decimal7 :: Either String (Word8, Text)
zz_decimal7 = Left "input does not start with a digit"

zz_decimal8 :: Either String (Word, Text)
zz_decimal8 = Left "input does not start with a digit"

zz_decimal9 :: Integer
zz_decimal9 = 0

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

zz_double1 :: (Char, Text) -> Either String (Double, Text)
zz_double1 (sign, t) = zz_zdwzdj sign t

zz_double2 :: Char
zz_double2 = '+'

zz_double3 :: Char -> Bool
zz_double3 c = c == '+' || c == '-'

zz_double4 :: (Char -> Bool) -> Text -> Either String (Char, Text)
zz_double4 p t = case L.uncons t of
  Just (c, rest) | p c -> Right (c, rest)
  _ -> zz_double5

zz_double5 :: Either String (Char, Text)
zz_double5 = Left "character does not match"

zz_hexadecimal1 :: Either String (Word64, Text)
zz_hexadecimal1 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal10 :: Either String (Word16, Text)
zz_hexadecimal10 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal11 :: Either String (Word8, Text)
zz_hexadecimal11 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal12 :: Either String (Word, Text)
zz_hexadecimal12 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal13 :: Either String (Int64, Text)
zz_hexadecimal13 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal14 :: Either String (Int32, Text)
zz_hexadecimal14 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal15 :: Either String (Int16, Text)
zz_hexadecimal15 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal16 :: Either String (Int8, Text)
zz_hexadecimal16 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal17 :: Either String (Integer, Text)
zz_hexadecimal17 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal18 :: Either String (Int, Text)
zz_hexadecimal18 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal19 :: Integer
zz_hexadecimal19 = 16

zz_hexadecimal20 :: Either String (a, Text)
zz_hexadecimal20 = Left "input does not start with a hexadecimal digit"

zz_hexadecimal4 :: Char -> Bool
zz_hexadecimal4 c = not (isHexDigit c)

zz_hexadecimal9 :: Either String (Word32, Text)
zz_hexadecimal9 = Left "input does not start with a hexadecimal digit"

zz_hexadecimalzuzdshex :: Text -> Either String (Word64, Text)
zz_hexadecimalzuzdshex = hexNo0x

zz_hexadecimalzuzdshex1 :: Text -> Either String (Word32, Text)
zz_hexadecimalzuzdshex1 = hexNo0x

zz_hexadecimalzuzdshex10 :: Text -> Either String (Int, Text)
zz_hexadecimalzuzdshex10 = hexNo0x

zz_hexadecimalzuzdshex2 :: Text -> Either String (Word16, Text)
zz_hexadecimalzuzdshex2 = hexNo0x

zz_hexadecimalzuzdshex3 :: Text -> Either String (Word8, Text)
zz_hexadecimalzuzdshex3 = hexNo0x

zz_hexadecimalzuzdshex4 :: Text -> Either String (Word, Text)
zz_hexadecimalzuzdshex4 = hexNo0x

zz_hexadecimalzuzdshex5 :: Text -> Either String (Int64, Text)
zz_hexadecimalzuzdshex5 = hexNo0x

zz_hexadecimalzuzdshex6 :: Text -> Either String (Int32, Text)
zz_hexadecimalzuzdshex6 = hexNo0x

zz_hexadecimalzuzdshex7 :: Text -> Either String (Int16, Text)
zz_hexadecimalzuzdshex7 = hexNo0x

zz_hexadecimalzuzdshex8 :: Text -> Either String (Int8, Text)
zz_hexadecimalzuzdshex8 = hexNo0x

zz_hexadecimalzuzdshex9 :: Text -> Either String (Integer, Text)
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

zz_hexadecimalzuzdshexadecimal5 :: Reader Int64
zz_hexadecimalzuzdshexadecimal5 = hexadecimal

zz_hexadecimalzuzdshexadecimal6 :: Reader Int32
zz_hexadecimalzuzdshexadecimal6 = hexadecimal

zz_hexadecimalzuzdshexadecimal7 :: Reader Int16
zz_hexadecimalzuzdshexadecimal7 = hexadecimal

zz_hexadecimalzuzdshexadecimal8 :: Reader Int8
zz_hexadecimalzuzdshexadecimal8 = hexadecimal

zz_hexadecimalzuzdshexadecimal9 :: Reader Integer
zz_hexadecimalzuzdshexadecimal9 = hexadecimal

zz_rational1 :: (Char, Text) -> Either String (Double, Text)
zz_rational1 (sign, t) = zz_zdwzdj1 sign t

zz_rationalzuzdsrational :: Reader Double
zz_rationalzuzdsrational = rational

-- | $wnext1: the step of a lazy text's character stream, at a code unit
-- index of its first chunk.
zz_zdwnext1 :: Text -> Int# -> Step (PairS Text Int) Char
zz_zdwnext1 Empty _ = Done
zz_zdwnext1 t@(Chunk c cs) i
  | I# i >= lengthWord16 c = Skip (cs :*: 0)
  | otherwise = case iter c (I# i) of Iter ch d -> Yield ch (t :*: (I# i + d))
