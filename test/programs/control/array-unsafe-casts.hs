-- Data.Array.Unsafe and Data.Array.Base's specialised freezes and thaws:
-- castSTUArray/castIOUArray reinterpret the bytes, the unsafe freezes and
-- thaws share the array (a later write shows through), the others copy.
import Control.Monad (forM_)
import Control.Monad.ST (ST, runST)
import Data.Array (Array, elems, listArray)
import Data.Array.Base (unsafeRead, castSTUArray, freezeSTUArray, thawSTUArray, unsafeFreezeSTUArray,
                        unsafeThawSTUArray, freezeIOArray, thawIOArray, unsafeFreezeIOArray,
                        unsafeThawIOArray)
import Data.Array.IO (IOArray, IOUArray, newListArray, readArray, writeArray, getElems)
import Data.Array.IO.Internals (castIOUArray, unsafeFreezeIOUArray, unsafeThawIOUArray)
import Data.Array.ST (STUArray, newArray, newListArray, readArray, writeArray, getElems)
import Data.Array.Unboxed (UArray)
import qualified Data.Array.Unboxed as U
import qualified Data.Array.Unsafe as Unsafe
import Data.Word (Word8, Word32, Word64)

asWord64 :: STUArray s Int Word32 -> ST s (STUArray s Int Word64)
asWord64 = castSTUArray

asWord8 :: STUArray s Int Word32 -> ST s (STUArray s Int Word8)
asWord8 = castSTUArray

words32 :: [Word32] -> ST s (STUArray s Int Word32)
words32 xs = Data.Array.ST.newListArray (0, length xs - 1) xs

-- the bytes of two Word32s, read back as one Word64 and as eight Word8s
castBytes :: (Word64, [Word8], Word32)
castBytes = runST $ do
  a <- words32 [0x01020304, 0xA0B0C0D0]
  w64 <- asWord64 a
  x <- Data.Array.ST.readArray w64 0
  w8 <- asWord8 a
  -- the cast keeps the bounds (0, 1): the other bytes through unsafeRead
  bs <- mapM (unsafeRead w8) [0 .. 7]
  -- a write through the cast shows in the original
  Data.Array.ST.writeArray w8 0 0xFF
  y <- Data.Array.ST.readArray a 0
  return (x, bs, y)

ints :: [Int] -> ST s (STUArray s Int Int)
ints xs = Data.Array.ST.newListArray (1, length xs) xs

stuFreezes :: ([Int], [Int], [Int], [Int])
stuFreezes = runST $ do
  a <- ints [10, 20, 30, 40, 50]
  copy <- freezeSTUArray a
  shared <- unsafeFreezeSTUArray a
  Data.Array.ST.writeArray a 3 99
  let u = U.listArray (0, 3) [1, 2, 3, 4] :: UArray Int Int
  t <- thawSTUArray u
  Data.Array.ST.writeArray t 0 100
  t2 <- unsafeThawSTUArray u
  t2s <- Data.Array.ST.getElems t2
  ts <- Data.Array.ST.getElems t
  return (U.elems copy, U.elems shared, ts, t2s)

main :: IO ()
main = do
  print castBytes
  print stuFreezes
  -- boxed IOArray
  io <- Data.Array.IO.newListArray (0, 3) "abcd" :: IO (IOArray Int Char)
  frozen <- freezeIOArray io
  sharedIO <- unsafeFreezeIOArray io
  Data.Array.IO.writeArray io 1 'X'
  print (elems frozen, elems sharedIO)
  let arr = listArray (1, 3) [True, False, True] :: Array Int Bool
  th <- thawIOArray arr
  Data.Array.IO.writeArray th 2 True
  th2 <- unsafeThawIOArray arr
  e1 <- Data.Array.IO.getElems th
  e2 <- Data.Array.IO.getElems th2
  print (e1, e2, elems arr)
  -- unboxed IOUArray
  iu <- Data.Array.IO.newListArray (0, 1) [1, 2] :: IO (IOUArray Int Word32)
  c <- castIOUArray iu :: IO (IOUArray Int Word8)
  Data.Array.IO.writeArray c 1 7
  fz <- unsafeFreezeIOUArray iu :: IO (UArray Int Word32)
  print (U.elems fz)
  Data.Array.IO.writeArray iu 0 5
  print (U.elems fz)
  back <- unsafeThawIOUArray fz :: IO (IOUArray Int Word32)
  Data.Array.IO.readArray back 0 >>= print
  c2 <- Unsafe.castIOUArray iu :: IO (IOUArray Int Word64)
  Data.Array.IO.readArray c2 0 >>= print
  forM_ [0 .. 7] $ \i -> unsafeRead c i >>= \b -> putStr (show b ++ " ")
  putStrLn ""
