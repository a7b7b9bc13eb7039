{-# LANGUAGE BangPatterns #-}
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

import Control.Monad.ST (ST)
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
fill _ _ [] = return ()
fill m !i (c : cs)
  | o < 0x10000 = A.unsafeWrite m i (fromIntegral o) >> fill m (i + 1) cs
  | otherwise = do
      let o' = o - 0x10000
      A.unsafeWrite m i (fromIntegral (0xD800 + o' `div` 0x400))
      A.unsafeWrite m (i + 1) (fromIntegral (0xDC00 + o' `mod` 0x400))
      fill m (i + 2) cs
  where
    o = ord c

-- | The characters of a text, lazily.
toChars :: Text -> [Char]
toChars t@(Text _ _ len) = go 0
  where
    go i
      | i >= len = []
      | otherwise = case iter t i of Iter c d -> c : go (i + d)

-- | The characters of a text from the last, lazily.
toCharsRev :: Text -> [Char]
toCharsRev t@(Text _ _ len) = go (len - 1)
  where
    go i
      | i < 0 = []
      | otherwise = case reverseIter t i of Iter c d -> c : go (i + d)

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
