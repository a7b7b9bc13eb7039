-- ThreadIds: a thread's own id is the one forkIO returned; ids of
-- different threads differ; Eq and Ord agree.
import Control.Concurrent

main :: IO ()
main = do
  me <- myThreadId
  me' <- myThreadId
  box <- newEmptyMVar
  child <- forkIO (myThreadId >>= putMVar box)
  seen <- takeMVar box
  print (me == me', seen == child, child /= me)
  print (compare me me, compare child me == compare me child, (child < me) /= (me < child))
  print (length (show me) > length "ThreadId ")
