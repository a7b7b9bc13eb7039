{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE MagicHash, UnboxedTuples, RankNTypes, GeneralizedNewtypeDeriving #-}
-- text's internal names no other program runs: Fusion.Types' strict
-- constructors, PrimCompat's word conversions, Array's fields, copyM and
-- run2, Internal's firstf/mul32/showText/textP, Lazy's invariants and
-- chunkOverhead, Builder's append'/ensureFree, the Unsafe helpers,
-- UnsafeShift's defaults, mkBS, unsafeWithForeignPtr, titleMapping,
-- streamUtf16BE, Read's T and Unsafe's Iter.
import Control.Exception
import Control.Monad.ST
import Data.Bits (Bits)
import qualified Data.ByteString as B
import qualified Data.ByteString.Internal as BI
import qualified Data.ByteString.Lazy as BL
import Data.Int
import qualified Data.Text as T
import qualified Data.Text.Array as A
import qualified Data.Text.Encoding.Error as E
import Data.Text.Internal (Text (..), firstf, mul32, showText, textP, mul64, mul)
import qualified Data.Text.Internal.Builder as IB
import Data.Text.Internal.ByteStringCompat (mkBS)
import Data.Text.Internal.Functions (unsafeWithForeignPtr)
import Data.Text.Internal.Fusion (stream, unstream)
import Data.Text.Internal.Fusion.CaseMapping (titleMapping)
import Data.Text.Internal.Fusion.Types
import qualified Data.Text.Internal.Lazy as IL
import Data.Text.Internal.Lazy.Encoding.Fusion (streamUtf16BE)
import qualified Data.Text.Internal.Lazy.Fusion as LF
import Data.Text.Internal.PrimCompat
import Data.Text.Internal.Read (T (..))
import Data.Text.Internal.Unsafe (inlineInterleaveST, inlinePerformIO)
import qualified Data.Text.Internal.Unsafe.Shift as SH
import qualified Data.Text.Lazy as TL
import qualified Data.Text.Lazy.Builder as LB
import Data.Text.Unsafe (Iter (..), iter, reverseIter)
import Data.Word
import Foreign.ForeignPtr (withForeignPtr)
import Foreign.Storable (peekByteOff)
import GHC.Exts (Word (W#), Int (I#))
import GHC.ST (ST (..))

newtype W = W Word deriving (Eq, Show, Bits, Num)

instance SH.UnsafeShift W

v :: Show a => String -> a -> IO ()
v l x = do
  r <- try (evaluate (length (show x)))
  putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r)

-- | A stream over a list through every constructor of Step, PairS, RS,
-- Scan and CC: Skip between items, Yield of each.
listStream :: [Char] -> Stream Char
listStream xs = Stream next (RS0 (0 :: Int) :*: xs) (unknownSize)
  where
    unknownSize = case stream (T.pack xs) of Stream _ _ sz -> sz
    next (RS0 n :*: ys) = Skip (RS1 n 1 :*: ys)
    next (RS1 n w :*: ys) = Skip (RS2 n w 2 :*: ys)
    next (RS2 n a b :*: ys) = Skip (RS3 n a b 3 :*: ys)
    next (RS3 n _ _ _ :*: []) = n `seq` Done
    next (RS3 n _ _ _ :*: (c : cs)) = Yield c (RS0 (n + 1) :*: cs)

scanStream :: Stream Char -> Stream Char
scanStream (Stream nx s0 sz) = Stream next (Scan1 '<' s0) sz
  where
    next (Scan1 c s) = Yield c (Scan2 c s)
    next (Scan2 c s) = case nx s of
      Done -> Done
      Skip s' -> Skip (Scan2 c s')
      Yield x s' -> Yield x (Scan2 x s')

titled :: Stream Char -> Stream Char
titled (Stream nx s0 sz) = Stream next (CC s0 '\0' '\0') sz
  where
    next (CC s '\0' _) = case nx s of
      Done -> Done
      Skip s' -> Skip (CC s' '\0' '\0')
      Yield c s' -> titleMapping c s'
    next (CC s a b) = Yield a (CC s b '\0')

