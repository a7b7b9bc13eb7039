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
  )
where

import Data.Text.Internal.Lazy (Text (..))
import qualified Data.Text.Lazy as L
import qualified Data.Text.Read as R

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

