{-# LANGUAGE MagicHash #-}
-- bytestring's internal modules as user code calls them: the C helpers of
-- Data.ByteString.Internal, creating with a bound, checkedAdd's overflow,
-- the Builder's buffers, build signals, Put and its runners, a custom
-- allocation strategy, BufferWriter's Next, fixed primitives run by hand,
-- the lazy invariant and ShortByteString to and from memory.
import qualified Data.ByteString as S
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Internal as I
import qualified Data.ByteString.Unsafe as U
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Internal as LI
import qualified Data.ByteString.Short as SB
import qualified Data.ByteString.Short.Internal as SI
import qualified Data.ByteString.Builder as B
import qualified Data.ByteString.Builder.Extra as BE
import qualified Data.ByteString.Builder.Internal as BI
import qualified Data.ByteString.Builder.Prim as P
import qualified Data.ByteString.Builder.Prim.Internal as PI
import Control.Exception
import Data.Word
import Foreign.ForeignPtr
import Foreign.Marshal.Alloc (allocaBytes, mallocBytes)
import Foreign.Ptr
import Foreign.Storable
import GHC.Exts (Ptr (Ptr))

attempt :: Show a => String -> a -> IO ()
attempt name v = do
  r <- try (evaluate v)
  case r of
    Left e -> putStrLn (name ++ ": " ++ show (e :: SomeException))
    Right x -> putStrLn (name ++ " = " ++ show x)

main :: IO ()
main = do
  -- Data.ByteString.Internal
  let src = C.pack "hello, world"
  rev <- I.create (S.length src) $ \d -> U.unsafeUseAsCString src $ \s ->
    I.c_reverse d (castPtr s) (fromIntegral (S.length src))
  print rev
  spaced <- I.create (2 * S.length src - 1) $ \d -> U.unsafeUseAsCString src $ \s ->
    I.c_intersperse d (castPtr s) (fromIntegral (S.length src)) 45
  print spaced
  n <- S.useAsCString (C.pack "strlen me") I.c_strlen
  print n
  c <- S.useAsCString (C.pack "abcd") $ \a -> S.useAsCString (C.pack "abzz") $ \b ->
    I.memcmp (castPtr a) (castPtr b) 2
  c2 <- S.useAsCString (C.pack "abcd") $ \a -> S.useAsCString (C.pack "abzz") $ \b ->
    I.memcmp (castPtr a) (castPtr b) 3
  print (c, signum c2)
  print (I.checkedAdd "test" 3 4)
  attempt "checkedAdd" (I.checkedAdd "mine" maxBound 1)
  print (I.inlinePerformIO (return (42 :: Int)), map I.isSpaceChar8 " \t\nx\160\r")
  print (I.unpackAppendBytesStrict (C.pack "abc") [1, 2], I.unpackAppendCharsStrict (C.pack "xy") "z")
  print (I.unsafeCreateUptoN 10 (\p -> mapM_ (\i -> pokeByteOff p i (fromIntegral (65 + i) :: Word8)) [0 .. 3] >> return 4))
  print (I.unsafeCreateUptoN' 8 (\p -> pokeByteOff p 0 (122 :: Word8) >> return (1, "extra")))
  addr <- I.unsafePackAddress "literal bytes"#
  print addr
  -- Builder internals: buffers, signals, steps
  buf <- BI.newBuffer 16
  print (BI.bufferSize buf, BI.byteStringFromBuffer buf)
  let BI.Buffer fp (BI.BufferRange op ope) = buf
  withForeignPtr fp $ \p -> mapM_ (\i -> pokeByteOff p i (fromIntegral (97 + i) :: Word8)) [0 .. 4]
  let buf' = BI.Buffer fp (BI.BufferRange (op `plusPtr` 5) ope)
  print (BI.byteStringFromBuffer buf', BI.bufferSize buf')
  -- a step that signals each kind in turn, driven by fillWithBuildStep
  let stepDone (BI.BufferRange p _) = return (BI.done p "finished")
      stepChunk (BI.BufferRange p _) = return (BI.insertChunk p (C.pack "inserted") stepDone)
      stepFull (BI.BufferRange p _) = return (BI.bufferFull 99 p stepChunk)
      drive :: BI.BuildStep String -> IO String
      drive st = allocaBytes 8 $ \p -> BI.fillWithBuildStep st
        (\_ x -> return ("done " ++ x))
        (\_ k next -> ("full " ++ show k ++ "; ") `fmap2` drive next)
        (\_ bs next -> ("chunk " ++ show bs ++ "; ") `fmap2` drive next)
        (BI.BufferRange p (p `plusPtr` 8))
      fmap2 pre act = fmap (pre ++) act
  drive stepFull >>= putStrLn
  -- ChunkIOStream: runs of a builder with its result
  cios <- BI.buildStepToCIOS (BI.untrimmedStrategy 8 8) (BI.runBuilderWith (B.string7 "0123456789abcdefghij") BI.finalBuildStep)
  print (BI.ciosUnitToLazyByteString (BI.safeStrategy 32 32) L.empty cios)
  -- Put: results with bytes
  let p1 = BI.putBuilder (B.string7 "put-") >> BI.put (\k br -> k (7 :: Int) br)
      p2 = do { x <- p1; BI.putBuilder (B.intDec (x * 6)); return (x + 1) }
  print (BI.putToLazyByteString p2)
  print (BI.putToLazyByteStringWith (BI.safeStrategy 4 4) (\x -> (x, L.empty)) p2)
  print (L.toChunks (B.toLazyByteString (BI.fromPut (fmap (const ()) p2) <> BI.ensureFree 100 <> B.string7 "after")))
  print (fmap (* 2) p2 `seq` (), (pure 3 :: BI.Put Int) `seq` ())
  allocaBytes 64 $ \p -> do
    r <- BI.fillWithBuildStep (BI.runPut p2)
      (\op x -> do { bs <- S.packCStringLen (castPtr p, op `minusPtr` p); return (show (x, bs)) })
      (\_ k _ -> return ("full " ++ show k))
      (\_ bs _ -> return ("chunk " ++ show bs))
      (BI.BufferRange p (p `plusPtr` 64))
    putStrLn r
  -- a custom strategy: first buffer 5 bytes, then 7, trimming never
  let strat = BI.customStrategy (\m -> case m of
                 Nothing -> BI.newBuffer 5
                 Just (_, k) -> BI.newBuffer (max 7 k)) 7 (\_ _ -> False)
  print (L.toChunks (BI.toLazyByteStringWith strat L.empty (B.string7 "abcdefghijklmnopqrstuvwxyz")))
  -- BufferWriter's Next, built and taken apart by hand
  let nexts = [BE.Done, BE.More 12 (\_ _ -> return (0, BE.Done)), BE.Chunk (C.pack "ck") (\_ _ -> return (0, BE.Done))]
  mapM_ (\x -> putStrLn (case x of
                           BE.Done -> "Done"
                           BE.More k _ -> "More " ++ show k
                           BE.Chunk bs _ -> "Chunk " ++ show bs)) nexts
  -- fixed and bounded primitives run by hand
  allocaBytes 16 $ \p -> do
    PI.runF P.int16BE (-2) p
    PI.runF P.int64BE 0x0102030405060708 (p `plusPtr` 2)
    ws <- mapM (peekByteOff p) [0 .. 9] :: IO [Word8]
    print (ws, PI.size P.int16BE, PI.size P.int64BE, PI.size P.doubleBE)
    PI.runF P.doubleBE 1.5 p
    ds <- mapM (peekByteOff p) [0 .. 7] :: IO [Word8]
    print ds
    PI.runF (PI.storableToF :: PI.FixedPrim Word32) 0x11223344 p
    w32 <- peek (castPtr p) :: IO Word32
    print w32
  let twice = PI.boudedPrim 2 (\w p -> poke p w >> poke (p `plusPtr` 1) w >> return (p `plusPtr` 2))
  print (B.toLazyByteString (P.primMapListBounded twice [65, 66, 67]))
  -- the lazy invariant
  let good = LI.Chunk (C.pack "ab") (LI.Chunk (C.pack "c") LI.Empty)
      bad = LI.Chunk S.empty LI.Empty
  print (LI.invariant good, LI.invariant bad, LI.invariant LI.Empty)
  print (LI.checkInvariant good)
  attempt "checkInvariant" (LI.checkInvariant bad)
  -- ShortByteString to and from memory
  let sb = SB.pack [10, 20, 30, 40, 50]
  allocaBytes 8 $ \p -> do
    SI.copyToPtr sb 1 p 3
    ws <- mapM (peekByteOff p) [0 .. 2] :: IO [Word8]
    sb2 <- SI.createFromPtr p 3
    print (ws, sb2, SB.length sb2)
