{-# LANGUAGE MagicHash, RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Builder.Int: integers in decimal
-- and hexadecimal (lower-case digits).
module Data.Text.Lazy.Builder.Int
  ( decimal,
    hexadecimal,
    zz_hexadecimal1,
    zz_zdwgo5,
    zz_zdwinteger,
    zz_zdwzdsboundedDecimal4,
  )
where

import Data.Char (ord)
import qualified Data.Text.Array as A
import Data.Text.Internal.Builder (Builder, fromString, writeN)
import Control.Exception (ErrorCall (..), throw)
import GHC.Exts (Int (..), Int#)
import Numeric (showHex)

decimal :: Integral a => a -> Builder
decimal n = ascii (show (toInteger n))

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
