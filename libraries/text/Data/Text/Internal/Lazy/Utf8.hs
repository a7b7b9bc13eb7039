{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | hs2stg's own module (not text's): lazy text's UTF-8 encoder and
-- strict decoder, which Data.Text.Lazy.Encoding exports and
-- Data.Text.Lazy's Binary instance uses (Data.Text.Lazy.Encoding imports
-- Data.Text.Lazy, so the instance cannot import it).
module Data.Text.Internal.Lazy.Utf8 (encodeUtf8Lazy, encodeUtf8BuilderLazy, decodeUtf8WithLazy, decodeUtf8Lazy') where

import Control.Exception (evaluate, try)
import qualified Data.ByteString as S
import Data.ByteString.Builder.Internal (Builder, toLazyByteStringFrom)
import qualified Data.ByteString.Lazy as B
import qualified Data.ByteString.Lazy.Internal as BI
import qualified Data.Text as T
import qualified Data.Text.Encoding as TE
import Data.Text.Encoding.Error (OnDecodeError, UnicodeException, strictDecode)
import Data.Text.Internal.Chars (fromChars)
import Data.Text.Internal.Lazy (Text (..), chunk, foldrChunks)
import GHC.IO (unsafeDupablePerformIO)

encodeUtf8BuilderLazy :: Text -> Builder
encodeUtf8BuilderLazy = foldrChunks (\c b -> TE.encodeUtf8Builder c <> b) mempty

-- | The first buffer sized after the first chunk (4 bytes a code unit and
-- 4 more, at most smallChunkSize), the next ones defaultChunkSize.
encodeUtf8Lazy :: Text -> B.ByteString
encodeUtf8Lazy Empty = BI.Empty
encodeUtf8Lazy t@(Chunk c _) =
  toLazyByteStringFrom (min BI.smallChunkSize (4 * (T.length c + 1))) (encodeUtf8BuilderLazy t)

decodeUtf8WithLazy :: OnDecodeError -> B.ByteString -> Text
decodeUtf8WithLazy onErr = go (TE.streamDecodeUtf8With onErr) . B.toChunks
  where
    go f (c : cs) = case f c of TE.Some t _ f' -> chunk t (go f' cs)
    go f [] = case f S.empty of
      TE.Some _ left _
        | S.null left -> Empty
        | otherwise -> Chunk (fromChars (leftover left)) Empty
    leftover left =
      fst (TE.utf8Chars "Data.Text.Lazy.Encoding.decodeUtf8With: Invalid UTF-8 stream" onErr False left)

decodeUtf8Lazy' :: B.ByteString -> Either UnicodeException Text
decodeUtf8Lazy' bs = unsafeDupablePerformIO (try (evaluate (force (decodeUtf8WithLazy strictDecode bs))))
  where
    force t = foldrChunks seq () t `seq` t
