{-# LANGUAGE ForeignFunctionInterface, MagicHash, PackageImports, UnboxedTuples #-}
{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Internal.IO: reading a line as text
-- chunks, and hGetChunk's chunks.
--
-- GHC's handle reads into a byte buffer of 8192 bytes (one read, of what
-- the file or pipe has, up to the room left) and decodes from it into a
-- buffer of 2048 characters; text's hGetChunk gives what one such decoding
-- step makes. We keep each handle's undecoded bytes ourselves and read
-- with hGetSome, so the chunks are the same as long as the handle is read
-- only by hGetChunk. A file's undecoded bytes are given back (the handle
-- is seeked back over them and they are read again next time), so base's
-- String reads of the same file go on where the chunks stopped. stdin,
-- which String reads share, is the machine's: it follows GHC's buffers
-- over all of stdin's readers and gives the characters the character
-- buffer holds (hs2stg_stdin_chunk, preludes/base/FFI+Text.stg).
-- Other handles that cannot seek keep their undecoded bytes here.
-- Only UTF-8 handles are decoded (anything else is refused by name).
module Data.Text.Internal.IO
  ( hGetLineWith,
    readChunk,
    getChunk,
    zz_hGetLineWith1,
    zz_readChunk1,
    zz_zdwreadChunk,
    zz_zdwunpackzunl,
  )
where

