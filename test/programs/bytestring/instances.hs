{-# LANGUAGE OverloadedStrings #-}
-- IsString, Semigroup, Monoid, Eq, Ord of strict and lazy ByteStrings;
-- Data.ByteString.Unsafe and Internal's representation functions.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import qualified Data.ByteString.Lazy.Char8 as LC
import qualified Data.ByteString.Unsafe as U
import qualified Data.ByteString.Internal as I
import Data.List (sort, sortOn)
import qualified Data.Map as M
import Data.Semigroup (sconcat, stimes)
import Data.List.NonEmpty (NonEmpty (..))
import Foreign.Ptr (plusPtr)

main :: IO ()
main = do
  let a = "hello" :: C.ByteString
      b = "world" :: L.ByteString
  print (a, b, a <> " " <> "there", b <> mempty <> "!")
  print (mconcat ["a", "b", "c" :: C.ByteString], mconcat ["x", "y" :: L.ByteString])
  print (sconcat ("p" :| ["q", "r" :: C.ByteString]), stimes (3 :: Int) ("ab" :: C.ByteString))
  print (sort ["pear", "apple", "fig", "", "apples" :: C.ByteString])
  print (sort ["pear", "apple", "fig", "" :: L.ByteString])
  print (M.toList (M.fromListWith (+) [(w, 1 :: Int) | w <- C.words "a b a c b a"]))
  print ("abc" < ("abd" :: C.ByteString), "ab" < ("abc" :: L.ByteString), max "x" ("y" :: C.ByteString))
  print (L.fromChunks ["ab", "c"] == "abc", L.fromChunks ["ab", "c"] == L.fromChunks ["a", "bc"])
  print (U.unsafeHead a, U.unsafeLast a, U.unsafeTail a, U.unsafeInit a, U.unsafeIndex a 1)
  print (U.unsafeTake 2 a, U.unsafeDrop 3 a)
  r <- U.unsafeUseAsCStringLen a (\(p, n) -> B.packCStringLen (p, n - 1))
  print r
  c <- B.useAsCString "cstr" B.packCString
  print c
  let (fp, off, len) = I.toForeignPtr (B.drop 2 a)
  print (off, len, I.fromForeignPtr fp off len, I.c2w 'A', I.w2c 66, I.isSpaceWord8 32)
  print (I.unsafeCreate 3 (\p -> mapM_ (\i -> I.memset (p `plusPtr` i) (fromIntegral (65 + i)) 1) [0, 1, 2]))
  print (L.foldrChunks (\ch n -> B.length ch + n) 0 (LC.fromChunks ["ab", "cde"]))

