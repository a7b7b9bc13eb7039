{-# LANGUAGE MagicHash, UnboxedTuples, BangPatterns #-}
-- GHC.Exts primops beyond the everyday ones: compare-and-swap on arrays,
-- ArrayArray#, SmallArray# shrink/resize, Char# at byte offsets, atomic
-- Addr# words, nullAddr#, traceBinaryEvent#, getCCSOf#/clearCCS# (no profiling),
-- getSpark#, isCurrentThreadBound# (non-threaded runtime)
import GHC.Exts
import GHC.IO (IO (..))
import GHC.Word
import Foreign.Marshal.Alloc
import Foreign.Storable
import Foreign.Ptr

data Arr a = Arr (MutableArray# RealWorld a)
data SArr a = SArr (SmallMutableArray# RealWorld a)

newArr :: Int -> a -> IO (Arr a)
newArr (I# n) x = IO $ \s -> case newArray# n x s of (# s', a #) -> (# s', Arr a #)

readArr :: Arr a -> Int -> IO a
readArr (Arr a) (I# i) = IO (readArray# a i)

casArr :: Arr a -> Int -> a -> a -> IO (Bool, a)
casArr (Arr a) (I# i) old new = IO $ \s -> case casArray# a i old new s of
  (# s', r, v #) -> (# s', (isTrue# (r ==# 0#), v) #)

newSArr :: Int -> a -> IO (SArr a)
newSArr (I# n) x = IO $ \s -> case newSmallArray# n x s of (# s', a #) -> (# s', SArr a #)

sizeS :: SArr a -> IO Int
sizeS (SArr a) = IO $ \s -> case getSizeofSmallMutableArray# a s of (# s', n #) -> (# s', I# n #)

readS :: SArr a -> Int -> IO a
readS (SArr a) (I# i) = IO (readSmallArray# a i)

casS :: SArr a -> Int -> a -> a -> IO (Bool, a)
casS (SArr a) (I# i) old new = IO $ \s -> case casSmallArray# a i old new s of
  (# s', r, v #) -> (# s', (isTrue# (r ==# 0#), v) #)

shrinkS :: SArr a -> Int -> IO ()
shrinkS (SArr a) (I# n) = IO $ \s -> case shrinkSmallMutableArray# a n s of s' -> (# s', () #)

resizeS :: SArr a -> Int -> a -> IO (SArr a)
resizeS (SArr a) (I# n) x = IO $ \s -> case resizeSmallMutableArray# a n x s of (# s', b #) -> (# s', SArr b #)

main :: IO ()
main = do
  a <- newArr 3 "x"
  old <- readArr a 1
  casArr a 1 old "y" >>= print
  casArr a 1 old "z" >>= print
  mapM (readArr a) [0, 1, 2] >>= print
  sa <- newSArr 4 'a'
  o <- readS sa 2
  casS sa 2 o 'b' >>= print
  casS sa 2 o 'c' >>= print
  mapM (readS sa) [0 .. 3] >>= print
  shrinkS sa 2
  sizeS sa >>= print
  sb <- resizeS sa 5 'r'
  sizeS sb >>= print
  mapM (readS sb) [0 .. 4] >>= print
  sc <- resizeS sb 1 'q'
  sizeS sc >>= print
  -- ArrayArray# of byte arrays
  n <- IO $ \s -> case newArrayArray# 2# s of
    (# s1, aa #) -> case newByteArray# 8# s1 of
      (# s2, b0 #) -> case writeWord8ArrayAsChar# b0 0# 'h'# s2 of
        s3 -> case writeWord8ArrayAsChar# b0 1# 'i'# s3 of
          s4 -> case writeMutableByteArrayArray# aa 0# b0 s4 of
            s5 -> case readMutableByteArrayArray# aa 0# s5 of
              (# s6, b1 #) -> case readWord8ArrayAsChar# b1 1# s6 of
                (# s7, c #) -> case unsafeFreezeByteArray# b1 s7 of
                  (# s8, fb #) -> (# s8, (C# c, C# (indexWord8ArrayAsChar# fb 0#), I# (sizeofMutableArrayArray# aa)) #)
  print n
  -- atomic Addr# words
  p <- mallocBytes 16 :: IO (Ptr Word)
  poke p 41
  let !(Ptr addr) = p
  r1 <- IO $ \s -> case atomicCasWordAddr# addr 41## 42## s of (# s', w #) -> (# s', W# w #)
  r2 <- IO $ \s -> case atomicCasWordAddr# addr 41## 43## s of (# s', w #) -> (# s', W# w #)
  r3 <- IO $ \s -> case atomicExchangeWordAddr# addr 7## s of (# s', w #) -> (# s', W# w #)
  v <- peek p
  print (r1, r2, r3, v)
  free p
  print (Ptr nullAddr# == (nullPtr :: Ptr ()))
  IO $ \s -> case traceBinaryEvent# nullAddr# 0# s of s' -> (# s', () #)
  ccs <- IO $ \s -> case getCCSOf# (5 :: Int) s of (# s', a #) -> (# s', Ptr a == (nullPtr :: Ptr ()) #)
  print ccs
  IO (clearCCS# (\s -> (# s, () #)))
  b <- IO $ \s -> case isCurrentThreadBound# s of (# s', f #) -> (# s', I# f #)
  n <- IO $ \s -> case getSpark# s of (# s', f, _ #) -> (# s', I# f #)
  print (b, n)
  putStrLn "done"
