{-# LANGUAGE RankNTypes #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Builder.Int: integers in decimal
-- and hexadecimal (lower-case digits).
module Data.Text.Lazy.Builder.Int
  ( decimal,
    hexadecimal,
  )
where

import Data.Char (ord)
import qualified Data.Text.Array as A
import Data.Text.Internal.Builder (Builder, fromString, writeN)
import Numeric (showHex)

decimal :: Integral a => a -> Builder
decimal n = ascii (show (toInteger n))

hexadecimal :: Integral a => a -> Builder
hexadecimal n
  | i < 0 = error hexErrMsg
  | otherwise = fromString (showHex i "")
  where
    i = toInteger n

hexErrMsg :: String
hexErrMsg = "Data.Text.Lazy.Builder.Int.hexadecimal: applied to negative number"

-- | ASCII digits, written at once (decimal's digits are never split
-- between chunks; hexadecimal's go one at a time like singleton's, as text's).
ascii :: String -> Builder
ascii ds = writeN (length ds) (\m i -> sequence_ [A.unsafeWrite m (i + k) (fromIntegral (ord c)) | (k, c) <- zip [0 ..] ds])
