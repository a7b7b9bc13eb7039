{-# OPTIONS_GHC -Wno-deprecations #-}
{-# LANGUAGE GeneralizedNewtypeDeriving #-}
-- Class default methods reached through instances of our own that define
-- only the minimal methods: Data.Bits, Control.Arrow (Arrow, ArrowChoice,
-- ArrowZero/Plus, ArrowLoop), Data.Functor.Classes (Eq1/Ord1/Show1/Read1
-- and the 2-versions), Num's negate, Fractional's (/), Integral's quot/rem,
-- Applicative's (<*>), MonadPlus, Storable's peek/poke, Contravariant's
-- (>$), MonadZip's mzipWith.
import Data.Bits
import Control.Arrow
import qualified Control.Category as C
import Data.Functor.Classes
import Data.Functor.Contravariant
import Control.Monad.Zip
import Control.Monad
import Control.Applicative
import Foreign.Storable
import Foreign.Marshal.Alloc (alloca)
import Foreign.Ptr (castPtr)
import Data.Word (Word8, Word16)
import Control.Exception
import Text.Read (readPrec, readListPrec, readListPrecDefault)

-- Bits with only the required methods (bit, testBit, popCount given).
newtype B = B Word8 deriving (Eq, Show)
instance Bits B where
  B a .&. B b = B (a .&. b)
  B a .|. B b = B (a .|. b)
  xor (B a) (B b) = B (xor a b)
  complement (B a) = B (complement a)
  shift (B a) i = B (shift a i)
  rotate (B a) i = B (rotate a i)
  bitSize _ = 8
  bitSizeMaybe _ = Just 8
  isSigned _ = False
  testBit (B a) i = testBit a i
  bit i = B (bit i)
  popCount (B a) = popCount a
instance FiniteBits B where
  finiteBitSize _ = 8

-- Bits through shiftL/shiftR/rotateL/rotateR only.
newtype S = S Word16 deriving (Eq, Show, Num)
instance Bits S where
  S a .&. S b = S (a .&. b)
  S a .|. S b = S (a .|. b)
  xor (S a) (S b) = S (xor a b)
  complement (S a) = S (complement a)
  shiftL (S a) i = S (shiftL a i)
  shiftR (S a) i = S (shiftR a i)
  rotateL (S a) i = S (rotateL a i)
  rotateR (S a) i = S (rotateR a i)
  bitSizeMaybe _ = Just 16
  bitSize _ = 16
  isSigned _ = False
  testBit = testBitDefault
  bit = bitDefault
  popCount = popCountDefault
instance FiniteBits S where
  finiteBitSize _ = 16

-- A function arrow of our own with only arr, first and (.)/id.
newtype F a b = F { runF :: a -> b }
instance C.Category F where
  id = F id
  F g . F f = F (g . f)
instance Arrow F where
  arr = F
  first (F f) = F (\(a, c) -> (f a, c))
instance ArrowChoice F where
  left (F f) = F (either (Left . f) Right)
instance ArrowApply F where
  app = F (\(F h, x) -> h x)
instance ArrowLoop F where
  loop (F f) = F (\b -> let (c, d) = f (b, d) in c)

-- Kleisli-like arrows over lists give ArrowZero and ArrowPlus.
newtype L a b = L { runL :: a -> [b] }
instance C.Category L where
  id = L pure
  L g . L f = L (f >=> g)
instance Arrow L where
  arr f = L (pure . f)
  first (L f) = L (\(a, c) -> [(b, c) | b <- f a])
instance ArrowZero L where
  zeroArrow = L (const [])
instance ArrowPlus L where
  L f <+> L g = L (\a -> f a ++ g a)
instance ArrowChoice L where
  left (L f) = L (either (map Left . f) (pure . Right))

-- A container with Eq1/Ord1/Show1/Read1 written by hand.
data Pair a = Pair a a
instance Eq1 Pair where
  liftEq eq (Pair a b) (Pair c d) = eq a c && eq b d
instance Ord1 Pair where
  liftCompare cmp (Pair a b) (Pair c d) = cmp a c <> cmp b d
instance Show1 Pair where
  liftShowsPrec sp _ d (Pair a b) = showsBinaryWith sp sp "Pair" d a b
instance Read1 Pair where
  liftReadsPrec rp _ = readsData (readsBinaryWith rp rp "Pair" Pair)
instance Eq a => Eq (Pair a) where (==) = eq1
instance Show a => Show (Pair a) where showsPrec = showsPrec1

data Two a b = Two a b
instance Eq2 Two where
  liftEq2 f g (Two a b) (Two c d) = f a c && g b d
instance Ord2 Two where
  liftCompare2 f g (Two a b) (Two c d) = f a c <> g b d
instance Show2 Two where
  liftShowsPrec2 sa _ sb _ d (Two a b) = showsBinaryWith sa sb "Two" d a b
instance Read2 Two where
  liftReadsPrec2 ra _ rb _ = readsData (readsBinaryWith ra rb "Two" Two)
instance (Show a, Show b) => Show (Two a b) where showsPrec = showsPrec2
instance Eq a => Eq1 (Two a) where liftEq = liftEq2 (==)
instance Ord a => Ord1 (Two a) where liftCompare = liftCompare2 compare

newtype Wrap a = Wrap a deriving Show
instance Read1 Wrap where
  liftReadPrec rp _ = readData (readUnaryWith rp "Wrap" Wrap)
  liftReadListPrec = liftReadListPrecDefault

-- Num without negate, Fractional without (/), Integral with quotRem only.
newtype N = N Integer deriving (Eq, Ord, Show)
instance Num N where
  N a + N b = N (a + b)
  N a - N b = N (a - b)
  N a * N b = N (a * b)
  abs (N a) = N (abs a)
  signum (N a) = N (signum a)
  fromInteger = N
instance Real N where toRational (N a) = toRational a
instance Enum N where
  toEnum = N . toInteger
  fromEnum (N a) = fromInteger a
instance Integral N where
  quotRem (N a) (N b) = let (q, r) = quotRem a b in (N q, N r)
  divMod (N a) (N b) = let (q, r) = divMod a b in (N q, N r)
  toInteger (N a) = a
newtype Q = Q Rational deriving (Eq, Show)
instance Num Q where
  Q a + Q b = Q (a + b)
  Q a * Q b = Q (a * b)
  negate (Q a) = Q (negate a)
  abs (Q a) = Q (abs a)
  signum (Q a) = Q (signum a)
  fromInteger = Q . fromInteger
instance Fractional Q where
  recip (Q a) = Q (recip a)
  fromRational = Q

-- Applicative with liftA2 only; MonadPlus from Alternative.
newtype Box a = Box [a] deriving Show
instance Functor Box where fmap f (Box xs) = Box (map f xs)
instance Applicative Box where
  pure x = Box [x]
  liftA2 f (Box xs) (Box ys) = Box [f x y | x <- xs, y <- ys]
instance Monad Box where Box xs >>= f = Box (concat [ys | x <- xs, let Box ys = f x])
instance Alternative Box where
  empty = Box []
  Box a <|> Box b = Box (a ++ b)
instance MonadPlus Box
instance MonadZip Box where mzip (Box a) (Box b) = Box (zip a b)

-- Storable through peekByteOff/pokeByteOff only.
newtype P = P Word16 deriving Show
instance Storable P where
  sizeOf _ = 2
  alignment _ = 2
  peekByteOff p o = P <$> peekByteOff p o
  pokeByteOff p o (P w) = pokeByteOff p o w

newtype Pred a = Pred (a -> Bool)
instance Contravariant Pred where contramap f (Pred p) = Pred (p . f)

main :: IO ()
main = do
  let b = B 0x96
  print (shiftL b 2, shiftR b 3, unsafeShiftL b 1, unsafeShiftR b 4, rotateL b 3, rotateR b 3, zeroBits :: B)
  print (countLeadingZeros (B 0x10), countTrailingZeros (B 0x10), countLeadingZeros (B 0), countTrailingZeros (B 0), bitSize b)
  print (setBit b 0, clearBit b 1, complementBit b 7, testBit b 2, popCount b)
  let s = S 0x1234
  print (shift s 4, shift s (-4), rotate s 4, rotate s (-4), shiftL s 20, testBit s 2, bit 15 :: S, popCount s)
  print (countLeadingZeros s, countTrailingZeros s, zeroBits :: S, toIntegralSized (300 :: Int) :: Maybe Word8)
  -- arrows
  let f = F (+ 1) :: F Int Int
      g = F (* 2) :: F Int Int
  print (runF (second f) (1, 2), runF (f *** g) (3, 4), runF (f &&& g) 5, runF (f >>> g) 1, runF (f <<< g) 1)
  print (runF (right f) (Left 'x' :: Either Char Int), runF (right f) (Right 9 :: Either Char Int))
  print (map (runF (f +++ g)) [Left 1, Right 1], map (runF (f ||| g)) [Left 1, Right 1], runF (arr fst ^>> f) (7, 'z'))
  print (take 5 (runF (loop (F (\(n, xs) -> (take n xs, 1 : map (* 2) xs)))) 4))
  print (runF (app) (f, 10), runF (leftApp f) (Left 3 :: Either Int Char), runF (leftApp f) (Right 'q' :: Either Int Char))
  let l = L (\x -> [x, x * 10]) :: L Int Int
  print (runL (l <+> arr negate) 3, runL (zeroArrow :: L Int Int) 1, runL (second l) ('a', 2), runL (l ||| arr id) (Left 4))
  print (runL (right l) (Right 5 :: Either () Int), runL (l +++ arr succ) (Right 'c' :: Either Int Char), runL (first l >>> arr fst) (1, ()))
  print (runKleisli (Kleisli (\x -> [x, x + 1]) <+> zeroArrow) (1 :: Int))
  -- Functor classes
  print (Pair 1 2 == Pair 1 (2 :: Int), liftEq (==) (Pair 'a' 'b') (Pair 'a' 'c'), compare1 (Pair 1 2) (Pair 1 (3 :: Int)))
  print (Pair 3 (-4 :: Int), showsPrec1 11 (Pair 'x' 'y') "", readsPrec1 0 "Pair 5 6" :: [(Pair Int, String)])
  print (readsPrec1 11 "(Pair 1 2)" :: [(Pair Int, String)], readsPrec1 0 "Pear 1 2" :: [(Pair Int, String)])
  print (liftEq2 (==) (==) (Two 'a' True) (Two 'a' True), eq2 (Two 1 'c') (Two 1 (c 'c')), compare2 (Two 1 'a') (Two (1 :: Int) 'b'))
  print (eq1 (Two 'k' 1) (Two 'k' (2 :: Int)), compare1 (Two "a" 3) (Two "a" (2 :: Int)), liftCompare2 compare compare (Two 2 'x') (Two (1 :: Int) 'y'))
  print (showsPrec2 11 (Two 'a' (5 :: Int)) "", readsPrec2 0 "Two 'z' 3" :: [(Two Char Int, String)])
  print (fmap fst (readsPrec2 0 "Two 1 2" :: [(Two Int Int, String)]) `seq` (), length (readsPrec2 0 "Two 1" :: [(Two Int Int, String)]))
  print (fmap fst (liftReadsPrec readsPrec readList 0 "Wrap 7" :: [(Wrap Int, String)]), fmap fst (liftReadList readsPrec readList "[Wrap 1,Wrap 2]" :: [([Wrap Int], String)]))
  print (fst <$> (readsData (readsUnaryWith readsPrec "J" Just) 0 "J 4" :: [(Maybe Int, String)]))
  print (liftEq (==) (Just 3) (Just (3 :: Int)), liftCompare compare [1, 2] [1, 3 :: Int], eq2 (Left 1 :: Either Int Char) (Left 1), compare2 (3 :: Int, 'a') (3, 'b'))
  print (readsPrec1 0 "Just 9" :: [(Maybe Int, String)], readsPrec2 0 "(1,'x')" :: [(( Int, Char), String)], showsPrec2 0 (Right 'r' :: Either Int Char) "")
  -- numeric class defaults
  print (negate (N 5), N 7 - N 10, quot (N 17) (N (-5)), rem (N 17) (N (-5)), div (N 17) (N (-5)), mod (N 17) (N (-5)))
  print (Q 3 / Q 4, Q 1 / Q (-2), 5 / Q 2, recip (Q 8))
  r <- try (evaluate (quot (N 1) (N 0)))
  print (either (\e -> show (e :: ArithException)) show r)
  -- Applicative/MonadPlus/MonadZip defaults
  print (Box [(+ 1), (* 2)] <*> Box [10, 20], Box [1, 2] *> Box "ab", Box [1, 2] <* Box "ab")
  print (mzero :: Box Int, Box [1] `mplus` Box [2, 3], mzipWith (+) (Box [1, 2, 3]) (Box [10, 20]), munzip (Box [(1, 'a'), (2, 'b')]))
  print (msum [Box [1], Box [], Box [2, 3 :: Int]], mfilter even (Box [1 .. 6 :: Int]), guard True :: Box ())
  -- Storable defaults (peek/poke/peekElemOff/pokeElemOff through the byte-offset methods)
  alloca $ \p -> do
    poke p (P 0xBEEF)
    x <- peek p
    y <- peekElemOff p 0
    w <- peek (castPtr p) :: IO Word8
    pokeElemOff p 0 (P 7)
    z <- peek p
    print (x, y, w, z)
  -- Contravariant's (>$) and friends
  let Pred p = 3 >$ Pred even
      Pred q = contramap length (Pred odd)
      Pred r2 = (>$<) negate (Pred (> 0))
  print (p 'a', q "abc", r2 (5 :: Int), getPredicate (contramap (+ 1) (Predicate even)) (3 :: Int))
  where
    c = id :: Char -> Char
