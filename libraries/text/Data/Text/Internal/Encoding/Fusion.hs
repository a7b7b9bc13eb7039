{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Encoding.Fusion, the part
-- -O1 code calls after inlining text's stream decoders and encoders: a
-- stream of bytes into a ByteString, and the error step of a decoder.
module Data.Text.Internal.Encoding.Fusion
  ( unstream,
    decodeError,
  )
where

import qualified Data.ByteString as B
import Data.Text.Encoding.Error (OnDecodeError)
import Data.Text.Internal.Fusion.Types (Step (..), Stream (..))
import Data.Word (Word8)

unstream :: Stream Word8 -> B.ByteString
unstream (Stream next s0 _) = B.pack (go s0)
  where
    go s = case next s of
      Done -> []
      Skip s' -> go s'
      Yield w s' -> w : go s'

-- | decodeError function encoding handler byte state: the handler's
-- replacement, or nothing, then on from the state.
decodeError :: String -> String -> OnDecodeError -> Maybe Word8 -> s -> Step s Char
decodeError func kind onErr mb i = case onErr desc mb of
  Nothing -> Skip i
  Just c -> Yield c i
  where
    desc = "Data.Text.Internal.Encoding.Fusion." ++ func ++ ": Invalid " ++ kind ++ " stream"
