{-# LANGUAGE MagicHash, UnboxedTuples, UnboxedSums #-}
-- ghc-bignum's GHC.Num.BigNat called directly on BigNat# values: limbs,
-- arithmetic, division, bits, logarithms, word lists and byte export.
import GHC.Num.BigNat
import GHC.Num.Integer
import GHC.Exts
import GHC.Word
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Ptr (Ptr (..))
import Foreign.Storable (peekByteOff)
import Data.Word (Word8)

-- A boxed BigNat# for lists (BN# is GHC.Num.BigNat's box).
data B = B BigNat#

big :: Integer -> B
big n = B (integerToBigNatClamp# n)

int :: BigNat# -> Integer
int b = integerFromBigNat# b

instance Show B where
  show (B b) = show (int b) ++ "@" ++ show (bigNatToWordList b)

nats :: [Integer]
nats = [0, 1, 2, 3, 10, 255, 2 ^ 32, 2 ^ 63, 2 ^ 64 - 1, 2 ^ 64, 2 ^ 64 + 1, 3 ^ 45, 2 ^ 128 - 1, 2 ^ 130 + 2 ^ 65, 10 ^ 40 + 7]

sub :: (# (# #) | BigNat# #) -> Maybe Integer
sub (# (# #) | #) = Nothing
sub (# | b #) = Just (int b)

wm :: (# (# #) | Word# #) -> Maybe Word
wm (# (# #) | #) = Nothing
wm (# | w #) = Just (W# w)

main :: IO ()
main = do
  putStrLn "views"
  mapM_ (\n -> case big n of
    b@(B x) -> print (b, I# (bigNatSize# x), bigNatSize x, W# (bigNatToWord# x), I# (bigNatToInt# x), if I# (bigNatSize# x) > 0 then W# (bigNatIndex# x 0#) else 0, if I# (bigNatSize# x) > 1 then Just (bigNatIndex x 1#) else Nothing, wm (bigNatToWordMaybe# x),
      bigNatIsZero x, isTrue# (bigNatIsOne# x), bigNatIsTwo x, bigNatCheck x, wm (bigNatIsPowerOf2# x))) nats
  putStrLn "logs, sizes, bits"
  mapM_ (\n -> case big n of
    B x -> print (n, bigNatLog2 x, W# (bigNatLog2# x), W# (bigNatSizeInBase# 10## x), bigNatSizeInBase 16 x, bigNatPopCount x, bigNatCtz x, bigNatCtzWord x,
      if n > 0 then Just (bigNatLogBaseWord 3 x, bigNatLogBase (integerToBigNatClamp# 1000) x) else Nothing,
      D# (bigNatEncodeDouble# x 3#), D# (bigNatEncodeDouble# x -70#))) nats
  putStrLn "pairs"
  let ps = [(a, b) | a <- nats, b <- [1, 3, 2 ^ 64, 2 ^ 64 + 1, 10 ^ 40 + 7, 2 ^ 63]]
  mapM_ (\(a, b) -> case (big a, big b) of
    (B x, B y) -> do
      print (a, b, int (bigNatAdd x y), int (bigNatMul x y), sub (bigNatSub x y), int (bigNatQuot x y), int (bigNatRem x y),
        case bigNatQuotRem# x y of (# q, r #) -> (int q, int r))
      print (int (bigNatGcd x y), int (bigNatLcm x y), int (bigNatAnd x y), int (bigNatOr x y), int (bigNatXor x y), int (bigNatAndNot x y),
        bigNatCompare x y, bigNatEq x y, isTrue# (bigNatLt# x y), bigNatGe x y, isTrue# (bigNatNe# x y), int (bigNatPowMod x (integerToBigNatClamp# 77) y))) ps
  putStrLn "words"
  mapM_ (\a -> case big a of
    B x -> do
      print (a, [int (bigNatAddWord# x w) | W# w <- [0, 1, maxBound]], [int (bigNatMulWord# x w) | W# w <- [0, 7, maxBound]],
        [sub (bigNatSubWord# x w) | W# w <- [0, 1, 255, maxBound]], [int (bigNatQuotWord# x w) | W# w <- [1, 10, maxBound]],
        [W# (bigNatRemWord# x w) | W# w <- [1, 10, maxBound]], [case bigNatQuotRemWord# x w of (# q, r #) -> (int q, W# r) | W# w <- [3, maxBound]])
      print ([W# (bigNatGcdWord# x w) | W# w <- [1, 6, 256]], [int (bigNatLcmWord# x w) | W# w <- [1, 6, 256]], [bigNatCompareWord x w | w <- [0, 255, maxBound]],
        [isTrue# (bigNatEqWord# x w) | W# w <- [0, 255]], [bigNatGtWord x w | w <- [0, 255]], [bigNatLeWord x w | w <- [0, 255]],
        [int (bigNatAndWord# x w) | W# w <- [255, maxBound]], [int (bigNatOrWord# x w) | W# w <- [255]], [int (bigNatXorWord# x w) | W# w <- [255]], [int (bigNatAndNotWord# x w) | W# w <- [255]],
        [int (bigNatAndInt# x i) | I# i <- [-1, 255, -256]], W# (bigNatPowModWord# x (integerToBigNatClamp# 5) 1000003##))) nats
  putStrLn "shifts and bit ops"
  mapM_ (\a -> case big a of
    B x -> print (a, [int (bigNatShiftL# x w) | W# w <- [0, 1, 63, 64, 65]], [int (bigNatShiftR# x w) | W# w <- [0, 1, 63, 64, 200]],
      [int (bigNatShiftRNeg# x w) | W# w <- [0, 1, 3, 64]], [isTrue# (bigNatTestBit# x w) | W# w <- [0, 1, 64, 1000]], [bigNatTestBit x w | w <- [2, 63]],
      [int (bigNatSetBit# x w) | W# w <- [0, 70]], [int (bigNatClearBit# x w) | W# w <- [0, 64]], [int (bigNatComplementBit# x w) | W# w <- [1, 66]],
      [int (bigNatShiftL x 3), int (bigNatShiftR x 3)])) (drop 1 nats)
  putStrLn "construction"
  print [int (bigNatFromWordList ws) | ws <- [[], [0], [0, 0, 5], [1, 2], [maxBound, maxBound, 3]]]
  print [int (bigNatFromWordListUnsafe ws) | ws <- [[5], [1, 2]]]
  print (int (bigNatFromWord# 5##), int (bigNatFromWord 7), int (bigNatFromAbsInt# -9#), int (bigNatFromWord2# 3## 4##), int (bigNatBit# 70##), int (bigNatBit 3))
  print (int (bigNatZero# void#), int (bigNatOne# void#), int (bigNatSqr (integerToBigNatClamp# (2 ^ 70 + 3))), int (bigNatLcmWordWord# 4## 6##))
  print (gcdWord 12 18, gcdInt (-12) 18, W# (gcdWord# 0## 5##), W# (powModWord# 3## 200## 1000007##), int (bigNatSubUnsafe (integerToBigNatClamp# 100) (integerToBigNatClamp# 1)),
    int (bigNatSubWordUnsafe# (integerToBigNatClamp# (2 ^ 64)) 1##), int (bigNatAddWord (integerToBigNatClamp# 1) 5), int (bigNatMulWord (integerToBigNatClamp# 3) 5))
  putStrLn "bytes"
  mapM_ (\a -> case big a of
    B x -> do
      r <- allocaBytes 40 (\p@(Ptr ad) -> do
        w <- bigNatToAddr x ad 1#
        bs <- mapM (peekByteOff p) [0 .. fromIntegral w - 1] :: IO [Word8]
        return (w, bs))
      print (a, r)) nats
