{-# LANGUAGE FlexibleContexts, MultiParamTypeClasses, FlexibleInstances, UndecidableInstances, GeneralizedNewtypeDeriving #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
-- An auditing interpreter written once against mtl classes and run over
-- many stacks: RWS operations under ExceptT/ErrorT/MaybeT/IdentityT, reader
-- and error operations lifted through StateT/WriterT, early exits with
-- callCC through ErrorT and WriterT, and two hand-made writer monads that
-- lean on the class's default tell and writer.
import Control.Monad.RWS
import Control.Monad.Reader
import Control.Monad.State
import Control.Monad.Except
import Control.Monad.Cont
import Control.Monad.Error (ErrorT (..))
import Control.Monad.Trans.Maybe (MaybeT (..))
import Control.Monad.Trans.Identity (IdentityT (..))
import qualified Control.Monad.Writer.Strict as WS
import qualified Control.Monad.Writer.Lazy as WL
import qualified Control.Monad.State.Strict as SS

-- one audit step: read the limit, log, count, and report the running total
audit :: MonadRWS Int [String] Int m => Int -> m Bool
audit amount = do
  limit <- ask
  total <- get
  let total' = total + amount
  put total'
  tell ["+" ++ show amount ++ " -> " ++ show total']
  local (* 2) (asks (total' <=)) >>= \soft -> return (soft && total' <= limit)

auditAll :: MonadRWS Int [String] Int m => [Int] -> m [Bool]
auditAll = mapM audit

-- the reader's environment seen through the RWS class alone
limitTwice :: MonadRWS Int [String] Int m => m Int
limitTwice = do
  r <- reader (* 2)
  modify (+ r)
  return r

runStack :: RWS Int [String] Int a -> (a, Int, [String])
runStack m = runRWS m 10 0

-- reader and error operations through StateT and WriterT
scaled :: (MonadReader Int m, MonadState Int m) => m Int
scaled = do
  k <- ask
  n <- get
  m <- local (+ 1) (asks (* n))
  put (k + m)
  return m

safeDiv :: MonadError String m => Int -> Int -> m Int
safeDiv _ 0 = throwError "divide by zero"
safeDiv a b = return (a `div` b)

recovering :: MonadError String m => m Int -> m Int
recovering m = m `catchError` (\e -> return (length e))

-- early exits
firstNegative :: MonadCont m => [Int] -> m (Maybe Int)
firstNegative xs = callCC $ \exit -> do
  forM_ xs $ \x -> when (x < 0) (exit (Just x))
  return Nothing

-- hand-made writers: one defines only writer (tell comes from the class),
-- the other only tell (writer comes from the class)
newtype Tally a = Tally (Int, a)

instance Functor Tally where fmap f (Tally (n, a)) = Tally (n, f a)
instance Applicative Tally where
  pure a = Tally (0, a)
  Tally (n, f) <*> Tally (m, a) = Tally (n + m, f a)
instance Monad Tally where
  Tally (n, a) >>= k = let Tally (m, b) = k a in Tally (n + m, b)
instance MonadWriter (Sum Int) Tally where
  writer (a, Sum n) = Tally (n, a)
  listen (Tally (n, a)) = Tally (n, (a, Sum n))
  pass (Tally (n, (a, f))) = Tally (getSum (f (Sum n)), a)

newtype Trail a = Trail ([String], a)

instance Functor Trail where fmap f (Trail (w, a)) = Trail (w, f a)
instance Applicative Trail where
  pure a = Trail ([], a)
  Trail (v, f) <*> Trail (w, a) = Trail (v ++ w, f a)
instance Monad Trail where
  Trail (v, a) >>= k = let Trail (w, b) = k a in Trail (v ++ w, b)
instance MonadWriter [String] Trail where
  tell w = Trail (w, ())
  listen (Trail (w, a)) = Trail (w, (a, w))
  pass (Trail (w, (a, f))) = Trail (f w, a)

countUp :: MonadWriter (Sum Int) m => [Int] -> m Int
countUp xs = do
  mapM_ (tell . Sum) xs
  (r, Sum seen) <- listen (writer (length xs, Sum 100))
  return (r + seen)

trail :: MonadWriter [String] m => Int -> m Int
trail n = do
  a <- writer (n * 2, ["doubled"])
  tell ["then " ++ show a]
  censor (map reverse) (writer (a + 1, ["inc"]))

main :: IO ()
main = do
  let amounts = [3, 4, 5]
  print (runStack (runExceptT (auditAll amounts) :: RWS Int [String] Int (Either String [Bool])))
  print (runStack (runErrorT (auditAll amounts >> limitTwice) :: RWS Int [String] Int (Either String Int)))
  print (runStack (runMaybeT (auditAll [1, 2] >> limitTwice >> mzero) :: RWS Int [String] Int (Maybe Int)))
  print (runStack (runIdentityT (auditAll [9, 9]) :: RWS Int [String] Int [Bool]))
  print (runStack (runExceptT (audit 2 >> throwError "stop" >> audit 3) :: RWS Int [String] Int (Either String Bool)))
  -- reader through state and writer
  print (runReader (runStateT scaled 3) 5, runReader (SS.runStateT scaled 4) 6)
  print (runReader (WS.runWriterT (asks (+ 1) >>= \x -> WS.tell [x] >> local (* 10) ask)) 4 :: (Int, [Int]))
  print (runReader (WL.runWriterT (reader show >>= \s -> WL.tell s >> return (length s))) (12345 :: Int))
  -- errors through state and writer
  print (runStateT (recovering (safeDiv 10 0) >>= \a -> modify (+ a) >> safeDiv 9 3) 100 :: Either String (Int, Int))
  print (runStateT (modify (* 2) >> safeDiv 1 0 >> return ()) 7 :: Either String ((), Int), runStateT (get >>= safeDiv 8) 0 :: Either String (Int, Int))
  print (SS.runStateT (recovering (SS.get >>= safeDiv 50) >>= SS.put) 0 :: Either String ((), Int), SS.evalStateT (SS.modify (+ 1) >> SS.get >>= safeDiv 9) 2 :: Either String Int)
  print (WS.runWriterT (WS.tell "a" >> recovering (WS.tell "b" >> safeDiv 3 0)) :: Either String (Int, String))
  print (WL.runWriterT (WL.tell ["x"] >> safeDiv 12 4 >>= \q -> WL.tell [show q] >> return q) :: Either String (Int, [String]))
  -- callCC through ErrorT and WriterT
  print (runCont (runErrorT (firstNegative [4, 2, -7, 1]) :: Cont r (Either String (Maybe Int))) id)
  print (runCont (runErrorT (firstNegative [1, 2] >>= \r -> throwError ("none: " ++ show r)) :: Cont r (Either String (Maybe Int))) id)
  r <- runContT (WS.runWriterT (WS.tell ["scan"] >> firstNegative [5, -1, -2])) return
  print (r :: (Maybe Int, [String]))
  r' <- runContT (WL.runWriterT (firstNegative [] >>= \x -> WL.tell [show x] >> return x)) return
  print (r' :: (Maybe Int, [String]))
  -- the default methods
  let Tally (n, v) = countUp [1, 2, 3]
  print (n, v)
  let Trail (w, t) = trail 5
  print (w, t)
