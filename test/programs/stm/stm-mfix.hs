-- MonadFix STM: mfix ties a knot through the transaction's result.
import Control.Concurrent.STM
import Control.Monad.Fix

data Node = Node Int (TVar Node)

main :: IO ()
main = do
  xs <- atomically (mfix (\ys -> pure (1 : map (* 2) ys)))
  print (take 8 (xs :: [Int]))
  -- a TVar that holds a node pointing back at itself
  Node n self <- atomically (mfix (\node -> Node 5 <$> newTVar node))
  Node m _ <- readTVarIO self
  print (n, m)
