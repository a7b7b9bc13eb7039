-- Control.Monad.ST.Lazy and Data.STRef.Lazy: computations run only as far
-- as their results are demanded (infinite loops producing lists),
-- strictToLazyST / lazyToStrictST, fixST / mfix, stToIO, the Unsafe
-- module's unsafeInterleaveST / unsafeIOToST, and the Functor /
-- Applicative / Monad instances.
import Control.Monad.Fix (mfix)
import qualified Control.Monad.ST as S
import Control.Monad.ST.Lazy
import Control.Monad.ST.Lazy.Unsafe (unsafeIOToST, unsafeInterleaveST)
import qualified Data.STRef as SR
import Data.STRef.Lazy

naturals :: [Int]
naturals = runST $ do
  r <- newSTRef 0
  let loop = do
        x <- readSTRef r
        writeSTRef r (x + 1)
        xs <- loop
        return (x : xs)
  loop

fibs :: [Integer]
fibs = runST $ do
  a <- newSTRef 0
  b <- newSTRef 1
  let loop = do
        x <- readSTRef a
        y <- readSTRef b
        writeSTRef a y
        modifySTRef b (+ x)
        fmap (x :) loop
  loop

counter :: S.ST s Int
counter = do
  r <- SR.newSTRef (1 :: Int)
  mapM_ (\i -> SR.modifySTRef r (* i)) [1 .. 10]
  SR.readSTRef r

main :: IO ()
main = do
  print (take 10 naturals)
  print (takeWhile (< 1000) fibs)
  print (runST (strictToLazyST counter))
  print (S.runST (lazyToStrictST (do r <- newSTRef 'a'; writeSTRef r 'b'; readSTRef r)))
  -- fixST: a value defined in terms of itself
  print (take 5 (runST (fixST (\xs -> return (1 : map (* 2) xs))) :: [Int]))
  print (take 4 (runST (mfix (\xs -> return ('x' : xs)))))
  v <- stToIO (do r <- newSTRef (10 :: Int); modifySTRef r (* 7); readSTRef r)
  print v
  -- instances
  print (runST (fmap (+ 1) (pure 41)) :: Int)
  print (runST ((,) <$> pure 'p' <*> pure 'q'))
  print (runST (pure 'a' *> pure 'b'), runST (pure 'a' <* pure 'b'), runST ('z' <$ pure ()))
  print (runST (sequence [pure 1, pure 2, pure (3 :: Int)]))
  -- laziness: an action whose result is never demanded does not run
  print (runST (do _ <- strictToLazyST (error "never run" :: S.ST s ()); return "skipped"))
  -- the unsafe ones
  print (runST (do r <- newSTRef (0 :: Int); x <- unsafeInterleaveST (readSTRef r); writeSTRef r 5; return x))
  n <- stToIO (unsafeIOToST (return (length "effects")))
  print n
  print (runST (do r <- newSTRef "s"; Just s <- fmap Just (readSTRef r); return s))
