-- Driving builders by hand: a BufferWriter adaptor that re-labels the
-- driver's Next steps (More/Chunk), a loop that runs a builder into small
-- malloc'd buffers, the internal Buffer/BufferRange records filled with a
-- build step, memory handed to a ByteString with C's free as finalizer,
-- and byte strings as lists (IsList).
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as BC
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Internal as BI
import qualified Data.ByteString.Builder as BB
import Data.ByteString.Builder.Extra (BufferWriter, Next (..), runBuilder)
import Data.ByteString.Builder.Internal (Buffer (..), BufferRange (..), byteStringFromBuffer, bufferSize, fillWithBuildStep)
import qualified Data.ByteString.Builder.Internal as BIn
import Foreign.ForeignPtr (newForeignPtr, withForeignPtr, mallocForeignPtrBytes)
import Foreign.Marshal.Alloc (mallocBytes, allocaBytes)
import Foreign.Ptr (Ptr, plusPtr, minusPtr)
import Foreign.Storable (pokeByteOff)
import Data.Word (Word8)
import qualified GHC.Exts as Exts
import Data.IORef

-- counts the steps a writer takes, rebuilding each Next it returns with
-- the constructors given (the driver's own More and Chunk)
counted :: IORef [String] -> BufferWriter -> BufferWriter
counted = countedWith More Chunk

{-# NOINLINE countedWith #-}
countedWith :: (Int -> BufferWriter -> Next) -> (B.ByteString -> BufferWriter -> Next) -> IORef [String] -> BufferWriter -> BufferWriter
countedWith more chunk logRef w p n = do
  (written, next) <- w p n
  case next of
    Done -> modifyIORef logRef (("done " ++ show written) :) >> return (written, Done)
    More need w' -> do
      modifyIORef logRef (("more " ++ show written ++ " need " ++ show need) :)
      return (written, more need (countedWith more chunk logRef w'))
    Chunk bs w' -> do
      modifyIORef logRef (("chunk " ++ show written ++ " +" ++ show (B.length bs)) :)
      return (written, chunk bs (countedWith more chunk logRef w'))

-- runs a writer into buffers of the given size, collecting the output
drive :: Int -> BufferWriter -> IO B.ByteString
drive size w0 = allocaBytes size (\buf -> go buf w0 [])
  where
    go buf w acc = do
      (written, next) <- w buf size
      out <- B.packCStringLen (castBuf buf, written)
      case next of
        Done -> return (B.concat (reverse (out : acc)))
        More _ w' -> go buf w' (out : acc)
        Chunk bs w' -> go buf w' (bs : out : acc)
    castBuf :: Ptr Word8 -> Ptr a
    castBuf p = p `plusPtr` 0

report :: B.ByteString -> String
report bs = show (B.length bs) ++ " bytes: " ++ BC.unpack (BC.take 40 bs)

main :: IO ()
main = do
  let b = mconcat [BB.string7 "id," <> BB.intDec i <> BB.char7 ';' | i <- [1 .. 12 :: Int]]
          <> BB.byteString (BC.replicate 30 'x') <> BB.lazyByteString (BL.fromChunks [BC.pack "tail"])
  logRef <- newIORef []
  out <- drive 16 (counted logRef (runBuilder b))
  putStrLn (report out)
  readIORef logRef >>= mapM_ putStrLn . reverse
  out2 <- drive 64 (counted logRef (runBuilder (BIn.byteStringInsert (BC.pack "inserted!") <> BB.word8 33)))
  putStrLn (report out2)
  print (out == BL.toStrict (BB.toLazyByteString b))
  -- the internal buffer records, filled by a build step
  fp <- mallocForeignPtrBytes 32
  res <- withForeignPtr fp $ \p -> do
    let range = uncurry BufferRange (p, p `plusPtr` 32)
    fillWithBuildStep (BIn.runBuilder (BB.string7 "hello, buffer")) 
      (\end () -> return (Right (end `minusPtr` p)))
      (\_ need _ -> return (Left ("full, need " ++ show need)))
      (\_ bs _ -> return (Left ("insert " ++ show bs)))
      range
  print res
  case res of
    Right used -> do
      buf <- withForeignPtr fp (\p -> return (uncurry Buffer (fp, uncurry BufferRange (p `plusPtr` used, p `plusPtr` 32))))
      print (bufferSize buf, byteStringFromBuffer buf)
    Left e -> putStrLn e
  -- memory from malloc, freed by C's free when the ByteString dies
  raw <- mallocBytes 6 :: IO (Ptr Word8)
  mapM_ (\(i, w) -> pokeByteOff raw i w) (zip [0 ..] [72, 97, 115, 107, 101, 108 :: Word8])
  owned <- newForeignPtr BI.c_free_finalizer raw
  let bs = BI.fromForeignPtr owned 0 6
  print (bs, B.reverse bs, B.length bs)
  -- byte strings as lists
  let strict = Exts.fromList [104, 105, 33] :: B.ByteString
      lazy = Exts.fromList (map (fromIntegral . fromEnum) "lazy bytes") :: BL.ByteString
  print (strict, Exts.toList strict, Exts.fromListN 2 [1, 2] :: B.ByteString)
  print (lazy, take 4 (Exts.toList lazy), Exts.fromListN 3 [65, 66, 67] :: BL.ByteString, sum (Exts.toList (BL.take 4 lazy)))
