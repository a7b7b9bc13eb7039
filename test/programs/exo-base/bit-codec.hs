{-# LANGUAGE CPP #-}
-- A little bit-packing codec written once over a record of operations and
-- instantiated at every fixed-width integer type: the record's fields are
-- the class methods at a known type, so GHC -O1 names each instance's
-- method closures (Bits, Enum, Integral, Ix, Read, Show) directly.
import Data.Bits
import Data.Int
import Data.Word
import Data.Ix

data Ops a = Ops
  { name :: String
  , oAnd, oOr, oXor :: a -> a -> a
  , oCompl :: a -> a
  , oShift, oShiftL, oShiftR, oRot, oRotL, oRotR, oUShL, oUShR :: a -> Int -> a
  , oSet, oClear, oCompBit :: a -> Int -> a
  , oTest :: a -> Int -> Bool
  , oPop :: a -> Int
  , oSize :: a -> Int
  , oSizeMaybe :: a -> Maybe Int
  , oSigned :: a -> Bool
  , oFinite :: a -> Int
  , oClz, oCtz :: a -> Int
  , oSucc, oPred :: a -> a
  , oFromEnum :: a -> Int
  , oToEnum :: Int -> a
  , oEnumFT :: a -> a -> [a]
  , oEnumFTT :: a -> a -> a -> [a]
  , oEnumF :: a -> [a]
  , oEnumFTh :: a -> a -> [a]
  , oQuot, oRem, oDiv, oMod :: a -> a -> a
  , oQuotRem, oDivMod :: a -> a -> (a, a)
  , oToInteger :: a -> Integer
  , oToRational :: a -> Rational
  , oRange :: (a, a) -> [a]
  , oIndex :: (a, a) -> a -> Int
  , oInRange :: (a, a) -> a -> Bool
  , oRangeSize :: (a, a) -> Int
  , oShows :: Int -> a -> ShowS
  , oShow :: a -> String
  , oShowList :: [a] -> ShowS
  , oReads :: Int -> ReadS a
  , oReadList :: ReadS [a]
  , oCompare :: a -> a -> Ordering
  , oLt, oLe, oGt, oGe, oEq, oNe :: a -> a -> Bool
  , oMax, oMin :: a -> a -> a
  , oAdd, oSub, oMul :: a -> a -> a
  , oNeg, oAbs, oSignum :: a -> a
  , oFromInteger :: Integer -> a
  , oMinB, oMaxB :: a
  }

{-# NOINLINE exercise #-}
exercise :: Ops a -> [Integer] -> IO ()
exercise o seeds = do
  let xs = map (oFromInteger o) seeds
      sh = oShow o
      x0 = head xs
      x1 = xs !! 1
      small = filter (\v -> abs (oToInteger o v) < 100000) xs
  putStrLn ("== " ++ name o ++ " bounds " ++ sh (oMinB o) ++ ".." ++ sh (oMaxB o))
  putStrLn ("  and/or/xor " ++ unwords [sh (f a b) | f <- [oAnd o, oOr o, oXor o], a <- xs, b <- take 2 xs])
  putStrLn ("  compl " ++ unwords (map (sh . oCompl o) xs))
  putStrLn ("  shifts " ++ unwords [sh (f a k) | f <- [oShift o, oShiftL o, oShiftR o, oRot o, oRotL o, oRotR o, oUShL o, oUShR o], a <- take 3 xs, k <- [0, 1, 3]])
  putStrLn ("  neg shift/rot " ++ unwords [sh (f a k) | f <- [oShift o, oRot o], a <- take 2 xs, k <- [-1, -5]])
  putStrLn ("  bits " ++ unwords [sh (f a k) | f <- [oSet o, oClear o, oCompBit o], a <- take 2 xs, k <- [0, 2, 5]])
  putStrLn ("  test " ++ show [oTest o a k | a <- xs, k <- [0, 1, 7]])
  putStrLn ("  pop/size " ++ show (map (oPop o) xs, oSize o x0, oSizeMaybe o x0, oSigned o x0, oFinite o x0))
  putStrLn ("  clz/ctz " ++ show (map (oClz o) xs, map (oCtz o) xs))
  putStrLn ("  succ/pred " ++ unwords (map (sh . oSucc o) (filter (oNe o (oMaxB o)) xs) ++ map (sh . oPred o) (filter (oNe o (oMinB o)) xs)))
  putStrLn ("  enum " ++ show (map (oFromEnum o) small) ++ " " ++ oShowList o (map (oToEnum o) [0, 1, 100]) "")
  putStrLn ("  ranges " ++ oShowList o (oEnumFT o x0 (oAdd o x0 (oFromInteger o 4))) "" ++ " " ++ oShowList o (oEnumFTT o x0 (oAdd o x0 (oFromInteger o 3)) (oAdd o x0 (oFromInteger o 20))) "")
  putStrLn ("  enumFrom " ++ oShowList o (take 3 (oEnumF o (oSub o (oMaxB o) (oFromInteger o 1)))) "" ++ " " ++ oShowList o (take 4 (oEnumFTh o (oFromInteger o 5) (oFromInteger o 7))) "" ++ " " ++ show (length (oEnumFTh o (oSub o (oMaxB o) (oFromInteger o 10)) (oSub o (oMaxB o) (oFromInteger o 7)))))
  let nz = filter (\v -> oNe o v (oFromInteger o 0)) xs
  putStrLn ("  quot/rem/div/mod " ++ unwords [sh (f a b) | f <- [oQuot o, oRem o, oDiv o, oMod o], a <- xs, b <- take 2 nz])
  putStrLn ("  quotRem/divMod " ++ show [(oToInteger o q, oToInteger o r) | f <- [oQuotRem o, oDivMod o], a <- xs, b <- take 2 nz, let (q, r) = f a b])
  putStrLn ("  toRational " ++ show (map (oToRational o) xs))
  let lo = oFromInteger o 2
      hi = oFromInteger o 9
  putStrLn ("  ix " ++ oShowList o (oRange o (lo, hi)) "" ++ " " ++ show (oIndex o (lo, hi) (oFromInteger o 5), oInRange o (lo, hi) x0, oRangeSize o (lo, hi), oRangeSize o (hi, lo)))
  putStrLn ("  showsPrec " ++ concat [oShows o p a " " | p <- [0, 11], a <- xs])
  putStrLn ("  read " ++ show [map (oToInteger o . fst) (oReads o p s) | p <- [0, 11], s <- [sh x1, "(" ++ sh x0 ++ ")", "  7 rest"]])
  putStrLn ("  readList " ++ show [map (map (oToInteger o) . fst) (oReadList o s) | s <- ["[1,2,3]", "[ ]", oShowList o xs ""]])
  putStrLn ("  ord " ++ show ([oCompare o a b | a <- xs, b <- take 2 xs], [f a b | f <- [oLt o, oLe o, oGt o, oGe o, oEq o, oNe o], a <- take 2 xs, b <- take 2 xs]))
  putStrLn ("  max/min " ++ unwords [sh (f a b) | f <- [oMax o, oMin o], a <- take 2 xs, b <- take 3 xs])
  putStrLn ("  arith " ++ unwords [sh (f a b) | f <- [oAdd o, oSub o, oMul o], a <- take 3 xs, b <- take 2 xs])
  putStrLn ("  neg/abs/signum " ++ unwords [sh (f a) | f <- [oNeg o, oAbs o, oSignum o], a <- xs])

#define OPS(T) Ops { name = "T", oAnd = (.&.), oOr = (.|.), oXor = xor, oCompl = complement, oShift = shift, oShiftL = shiftL, oShiftR = shiftR, oRot = rotate, oRotL = rotateL, oRotR = rotateR, oUShL = unsafeShiftL, oUShR = unsafeShiftR, oSet = setBit, oClear = clearBit, oCompBit = complementBit, oTest = testBit, oPop = popCount, oSize = bitSize, oSizeMaybe = bitSizeMaybe, oSigned = isSigned, oFinite = finiteBitSize, oClz = countLeadingZeros, oCtz = countTrailingZeros, oSucc = succ, oPred = pred, oFromEnum = fromEnum, oToEnum = toEnum, oEnumFT = enumFromTo, oEnumFTT = enumFromThenTo, oEnumF = enumFrom, oEnumFTh = enumFromThen, oQuot = quot, oRem = rem, oDiv = div, oMod = mod, oQuotRem = quotRem, oDivMod = divMod, oToInteger = toInteger, oToRational = toRational, oRange = range, oIndex = index, oInRange = inRange, oRangeSize = rangeSize, oShows = showsPrec, oShow = show, oShowList = showList, oReads = readsPrec, oReadList = readList, oCompare = compare, oLt = (<), oLe = (<=), oGt = (>), oGe = (>=), oEq = (==), oNe = (/=), oMax = max, oMin = min, oAdd = (+), oSub = (-), oMul = (*), oNeg = negate, oAbs = abs, oSignum = signum, oFromInteger = fromInteger, oMinB = minBound, oMaxB = maxBound } :: Ops T

main :: IO ()
main = do
  let seeds = [100, -3, 0, 12345]
  exercise (OPS(Int8)) seeds
  exercise (OPS(Int16)) seeds
  exercise (OPS(Int32)) seeds
  exercise (OPS(Int64)) seeds
  exercise (OPS(Int)) seeds
  exercise (OPS(Word8)) seeds
  exercise (OPS(Word16)) seeds
  exercise (OPS(Word32)) seeds
  exercise (OPS(Word64)) seeds
  exercise (OPS(Word)) seeds
