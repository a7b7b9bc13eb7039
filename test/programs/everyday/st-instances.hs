-- Control.Monad.ST: the ST monad's instances (Functor..MonadFail, Semigroup, Monoid, Show)
import Control.Monad.ST
import Data.STRef
import Control.Monad
import Control.Exception

counter :: STRef s Int -> ST s [Int]
counter r = do
  modifySTRef r (+ 1)
  x <- readSTRef r
  return [x]

sumST :: [Int] -> Int
sumST xs = runST $ do
  ref <- newSTRef 0
  forM_ xs $ \x -> modifySTRef' ref (+ x)
  readSTRef ref

main :: IO ()
main = do
  print (sumST [1 .. 100])
  print (runST (do r <- newSTRef 0; a <- counter r <> counter r <> counter r; b <- mconcat [counter r, counter r]; return (a, b)))
  print (runST (do r <- newSTRef 10; xs <- sequence [counter r, mempty, counter r]; return xs))
  print (runST (mempty :: ST s [Int]), runST (mempty :: ST s String))
  print (runST (fmap (* 2) (pure 21)), runST ((+) <$> pure 1 <*> pure (2 :: Int)), runST (pure 'a' <* pure 'b'), runST (pure 'a' *> pure 'b'))
  print (runST ('z' <$ (pure 1 :: ST s Int)), runST (liftM2 (,) (return 'p') (return 'q')))
  print (runST (do r <- newSTRef (1 :: Int); replicateM_ 10 (modifySTRef r (* 2)); readSTRef r))
  print (runST (stimes' 3 (do return "ab")))
  print (show (return () :: ST s ()), showsPrec 11 (pure 'x' :: ST s Char) "!", showList [pure 1 :: ST s Int, pure 2] "")
  print (runST (foldM (\a x -> return (a * x)) 1 [1 .. 10 :: Integer]))
  print (runST (do r <- newSTRef "x"; Just y <- return (Just "y"); writeSTRef r y; readSTRef r))
  r <- try (evaluate (runST (do Just y <- return (Nothing :: Maybe Int); return y)))
  print (r :: Either ErrorCall Int)
  r2 <- try (evaluate (runST (fail "custom failure" :: ST s Int)))
  print (r2 :: Either ErrorCall Int)
  where stimes' :: Int -> ST s String -> ST s String
        stimes' n m = foldr1 (<>) (replicate n m)
