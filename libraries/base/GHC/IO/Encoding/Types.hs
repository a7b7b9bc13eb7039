{-# LANGUAGE ExistentialQuantification #-}
-- Clean-room GHC.IO.Encoding.Types (base-4.15.1's API, issue 14): the codec
-- records with the interface file's constructors and field order. A
-- TextEncoding holds real IO actions making its decoder and encoder; the
-- built-in ones (Hs2stg.Codec) keep the code the file primops know in their
-- codec state. Compiled into preludes/base/GHC.IO.Encoding.Types.stg by
-- scripts/gen-library-preludes.mjs.
module GHC.IO.Encoding.Types
  ( BufferCodec (..),
    TextEncoding (..),
    TextEncoder,
    TextDecoder,
    CodeBuffer,
    EncodeBuffer,
    DecodeBuffer,
    CodingProgress (..),
  )
where

import Data.Word (Word8)
import GHC.IO.Buffer (Buffer, CharBufElem)

type CodeBuffer from to = Buffer from -> Buffer to -> IO (CodingProgress, Buffer from, Buffer to)

type DecodeBuffer = CodeBuffer Word8 Char

type EncodeBuffer = CodeBuffer Char Word8

data BufferCodec from to state = BufferCodec
  { encode :: CodeBuffer from to,
    recover :: Buffer from -> Buffer to -> IO (Buffer from, Buffer to),
    close :: IO (),
    getState :: IO state,
    setState :: state -> IO ()
  }

type TextDecoder state = BufferCodec Word8 CharBufElem state

type TextEncoder state = BufferCodec CharBufElem Word8 state

data TextEncoding = forall dstate estate. TextEncoding
  { textEncodingName :: String,
    mkTextDecoder :: IO (TextDecoder dstate),
    mkTextEncoder :: IO (TextEncoder estate)
  }

instance Show TextEncoding where
  show te = textEncodingName te

data CodingProgress = InputUnderflow | OutputUnderflow | InvalidSequence
  deriving (Eq, Show)
