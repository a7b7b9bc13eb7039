{-# LANGUAGE BangPatterns #-}
-- The text codecs of GHC.IO.Encoding.{Latin1,UTF8,UTF16,UTF32} (issue 14):
-- one decoding and one encoding loop over GHC.IO.Buffer, each encoding a
-- step function (the bytes of one character, or the character at the
-- input's position). CodingProgress follows GHC's observed rules: a full
-- output stops first (OutputUnderflow), then an empty input
-- (InputUnderflow); a sequence cut short by the end of the input is
-- InputUnderflow when its bytes so far could start a valid one, else
-- InvalidSequence; an input wholly consumed comes back emptied (bufL = bufR
-- = 0). The built-in TextEncodings keep in their codec state (CodecState)
-- the code of src/ministg/primops/files.ts, which hSetEncoding and
-- GHC.Foreign read (GHC.IO.Encoding+Files.stg). A module of our own,
-- compiled into preludes/base/Hs2stg.Codec.stg by
-- scripts/gen-library-preludes.mjs.
module Hs2stg.Codec
  ( CodecState (..),
    Step (..),
    decodeWith,
    encodeWith,
    latin1Step,
    asciiStep,
    utf8Step,
    utf16Step,
    utf32Step,
    latin1Bytes,
    latin1CheckedBytes,
    asciiBytes,
    utf8Bytes,
    utf16Bytes,
    utf32Bytes,
    bomDecode,
    bomEncode,
    simpleEncoding,
    bomEncoding,
    utf8BomEncoding,
    failureCode,
    encodingOfCode,
    encodingNamed,
    decoderOf,
    encoderOf,
    unitIO,
    unitSetState,
  )
where

import Data.Bits (shiftL, shiftR, (.&.), (.|.))
import Data.IORef
import Data.Word (Word8)
import GHC.IO.Buffer
import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Types
import Unsafe.Coerce (unsafeCoerce)

-- a built-in codec's state: the file primops' code, then the codec's own
data CodecState s = CodecState Int s

-- one character read from bytes (and how many), or where the decoding
-- stops: a sequence cut short (InputUnderflow) or invalid (InvalidSequence)
data Step = Got Char Int | Stop CodingProgress

partial, invalid :: Step
partial = Stop InputUnderflow
invalid = Stop InvalidSequence

-- decodeWith step: step gets the input's memory, position and end
decodeWith :: (RawBuffer Word8 -> Int -> Int -> IO Step) -> DecodeBuffer
decodeWith step input output = loop (bufL input) (bufR output)
  where
    iw = bufR input
    loop !ir !ow
      | ow >= bufSize output = done OutputUnderflow ir ow
      | ir >= iw = done InputUnderflow ir ow
      | otherwise = do
          r <- step (bufRaw input) ir iw
          case r of
            Stop why -> done why ir ow
            Got c n -> do
              ow' <- writeCharBuf (bufRaw output) ow c
              loop (ir + n) ow'
    done why ir ow = return (why, consumed input ir, output {bufR = ow})

-- encodeWith bytes: the bytes of a character, Nothing when not representable
encodeWith :: (Char -> Maybe [Word8]) -> EncodeBuffer
encodeWith bytes input output = loop (bufL input) (bufR output)
  where
    iw = bufR input
    os = bufSize output
    loop !ir !ow
      | ow >= os = done OutputUnderflow ir ow
      | ir >= iw = done InputUnderflow ir ow
      | otherwise = do
          (c, ir') <- readCharBuf (bufRaw input) ir
          case bytes c of
            Nothing -> done InvalidSequence ir ow
            Just bs
              | length bs > os - ow -> done OutputUnderflow ir ow
              | otherwise -> do
                  mapM_ (\(i, b) -> writeWord8Buf (bufRaw output) (ow + i) b) (zip [0 ..] bs)
                  loop ir' (ow + length bs)
    done why ir ow = return (why, consumed input ir, output {bufR = ow})

consumed :: Buffer e -> Int -> Buffer e
consumed buf ir
  | ir == bufR buf = buf {bufL = 0, bufR = 0}
  | otherwise = buf {bufL = ir}

byteAt :: RawBuffer Word8 -> Int -> IO Int
byteAt raw i = fromIntegral <$> readWord8Buf raw i

latin1Step :: RawBuffer Word8 -> Int -> Int -> IO Step
latin1Step raw ir _ = do
  b <- byteAt raw ir
  return (Got (toEnum b) 1)

asciiStep :: RawBuffer Word8 -> Int -> Int -> IO Step
asciiStep raw ir _ = do
  b <- byteAt raw ir
  return (if b < 0x80 then Got (toEnum b) 1 else invalid)

cont :: Int -> Bool
cont b = b >= 0x80 && b <= 0xBF

-- well-formed UTF-8 (Unicode's table 3-7): the lead byte's sequence length
-- and the range of its second byte
utf8Step :: RawBuffer Word8 -> Int -> Int -> IO Step
utf8Step raw ir iw = do
  b0 <- byteAt raw ir
  let avail = iw - ir
      seqOf n lo hi
        | avail < 2 = return partial
        | otherwise = do
            b1 <- byteAt raw (ir + 1)
            if b1 < lo || b1 > hi
              then return invalid
              else rest n b1
      rest n b1 = do
        bs <- mapM (\i -> byteAt raw (ir + i)) [2 .. min n avail - 1]
        if not (all cont bs)
          then return invalid
          else
            if avail < n
              then return partial
              else return (Got (toEnum (value n (b0 : b1 : bs))) n)
      value n (x : xs) = foldl (\acc y -> (acc `shiftL` 6) .|. (y .&. 0x3F)) (x .&. leadMask n) xs
      value _ [] = 0
      leadMask n = case n of
        2 -> 0x1F
        3 -> 0x0F
        _ -> 0x07
  case () of
    _
      | b0 < 0x80 -> return (Got (toEnum b0) 1)
      | b0 < 0xC2 -> return invalid
      | b0 < 0xE0 -> seqOf 2 0x80 0xBF
      | b0 == 0xE0 -> seqOf 3 0xA0 0xBF
      | b0 == 0xED -> seqOf 3 0x80 0x9F
      | b0 < 0xF0 -> seqOf 3 0x80 0xBF
      | b0 == 0xF0 -> seqOf 4 0x90 0xBF
      | b0 < 0xF4 -> seqOf 4 0x80 0xBF
      | b0 == 0xF4 -> seqOf 4 0x80 0x8F
      | otherwise -> return invalid

-- UTF-16 in one byte order (True: big-endian)
utf16Step :: Bool -> RawBuffer Word8 -> Int -> Int -> IO Step
utf16Step be raw ir iw
  | iw - ir < 2 = return partial
  | otherwise = do
      w1 <- unit ir
      if w1 < 0xD800 || w1 >= 0xE000
        then return (Got (toEnum w1) 2)
        else
          if w1 >= 0xDC00
            then return invalid
            else
              if iw - ir < 4
                then return partial
                else do
                  w2 <- unit (ir + 2)
                  if w2 < 0xDC00 || w2 >= 0xE000
                    then return invalid
                    else return (Got (toEnum (0x10000 + ((w1 - 0xD800) `shiftL` 10) + (w2 - 0xDC00))) 4)
  where
    unit i = do
      a <- byteAt raw i
      b <- byteAt raw (i + 1)
      return (if be then a `shiftL` 8 .|. b else b `shiftL` 8 .|. a)

utf32Step :: Bool -> RawBuffer Word8 -> Int -> Int -> IO Step
utf32Step be raw ir iw
  | iw - ir < 4 = return partial
  | otherwise = do
      bs <- mapM (\i -> byteAt raw (ir + i)) [0 .. 3]
      let n = foldl (\acc y -> acc `shiftL` 8 .|. y) 0 (if be then bs else reverse bs)
      return (if n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) then invalid else Got (toEnum n) 4)

latin1Bytes, latin1CheckedBytes, asciiBytes, utf8Bytes :: Char -> Maybe [Word8]
latin1Bytes c = Just [fromIntegral (fromEnum c)]
latin1CheckedBytes c = if fromEnum c <= 0xFF then Just [fromIntegral (fromEnum c)] else Nothing
asciiBytes c = if fromEnum c < 0x80 then Just [fromIntegral (fromEnum c)] else Nothing
utf8Bytes c
  | n < 0x80 = Just [fromIntegral n]
  | n < 0x800 = Just [0xC0 .|. hi 6, low 0]
  | isSurrogate c = Nothing
  | n < 0x10000 = Just [0xE0 .|. hi 12, low 6, low 0]
  | otherwise = Just [0xF0 .|. hi 18, low 12, low 6, low 0]
  where
    n = fromEnum c
    hi s = fromIntegral (n `shiftR` s)
    low s = fromIntegral (0x80 .|. ((n `shiftR` s) .&. 0x3F))

utf16Bytes :: Bool -> Char -> Maybe [Word8]
utf16Bytes be c
  | isSurrogate c = Nothing
  | n < 0x10000 = Just (unit n)
  | otherwise = Just (unit (0xD800 + (m `shiftR` 10)) ++ unit (0xDC00 + (m .&. 0x3FF)))
  where
    n = fromEnum c
    m = n - 0x10000
    unit u =
      let a = fromIntegral (u `shiftR` 8)
          b = fromIntegral (u .&. 0xFF)
       in if be then [a, b] else [b, a]

utf32Bytes :: Bool -> Char -> Maybe [Word8]
utf32Bytes be c
  | isSurrogate c = Nothing
  | otherwise = Just (if be then bs else reverse bs)
  where
    n = fromEnum c
    bs = [fromIntegral (n `shiftR` s) | s <- [24, 16, 8, 0]]

-- bomDecode marks decoders: with no byte order chosen yet, a byte order
-- mark (its big-endian and little-endian bytes) picks the decoder and is
-- skipped, anything else picks big-endian
bomDecode :: [Word8] -> [Word8] -> DecodeBuffer -> DecodeBuffer -> IORef (Maybe DecodeBuffer) -> DecodeBuffer
bomDecode beMark leMark be le ref input output = do
  chosen <- readIORef ref
  case chosen of
    Just dec -> dec input output
    Nothing
      | bufferElems input < length beMark -> return (InputUnderflow, input, output)
      | otherwise -> do
          bs <- mapM (readWord8Buf (bufRaw input)) [bufL input .. bufL input + length beMark - 1]
          let pick dec skip = do
                writeIORef ref (Just dec)
                dec (bufferRemove skip input) output
          if bs == beMark
            then pick be (length beMark)
            else if bs == leMark then pick le (length leMark) else pick be 0

-- bomEncode mark enc: the mark first (once), then enc
bomEncode :: [Word8] -> EncodeBuffer -> IORef Bool -> EncodeBuffer
bomEncode mark enc ref input output = do
  done <- readIORef ref
  if done
    then enc input output
    else
      if bufferAvailable output < length mark
        then return (OutputUnderflow, input, output)
        else do
          writeIORef ref True
          mapM_ (\(i, b) -> writeWord8Buf (bufRaw output) (bufR output + i) b) (zip [0 ..] mark)
          enc input (bufferAdd (length mark) output)

-- the failure mode's bits of a code (bits 5 and up, as fsEncoding#'s)
failureCode :: CodingFailureMode -> Int
failureCode m = case m of
  ErrorOnCodingFailure -> 0
  IgnoreCodingFailure -> 1 `shiftL` 5
  TransliterateCodingFailure -> 2 `shiftL` 5
  RoundtripFailure -> 3 `shiftL` 5

codec :: Int -> CodeBuffer a b -> (Buffer a -> Buffer b -> IO (Buffer a, Buffer b)) -> IORef s -> BufferCodec a b (CodecState s)
codec code step rec ref =
  BufferCodec
    { encode = step,
      recover = rec,
      close = return (),
      getState = CodecState code <$> readIORef ref,
      setState = \(CodecState _ s) -> writeIORef ref s
    }

-- a stateless encoding: name, base code, failure mode, decoder, encoder
-- (the name leaves the failure mode out, as GHC's)
simpleEncoding :: String -> Int -> CodingFailureMode -> DecodeBuffer -> EncodeBuffer -> TextEncoding
simpleEncoding name code cfm dec enc =
  TextEncoding
    { textEncodingName = name,
      mkTextDecoder = codec c dec (recoverDecode cfm) <$> newIORef (),
      mkTextEncoder = codec c enc (recoverEncode cfm) <$> newIORef ()
    }
  where
    c = code .|. failureCode cfm

-- UTF-16/UTF-32 with a byte order mark
bomEncoding ::
  String -> Int -> CodingFailureMode -> (IORef (Maybe DecodeBuffer) -> DecodeBuffer) -> (IORef Bool -> EncodeBuffer) -> TextEncoding
bomEncoding name code cfm dec enc =
  TextEncoding
    { textEncodingName = name,
      mkTextDecoder = do
        ref <- newIORef Nothing
        return (codec c (dec ref) (recoverDecode cfm) ref),
      mkTextEncoder = do
        ref <- newIORef False
        return (codec c (enc ref) (recoverEncode cfm) ref)
    }
  where
    c = code .|. failureCode cfm

-- UTF-8 with a byte order mark: skipped when reading (if there), written first
utf8BomEncoding :: CodingFailureMode -> TextEncoding
utf8BomEncoding cfm =
  TextEncoding
    { textEncodingName = "UTF-8BOM",
      mkTextDecoder = do
        ref <- newIORef True
        return (codec c (bomSkip ref) (recoverDecode cfm) ref),
      mkTextEncoder = do
        ref <- newIORef True
        return (codec c (bomWrite ref) (recoverEncode cfm) ref)
    }
  where
    c = 9 .|. failureCode cfm
    mark = [0xEF, 0xBB, 0xBF]
    dec = decodeWith utf8Step
    enc = encodeWith utf8Bytes
    bomSkip ref input output = do
      first <- readIORef ref
      if not first
        then dec input output
        else do
          let n = min 3 (bufferElems input)
          bs <- mapM (readWord8Buf (bufRaw input)) [bufL input .. bufL input + n - 1]
          if bs /= take n mark
            then writeIORef ref False >> dec input output
            else
              if n < 3
                then return (InputUnderflow, input, output)
                else writeIORef ref False >> dec (bufferRemove 3 input) output
    bomWrite ref input output = do
      first <- readIORef ref
      if not first
        then enc input output
        else
          if bufferAvailable output < 3
            then return (OutputUnderflow, input, output)
            else do
              writeIORef ref False
              mapM_ (\(i, b) -> writeWord8Buf (bufRaw output) (bufR output + i) b) (zip [0 ..] mark)
              enc input (bufferAdd 3 output)

-- the encoding of a file primops' code (hGetEncoding), named as GHC does
encodingOfCode :: Int -> TextEncoding
encodingOfCode k = encodingNamed (baseName (k .&. 31)) k

baseName :: Int -> String
baseName k = case k of
  0 -> "UTF-8"
  1 -> "ISO-8859-1"
  2 -> "ISO-8859-1"
  3 -> "UTF-16"
  4 -> "UTF16-LE"
  5 -> "UTF-16BE"
  6 -> "UTF-32"
  7 -> "UTF-32LE"
  8 -> "UTF-32BE"
  9 -> "UTF-8BOM"
  _ -> "ASCII"

-- encodingNamed name code: the encoding of a code under a given base name
-- (mkTextEncoding's, which keeps an iconv name as written)
encodingNamed :: String -> Int -> TextEncoding
encodingNamed name k = case k .&. 31 of
  0 -> simpleEncoding name 0 cfm (decodeWith utf8Step) (encodeWith utf8Bytes)
  1 -> simpleEncoding name 1 cfm (decodeWith latin1Step) (encodeWith latin1CheckedBytes)
  2 -> simpleEncoding name 2 cfm (decodeWith latin1Step) (encodeWith latin1Bytes)
  3 -> bomEncoding name 3 cfm (bomDecode [0xFE, 0xFF] [0xFF, 0xFE] u16be u16le) (bomEncode [0xFE, 0xFF] (encodeWith (utf16Bytes True)))
  4 -> simpleEncoding name 4 cfm u16le (encodeWith (utf16Bytes False))
  5 -> simpleEncoding name 5 cfm u16be (encodeWith (utf16Bytes True))
  6 -> bomEncoding name 6 cfm (bomDecode [0, 0, 0xFE, 0xFF] [0xFF, 0xFE, 0, 0] u32be u32le) (bomEncode [0, 0, 0xFE, 0xFF] (encodeWith (utf32Bytes True)))
  7 -> simpleEncoding name 7 cfm u32le (encodeWith (utf32Bytes False))
  8 -> simpleEncoding name 8 cfm u32be (encodeWith (utf32Bytes True))
  9 -> utf8BomEncoding cfm
  _ -> simpleEncoding name 11 cfm (decodeWith asciiStep) (encodeWith asciiBytes)
  where
    cfm = case k `shiftR` 5 of
      1 -> IgnoreCodingFailure
      2 -> TransliterateCodingFailure
      3 -> RoundtripFailure
      _ -> ErrorOnCodingFailure
    u16be = decodeWith (utf16Step True)
    u16le = decodeWith (utf16Step False)
    u32be = decodeWith (utf32Step True)
    u32le = decodeWith (utf32Step False)

-- An encoding's decoder and encoder makers, for the -O1 names GHC gives
-- them (typed with GHC's () state; ours is opaque to programs anyway).
decoderOf :: TextEncoding -> IO (TextDecoder ())
decoderOf (TextEncoding _ d _) = unsafeCoerce d

encoderOf :: TextEncoding -> IO (TextEncoder ())
encoderOf (TextEncoding _ _ e) = unsafeCoerce e

-- a stateless codec's close and setState (-O1 names)
unitIO :: IO ()
unitIO = return ()

unitSetState :: () -> IO ()
unitSetState _ = return ()
