{-# LANGUAGE FlexibleInstances, MultiParamTypeClasses #-}
-- Control.Arrow's ArrowMonad, Text.Show.Functions, IArray's default methods
import Control.Arrow
import Control.Monad
import Control.Applicative (liftA2)
import Text.Show.Functions ()
import Data.Array.IArray
import Data.Array.Base (IArray (..))
import qualified Data.Array as A

type AM = ArrowMonad (->)

runAM :: AM a -> a
runAM (ArrowMonad f) = f ()

kl :: ArrowMonad (Kleisli Maybe) Int -> Maybe Int
kl (ArrowMonad (Kleisli f)) = f ()

-- a user array type that defines only the required IArray methods
newtype Box i e = Box (A.Array i e)

instance IArray Box e where
  bounds (Box a) = A.bounds a
  numElements (Box a) = length (A.elems a)
  unsafeArray lu ies = Box (A.array lu [(A.range lu !! i, e) | (i, e) <- ies])
  unsafeAt (Box a) i = A.elems a !! i

main :: IO ()
main = do
  print (runAM (fmap (+ 1) (return 41)), runAM (7 <$ return 'x'))
  print (runAM (pure (,) <*> pure 'a' <*> pure True), runAM (liftA2 (+) (pure 2) (pure 3)))
  print (runAM (pure 'a' *> pure 'b'), runAM (pure 'a' <* pure 'b'))
  print (runAM (do x <- return 10; y <- return (x * 2); return (x + y)))
  print (runAM (return 1 >> return 2), runAM (replicateM 3 (return 'z')), runAM (mapM (return . (* 2)) [1, 2, 3]))
  print (kl (return 5 >>= \x -> return (x + 1)), kl (fmap (* 3) (pure 4)), kl ((+) <$> pure 1 <*> pure 2))
  print (kl (ArrowMonad (Kleisli (const Nothing)) >>= \x -> return (x + 1)))
  print (show (+ (1 :: Int)), showsPrec 11 not "", [id, negate :: Int -> Int], Just (fst :: (Int, Int) -> Int))
  let b = listArray (0, 4) "hello" :: Box Int Char
  print (elems b, bounds b)
  print (elems (b // [(1, 'a'), (4, 'x'), (1, 'E')]))
  print (elems (accum (\c n -> if n then succ c else c) b [(0, True), (0, True), (3, False)]))
  print (elems (accumArray (+) 100 (1, 3) [(1, 1), (3, 5), (1, 10)] :: Box Int Int))
  print (elems (amap succ b), b ! 2, indices b)
