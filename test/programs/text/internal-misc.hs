-- text's small internal modules: UTF-8/16/32 helpers, unsafe chars and
-- shifts, runText/span_, IParser, indices, builder helpers.
{-# LANGUAGE UnboxedTuples #-}
import qualified Data.Text.Internal.Encoding.Utf8 as U8
import qualified Data.Text.Internal.Encoding.Utf16 as U16
import qualified Data.Text.Internal.Encoding.Utf32 as U32
import qualified Data.Text.Internal.Unsafe.Char as UC
import qualified Data.Text.Internal.Unsafe.Shift as SH
import Data.Text.Internal.Private
import Data.Text.Internal.Read
import Data.Text.Internal.Search
import qualified Data.Text.Internal.Builder.Functions as BF
import Data.Text.Internal.Builder.Int.Digits
import Data.Text.Internal.Builder.RealFloat.Functions
import Data.Text.Internal.ByteStringCompat
import qualified Data.Text.Internal.Functions as FN
import qualified Data.Text.Lazy.Builder as LB
import qualified Data.Text.Array as A
import Data.Text.Internal (Text (..))
import qualified Data.Text as T
import qualified Data.ByteString as B
import Control.Exception
import Data.Word
v :: Show a => String -> a -> IO ()
v l x = do { r <- try (evaluate (length (show x))); putStrLn (l ++ ": " ++ either (\e -> "ERR " ++ show (e :: SomeException)) (const (show x)) r) }
main :: IO ()
main = do
  v "chr2" (U8.chr2 0xc3 0xa9, U8.chr3 0xe2 0x82 0xac, U8.chr4 0xf0 0x9f 0x98 0x80, U8.chr2 0xc2 0x80, U8.chr3 0xef 0xbf 0xbf, U8.chr4 0xf4 0x8f 0xbf 0xbf)
  v "ord" (U8.ord2 '\xe9', U8.ord3 '\x20ac', U8.ord4 '\x1f600', U8.ord2 'A', U8.ord3 '\x10ffff')
  v "val1" (filter U8.validate1 [0..255])
  v "val2" [ (a,b) | a <- [0xbf, 0xc0,0xc1,0xc2,0xdf,0xe0], b <- [0x7f,0x80,0xbf,0xc0], U8.validate2 a b ]
  v "val3" [ (a,b,c) | a <- [0xdf,0xe0,0xe1,0xec,0xed,0xee,0xef,0xf0], b <- [0x7f,0x80,0x9f,0xa0,0xbf,0xc0], c <- [0x7f,0x80,0xbf,0xc0], U8.validate3 a b c ]
  v "val4" [ (a,b,c,d) | a <- [0xef,0xf0,0xf1,0xf3,0xf4,0xf5], b <- [0x7f,0x80,0x8f,0x90,0xbf,0xc0], c <- [0x7f,0x80,0xbf], d <- [0x80,0xc0], U8.validate4 a b c d ]
  v "u16" (U16.chr2 0xd83d 0xde00, U16.chr2 0xdbff 0xdfff, filter U16.validate1 [0xd7ff,0xd800,0xdbff,0xdc00,0xdfff,0xe000,0], [ (a,b) | a <- [0xd7ff,0xd800,0xdbff,0xdc00], b <- [0xdbff,0xdc00,0xdfff,0xe000], U16.validate2 a b ])
  v "u32" (filter U32.validate [0,0xd7ff,0xd800,0xdfff,0xe000,0x10ffff,0x110000,0xffffffff])
  v "uc" (UC.ord 'x', UC.unsafeChr 0x41, UC.unsafeChr8 200, UC.unsafeChr32 0x1f600)
  v "uw" (let t = runText (\done -> do { m <- A.new 10; n1 <- UC.unsafeWrite m 0 'a'; n2 <- UC.unsafeWrite m n1 '\x1f600'; n3 <- UC.unsafeWrite m (n1+n2) 'b'; done m (n1+n2+n3) }) in (t, T.length t))
  v "sh" (SH.shiftL (3::Int) 4, SH.shiftR (-64::Int) 2, SH.shiftL (1::Word16) 15, SH.shiftR (0x8000::Word16) 3, SH.shiftL (5::Word32) 30, SH.shiftR (maxBound::Word64) 60)
  v "span_" (case span_ (/= ' ') (T.pack "hello world") of (# a, b #) -> (a, b))
  v "digit" (map digitToInt "0123456789", map hexDigitToInt "0123456789abcdefABCDEF")
  v "digitbad" (digitToInt 'x'); v "hexbad" (hexDigitToInt 'g')
  let item = P (\t -> case T.uncons t of Nothing -> Left "eof"; Just (c, r) -> Right (c, r))
  v "iparser" (runP ((,) <$> item <*> perhaps 'z' item) (T.pack "ab"), runP (perhaps 'z' item) T.empty, runP (item >>= \c -> if c == 'a' then item else P (const (Left "no"))) (T.pack "ab"), runP (fmap succ item) (T.pack "q"))
  v "iparser2" (runP (item >> item) (T.pack "a"), runP (pure 'k' <* item) (T.pack "xy"), runP (item *> item) (T.pack "xy"), runP (item >>= \_ -> P (const (Left "boom")) :: IParser T.Text Char) (T.pack "xy"))
  v "indices" (indices (T.pack "ab") (T.pack "abcabab"), indices (T.pack "aa") (T.pack "aaaaa"), indices (T.pack "x") (T.pack "axbx"), indices T.empty (T.pack "ab"), indices (T.pack "abc") (T.pack "ab"), indices (T.pack "\x10000") (T.pack "a\x10000\&b\x10000"))
  v "i2d" (map BF.i2d [0..9], LB.toLazyText (LB.fromString "ab" BF.<> LB.fromString "cd"))
  v "digits" (B.length digits, B.take 10 digits, B.drop 190 digits)
  v "roundTo" (roundTo 2 [1,2,3,4], roundTo 2 [9,9,5], roundTo 0 [5], roundTo 0 [4], roundTo 3 [1], roundTo 1 [2,5], roundTo 1 [3,5], roundTo 1 [1,5,0,1], roundTo 2 [])
  v "withBS" (withBS (B.pack [1,2,3]) (\_ n -> n))
  v "intersperse" (FN.intersperse ',' "abc", FN.intersperse ',' "", FN.intersperse ',' "a")
