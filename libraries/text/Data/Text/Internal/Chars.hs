{-# LANGUAGE BangPatterns, MagicHash, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | hs2stg's own helpers (no module of this name in text-1.2.5.0): building
-- a Text from characters and reading it back as a lazy String.
module Data.Text.Internal.Chars
  ( fromChars,
    fromCharsN,
    toChars,
    toCharsRev,
    unitsOf,
    concatTexts,
    charsUnits,
  )
where

import GHC.Exts
import GHC.ST (ST (..))
import Data.Char (ord)
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..), empty)
import Data.Text.Unsafe (Iter (..), iter, reverseIter)

-- | Code units a character takes in UTF-16.
unitsOf :: Char -> Int
unitsOf c = if ord c < 0x10000 then 1 else 2

charsUnits :: [Char] -> Int
charsUnits = go 0
  where
    go !n [] = n
    go !n (c : cs) = go (n + unitsOf c) cs

-- | The text of these characters (already made safe).
fromChars :: [Char] -> Text
fromChars cs = fromCharsN (charsUnits cs) cs

-- | The text of these characters, which take n code units.
fromCharsN :: Int -> [Char] -> Text
fromCharsN 0 _ = empty
fromCharsN n cs = Text (A.run (do m <- A.new n; fill m 0 cs; return m)) 0 n

fill :: A.MArray s -> Int -> [Char] -> ST s ()
fill (A.MArray m) (I# i0) cs0 = ST (\s0 -> (# go i0 cs0 s0, () #))
  where
    -- unboxed, so the loop allocates nothing at -O0
    go _ [] s = s
    go i (C# c : cs) s = case ord# c of
      o -> case o <# 0x10000# of
        1# -> go (i +# 1#) cs (writeWord16Array# m i (int2Word# o) s)
        _ -> case o -# 0x10000# of
          o' -> case writeWord16Array# m i (int2Word# (0xD800# +# uncheckedIShiftRA# o' 10#)) s of
            s1 -> go (i +# 2#) cs (writeWord16Array# m (i +# 1#) (int2Word# (0xDC00# +# andI# o' 0x3FF#)) s1)

-- | The characters of a text, lazily.
toChars :: Text -> [Char]
toChars (Text (A.Array a) (I# off) (I# len)) = go off
  where
    end = off +# len
    -- unboxed index: one list cell and one Char per character
    go i = case i >=# end of
      1# -> []
      _ -> case word2Int# (indexWord16Array# a i) of
        u -> case (u <# 0xD800#) `orI#` (u ># 0xDBFF#) of
          1# -> C# (chr# u) : go (i +# 1#)
          _ -> case word2Int# (indexWord16Array# a (i +# 1#)) of
            v -> C# (chr# (0x10000# +# uncheckedIShiftL# (u -# 0xD800#) 10# +# (v -# 0xDC00#))) : go (i +# 2#)

-- | The characters of a text from the last, lazily.
toCharsRev :: Text -> [Char]
toCharsRev t@(Text _ _ len) = go (len - 1)
  where
    go i
      | i < 0 = []
      | otherwise = case reverseIter t i of (c, d) -> c : go (i + d)

-- | One text of several, copied once.
concatTexts :: [Text] -> Text
concatTexts ts = case filter (\(Text _ _ l) -> l > 0) ts of
  [] -> empty
  [t] -> t
  ts' ->
    let n = sum [l | Text _ _ l <- ts']
        go _ _ [] = return ()
        go m i (Text a o l : rest) = A.copyI m i a o (i + l) >> go m (i + l) rest
     in Text (A.run (do m <- A.new n; go m 0 ts'; return m)) 0 n
