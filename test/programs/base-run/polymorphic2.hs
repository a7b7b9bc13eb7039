-- More out-of-line polymorphic helpers: Semigroup/Monoid repetition
-- (stimes, sconcat, mtimes) at an unknown type, Applicative/Monad
-- combinators over an unknown functor, Eq/Ord/Show/Read of tuples,
-- Maybe, Either and lists of unknown element types, Ix and Storable
-- through their dictionaries.
{-# LANGUAGE ScopedTypeVariables #-}
import Control.Applicative
import Control.Monad
import Data.Ix
import Data.List.NonEmpty (NonEmpty (..))
import Data.Semigroup
import Foreign.Marshal.Alloc (alloca)
import Foreign.Marshal.Array (withArray, peekArray, allocaArray, pokeArray, advancePtr)
import Foreign.Marshal.Utils (with)
import Foreign.Ptr (Ptr, castPtr)
import Foreign.Storable
import Data.Word
import Data.Int

{-# NOINLINE reps #-}
reps :: (Semigroup a, Show a) => a -> IO ()
reps x = print (sconcat (x :| [x]), stimes (3 :: Int) x, stimes (1 :: Integer) x, cycleTake x, x <> x)
  where cycleTake y = stimes (2 :: Word) y

{-# NOINLINE monoidReps #-}
monoidReps :: (Monoid a, Show a) => a -> IO ()
monoidReps x = print (stimesMonoid (3 :: Int) x, mtimesDefault (2 :: Int) x, mconcat [x, mempty, x], stimes (0 :: Int) x)

{-# NOINLINE apps #-}
apps :: (Applicative f, Show (f Int), Show (f [Int]), Show (f (Int, Int)), Show (f ())) => f Int -> f Int -> IO ()
apps a b = do
  print (liftA2 (+) a b, (,) <$> a <*> b, a *> b, a <* b, traverse (const a) [1, 2 :: Int], sequenceA [a, b], replicateM 2 a `seq` (), void' a, liftA3 (\x y z -> x + y + z) a b a)
  print (when True (void' a), unless True (void' b), traverse (const a) "ab" `seq` (), (<$) (3 :: Int) b, fmap (* 2) a, pure 9 `asTypeOf` a)
  where void' = fmap (const ())

{-# NOINLINE monads #-}
monads :: (Monad m, Show (m Int), Show (m [Int])) => m Int -> IO ()
monads m = print (m >>= \x -> return (x + 1), join (fmap return m), foldM (\a x -> return (a + x)) 0 [1, 2, 3 :: Int] `asTypeOf` m, mapM (const m) [(), ()], liftM2 (+) m m, ap (fmap (+) m) m, (m >> m), filterM (const (fmap (> 0) m)) [1, 2 :: Int], (return <=< (\x -> return (x * 2))) 5 `asTypeOf` m)

{-# NOINLINE ords #-}
ords :: (Ord a, Ord b, Show a, Show b, Read a, Read b) => a -> a -> b -> IO ()
ords a a' b = do
  let ps = [(a, b), (a', b)]
      ts = [(a, b, a'), (a', b, a)]
  print ([compare x y | x <- ps, y <- ps], [x < y | x <- ps, y <- ps], [x <= y | x <- ts, y <- ts], maximum ps, minimum ts, [max x y | x <- ps, y <- ps], [x == y | x <- ts, y <- ts])
  print ([compare x y | x <- [Just a, Nothing], y <- [Just a', Nothing]], [compare x y | x <- [Left a, Right b], y <- [Left a', Right b]], compare [a, a'] [a', a], [a, a'] < [a'], max (Just a) Nothing, min [b] [])
  print (ps, ts, showsPrec 11 (Just (a, b)) "", show [Left a, Right b], read (show ps) `asTypeOf` ps, read (show ts) `asTypeOf` ts, read (show (Just a)) `asTypeOf` Just a, read (show [Left a, Right b]) `asTypeOf` [Left a, Right b])
  print (read (show (a, b, a, b)) `asTypeOf` (a, b, a, b), read (show (a, a, a, a, b)) `asTypeOf` (a, a, a, a, b), (a, b, a, b) < (a', b, a, b), compare (a, a, a, a, b) (a, a, a, a', b), (a, b, a, b, a, b) == (a, b, a, b, a, b), compare (a, b, a, b, a, b, a) (a, b, a, b, a, b, a'))

{-# NOINLINE ixs #-}
ixs :: (Ix i, Show i) => (i, i) -> i -> IO ()
ixs bnds i = print (range bnds, index bnds i, inRange bnds i, rangeSize bnds, range ((i, i), (i, i)), index ((i, i), (i, i)) (i, i), rangeSize ((i, i, i), (i, i, i)), inRange ((i, i, i, i), (i, i, i, i)) (i, i, i, i), index ((i, i, i, i, i), (i, i, i, i, i)) (i, i, i, i, i))

{-# NOINLINE stores #-}
stores :: forall a. (Storable a, Show a, Num a) => a -> IO ()
stores x = do
  y <- with x peek
  zs <- withArray [x, x + 1, x + 2] (peekArray 3)
  w <- alloca (\p -> poke p (x * 2) >> peek p)
  v <- allocaArray 4 (\p -> pokeArray p [x, 0, x, 0] >> peekElemOff p 2)
  u <- allocaArray 2 (\p -> pokeElemOff p 1 x >> pokeByteOff p 0 x >> (peekByteOff p (sizeOf x) :: IO a))
  t <- allocaArray 3 (\p -> pokeArray p [1, 2, 3 `asTypeOf` x] >> peek (advancePtr p 2))
  print (y, zs, w, v, u, t, sizeOf x, alignment x)

main :: IO ()
main = do
  reps "ab" >> reps (Min (3 :: Int)) >> reps (Max 'x') >> reps [1 :: Int] >> reps (Just (Sum (2 :: Int))) >> reps ((), [True]) >> reps ('a' :| "b") >> reps (Product (3 :: Integer)) >> reps LT >> reps (All True) >> reps (Left 1 :: Either Int Char)
  monoidReps "xy" >> monoidReps (Sum (4 :: Int)) >> monoidReps [()] >> monoidReps (Just [1 :: Int]) >> monoidReps (Any False, "p") >> monoidReps EQ >> monoidReps (Dual [1, 2 :: Int])
  apps (Just 1) (Just 2) >> apps [1, 2] [10] >> apps (Right 3 :: Either String Int) (Left "e")
  monads (Just 4) >> monads [1, 2] >> monads (Right 5 :: Either () Int)
  ords (1 :: Int) 2 'c' >> ords "ab" "a" (Just True) >> ords LT GT (2.5 :: Double) >> ords (Just 'x') Nothing [1 :: Integer]
  ixs (1, 5 :: Int) 3 >> ixs ('a', 'e') 'c' >> ixs (False, True) True >> ixs (LT, GT) EQ >> ixs (2, 9 :: Integer) 4 >> ixs (1, 3 :: Word8) 2 >> ixs (-1, 1 :: Int64) 0 >> ixs ((), ()) ()
  stores (7 :: Int) >> stores (3 :: Word8) >> stores (-2 :: Int16) >> stores (9 :: Word32) >> stores (1.5 :: Double) >> stores (2.5 :: Float) >> stores (100 :: Word64) >> stores (-5 :: Int32)
