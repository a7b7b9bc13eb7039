-- pointer arithmetic: plusPtr, minusPtr, alignPtr, castPtr, nullPtr, FunPtr,
-- IntPtr/WordPtr (only relative facts: addresses differ from GHC's)
import Foreign.Ptr
import Foreign.Marshal.Alloc
import Foreign.Storable
import Data.Word

main :: IO ()
main = do
  p <- mallocBytes 100 :: IO (Ptr Word8)
  let q = p `plusPtr` 37 :: Ptr Word8
  print (q `minusPtr` p, p `minusPtr` q)
  print (nullPtr == (nullPtr :: Ptr Int), p == nullPtr, nullPtr `plusPtr` 16 `minusPtr` (nullPtr :: Ptr ()))
  print (show (nullPtr :: Ptr Int))
  print (nullFunPtr == (nullFunPtr :: FunPtr (IO ())), castFunPtrToPtr (nullFunPtr :: FunPtr (IO ())) == (nullPtr :: Ptr ()))
  print (length (show p), take 2 (show p))
  let a = alignPtr q 8
  print (a `minusPtr` q < 8, (a `minusPtr` p) `mod` 8 == (8 - (37 `mod` 8)) `mod` 8 + 37 - 37 + ((a `minusPtr` q) - (a `minusPtr` q)))
  print (alignPtr p 1 == p)
  print (compare p q, p < q, max p q == q)
  let ip = ptrToIntPtr q
      wp = ptrToWordPtr q
  print (fromIntegral ip - fromIntegral (ptrToIntPtr p) :: Int)
  print (intPtrToPtr ip == q, wordPtrToPtr wp == q)
  poke (castPtr q) (0xABCD :: Word16)
  x <- peek (intPtrToPtr (ip + 1)) :: IO Word8
  print x
  print (castPtrToFunPtr p == (castPtrToFunPtr p :: FunPtr ()), castPtr (castFunPtrToPtr (castPtrToFunPtr q :: FunPtr ())) == q)
  print (nullPtr `plusPtr` 5 == (nullPtr `plusPtr` 5 :: Ptr ()))
