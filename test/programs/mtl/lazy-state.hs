{-# LANGUAGE RecursiveDo #-}
import Control.Monad.State.Lazy
import qualified Control.Monad.State.Strict as S
import Control.Monad.Fix

-- an infinite stream produced from lazy State
naturals :: State Int [Int]
naturals = do
  n <- get
  put (n + 1)
  rest <- naturals
  return (n : rest)

-- knot-tying: each node learns the total before it is computed
data T = T Int Int deriving Show

annotate :: [Int] -> State Int [T]
annotate xs = mdo
  ts <- forM xs $ \x -> do
    modify (+ x)
    return (T x total)
  total <- get
  return ts

-- replace every element by the list's maximum in one pass
repMax :: [Int] -> [Int]
repMax xs = res
  where
    (res, m) = runState (go xs) minBound
    go [] = return []
    go (y : ys) = do
      modify (max y)
      rest <- go ys
      return (m : rest)

lazyPair :: ((), Int)
lazyPair = runState (return () >> undefined >> put 5) 0

main :: IO ()
main = do
  print (take 10 (evalState naturals 0))
  print (evalState annotate' 0)
  print (repMax [3, 1, 4, 1, 5, 9, 2, 6])
  print (take 5 (fst (runState (mapM (\x -> state (\s -> (x + s, s + 1))) [1 ..]) 100)))
  print (snd lazyPair)
  print (fst (runState (mfix (\xs -> return (1 : map (* 2) (take 6 xs)))) 'x'))
  print (take 4 (S.evalState (mfix (\xs -> S.modify (+ 1) >> return (0 : map (+ 1) xs))) 0))
  print (execState (mapM_ (\i -> modify (i :)) [1 .. 5]) [])
  print (evalState (fmap (take 3) (traverse (\x -> gets (+ x)) [1 ..])) 1000)
  print (fst (runState (do { ~(a, b) <- return undefined; return 'k' }) ()))
  where annotate' = annotate [1, 2, 3, 4]