import Control.Exception (ErrorCall (..), throwIO)
import Data.IORef (IORef, atomicModifyIORef', newIORef, readIORef)
import qualified Data.ByteString as B
import qualified Data.ByteString.Unsafe as U
import Data.Text.Internal (Text (..), empty)
import Data.Text.Internal.Chars (fromChars)
import qualified Data.Text.Internal.Encoding.Utf8 as U8
import Data.Text.Internal.Unsafe.Char (unsafeChr32, unsafeChr8)
import Data.Text.Show (pack, unpack)
import Data.Word (Word32, Word8)
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Storable (peekElemOff, pokeElemOff)
import GHC.Exts (Addr#, Int (I#), Int#, RealWorld, State#, Word#)
import GHC.Word (Word64 (W64#))
import GHC.ForeignPtr (ForeignPtr (..), ForeignPtrContents)
import GHC.IO (IO (..), unsafePerformIO)
import "base" GHC.IO.Buffer (Buffer (..), BufferState, CharBuffer, RawCharBuffer, withRawBuffer)
import GHC.IO.Handle.Internals (ioe_EOF)
import GHC.IO.Handle.Types (Handle__ (..), Newline (..))
import Data.IORef (writeIORef)
import Unsafe.Coerce (unsafeCoerce)
import GHC.IO.Exception (IOErrorType (..), IOException (..))
import System.IO (Handle)
import qualified System.IO as S

-- | A line of the handle as chunks, given to f.
hGetLineWith :: ([Text] -> t) -> Handle -> IO t
hGetLineWith f h = do
  l <- S.hGetLine h
  let t@(Text _ _ n) = pack l
  n `seq` return (f [t])

zz_hGetLineWith1 :: ([Text] -> t) -> Handle -> State# RealWorld -> (# State# RealWorld, t #)
zz_hGetLineWith1 f h s = case hGetLineWith f h of IO io -> io s

-- | Each handle's bytes read but not yet decoded: kept, or (a file) given
-- back to the handle, to be read again.
data Pending = Kept B.ByteString | GivenBack Int

pending :: IORef [(Handle, Pending)]
pending = unsafePerformIO (newIORef [])
{-# NOINLINE pending #-}

byteBufferSize, charBufferSize :: Int
byteBufferSize = 8192
charBufferSize = 2048

-- | The next chunk of the handle's text: the characters one decoding step
-- makes (empty at the end of input).
getChunk :: Handle -> IO Text
getChunk h = getChunkOf h charBufferSize

-- | The same, in a character buffer with room for that many characters
-- (a file's; stdin's room is the machine's model of GHC's buffers).
getChunkOf :: Handle -> Int -> IO Text
getChunkOf h room = do
  closed <- S.hIsClosed h
  if closed then ioFail h IllegalOperation "handle is closed" else return ()
  enc <- S.hGetEncoding h
  case fmap show enc of
    Just "UTF-8" -> return ()
    other ->
      throwIO
        ( ErrorCall
            ( "hs2stg: Data.Text.IO.hGetChunk decodes UTF-8 handles only (this one's encoding is "
                ++ maybe "binary" id other
                ++ "); its chunks follow GHC's decoder for that encoding"
            )
        )
  if h == S.stdin then stdinChunk h else fileChunk h room

-- | stdin's chunk: the machine's (readStdinChunk#).
stdinChunk :: Handle -> IO Text
stdinChunk h = allocaBytes byteBufferSize $ \p -> do
  k <- stdinChunkFFI p byteBufferSize
  if k < 0
    then ioFail h InvalidArgument "invalid byte sequence"
    else fromChars <$> mapM (\i -> unsafeChr32 <$> peekElemOff p i) [0 .. k - 1]

-- | A file's (or another handle's) chunk.
fileChunk :: Handle -> Int -> IO Text
fileChunk h room = do
  seekable <- S.hIsSeekable h
  p <- lookup h <$> readIORef pending
  buf <- case p of
    Just (Kept bs) -> return bs
    Just (GivenBack k) | k > 0 -> B.hGetSome h k
    _ -> return B.empty
  step seekable buf
  where
    store x = atomicModifyIORef' pending (\ps -> ((h, x) : filter ((/= h) . fst) ps, ()))
    step seekable buf = case decodeUtf8Chunk room buf of
      Chars cs rest -> do
        if seekable
          then do
            S.hSeek h S.RelativeSeek (negate (toInteger (B.length rest)))
            store (GivenBack (B.length rest))
          else store (Kept rest)
        return (fromChars cs)
      Invalid -> ioFail h InvalidArgument "invalid byte sequence"
      NeedMore -> do
        more <- B.hGetSome h (byteBufferSize - B.length buf)
        if B.null more
          then
            if B.null buf
              then store (Kept B.empty) >> return empty
              else ioFail h InvalidArgument "invalid byte sequence"
          else step seekable (B.append buf more)

-- | stdin's chunk as code points (the machine's readStdinChunk#): how
-- many, 0 at the end of input, -1 for bytes stdin cannot decode.
foreign import ccall unsafe "hs2stg_stdin_chunk" stdinChunkFFI :: Ptr Word32 -> Int -> IO Int

-- | What one decoding step makes of the buffer.
data Decoded = Chars [Char] B.ByteString | NeedMore | Invalid

-- | Up to room characters from the front of the buffer, up to
-- an incomplete sequence at its end or a byte sequence that is not UTF-8.
decodeUtf8Chunk :: Int -> B.ByteString -> Decoded
decodeUtf8Chunk room bs = go 0 0 []
  where
    len = B.length bs
    at = U.unsafeIndex bs
    go i n acc
      | n >= room || i >= len = done i acc
      | otherwise = case one i of
          Just (c, k) -> go (i + k) (n + 1) (c : acc)
          Nothing
            | null acc && incomplete i -> NeedMore
            | null acc -> Invalid
            | otherwise -> done i acc
    done i acc
      | null acc = NeedMore
      | otherwise = Chars (reverse acc) (B.drop i bs)
    one i
      | U8.validate1 a = Just (unsafeChr8 a, 1)
      | i + 1 < len && U8.validate2 a (at (i + 1)) = Just (U8.chr2 a (at (i + 1)), 2)
      | i + 2 < len && U8.validate3 a (at (i + 1)) (at (i + 2)) = Just (U8.chr3 a (at (i + 1)) (at (i + 2)), 3)
      | i + 3 < len && U8.validate4 a (at (i + 1)) (at (i + 2)) (at (i + 3)) =
          Just (U8.chr4 a (at (i + 1)) (at (i + 2)) (at (i + 3)), 4)
      | otherwise = Nothing
      where
        a = at i
    -- the bytes from i to the end start a sequence that more bytes could finish
    incomplete i = validPrefix (B.unpack (B.drop i bs))

-- | Bytes that begin a well-formed UTF-8 sequence without finishing it.
validPrefix :: [Word8] -> Bool
validPrefix ws = case ws of
  [a] -> need a > 1
  [a, b] -> need a > 2 && second a b
  [a, b, c] -> need a > 3 && second a b && cont c
  _ -> False
  where
    need a
      | a >= 0xC2 && a <= 0xDF = 2
      | a >= 0xE0 && a <= 0xEF = 3
      | a >= 0xF0 && a <= 0xF4 = 4
      | otherwise = 0 :: Int
    cont x = x >= 0x80 && x <= 0xBF
    second a b
      | a == 0xE0 = b >= 0xA0 && b <= 0xBF
      | a == 0xED = b >= 0x80 && b <= 0x9F
      | a == 0xF0 = b >= 0x90 && b <= 0xBF
      | a == 0xF4 = b >= 0x80 && b <= 0x8F
      | otherwise = cont b

-- | GHC's IOError of hGetChunk on this handle.
ioFail :: Handle -> IOErrorType -> String -> IO a
ioFail h t d = throwIO (IOError (Just h) t "hGetChunk" d Nothing (Just (handleName h)))

-- | The file name a handle shows ("{handle: NAME}").
handleName :: Handle -> FilePath
handleName h = case show h of
  s | take 9 s == "{handle: " -> takeWhile (/= '}') (drop 9 s)
  s -> s

-- | readChunk h_ buf: the next chunk of text from the Handle__'s character
-- buffer buf (text's hGetContents loop): what buf holds, else (or when all
-- it holds is a '\r' that a '\n' may follow, in CRLF mode) a new decoding
-- step's characters after it, with GHC's newline translation; a last '\r'
-- (CRLF mode) is kept in haCharBuffer for the next chunk, which the
-- buffer is otherwise emptied of. hs2stg's decoding step is getChunk's
-- (GHC's chunk sizes; the table keeps no character in the buffer: docs/
-- preludes.md, "Handles: GHC's Handle and Handle__"). At the end of input
-- it raises GHC's EOF error, as readTextDevice does.
readChunk :: Handle__ -> CharBuffer -> IO Text
readChunk h_@Handle__ {haCharBuffer = ref, haInputNL = nl, haDevice = dev} buf = do
  held <- charsOf buf
  let needMore = null held || (nl == CRLF && held == "\r")
  cs <-
    if needMore
      then do
        -- hs2stg's Handle__ keeps its Handle as the device
        t@(Text _ _ n) <- getChunkOf (unsafeCoerce dev :: Handle) (bufSize buf - length held)
        if n == 0 then ioe_EOF else return (held ++ unpack t)
      else return held
  case nl of
    LF -> do
      writeIORef ref buf {bufL = 0, bufR = 0}
      return (fromChars cs)
    CRLF -> do
      let (out, kept) = translateCRLF cs
          -- where GHC's buffer has that '\r': the characters are laid
          -- out from index 0 (the buffer emptied, or its '\r' moved there)
          at = if needMore then length cs - 1 else bufR buf - 1
          i = if at < bufSize buf then at else 0
      if kept
        then do
          withRawBuffer (bufRaw buf) $ \p -> pokeElemOff (castPtr p :: Ptr Word32) i 13
          writeIORef ref buf {bufL = i, bufR = i + 1}
        else writeIORef ref buf {bufL = 0, bufR = 0}
      return (fromChars out)

-- | The characters from bufL to bufR of a character buffer.
charsOf :: CharBuffer -> IO [Char]
charsOf buf = withRawBuffer (bufRaw buf) $ \p ->
  mapM (\i -> unsafeChr32 <$> peekElemOff (castPtr p :: Ptr Word32) i) [bufL buf .. bufR buf - 1]

-- | text's CRLF input translation: "\r\n" and a '\r' alone are '\n'; a
-- '\r' that ends the characters is left out (True: kept for the next
-- chunk, which decides).
translateCRLF :: [Char] -> ([Char], Bool)
translateCRLF = go []
  where
    go acc ('\r' : '\n' : rest) = go ('\n' : acc) rest
    go acc ['\r'] = (reverse acc, True)
    go acc ('\r' : rest) = go ('\n' : acc) rest
    go acc (c : rest) = go (c : acc) rest
    go acc [] = (reverse acc, False)

-- | text's unpack_nl raw r w: the characters from r to w of a raw
-- character buffer as text (translated as readChunk's), and where it stopped (w, or
-- the index of a '\r' that ends them).
unpackNl :: RawCharBuffer -> Int -> Int -> IO (Text, Int)
unpackNl raw r w = withRawBuffer raw $ \p -> do
  cs <- mapM (\i -> unsafeChr32 <$> peekElemOff (castPtr p :: Ptr Word32) i) [r .. w - 1]
  let (out, kept) = translateCRLF cs
  return (fromChars out, if kept then w - 1 else w)

-- -O1 names (types from `ghc --show-iface` of Data/Text/Internal/IO.hi)
zz_readChunk1 :: Handle__ -> CharBuffer -> State# RealWorld -> (# State# RealWorld, Text #)
zz_readChunk1 h_ buf s = case readChunk h_ buf of IO f -> f s

zz_zdwreadChunk
  :: Handle__ -> Addr# -> ForeignPtrContents -> BufferState -> Int# -> Word# -> Int# -> Int#
  -> State# RealWorld -> (# State# RealWorld, Text #)
zz_zdwreadChunk h_ a c st sz off l r s =
  case readChunk h_ (Buffer (ForeignPtr a c) st (I# sz) (W64# off) (I# l) (I# r)) of IO f -> f s

zz_zdwunpackzunl
  :: Addr# -> ForeignPtrContents -> Int# -> Int#
  -> State# RealWorld -> (# State# RealWorld, (Text, Int) #)
zz_zdwunpackzunl a c r w s = case unpackNl (ForeignPtr a c) (I# r) (I# w) of IO f -> f s