main :: IO ()
main = do
  v "stream" (unstream (listStream "hello"), unstream (scanStream (listStream "ab")))
  v "title" (map (\c -> unstream (titled (stream (T.singleton c)))) "a\xdf\x1c4\x1f3\xfb01z1 ")
  v "prim" ( W# (word8ToWord# (wordToWord8# 0x1ff##)), W# (word16ToWord# (wordToWord16# 0x1ffff##)), W# (word32ToWord# (wordToWord32# 0x1ffffffff##)))
  let Text arr off len = T.pack "abcdef"
  v "aBA" (A.toList arr off len, A.toList (A.Array (A.aBA arr)) 1 2)
  v "copyM" (runST (do m <- A.new 6; A.copyI m 0 arr 0 6; A.copyM m 0 m 3 3; f <- A.unsafeFreeze m; return (A.toList f 0 6)))
  let (a2, extra) = A.run2 (do m <- A.new 3; A.unsafeWrite m 0 120; A.unsafeWrite m 1 121; A.unsafeWrite (A.MArray (A.maBA m)) 2 122; return (m, "extra"))
  v "run2" (A.toList a2 0 3, extra, Text a2 0 3)
  v "firstf" (firstf T.length (Just (T.pack "abc", 'x')), firstf T.length (Nothing :: Maybe (Text, Int)))
  v "mul32" (mul32 1000 1000, mul32 (-46341) 46340, mul64 3000000000 3, mul 7 (-6))
  v "mul32o" (mul32 65536 32768)
  v "mul32n" (mul32 (-65536) 32769)
  v "mul64o" (mul64 4294967296 4294967296)
  v "mul64p" (mul64 3037000500 3037000500)
  v "mul64n" (mul64 (-3037000500) 3037000500)
  v "mul64m" (mul64 (-4294967296) (-2147483648))
  v "mulo" (mul maxBound 2)
  v "showText" (showText (T.pack "h\xe9\x1f600"), showText (T.drop 2 (T.pack "abcd")))
  v "textP" (textP arr 1 0, textP arr 1 3, T.length (textP arr 0 0))
  let lz = TL.fromChunks [T.pack "ab", T.pack "cde"]
  v "lazy" (IL.chunkOverhead, IL.showStructure lz, IL.showStructure TL.empty, IL.strictInvariant lz, IL.lazyInvariant lz)
  v "lazyInv" (IL.lazyInvariant (IL.Chunk T.empty IL.Empty))
  v "strictInv" (IL.strictInvariant (IL.Chunk (T.pack "a") (IL.Chunk T.empty IL.Empty)))
  v "builder" (LB.toLazyText (IB.append' (LB.fromString "ab") (IB.ensureFree 100 <> LB.fromText (T.pack "cd") <> IB.ensureFree 5000 <> LB.singleton 'e')))
  v "builder2" (TL.toChunks (LB.toLazyTextWith 4 (mconcat [IB.ensureFree 3, LB.fromString "abcdefg", IB.append' (IB.ensureFree 9) (LB.fromString "hi")])))
  v "inlineInterleaveST" (runST (do x <- inlineInterleaveST (return (5 :: Int)); y <- inlineInterleaveST (error "never forced" :: ST s Int); return (x + 1, const 0 (y :: Int))))
  v "inlinePerformIO" (inlinePerformIO (return (T.pack "io")), runST (ST (\s -> (# s, 3 :: Int #))))
  v "shiftDefault" (SH.shiftL (W 3) 4, SH.shiftR (W 0x100) 4)
  let bs = B.pack [104, 105, 33]
  let (fp, o, n) = BI.toForeignPtr bs
  v "mkBS" (mkBS fp n, mkBS fp 2, o)
  w <- unsafeWithForeignPtr fp (\p -> peekByteOff p 1 :: IO Word8)
  w2 <- withForeignPtr fp (\p -> peekByteOff p 0 :: IO Word8)
  v "unsafeWithForeignPtr" (w, w2)
  let lbs = BL.fromChunks [B.pack [0, 104, 0xd8, 0x3d], B.pack [0xde, 0], B.pack [0, 33]]
  v "utf16be" (unstream (streamUtf16BE E.strictDecode lbs), LF.unstream (streamUtf16BE E.lenientDecode (BL.pack [0, 65, 0xd8, 0x3d, 0xde, 1, 0, 66])))
  v "utf16bad" (unstream (streamUtf16BE E.strictDecode (BL.pack [0, 65, 0xdc, 0])))
  v "utf16odd" (unstream (streamUtf16BE E.strictDecode (BL.pack [0, 65, 0])))
  v "T" (case T 12345678901234567890 7 of T i d -> (i, d))
  let t = T.pack "a\x1f600z"
  v "Iter" (case iter t 0 of Iter c d -> (c, d), case iter t 1 of Iter c d -> (c, d), reverseIter t 2, reverseIter t 3, case Iter 'q' 4 of Iter c d -> (c, d))
