{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- binary-0.8.8.0's Data.Binary (clean-room, issue 14, from the documented
-- API): encode/decode through the Binary class, and the file forms.
module Data.Binary
  ( Binary (..),
    GBinaryGet (..),
    GBinaryPut (..),
    Get,
    Put,
    putWord8,
    getWord8,
    encode,
    decode,
    decodeOrFail,
    encodeFile,
    decodeFile,
    decodeFileOrFail,
    module Data.Word,
    -- hs2stg: -O1 internals of the installed package
    zz_decodeFile2,
    zz_decodeFile3,
  )
where

import Control.Exception (ErrorCall (ErrorCallWithLocation), throw)
import Data.Binary.Class
import Data.Binary.Generic ()
import Data.Binary.Get
import Data.Binary.Put
import qualified Data.ByteString as B
import qualified Data.ByteString.Lazy as L
import Data.Word
import System.IO (IOMode (ReadMode), withBinaryFile)

encode :: Binary a => a -> L.ByteString
encode = runPut . put

decode :: Binary a => L.ByteString -> a
decode = runGet get

decodeOrFail ::
  Binary a =>
  L.ByteString ->
  Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)
decodeOrFail = runGetOrFail get

encodeFile :: Binary a => FilePath -> a -> IO ()
encodeFile f v = L.writeFile f (encode v)

decodeFile :: Binary a => FilePath -> IO a
decodeFile f = do
  r <- decodeFileOrFail f
  case r of
    Right x -> return x
    Left (_, msg) -> zz_decodeFile2 msg

-- | decodeFile's error (the installed package's -O1 name).
zz_decodeFile2 :: String -> IO a
zz_decodeFile2 msg =
  throw
    ( ErrorCallWithLocation
        msg
        "CallStack (from HasCallStack):\n  error, called at libraries/binary/src/Data/Binary.hs:212:21 in binary-0.8.8.0:Data.Binary"
    )

-- | decodeFileOrFail (the installed package's -O1 name of its IO code).
zz_decodeFile3 :: Binary a => FilePath -> IO (Either (ByteOffset, String) a)
zz_decodeFile3 = decodeFileOrFail

-- | Reads the file in chunks until the decoder ends.
decodeFileOrFail :: Binary a => FilePath -> IO (Either (ByteOffset, String) a)
decodeFileOrFail f = withBinaryFile f ReadMode (\h -> feed h (runGetIncremental get))
  where
    feed h d = case d of
      Done _ _ x -> return (Right x)
      Fail _ off msg -> return (Left (off, msg))
      Partial more -> do
        s <- B.hGetSome h 32760
        feed h (more (if B.null s then Nothing else Just s))
