{-# LANGUAGE BangPatterns #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Lazy: lazy text as a list
-- of non-empty strict chunks.
module Data.Text.Internal.Lazy
  ( Text (..),
    chunk,
    empty,
    foldrChunks,
    foldlChunks,
    strictInvariant,
    lazyInvariant,
    showStructure,
    defaultChunkSize,
    smallChunkSize,
    chunkOverhead,
  )
where

import Control.Exception (ErrorCall (..), throw)
import qualified Data.Text.Internal as T
import Data.Text.Show ()

data Text = Empty | Chunk {-# UNPACK #-} !T.Text Text

-- | A chunk before a text, unless the chunk is empty.
chunk :: T.Text -> Text -> Text
chunk t@(T.Text _ _ len) ts
  | len == 0 = ts
  | otherwise = Chunk t ts

empty :: Text
empty = Empty

foldrChunks :: (T.Text -> a -> a) -> a -> Text -> a
foldrChunks f z = go
  where
    go Empty = z
    go (Chunk c cs) = f c (go cs)

foldlChunks :: (a -> T.Text -> a) -> a -> Text -> a
foldlChunks f = go
  where
    go !a Empty = a
    go !a (Chunk c cs) = go (f a c) cs

strictInvariant :: Text -> Bool
strictInvariant Empty = True
strictInvariant t@(Chunk (T.Text _ _ len) cs)
  | len > 0 = strictInvariant cs
  | otherwise = invariantError "62:19" t

lazyInvariant :: Text -> Text
lazyInvariant Empty = Empty
lazyInvariant t@(Chunk c@(T.Text _ _ len) cs)
  | len > 0 = Chunk c (lazyInvariant cs)
  | otherwise = invariantError "70:19" t

-- | text's invariant error on the text from the empty chunk on, raised at
-- this line:column of its source (as GHC's text reports it).
invariantError :: String -> Text -> a
invariantError at t =
  throw
    ( ErrorCallWithLocation
        ("Data.Text.Lazy: invariant violation: " ++ showStructure t)
        ( "CallStack (from HasCallStack):\n  error, called at libraries/text/src/Data/Text/Internal/Lazy.hs:"
            ++ at
            ++ " in text-1.2.5.0:Data.Text.Internal.Lazy"
        )
    )

showStructure :: Text -> String
showStructure Empty = "Empty"
showStructure (Chunk t Empty) = "Chunk " ++ show t ++ " Empty"
showStructure (Chunk t ts) = "Chunk " ++ show t ++ " (" ++ showStructure ts ++ ")"

-- | Code units of a chunk lazy text builds.
defaultChunkSize :: Int
defaultChunkSize = 16368

smallChunkSize :: Int
smallChunkSize = 112

chunkOverhead :: Int
chunkOverhead = 16
