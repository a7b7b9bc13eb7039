{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Unsafe: decoding UTF-16 at a code
-- unit index and slicing by code units.
module Data.Text.Unsafe
  ( Iter (..),
    iter,
    iter_,
    reverseIter,
    reverseIter_,
    unsafeHead,
    unsafeTail,
    lengthWord16,
    takeWord16,
    dropWord16,
    inlineInterleaveST,
    inlinePerformIO,
    unsafeDupablePerformIO,
  )
where

import Data.Text.Internal.Unsafe (inlineInterleaveST, inlinePerformIO)
import GHC.IO.Unsafe (unsafeDupablePerformIO)

import Data.Char (chr)
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..))

-- | A character and the number of code units it takes (negative backwards).
data Iter = Iter {-# UNPACK #-} !Char {-# UNPACK #-} !Int

-- | The character starting at code unit i of the text.
iter :: Text -> Int -> Iter
iter (Text arr off _) i
  | u < 0xD800 || u > 0xDBFF = Iter (chr u) 1
  | otherwise = Iter (chr (0x10000 + (u - 0xD800) * 0x400 + (v - 0xDC00))) 2
  where
    u = fromIntegral (A.unsafeIndex arr (off + i)) :: Int
    v = fromIntegral (A.unsafeIndex arr (off + i + 1)) :: Int

iter_ :: Text -> Int -> Int
iter_ (Text arr off _) i
  | u < 0xD800 || u > 0xDBFF = 1
  | otherwise = 2
  where
    u = A.unsafeIndex arr (off + i)

-- | The character ending at code unit i of the text, and minus the code
-- units it takes (a pair, as text-1.2.5.0 has it).
reverseIter :: Text -> Int -> (Char, Int)
reverseIter (Text arr off _) i
  | u < 0xDC00 || u > 0xDFFF = (chr u, -1)
  | otherwise = (chr (0x10000 + (v - 0xD800) * 0x400 + (u - 0xDC00)), -2)
  where
    u = fromIntegral (A.unsafeIndex arr (off + i)) :: Int
    v = fromIntegral (A.unsafeIndex arr (off + i - 1)) :: Int

reverseIter_ :: Text -> Int -> Int
reverseIter_ (Text arr off _) i
  | u < 0xDC00 || u > 0xDFFF = -1
  | otherwise = -2
  where
    u = A.unsafeIndex arr (off + i)

unsafeHead :: Text -> Char
unsafeHead t = case iter t 0 of Iter c _ -> c

unsafeTail :: Text -> Text
unsafeTail t@(Text arr off len) = case iter_ t 0 of d -> Text arr (off + d) (len - d)

lengthWord16 :: Text -> Int
lengthWord16 (Text _ _ len) = len

takeWord16 :: Int -> Text -> Text
takeWord16 k (Text arr off _) = Text arr off k

dropWord16 :: Int -> Text -> Text
dropWord16 k (Text arr off len) = Text arr (off + k) (len - k)
