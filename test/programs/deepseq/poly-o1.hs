{-# LANGUAGE DeriveGeneric, DeriveAnyClass #-}
-- Polymorphic code kept out of line (NOINLINE), so that -O1 calls
-- deepseq's workers and generic defaults by name: <$!!> in any monad,
-- NFData1 through Generic1, force at an unknown type.
import Control.DeepSeq
import Control.Exception
import GHC.Generics (Generic, Generic1)
import Data.Array

data Box a = Box a [a] deriving (Show, Generic, Generic1)

instance NFData a => NFData (Box a)

instance NFData1 Box

newtype Counter a = Counter (Int -> (a, Int))

instance Functor Counter where
  fmap f (Counter g) = Counter (\n -> let (a, n') = g n in (f a, n'))

instance Applicative Counter where
  pure a = Counter (\n -> (a, n))
  Counter f <*> Counter g = Counter (\n -> let (h, n1) = f n; (a, n2) = g n1 in (h a, n2))

instance Monad Counter where
  Counter g >>= k = Counter (\n -> let (a, n1) = g n; Counter h = k a in h (n1 + 1))

runCounter :: Counter a -> (a, Int)
runCounter (Counter g) = g 0

{-# NOINLINE strictly #-}
strictly :: (Monad m, NFData b) => (a -> b) -> m a -> m b
strictly f m = f <$!!> m

{-# NOINLINE forceAll #-}
forceAll :: NFData a => [a] -> [a]
forceAll = force

{-# NOINLINE lifted #-}
lifted :: NFData1 f => (a -> ()) -> f a -> ()
lifted = liftRnf

{-# NOINLINE arrayRnf #-}
arrayRnf :: (Ix i, NFData i, NFData e) => Array i e -> ()
arrayRnf = rnf

main :: IO ()
main = do
  xs <- strictly (map (+ 1)) (return [1, 2, 3 :: Int])
  print xs
  print (strictly length (Just "abc"))
  print (runCounter (strictly (* 2) (return (21 :: Int) >>= \x -> return (x + 0))))
  r <- try (strictly (\x -> [x, error "forced by <$!!>"]) (return 'a') >>= print . length)
  putStrLn (either (\(ErrorCall m) -> m) (const "not forced") r)
  print (forceAll [Box 'a' "bc", Box 'd' []])
  print (lifted (\c -> if c == 'z' then error "zed" else ()) (Box 'a' "xy"))
  r2 <- try (evaluate (lifted (\c -> if c == 'z' then error "zed" else ()) (Box 'a' "xz")))
  putStrLn (either (\(ErrorCall m) -> m) show r2)
  print (arrayRnf (listArray (1 :: Int, 3) "abc"), arrayRnf (listArray ((0 :: Int, 0 :: Int), (1, 1)) [1, 2, 3, 4 :: Integer]))
  r3 <- try (evaluate (arrayRnf (listArray (0 :: Int, 1) [1, error "array elem" :: Int])))
  putStrLn (either (\(ErrorCall m) -> m) show r3)
