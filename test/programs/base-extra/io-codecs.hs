-- GHC.IO.Encoding.{Types,Failure,Latin1,UTF8,UTF16,UTF32}: the codecs run
-- on Buffers by hand (valid, invalid and cut-short input, small outputs),
-- their CodingProgress and buffer positions, recovery in every failure mode,
-- the encodings' names and stateful byte order marks.
import Control.Exception
import Data.IORef
import Data.Word
import GHC.IO.Buffer
import GHC.IO.Encoding.Failure
import GHC.IO.Encoding.Latin1
import GHC.IO.Encoding.Types
import GHC.IO.Encoding.UTF16
import GHC.IO.Encoding.UTF32
import GHC.IO.Encoding.UTF8

bytesBuf :: [Word8] -> IO (Buffer Word8)
bytesBuf ws = do
  b <- newByteBuffer (max 1 (length ws)) ReadBuffer
  mapM_ (\(i, w) -> writeWord8Buf (bufRaw b) i w) (zip [0 ..] ws)
  return (bufferAdd (length ws) b)

charsBuf :: String -> IO (Buffer Char)
charsBuf cs = do
  b <- newCharBuffer (max 1 (length cs)) ReadBuffer
  mapM_ (\(i, c) -> writeCharBuf (bufRaw b) i c) (zip [0 ..] cs)
  return (bufferAdd (length cs) b)

pos :: Buffer e -> String
pos b = show (bufL b, bufR b)

outChars :: Buffer Char -> IO String
outChars b = mapM (peekCharBuf (bufRaw b)) [bufL b .. bufR b - 1]

outBytes :: Buffer Word8 -> IO [Word8]
outBytes b = mapM (readWord8Buf (bufRaw b)) [bufL b .. bufR b - 1]

dec :: String -> DecodeBuffer -> Int -> [Word8] -> IO ()
dec tag f room ws = do
  i <- bytesBuf ws
  o <- newCharBuffer room WriteBuffer
  (p, i', o') <- f i o
  cs <- outChars o'
  putStrLn (tag ++ " " ++ show ws ++ " -> " ++ show p ++ " in" ++ pos i' ++ " out" ++ pos o' ++ " " ++ show cs)

enc :: String -> EncodeBuffer -> Int -> String -> IO ()
enc tag f room cs = do
  i <- charsBuf cs
  o <- newByteBuffer room WriteBuffer
  (p, i', o') <- f i o
  ws <- outBytes o'
  putStrLn (tag ++ " " ++ show cs ++ " -> " ++ show p ++ " in" ++ pos i' ++ " out" ++ pos o' ++ " " ++ show ws)

