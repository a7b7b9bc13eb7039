{-# LANGUAGE FlexibleContexts #-}
import Control.Monad.State
import Control.Applicative (liftA2)
import qualified Control.Monad.State.Strict as S
main :: IO ()
main = do
  print (runState (liftA2 (+) get (put 5 >> return 1)) 10)
  print (runState (get <* put 3) 1)
  print (runState ('x' <$ put 2) 0)
  print (S.runState (liftA2 (,) S.get (S.put 5 >> return 1)) 10)
  print (S.runState (S.get <* S.put 3) 1)
  print (S.runState ('x' <$ S.put 2) 0)
  print (fst (runState (liftA2 (\_ _ -> 'k') undefined undefined) ()))
  r <- runStateT (both (lift (putStrLn "io step") >> modify (+ 1))) 0
  print r
  print (runState (both (modify (* 2))) 3, S.runState (bothS (S.modify (+ 5))) 1)
  print (runState (polyMark 'z') 7, S.runState (polyMarkS 'y') 8)
  print (runState (gets' (* 3)) 4, runState (modify'' (+ 1)) 4)

both :: Monad m => StateT Int m () -> StateT Int m (Int, Int)
both step = liftA2 (,) (step >> get) (step >> get) <* step
{-# NOINLINE both #-}

bothS :: Monad m => S.StateT Int m () -> S.StateT Int m (Int, Int)
bothS step = liftA2 (,) (step >> S.get) (step >> S.get) <* step
{-# NOINLINE bothS #-}

polyMark :: Monad m => c -> StateT Int m c
polyMark c = c <$ modify (+ 1)
{-# NOINLINE polyMark #-}

polyMarkS :: Monad m => c -> S.StateT Int m c
polyMarkS c = c <$ S.modify (+ 1)
{-# NOINLINE polyMarkS #-}

gets' :: MonadState Int m => (Int -> a) -> m a
gets' f = gets f
{-# NOINLINE gets' #-}

modify'' :: MonadState Int m => (Int -> Int) -> m ()
modify'' f = modify' f
{-# NOINLINE modify'' #-}
