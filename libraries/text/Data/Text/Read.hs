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
  )
where

import Data.Char (digitToInt, isDigit, isHexDigit)
import Data.Ratio ((%))
import Data.Text (Text)
import qualified Data.Text as T

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
  (p, rest) | p == T.pack "0x" || p == T.pack "0X" -> hex rest
  _ -> hex t
  where
    hex s
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
