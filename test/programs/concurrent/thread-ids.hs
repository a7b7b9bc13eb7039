-- ThreadIds: main is ThreadId 1 in a compiled non-threaded program, forked
-- threads count up; Eq, Ord, Show (showsPrec parenthesises at 11).
import Control.Concurrent
import Control.Monad

main :: IO ()
main = do
  me <- myThreadId
  print me
  v <- newEmptyMVar
  ts <- forM [1 .. 3 :: Int] $ \_ -> forkIO (myThreadId >>= putMVar v)
  seen <- replicateM 3 (takeMVar v)
  print ts
  print (ts == seen)
  print (maximum ts, minimum (me : ts))
  print (Just me)
  print (compare me (head ts), me == me, me /= head ts)
