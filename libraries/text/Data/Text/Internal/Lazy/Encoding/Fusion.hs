{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.Lazy.Encoding.Fusion, the
-- part -O1 code calls after inlining lazy text's stream decoders.
module Data.Text.Internal.Lazy.Encoding.Fusion
  ( decodeError,
  )
where

import Data.Text.Encoding.Error (OnDecodeError)
import Data.Text.Internal.Fusion.Types (Step (..))
import Data.Word (Word8)

decodeError :: String -> String -> OnDecodeError -> Maybe Word8 -> s -> Step s Char
decodeError func kind onErr mb i = case onErr desc mb of
  Nothing -> Skip i
  Just c -> Yield c i
  where
    desc = "Data.Text.Lazy.Encoding.Fusion." ++ func ++ ": Invalid " ++ kind ++ " stream"
