{-# LANGUAGE MagicHash, UnboxedTuples #-}
-- Clean-room GHC.Pack (base-4.15.1's API): a String as a NUL-terminated
-- byte array (each Char's low 8 bits) and back from a C string. Compiled
-- into preludes/base/GHC.Pack.stg by scripts/gen-library-preludes.mjs.
module GHC.Pack
  ( packCString#,
    unpackCString,
  )
where

-- (base's GHC.Pack also re-exports GHC.CString's unpackCString# and
-- friends, which ghc-prim's preludes define)
import GHC.Exts
import GHC.ST (ST (..), runST)

packCString# :: [Char] -> ByteArray#
packCString# str = case runST (ST build) of Bytes ba -> ba
  where
    build :: State# s -> (# State# s, Bytes #)
    build s0 = case length str + 1 of
     I# n -> case newByteArray# n s0 of
      (# s1, mba #) -> case fill mba 0# str s1 of
        s2 -> case unsafeFreezeByteArray# mba s2 of
          (# s3, ba #) -> (# s3, Bytes ba #)
    fill mba i [] s = writeInt8Array# mba i 0# s
    fill mba i (C# c : cs) s =
      case writeInt8Array# mba i (word2Int# (and# (int2Word# (ord# c)) 255##)) s of
        s' -> fill mba (i +# 1#) cs s'

data Bytes = Bytes ByteArray#

unpackCString :: Ptr a -> [Char]
unpackCString (Ptr a) = unpackCString# a
