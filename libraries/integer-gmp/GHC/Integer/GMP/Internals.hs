{-# LANGUAGE MagicHash, UnboxedTuples, PatternSynonyms, UnboxedSums, ViewPatterns #-}
-- integer-gmp-1.1's compatibility layer (GHC 9.0.2), clean-room: the
-- package's documented API over ghc-bignum (each name is the ghc-bignum
-- operation its documentation and interface file name), on the BigNat
-- box BN# and Integer's IS/IP/IN.
module GHC.Integer.GMP.Internals
  ( module GHC.Integer
  , Integer (S#, Jp#, Jn#)
  , isValidInteger#, gcdInteger, gcdExtInteger, lcmInteger, sqrInteger
  , powModInteger, recipModInteger, wordToNegInteger
  , bigNatToInteger, bigNatToNegInteger
  , BigNat (..), GmpLimb, GmpLimb#, GmpSize, GmpSize#
  , isValidBigNat#, sizeofBigNat#, zeroBigNat, oneBigNat
  , byteArrayToBigNat#, wordToBigNat, wordToBigNat2
  , bigNatToInt, bigNatToWord, indexBigNat#
  , plusBigNat, plusBigNatWord, minusBigNat, minusBigNatWord
  , timesBigNat, timesBigNatWord, sqrBigNat
  , quotRemBigNat, quotRemBigNatWord, quotBigNatWord, quotBigNat
  , remBigNat, remBigNatWord
  , gcdBigNat, gcdBigNatWord
  , shiftRBigNat, shiftLBigNat, testBitBigNat
  , clearBitBigNat, complementBitBigNat, setBitBigNat
  , andBigNat, xorBigNat, popCountBigNat, orBigNat, bitBigNat
  , isZeroBigNat, compareBigNatWord, compareBigNat
  , eqBigNatWord, eqBigNatWord#, eqBigNat, eqBigNat#, gtBigNatWord#
  , sizeInBaseBigNat, sizeInBaseInteger, sizeInBaseWord#
  , exportBigNatToAddr, exportIntegerToAddr
  , exportBigNatToMutableByteArray, exportIntegerToMutableByteArray
  , importBigNatFromAddr, importIntegerFromAddr
  , importBigNatFromByteArray, importIntegerFromByteArray
  , zz_minusBigNat1
  ) where

import GHC.Integer
import GHC.Num.Integer
import GHC.Num.BigNat hiding (bigNatToInt, bigNatToWord)
import GHC.Num.Natural (naturalToWord#)
import GHC.Num.Primitives (wordLogBase#)
import GHC.Exts
import GHC.Base (IO (..))
import qualified GHC.Num.Primitives as P

type GmpLimb = Word
type GmpLimb# = Word#
type GmpSize = Int
type GmpSize# = Int#

-- The pre-ghc-bignum constructor names, as bidirectional synonyms.
pattern S# :: Int# -> Integer
pattern S# i = IS i

pattern Jp# :: BigNat -> Integer
pattern Jp# b <- IP (BN# -> b) where Jp# (BN# b) = IP b

pattern Jn# :: BigNat -> Integer
pattern Jn# b <- IN (BN# -> b) where Jn# (BN# b) = IN b

{-# COMPLETE S#, Jp#, Jn# #-}

isValidInteger# :: Integer -> Int#
isValidInteger# = integerCheck#

gcdInteger, lcmInteger :: Integer -> Integer -> Integer
gcdInteger = integerGcd
lcmInteger = integerLcm

-- Bezout: the gcd and the first coefficient.
gcdExtInteger :: Integer -> Integer -> (# Integer, Integer #)
gcdExtInteger a b = case integerGcde# a b of (# g, x, _ #) -> (# g, x #)

sqrInteger :: Integer -> Integer
sqrInteger = integerSqr

-- A modulus the operation cannot use answers 0 (the documented result).
powModInteger :: Integer -> Integer -> Integer -> Integer
powModInteger b e m = case integerPowMod# b e (integerToNatural m) of
  (# r | #) -> integerFromNatural r
  (# | () #) -> 0

recipModInteger :: Integer -> Integer -> Integer
recipModInteger x m = case integerRecipMod# x (integerToNatural m) of
  (# r | #) -> integerFromNatural r
  (# | () #) -> 0

wordToNegInteger :: Word# -> Integer
wordToNegInteger = integerFromWordNeg#

bigNatToInteger, bigNatToNegInteger :: BigNat -> Integer
bigNatToInteger (BN# b) = integerFromBigNat# b
bigNatToNegInteger (BN# b) = integerFromBigNatNeg# b

isValidBigNat# :: BigNat -> Int#
isValidBigNat# (BN# b) = bigNatCheck# b

sizeofBigNat# :: BigNat -> GmpSize#
sizeofBigNat# (BN# b) = bigNatSize# b

zeroBigNat, oneBigNat :: BigNat
zeroBigNat = bigNatZero
oneBigNat = bigNatOne

byteArrayToBigNat# :: ByteArray# -> GmpSize# -> BigNat
byteArrayToBigNat# ba n = BN# (bigNatFromWordArray# ba (int2Word# n))

wordToBigNat :: Word# -> BigNat
wordToBigNat w = BN# (bigNatFromWord# w)

-- high word first
wordToBigNat2 :: Word# -> Word# -> BigNat
wordToBigNat2 h l = BN# (bigNatFromWord2# h l)

bigNatToInt :: BigNat -> Int#
bigNatToInt (BN# b) = bigNatToInt# b

bigNatToWord :: BigNat -> Word#
bigNatToWord (BN# b) = bigNatToWord# b

indexBigNat# :: BigNat -> GmpSize# -> GmpLimb#
indexBigNat# (BN# b) i = bigNatIndex# b i

lift2 :: (BigNat# -> BigNat# -> BigNat#) -> BigNat -> BigNat -> BigNat
lift2 f (BN# a) (BN# b) = BN# (f a b)
{-# INLINE lift2 #-}

plusBigNat, timesBigNat, quotBigNat, remBigNat, gcdBigNat :: BigNat -> BigNat -> BigNat
plusBigNat = lift2 bigNatAdd
timesBigNat = lift2 bigNatMul
quotBigNat = lift2 bigNatQuot
remBigNat = lift2 bigNatRem
gcdBigNat = lift2 bigNatGcd

andBigNat, orBigNat, xorBigNat :: BigNat -> BigNat -> BigNat
andBigNat = lift2 bigNatAnd
orBigNat = lift2 bigNatOr
xorBigNat = lift2 bigNatXor

-- A negative difference is an arithmetic underflow.
minusBigNat :: BigNat -> BigNat -> BigNat
minusBigNat (BN# a) (BN# b) = case bigNatSub a b of
  (# | r #) -> BN# r
  (# _ | #) -> underflow

minusBigNatWord :: BigNat -> GmpLimb# -> BigNat
minusBigNatWord (BN# a) w = case bigNatSubWord# a w of
  (# | r #) -> BN# r
  (# _ | #) -> underflow

underflow :: BigNat
underflow = P.raiseUnderflow
{-# NOINLINE underflow #-}

-- The package's underflow, which its -O1 code names (minusBigNat1).
zz_minusBigNat1 :: BigNat
zz_minusBigNat1 = underflow

plusBigNatWord, timesBigNatWord, quotBigNatWord :: BigNat -> GmpLimb# -> BigNat
plusBigNatWord (BN# a) w = BN# (bigNatAddWord# a w)
timesBigNatWord (BN# a) w = BN# (bigNatMulWord# a w)
quotBigNatWord (BN# a) w = BN# (bigNatQuotWord# a w)

remBigNatWord :: BigNat -> GmpLimb# -> Word#
remBigNatWord (BN# a) w = bigNatRemWord# a w

sqrBigNat :: BigNat -> BigNat
sqrBigNat (BN# a) = BN# (bigNatMul a a)

quotRemBigNat :: BigNat -> BigNat -> (# BigNat, BigNat #)
quotRemBigNat (BN# a) (BN# b) = case bigNatQuotRem# a b of
  (# q, r #) -> (# BN# q, BN# r #)

quotRemBigNatWord :: BigNat -> GmpLimb# -> (# BigNat, GmpLimb# #)
quotRemBigNatWord (BN# a) w = case bigNatQuotRemWord# a w of
  (# q, r #) -> (# BN# q, r #)

gcdBigNatWord :: BigNat -> Word# -> Word#
gcdBigNatWord (BN# a) w = bigNatGcdWord# a w

shiftLBigNat, shiftRBigNat, setBitBigNat, clearBitBigNat, complementBitBigNat
  :: BigNat -> Int# -> BigNat
shiftLBigNat (BN# a) i = BN# (bigNatShiftL# a (int2Word# i))
shiftRBigNat (BN# a) i = BN# (bigNatShiftR# a (int2Word# i))
setBitBigNat (BN# a) i = BN# (bigNatSetBit# a (int2Word# i))
clearBitBigNat (BN# a) i = BN# (bigNatClearBit# a (int2Word# i))
complementBitBigNat (BN# a) i = BN# (bigNatComplementBit# a (int2Word# i))

testBitBigNat :: BigNat -> Int# -> Bool
testBitBigNat (BN# a) i = isTrue# (bigNatTestBit# a (int2Word# i))

popCountBigNat :: BigNat -> Int#
popCountBigNat (BN# a) = word2Int# (bigNatPopCount# a)

bitBigNat :: Int# -> BigNat
bitBigNat i = BN# (bigNatBit# (int2Word# i))

isZeroBigNat :: BigNat -> Bool
isZeroBigNat (BN# a) = bigNatIsZero a

compareBigNat :: BigNat -> BigNat -> Ordering
compareBigNat (BN# a) (BN# b) = bigNatCompare a b

compareBigNatWord :: BigNat -> GmpLimb# -> Ordering
compareBigNatWord (BN# a) w = bigNatCompareWord# a w

eqBigNat :: BigNat -> BigNat -> Bool
eqBigNat (BN# a) (BN# b) = bigNatEq a b

eqBigNat# :: BigNat -> BigNat -> Int#
eqBigNat# (BN# a) (BN# b) = bigNatEq# a b

eqBigNatWord :: BigNat -> GmpLimb# -> Bool
eqBigNatWord (BN# a) w = isTrue# (bigNatEqWord# a w)

eqBigNatWord# :: BigNat -> GmpLimb# -> Int#
eqBigNatWord# (BN# a) w = bigNatEqWord# a w

gtBigNatWord# :: BigNat -> GmpLimb# -> Int#
gtBigNatWord# (BN# a) w = bigNatGtWord# a w

-- The number of digits in the base (2..256 documented); 0 has none.
sizeInBaseBigNat :: BigNat -> Int# -> Word#
sizeInBaseBigNat (BN# a) b = bigNatSizeInBase# (int2Word# b) a

sizeInBaseInteger :: Integer -> Int# -> Word#
sizeInBaseInteger i b = integerSizeInBase# (int2Word# b) i

sizeInBaseWord# :: Word# -> Int# -> Word#
sizeInBaseWord# 0## _ = 0##
sizeInBaseWord# w b = plusWord# 1## (wordLogBase# (int2Word# b) w)

-- Export/import: the magnitude's bytes, most significant first when the
-- endianness flag is non-zero; the answer is the number of bytes.
exportBigNatToAddr :: BigNat -> Addr# -> Int# -> IO Word
exportBigNatToAddr (BN# b) addr e = IO (\s -> case bigNatToAddr# b addr e s of
  (# s', n #) -> (# s', W# n #))

exportIntegerToAddr :: Integer -> Addr# -> Int# -> IO Word
exportIntegerToAddr i addr e = IO (\s -> case integerToAddr# i addr e s of
  (# s', n #) -> (# s', W# n #))

exportBigNatToMutableByteArray
  :: BigNat -> MutableByteArray# RealWorld -> Word# -> Int# -> IO Word
exportBigNatToMutableByteArray (BN# b) mba off e =
  IO (\s -> case bigNatToMutableByteArray# b mba off e s of
    (# s', n #) -> (# s', W# n #))

exportIntegerToMutableByteArray
  :: Integer -> MutableByteArray# RealWorld -> Word# -> Int# -> IO Word
exportIntegerToMutableByteArray i mba off e =
  IO (\s -> case integerToMutableByteArray# i mba off e s of
    (# s', n #) -> (# s', W# n #))

importBigNatFromAddr :: Addr# -> Word# -> Int# -> IO BigNat
importBigNatFromAddr addr n e = IO (\s -> case bigNatFromAddr# n addr e s of
  (# s', b #) -> (# s', BN# b #))

importIntegerFromAddr :: Addr# -> Word# -> Int# -> IO Integer
importIntegerFromAddr addr n e = IO (integerFromAddr# n addr e)

importBigNatFromByteArray :: ByteArray# -> Word# -> Word# -> Int# -> BigNat
importBigNatFromByteArray ba off n e =
  runRW# (\s -> case bigNatFromByteArray# n ba off e s of (# _, b #) -> BN# b)

importIntegerFromByteArray :: ByteArray# -> Word# -> Word# -> Int# -> Integer
importIntegerFromByteArray ba off n e = integerFromByteArray n ba off e
