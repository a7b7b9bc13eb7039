-- STM's Alternative and MonadPlus: empty and mzero retry, <|> and mplus
-- are orElse, many drains a queue until it retries, msum takes the first.
import Control.Applicative
import Control.Concurrent.STM
import Control.Monad

main :: IO ()
main = do
  q <- newTQueueIO
  atomically (mapM_ (writeTQueue q) [1 .. 5 :: Int])
  xs <- atomically (many (readTQueue q))
  print xs
  ys <- atomically (many (readTQueue q))
  print ys
  atomically (mapM_ (writeTQueue q) [7, 8])
  zs <- atomically (some (readTQueue q))
  print zs
  none <- atomically (some (readTQueue q) <|> pure [0])
  print none
  a <- atomically (empty <|> pure 'a')
  b <- atomically (mzero `mplus` pure 'b')
  c <- atomically (msum [empty, pure 'c', pure 'd'])
  d <- atomically ((guard False >> pure 'x') <|> pure 'y')
  print [a, b, c, d]
  n <- atomically (fmap (* 2) (pure 21) >>= \x -> (x +) <$> pure 0 <* pure ())
  print n
  m <- atomically (liftA2 (+) (pure 1) (pure 2) *> pure (3 :: Int))
  print m
