{-# LANGUAGE MagicHash #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas -fno-warn-orphans #-}
-- | Clean-room text-1.2.5.0 Data.Text.Show: pack, unpack and Show Text
-- (shown as the String it holds).
module Data.Text.Show
  ( singleton,
    unpack,
    unpackCString#,
    pack,
  )
where

import qualified GHC.Exts as C (unpackCString#)
import GHC.Exts (Addr#)
import Data.Text.Internal (Text (..), safe)
import Data.Text.Internal.Chars (fromChars, toChars)

instance Show Text where
  showsPrec p t = showsPrec p (unpack t)

pack :: String -> Text
pack s = fromChars (map safe s)

unpack :: Text -> String
unpack = toChars

singleton :: Char -> Text
singleton c = fromChars [safe c]

-- | The text of a C string literal (what GHC's rewrite of pack on a
-- literal calls).
unpackCString# :: Addr# -> Text
unpackCString# a = pack (C.unpackCString# a)
{-# NOINLINE unpackCString# #-}
