{-# LANGUAGE MagicHash, UnboxedTuples, UnboxedSums #-}
-- ghc-bignum's backend interface called directly (the native backend and
-- the selected GMP one): bignat_* on word arrays, integer_* helpers.
import qualified GHC.Num.Backend.Native as N
import qualified GHC.Num.Backend.Selected as S
import GHC.Num.WordArray
import GHC.Num.BigNat
import GHC.Num.Integer
import GHC.Num.Natural
import GHC.Exts
import GHC.Word

data WA = WA WordArray#

ws :: WordArray# -> [Word]
ws a = [W# (indexWordArray# a i) | I# i <- [0 .. I# (wordArraySize# a) - 1]]

instance Show WA where
  show (WA a) = show (ws a)

bn :: Integer -> WA
bn n = WA (integerToBigNatClamp# n)

type Op2 = MutableWordArray# RealWorld -> WordArray# -> WordArray# -> State# RealWorld -> State# RealWorld

run2 :: Int -> Op2 -> WA -> WA -> WA
run2 (I# n) f (WA a) (WA b) = WA (withNewWordArray# n (\m s -> f m a b s))

vals :: [Integer]
vals = [5, 2 ^ 64 + 3, 10 ^ 30 + 17, 2 ^ 128 - 1]

sz :: WA -> Int
sz (WA a) = I# (wordArraySize# a)

main :: IO ()
main = mapM_ (\(tag, add, sub, mul, quot', rem', gcd', and', or', xor', andn, cmp, pc, shl, shr, shrn, qrw, remw, gcdw, pmw, pmws, enc) -> do
    putStrLn tag
    -- the backend's preconditions: a at least as long as b, results sized as GHC.Num.BigNat sizes them
    mapM_ (\(a, b) -> do
      let x = bn a; y = bn b; na = sz x; nb = sz y
      print (a, b, run2 (na + 1) add x y, run2 (na + nb) mul x y, run2 (na - nb + 1) quot' x y, run2 nb rem' x y, run2 nb gcd' x y)
      print (run2 nb and' x y, run2 na or' x y, run2 na xor' x y, run2 na andn x y, if na == nb then case (x, y) of (WA p, WA q) -> Just (I# (cmp p q)) else Nothing)
      print (case (x, y) of (WA p, WA q) -> (case withNewWordArrayTrimedMaybe# (case na of I# k -> k) (\m s -> sub m p q s) of { (# (# #) | #) -> Nothing; (# | r #) -> Just (WA r) })))
      [(a, b) | a <- vals, b <- vals, sz (bn a) >= sz (bn b), b <= a]
    mapM_ (\a -> case bn a of
      w@(WA p) -> let n = sz w in print (W# (pc p), run1 (n + 1) (\m s -> shl m p 7## s), run1 n (\m s -> shr m p 3## s), run1 n (\m s -> shrn m p 3## s),
        run1 n (\m s -> case qrw m p 7## s of (# s1, r #) -> s1), W# (remw p 7##), W# (gcdw p 12##), W# (pmw p p 1000003##), W# (pmws 7## 100## 13##), D# (enc p -3#))) vals)
  [ ("native", N.bignat_add, N.bignat_sub, N.bignat_mul, N.bignat_quot, N.bignat_rem, N.bignat_gcd, N.bignat_and, N.bignat_or, N.bignat_xor, N.bignat_and_not, N.bignat_compare, N.bignat_popcount, N.bignat_shiftl, N.bignat_shiftr, N.bignat_shiftr_neg, N.bignat_quotrem_word, N.bignat_rem_word, N.bignat_gcd_word, N.bignat_powmod_word, N.bignat_powmod_words, N.bignat_encode_double)
  , ("selected", S.bignat_add, S.bignat_sub, S.bignat_mul, S.bignat_quot, S.bignat_rem, S.bignat_gcd, S.bignat_and, S.bignat_or, S.bignat_xor, S.bignat_and_not, S.bignat_compare, S.bignat_popcount, S.bignat_shiftl, S.bignat_shiftr, S.bignat_shiftr_neg, S.bignat_quotrem_word, S.bignat_rem_word, S.bignat_gcd_word, S.bignat_powmod_word, S.bignat_powmod_words, S.bignat_encode_double) ]
  >> print [case N.integer_gcde a b of (# g, x, y #) -> (g, x, y) | a <- [12, -30, 0, 7, -1000000000000000000007], b <- [5, 0, -9, 2 ^ 65]]
  >> print [S.integer_powmod b e m | b <- [3, -3], e <- [0, 5], m <- [7, 2 ^ 70 + 1]]
  >> print [case N.integer_recip_mod a m of { (# r | #) -> Just r; (# | () #) -> Nothing } | a <- [3, 10, -3], m <- [7, 10]]
  >> print [case N.count_words_bits w of (# a, b #) -> (W# a, W# b) | W# w <- [0, 63, 64, 130]]

run1 :: Int -> (MutableWordArray# RealWorld -> State# RealWorld -> State# RealWorld) -> WA
run1 (I# n) f = WA (withNewWordArray# n f)
