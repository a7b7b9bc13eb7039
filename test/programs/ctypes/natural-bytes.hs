{-# LANGUAGE MagicHash, UnboxedTuples, BangPatterns #-}
import GHC.Num.Natural
import GHC.Exts
import GHC.IO (IO (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Marshal.Array (peekArray, pokeArray)
import Data.Word (Word8)

toBytes :: Natural -> Bool -> IO (Word, [Word8])
toBytes n be = allocaBytes 32 $ \p@(Ptr a) -> do
  pokeArray p (replicate 32 (0 :: Word8))
  k <- naturalToAddr n a (if be then 1# else 0#)
  bs <- peekArray (fromIntegral k) p
  return (k, bs)

fromBytes :: [Word8] -> Bool -> IO Natural
fromBytes bs be = allocaBytes 32 $ \p@(Ptr a) -> do
  pokeArray p bs
  let !(W# w) = fromIntegral (length bs)
  naturalFromAddr w a (if be then 1# else 0#)

main :: IO ()
main = do
  mapM_ (\n -> toBytes n True >>= print) [0, 1, 255, 256, 0x123456, 2 ^ 64, 2 ^ 70 + 3]
  mapM_ (\n -> toBytes n False >>= print) [0x123456, 2 ^ 64 + 1]
  mapM_ (\(bs, be) -> fromBytes bs be >>= print) [([1, 2, 3], True), ([1, 2, 3], False), ([], True), ([0, 0, 1], True), (replicate 9 255, False)]
