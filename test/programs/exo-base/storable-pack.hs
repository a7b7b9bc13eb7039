{-# LANGUAGE CPP #-}
-- Packs sample values of each Storable type into a scratch buffer and
-- reads them back, through one routine that takes the type's Storable
-- methods (and its Show/Eq/Num/Bounded for checking) as a record, so -O1
-- code names each instance's closures: base's numbers, Char, Bool, the
-- pointer types and Foreign.C.Types / System.Posix.Types newtypes.
import Foreign
import Foreign.C.Types
import System.Posix.Types
import Data.Int
import Data.Word

data SOps a = SOps
  { tag :: String
  , sSize :: a -> Int
  , sAlign :: a -> Int
  , sPeek :: Ptr a -> IO a
  , sPoke :: Ptr a -> a -> IO ()
  , sPeekOff :: Ptr a -> Int -> IO a
  , sPokeOff :: Ptr a -> Int -> a -> IO ()
  , sPeekByte :: Ptr () -> Int -> IO a
  , sPokeByte :: Ptr () -> Int -> a -> IO ()
  , sShow :: a -> String
  , sEq :: a -> a -> Bool
  }

#define SOPS(T) SOps { tag = "T", sSize = sizeOf, sAlign = alignment, sPeek = peek, sPoke = poke, sPeekOff = peekElemOff, sPokeOff = pokeElemOff, sPeekByte = peekByteOff, sPokeByte = pokeByteOff, sShow = show, sEq = (==) } :: SOps (T)

{-# NOINLINE roundTrip #-}
roundTrip :: SOps a -> [a] -> IO ()
roundTrip o xs = allocaBytesAligned 256 16 $ \buf -> do
  let p = castPtr buf
      n = length xs
      w = sSize o (head xs)
  mapM_ (\(i, x) -> sPokeOff o p i x) (zip [0 ..] xs)
  back <- mapM (sPeekOff o p) [0 .. n - 1]
  sPoke o p (last xs)
  first <- sPeek o p
  sPokeByte o buf (w * n) (head xs)
  viaByte <- sPeekByte o buf (w * n)
  putStrLn (tag o ++ " size " ++ show w ++ " align " ++ show (sAlign o (head xs)) ++ ": " ++ unwords (map (sShow o) back) ++ " | " ++ sShow o first ++ " " ++ sShow o viaByte ++ " " ++ show (and (zipWith (sEq o) xs back)))

main :: IO ()
main = do
  roundTrip (SOPS(Int)) [1, -2, maxBound]
  roundTrip (SOPS(Int8)) [1, -2, maxBound]
  roundTrip (SOPS(Int16)) [300, -2, minBound]
  roundTrip (SOPS(Int32)) [70000, -2, maxBound]
  roundTrip (SOPS(Int64)) [2 ^ 40, -2, minBound]
  roundTrip (SOPS(Word)) [1, 2, maxBound]
  roundTrip (SOPS(Word8)) [1, 200, maxBound]
  roundTrip (SOPS(Word16)) [1, 60000, maxBound]
  roundTrip (SOPS(Word32)) [1, 4000000000, maxBound]
  roundTrip (SOPS(Word64)) [1, 2 ^ 63, maxBound]
  roundTrip (SOPS(Float)) [1.5, -0.25, 1 / 0]
  roundTrip (SOPS(Double)) [1.5e300, -0.25, 0]
  roundTrip (SOPS(Char)) "a\x3bb\x1F600"
  roundTrip (SOPS(Bool)) [True, False]
  roundTrip (SOPS(Ptr Int)) [nullPtr, nullPtr `plusPtr` 64]
  roundTrip (SOPS(FunPtr (IO ()))) [nullFunPtr, castPtrToFunPtr (nullPtr `plusPtr` 8)]
  roundTrip (SOPS(IntPtr)) [IntPtr 5, IntPtr (-5)]
  roundTrip (SOPS(WordPtr)) [WordPtr 5, WordPtr 6]
  roundTrip (SOPS(CChar)) [65, -1]
  roundTrip (SOPS(CSChar)) [65, -1]
  roundTrip (SOPS(CUChar)) [65, 255]
  roundTrip (SOPS(CShort)) [-3, 3]
  roundTrip (SOPS(CUShort)) [3, 65535]
  roundTrip (SOPS(CInt)) [-3, 3]
  roundTrip (SOPS(CUInt)) [3, 4000000000]
  roundTrip (SOPS(CLong)) [-3, 3]
  roundTrip (SOPS(CULong)) [3, 4]
  roundTrip (SOPS(CLLong)) [-3, 3]
  roundTrip (SOPS(CULLong)) [3, 4]
  roundTrip (SOPS(CPtrdiff)) [-8, 8]
  roundTrip (SOPS(CSize)) [8, 16]
  roundTrip (SOPS(CWchar)) [0x3bb, 65]
  roundTrip (SOPS(CSigAtomic)) [1, 2]
  roundTrip (SOPS(CBool)) [0, 1]
  roundTrip (SOPS(CIntPtr)) [-1, 1]
  roundTrip (SOPS(CUIntPtr)) [1, 2]
  roundTrip (SOPS(CIntMax)) [-1, 1]
  roundTrip (SOPS(CUIntMax)) [1, 2]
  roundTrip (SOPS(CClock)) [10, 20]
  roundTrip (SOPS(CTime)) [1000, 2000]
  roundTrip (SOPS(CUSeconds)) [1, 2]
  roundTrip (SOPS(CSUSeconds)) [-1, 2]
  roundTrip (SOPS(CFloat)) [1.5, -2]
  roundTrip (SOPS(CDouble)) [1.5, -2]
  roundTrip (SOPS(CDev)) [1, 2]
  roundTrip (SOPS(CIno)) [1, 2]
  roundTrip (SOPS(CMode)) [0o644, 0o755]
  roundTrip (SOPS(COff)) [-1, 100]
  roundTrip (SOPS(CPid)) [1, 4242]
  roundTrip (SOPS(CSsize)) [-1, 1]
  roundTrip (SOPS(CGid)) [0, 100]
  roundTrip (SOPS(CNlink)) [1, 2]
  roundTrip (SOPS(CUid)) [0, 1000]
  roundTrip (SOPS(CCc)) [3, 4]
  roundTrip (SOPS(CSpeed)) [9600, 38400]
  roundTrip (SOPS(CTcflag)) [1, 2]
  roundTrip (SOPS(CRLim)) [1, 2]
  roundTrip (SOPS(CBlkSize)) [512, 4096]
  roundTrip (SOPS(CBlkCnt)) [1, 2]
  roundTrip (SOPS(CClockId)) [0, 1]
  roundTrip (SOPS(CFsBlkCnt)) [1, 2]
  roundTrip (SOPS(CFsFilCnt)) [1, 2]
  roundTrip (SOPS(CId)) [1, 2]
  roundTrip (SOPS(CKey)) [1, 2]
  roundTrip (SOPS(CSocklen)) [16, 32]
  roundTrip (SOPS(CNfds)) [1, 2]
  roundTrip (SOPS(Fd)) [0, 2]
  -- arrays and marshalling helpers over a few of them
  withArrayLen [1 .. 5 :: Int16] $ \n p -> peekArray n p >>= \xs -> print (n, xs, sum xs)
  withArray0 0 [7, 8, 9 :: Word32] $ \p -> peekArray0 0 p >>= print
  allocaArray 4 $ \p -> do
    pokeArray p [1.5, 2.5, 3.5, 4.5 :: Double]
    moveArray p (p `advancePtr` 2) 2
    peekArray 4 p >>= print
  v <- with (42 :: CLong) (\p -> peek p)
  m <- new (CShort 9) >>= \p -> peek p <* free p
  print (v, m, fromBool True :: CInt, toBool (0 :: CInt), maybe 0 (+ 1) (Just (3 :: CInt)))
  r <- mallocBytes 16 >>= \p -> fillBytes p 0xAB 16 >> peekArray 4 (castPtr p :: Ptr Word8) <* free p
  print (r, minusPtr (nullPtr `plusPtr` 10 :: Ptr ()) nullPtr, alignPtr (nullPtr `plusPtr` 5 :: Ptr Int64) 8)