-- decode everything through a TextEncoding, recovering as its mode says
decodeAll :: TextEncoding -> [Word8] -> IO ()
decodeAll (TextEncoding name mkDec _) ws = do
  d <- mkDec
  i <- bytesBuf ws
  o <- newCharBuffer 64 WriteBuffer
  let go i o n = do
        (p, i', o') <- encode d i o
        case p of
          InvalidSequence | n < (20 :: Int) -> do
            (i'', o'') <- recover d i' o'
            go i'' o'' (n + 1)
          _ -> return (p, o')
  r <- try (go i o 0)
  case r of
    Left e -> putStrLn (name ++ " decode: " ++ show (e :: IOException))
    Right (p, o') -> do
      cs <- outChars o'
      close d
      putStrLn (name ++ " decode " ++ show ws ++ " -> " ++ show p ++ " " ++ show cs)

encodeAll :: TextEncoding -> String -> IO ()
encodeAll (TextEncoding name _ mkEnc) cs = do
  e <- mkEnc
  i <- charsBuf cs
  o <- newByteBuffer 64 WriteBuffer
  let go i o n = do
        (p, i', o') <- encode e i o
        case p of
          InvalidSequence | n < (20 :: Int) -> do
            (i'', o'') <- recover e i' o'
            go i'' o'' (n + 1)
          _ -> return (p, o')
  r <- try (go i o 0)
  case r of
    Left ex -> putStrLn (name ++ " encode: " ++ show (ex :: IOException))
    Right (p, o') -> do
      ws <- outBytes o'
      putStrLn (name ++ " encode " ++ show cs ++ " -> " ++ show p ++ " " ++ show ws)

main :: IO ()
main = do
  print [InputUnderflow, OutputUnderflow, InvalidSequence]
  print (InputUnderflow == InputUnderflow, InputUnderflow == InvalidSequence)
  print [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure, RoundtripFailure]
  print (map codingFailureModeSuffix [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure, RoundtripFailure])
  print (map isSurrogate "a\xD7FF\xD800\xDBFF\xDC00\xDFFF\xE000")
  print (map textEncodingName [latin1, latin1_checked, ascii, utf8, utf8_bom, utf16, utf16le, utf16be, utf32, utf32le, utf32be])
  print (map show [mkUTF8 IgnoreCodingFailure, mkLatin1 TransliterateCodingFailure, mkUTF16le RoundtripFailure, mkAscii ErrorOnCodingFailure, mkUTF8_bom IgnoreCodingFailure])
  -- latin1 / ascii
  dec "latin1" latin1_decode 8 [104, 0xE9, 0xFF, 0]
  dec "latin1 small" latin1_decode 2 [104, 0xE9, 0xFF, 0]
  dec "latin1 empty" latin1_decode 2 []
  enc "latin1" latin1_encode 8 "h\233\955!"
  enc "latin1c" latin1_checked_encode 8 "h\233\955!"
  enc "latin1c small" latin1_checked_encode 1 "h\233"
  dec "ascii" ascii_decode 8 [104, 105, 0x80, 33]
  enc "ascii" ascii_encode 8 "hi\233!"
  -- UTF-8: valid, invalid, cut short
  let u8d = mkTextDecoderOf utf8
  u8 <- u8d
  let d8 = encode u8
  dec "utf8" d8 16 [0x68, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80]
  dec "utf8 small" d8 2 [0x68, 0xC3, 0xA9, 0xE2, 0x82, 0xAC]
  dec "utf8 cut2" d8 8 [0x41, 0xC3]
  dec "utf8 cut3" d8 8 [0x41, 0xE2, 0x82]
  dec "utf8 cut4" d8 8 [0x41, 0xF0, 0x9F, 0x98]
  dec "utf8 badcut3" d8 8 [0x41, 0xE2, 0x41]
  dec "utf8 badcut4" d8 8 [0x41, 0xF0, 0x80]
  dec "utf8 overlong" d8 8 [0x41, 0xC0, 0x80, 0x42]
  dec "utf8 surrogate" d8 8 [0x41, 0xED, 0xA0, 0x80]
  dec "utf8 toobig" d8 8 [0xF4, 0x90, 0x80, 0x80]
  dec "utf8 f5" d8 8 [0xF5, 0x80]
  dec "utf8 lone cont" d8 8 [0x80, 0x41]
  dec "utf8 e0" d8 8 [0xE0, 0x9F, 0x80]
  u8e <- mkTextEncoderOf utf8
  enc "utf8" (encode u8e) 16 "h\233\8364\128512"
  enc "utf8 small" (encode u8e) 3 "h\233\8364"
  enc "utf8 small2" (encode u8e) 4 "\128512\128512"
  enc "utf8 surrogate" (encode u8e) 8 "a\xD800\&b"
  -- UTF-16 / UTF-32
  dec "utf16be" utf16be_decode 8 [0, 0x68, 0xD8, 0x3D, 0xDE, 0x00, 0x20, 0xAC]
  dec "utf16le" utf16le_decode 8 [0x68, 0, 0x3D, 0xD8, 0x00, 0xDE]
  dec "utf16be cut" utf16be_decode 8 [0, 0x68, 0xD8]
  dec "utf16be cutpair" utf16be_decode 8 [0, 0x68, 0xD8, 0x3D, 0xDE]
  dec "utf16be lone low" utf16be_decode 8 [0, 0x68, 0xDC, 0x00, 0, 0x69]
  dec "utf16be bad pair" utf16be_decode 8 [0xD8, 0x00, 0, 0x41]
  enc "utf16be" utf16be_encode 16 "h\8364\128512"
  enc "utf16le" utf16le_encode 16 "h\8364\128512"
  enc "utf16le small" utf16le_encode 5 "h\128512"
  enc "utf16be surrogate" utf16be_encode 16 "a\xDC00"
  dec "utf32be" utf32be_decode 8 [0, 0, 0, 0x68, 0, 1, 0xF6, 0]
  dec "utf32le" utf32le_decode 8 [0x68, 0, 0, 0, 0, 0xF6, 1, 0, 1]
  dec "utf32be big" utf32be_decode 8 [0, 0x11, 0, 0]
  dec "utf32be surr" utf32be_decode 8 [0, 0, 0xD8, 0]
  enc "utf32be" utf32be_encode 16 "h\128512"
  enc "utf32le" utf32le_encode 6 "h\128512"
  enc "utf32le surr" utf32le_encode 16 "\xDFFF"
  -- the byte order mark codecs, stateful
  r16 <- newIORef Nothing
  dec "utf16 bom-le" (utf16_decode r16) 8 [0xFF, 0xFE, 0x68, 0]
  dec "utf16 then" (utf16_decode r16) 8 [0x69, 0]
  r16' <- newIORef Nothing
  dec "utf16 nobom" (utf16_decode r16') 8 [0, 0x68]
  r16'' <- newIORef Nothing
  dec "utf16 short" (utf16_decode r16'') 8 [0xFE]
  w16 <- newIORef False
  enc "utf16 enc" (utf16_encode w16) 8 "hi"
  enc "utf16 enc again" (utf16_encode w16) 8 "j"
  w16' <- newIORef False
  enc "utf16 enc tiny" (utf16_encode w16') 1 "h"
  r32 <- newIORef Nothing
  dec "utf32 bom-le" (utf32_decode r32) 8 [0xFF, 0xFE, 0, 0, 0x68, 0, 0, 0]
  w32 <- newIORef False
  enc "utf32 enc" (utf32_encode w32) 16 "h"
  -- whole conversions with recovery
  let bad = [0x61, 0xFF, 0x62, 0xC3, 0x28, 0x63]
  mapM_ (\m -> decodeAll (mkUTF8 m) bad) [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure, RoundtripFailure]
  mapM_ (\m -> decodeAll (mkAscii m) [0x61, 0xE9, 0x62]) [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure, RoundtripFailure]
  mapM_ (\m -> encodeAll (mkAscii m) "a\233b") [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure]
  mapM_ (\m -> encodeAll (mkLatin1_checked m) "x\955y?") [ErrorOnCodingFailure, IgnoreCodingFailure, TransliterateCodingFailure]
  encodeAll (mkUTF8 RoundtripFailure) "a\xDCFF\&b\xDC80"
  encodeAll (mkLatin1 ErrorOnCodingFailure) "a\955"
  decodeAll utf8_bom [0xEF, 0xBB, 0xBF, 0x41]
  decodeAll utf8_bom [0x41, 0x42]
  encodeAll utf8_bom "AB"
  decodeAll utf16 [0xFE, 0xFF, 0, 0x41]
  encodeAll utf16 "A"
  encodeAll utf32 "A"
  encodeAll utf16le "A\128512"
  decodeAll utf32be [0, 0, 0, 0x41, 0, 0x11, 0, 0]
  where
    mkTextDecoderOf (TextEncoding _ d _) = fmap (\c -> c {getState = return (), setState = \_ -> return ()}) d
    mkTextEncoderOf (TextEncoding _ _ e) = fmap (\c -> c {getState = return (), setState = \_ -> return ()}) e
